import Testing

@testable import GraphQLEngine

@Suite struct KnownTypeNamesRuleTests {
    @Test func knownTypes() {
        expectValid(
            KnownTypeNamesRule.self,
            #"""
            query Foo(
              $var: String
              $required: [Int!]!
              $introspectionType: __EnumValue
            ) {
              dog {
                name
                ... on Dog { barks }
                ...PetFields
              }
            }
            fragment PetFields on Pet { name }
            """#
        )
    }

    @Test func unknownTypes() {
        expectErrors(
            KnownTypeNamesRule.self,
            #"""
            query Foo($var: [JumbledUpLetters!]!) {
              dog @onField {
                name
                ... on Badger { name }
                ...PetFields
              }
            }
            fragment PetFields on Peat {
              name
            }
            """#,
            [
                ExpectedError(
                    "Unknown type \"JumbledUpLetters\".",
                    [(1, 18)]
                ),
                ExpectedError(
                    "Unknown type \"Badger\".",
                    [(4, 12)]
                ),
                ExpectedError(
                    "Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?",
                    [(8, 23)]
                ),
            ]
        )
    }

    @Test func standardScalarsAreKnown() {
        expectValid(
            KnownTypeNamesRule.self,
            #"""
            query Foo($a: Int, $b: Float, $c: String, $d: Boolean, $e: ID) { dog { name } }
            """#
        )
    }

    @Test func suggestsTypes() {
        expectErrors(
            KnownTypeNamesRule.self,
            #"""
            query Foo($a: Strin, $b: Dogg, $c: ComplexInputt) { dog { name } }
            """#,
            [
                ExpectedError(
                    "Unknown type \"Strin\". Did you mean \"String\"?",
                    [(1, 15)]
                ),
                ExpectedError(
                    "Unknown type \"Dogg\". Did you mean \"Dog\"?",
                    [(1, 26)]
                ),
                ExpectedError(
                    "Unknown type \"ComplexInputt\". Did you mean \"ComplexInput\"?",
                    [(1, 36)]
                ),
            ]
        )
    }

    @Test func unknownInlineFragmentType() {
        expectErrors(
            KnownTypeNamesRule.self,
            #"""
            {
              catOrDog {
                ... on Cow { name }
              }
            }
            """#,
            [
                ExpectedError(
                    "Unknown type \"Cow\". Did you mean \"Cat\" or \"Dog\"?",
                    [(3, 12)]
                )
            ]
        )
    }
}
