import Testing

@testable import GraphQLEngine

@Suite struct KnownFragmentNamesRuleTests {
    @Test func knownFragments() {
        expectValid(
            KnownFragmentNamesRule.self,
            #"""
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
                ... {
                  name
                }
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """#
        )
    }

    @Test func unknownFragments() {
        expectErrors(
            KnownFragmentNamesRule.self,
            #"""
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """#,
            [
                ExpectedError(
                    "Unknown fragment \"UnknownFragment1\".",
                    [(3, 8)]
                ),
                ExpectedError(
                    "Unknown fragment \"UnknownFragment2\".",
                    [(5, 10)]
                ),
                ExpectedError(
                    "Unknown fragment \"UnknownFragment3\".",
                    [(11, 6)]
                ),
            ]
        )
    }
}
