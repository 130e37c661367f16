import Testing

@testable import GraphQLEngine

@Suite struct ExecutableDefinitionsRuleTests {
    @Test func onlyOperationsAndFragments() {
        expectValid(
            ExecutableDefinitionsRule.self,
            #"""
            query Foo {
              dog {
                name
              }
            }

            fragment Frag on Dog {
              name
            }
            """#
        )
    }

    @Test func typeDefinitionIsRejected() {
        expectErrors(
            ExecutableDefinitionsRule.self,
            #"""
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """#,
            [
                ExpectedError(
                    "The \"Cow\" definition is not executable.",
                    [(7, 1)]
                ),
                ExpectedError(
                    "The \"Dog\" definition is not executable.",
                    [(11, 1)]
                ),
            ]
        )
    }

    @Test func schemaDefinitionIsRejected() {
        expectErrors(
            ExecutableDefinitionsRule.self,
            #"""
            schema {
              query: Query
            }

            extend schema @directive
            """#,
            [
                ExpectedError(
                    "The schema definition is not executable.",
                    [(1, 1)]
                ),
                ExpectedError(
                    "The schema definition is not executable.",
                    [(5, 1)]
                ),
            ]
        )
    }
}
