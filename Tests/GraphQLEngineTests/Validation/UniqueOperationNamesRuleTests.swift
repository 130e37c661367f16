import Testing

@testable import GraphQLEngine

@Suite struct UniqueOperationNamesRuleTests {
    @Test func noOperations() {
        expectValid(
            UniqueOperationNamesRule.self,
            #"""
            fragment fragA on Dog {
              name
            }
            """#
        )
    }

    @Test func oneAnonymousOperation() {
        expectValid(
            UniqueOperationNamesRule.self,
            #"""
            {
              dog {
                name
              }
            }
            """#
        )
    }

    @Test func multipleOperationsWithDifferentNames() {
        expectValid(
            UniqueOperationNamesRule.self,
            #"""
            query Foo {
              dog { name }
            }

            query Bar {
              dog { name }
            }
            """#
        )
    }

    @Test func fragmentAndOperationMayShareName() {
        expectValid(
            UniqueOperationNamesRule.self,
            #"""
            query Foo {
              ...Foo
            }

            fragment Foo on Query {
              dog { name }
            }
            """#
        )
    }

    @Test func multipleOperationsOfSameName() {
        expectErrors(
            UniqueOperationNamesRule.self,
            #"""
            query Foo {
              dog { name }
            }

            query Foo {
              dog { barks }
            }
            """#,
            [
                ExpectedError(
                    "There can be only one operation named \"Foo\".",
                    [(1, 7), (5, 7)]
                )
            ]
        )
    }

    @Test func sameNameAcrossOperationTypes() {
        expectErrors(
            UniqueOperationNamesRule.self,
            #"""
            query Foo {
              dog { name }
            }

            mutation Foo {
              createDog(name: "a") { name }
            }

            subscription Foo {
              newDog { name }
            }
            """#,
            [
                ExpectedError(
                    "There can be only one operation named \"Foo\".",
                    [(1, 7), (5, 10)]
                ),
                ExpectedError(
                    "There can be only one operation named \"Foo\".",
                    [(1, 7), (9, 14)]
                ),
            ]
        )
    }
}
