import Testing

@testable import GraphQLEngine

@Suite struct KnownDirectivesRuleTests {
    @Test func noDirectives() {
        expectValid(
            KnownDirectivesRule.self,
            #"""
            query Foo {
              name
              ...Frag
            }
            fragment Frag on Dog {
              name
            }
            """#
        )
    }

    @Test func standardDirectives() {
        expectValid(
            KnownDirectivesRule.self,
            #"""
            {
              human @skip(if: false) {
                name
                pets {
                  ... on Dog @include(if: true) {
                    name
                  }
                }
              }
            }
            """#
        )
    }

    @Test func unknownDirective() {
        expectErrors(
            KnownDirectivesRule.self,
            #"""
            {
              human @unknown(directive: "value") {
                name
              }
            }
            """#,
            [
                ExpectedError(
                    "Unknown directive \"@unknown\".",
                    [(2, 9)]
                )
            ]
        )
    }

    @Test func manyUnknownDirectives() {
        expectErrors(
            KnownDirectivesRule.self,
            #"""
            {
              __typename @unknown
              human @unknown {
                name
                pets @unknown {
                  name
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Unknown directive \"@unknown\".",
                    [(2, 14)]
                ),
                ExpectedError(
                    "Unknown directive \"@unknown\".",
                    [(3, 9)]
                ),
                ExpectedError(
                    "Unknown directive \"@unknown\".",
                    [(5, 10)]
                ),
            ]
        )
    }

    @Test func wellPlacedDirectives() {
        expectValid(
            KnownDirectivesRule.self,
            #"""
            query ($var: Boolean @onVariableDefinition) @onQuery {
              human @onField {
                ...Frag @onFragmentSpread
                ... @onInlineFragment {
                  name @onField
                }
              }
            }
            mutation @onMutation {
              someField @onField
            }
            subscription @onSubscription {
              someField @onField
            }
            fragment Frag on Human @onFragmentDefinition {
              name @onField
            }
            """#
        )
    }

    @Test func misplacedDirectives() {
        expectErrors(
            KnownDirectivesRule.self,
            #"""
            query ($var: Boolean @onQuery) @onMutation {
              human @onQuery {
                ...Frag @onQuery
                ... @onQuery {
                  name @onQuery
                }
              }
            }
            mutation @onQuery {
              someField @onQuery
            }
            subscription @onQuery {
              someField @onQuery
            }
            fragment Frag on Human @onQuery {
              name @onQuery
            }
            """#,
            [
                ExpectedError(
                    "Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.",
                    [(1, 22)]
                ),
                ExpectedError(
                    "Directive \"@onMutation\" may not be used on QUERY.",
                    [(1, 32)]
                ),
                ExpectedError(
                    "Directive \"@onQuery\" may not be used on FIELD.",
                    [(2, 9)]
                ),
                ExpectedError(
                    "Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.",
                    [(3, 13)]
                ),
                ExpectedError(
                    "Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.",
                    [(4, 9)]
                ),
                ExpectedError(
                    "Directive \"@onQuery\" may not be used on FIELD.",
                    [(5, 12)]
                ),
                ExpectedError(
                    "Directive \"@onQuery\" may not be used on MUTATION.",
                    [(9, 10)]
                ),
                ExpectedError(
                    "Directive \"@onQuery\" may not be used on FIELD.",
                    [(10, 13)]
                ),
                ExpectedError(
                    "Directive \"@onQuery\" may not be used on SUBSCRIPTION.",
                    [(12, 14)]
                ),
                ExpectedError(
                    "Directive \"@onQuery\" may not be used on FIELD.",
                    [(13, 13)]
                ),
                ExpectedError(
                    "Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.",
                    [(15, 24)]
                ),
                ExpectedError(
                    "Directive \"@onQuery\" may not be used on FIELD.",
                    [(16, 8)]
                ),
            ]
        )
    }

    @Test func deprecatedIsNotExecutable() {
        expectErrors(
            KnownDirectivesRule.self,
            #"""
            {
              dog @deprecated { name }
            }
            """#,
            [
                ExpectedError(
                    "Directive \"@deprecated\" may not be used on FIELD.",
                    [(2, 7)]
                )
            ]
        )
    }
}
