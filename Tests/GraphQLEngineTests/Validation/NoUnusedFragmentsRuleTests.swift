import Testing

@testable import GraphQLEngine

@Suite struct NoUnusedFragmentsRuleTests {
    @Test func allUsed() {
        expectValid(
            NoUnusedFragmentsRule.self,
            #"""
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
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

    @Test func allUsedByMultipleOperations() {
        expectValid(
            NoUnusedFragmentsRule.self,
            #"""
            query Foo {
              human(id: 4) { ...HumanFields1 }
            }
            query Bar {
              human(id: 4) { ...HumanFields2 }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            """#
        )
    }

    @Test func unusedFragments() {
        expectErrors(
            NoUnusedFragmentsRule.self,
            #"""
            query Foo {
              human(id: 4) { ...HumanFields1 }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human { name }
            fragment HumanFields3 on Human { name }
            fragment Unused1 on Human { name }
            fragment Unused2 on Human { name }
            """#,
            [
                ExpectedError(
                    "Fragment \"HumanFields2\" is never used.",
                    [(8, 1)]
                ),
                ExpectedError(
                    "Fragment \"Unused1\" is never used.",
                    [(10, 1)]
                ),
                ExpectedError(
                    "Fragment \"Unused2\" is never used.",
                    [(11, 1)]
                ),
            ]
        )
    }

    @Test func unusedCycle() {
        expectErrors(
            NoUnusedFragmentsRule.self,
            #"""
            query Foo {
              human(id: 4) { ...HumanFields1 }
            }
            fragment HumanFields1 on Human { name }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """#,
            [
                ExpectedError(
                    "Fragment \"Unused1\" is never used.",
                    [(5, 1)]
                ),
                ExpectedError(
                    "Fragment \"Unused2\" is never used.",
                    [(9, 1)]
                ),
            ]
        )
    }

    @Test func unknownFragmentIsIgnored() {
        expectErrors(
            NoUnusedFragmentsRule.self,
            #"""
            query Foo {
              human(id: 4) { ...bar }
            }
            fragment foo on Human { name }
            """#,
            [
                ExpectedError(
                    "Fragment \"foo\" is never used.",
                    [(4, 1)]
                )
            ]
        )
    }

    @Test func noOperationsAtAll() {
        expectErrors(
            NoUnusedFragmentsRule.self,
            #"""
            fragment foo on Human { name }
            """#,
            [
                ExpectedError(
                    "Fragment \"foo\" is never used.",
                    [(1, 1)]
                )
            ]
        )
    }
}
