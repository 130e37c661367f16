import Testing

@testable import GraphQLEngine

@Suite struct UniqueFragmentNamesRuleTests {
    @Test func noFragments() {
        expectValid(
            UniqueFragmentNamesRule.self,
            #"""
            {
              dog { name }
            }
            """#
        )
    }

    @Test func oneFragment() {
        expectValid(
            UniqueFragmentNamesRule.self,
            #"""
            {
              ...fragA
            }

            fragment fragA on Query {
              dog { name }
            }
            """#
        )
    }

    @Test func manyFragments() {
        expectValid(
            UniqueFragmentNamesRule.self,
            #"""
            {
              ...fragA
              ...fragB
            }
            fragment fragA on Query { dog { name } }
            fragment fragB on Query { cat { name } }
            """#
        )
    }

    @Test func inlineFragmentsAreAlwaysUnique() {
        expectValid(
            UniqueFragmentNamesRule.self,
            #"""
            {
              dog {
                ...on Dog { name }
                ...on Dog { barks }
              }
            }
            """#
        )
    }

    @Test func fragmentsNamedTheSame() {
        expectErrors(
            UniqueFragmentNamesRule.self,
            #"""
            {
              ...fragA
            }
            fragment fragA on Query { dog { name } }
            fragment fragA on Query { cat { name } }
            """#,
            [
                ExpectedError(
                    "There can be only one fragment named \"fragA\".",
                    [(4, 10), (5, 10)]
                )
            ]
        )
    }

    @Test func fragmentsNamedTheSameThrice() {
        expectErrors(
            UniqueFragmentNamesRule.self,
            #"""
            fragment fragA on Query { dog { name } }
            fragment fragA on Query { cat { name } }
            fragment fragA on Query { pet { name } }
            """#,
            [
                ExpectedError(
                    "There can be only one fragment named \"fragA\".",
                    [(1, 10), (2, 10)]
                ),
                ExpectedError(
                    "There can be only one fragment named \"fragA\".",
                    [(1, 10), (3, 10)]
                ),
            ]
        )
    }
}
