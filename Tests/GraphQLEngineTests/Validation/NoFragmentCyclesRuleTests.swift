import Testing

@testable import GraphQLEngine

@Suite struct NoFragmentCyclesRuleTests {
    @Test func singleReferenceIsValid() {
        expectValid(
            NoFragmentCyclesRule.self,
            #"""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """#
        )
    }

    @Test func spreadingTwiceIsNotCircular() {
        expectValid(
            NoFragmentCyclesRule.self,
            #"""
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """#
        )
    }

    @Test func spreadingTwiceIndirectly() {
        expectValid(
            NoFragmentCyclesRule.self,
            #"""
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { name }
            """#
        )
    }

    @Test func doubleSpreadWithinAbstractTypes() {
        expectValid(
            NoFragmentCyclesRule.self,
            #"""
            fragment nameFragment on Pet {
              ... on Dog { name }
              ... on Cat { name }
            }
            fragment spreadsInAnon on Pet {
              ... on Dog { ...nameFragment }
              ... on Cat { ...nameFragment }
            }
            """#
        )
    }

    @Test func unknownFragmentIsIgnored() {
        expectValid(
            NoFragmentCyclesRule.self,
            #"""
            fragment nameFragment on Pet {
              ...UnknownFragment
            }
            """#
        )
    }

    @Test func spreadingRecursivelyWithinField() {
        expectErrors(
            NoFragmentCyclesRule.self,
            #"""
            fragment fragA on Human { relatives { ...fragA } }
            """#,
            [
                ExpectedError(
                    "Cannot spread fragment \"fragA\" within itself.",
                    [(1, 39)]
                )
            ]
        )
    }

    @Test func noSpreadingItselfDirectly() {
        expectErrors(
            NoFragmentCyclesRule.self,
            #"""
            fragment fragA on Dog { ...fragA }
            """#,
            [
                ExpectedError(
                    "Cannot spread fragment \"fragA\" within itself.",
                    [(1, 25)]
                )
            ]
        )
    }

    @Test func noSpreadingItselfDirectlyInline() {
        expectErrors(
            NoFragmentCyclesRule.self,
            #"""
            fragment fragA on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """#,
            [
                ExpectedError(
                    "Cannot spread fragment \"fragA\" within itself.",
                    [(3, 5)]
                )
            ]
        )
    }

    @Test func noSpreadingItselfIndirectly() {
        expectErrors(
            NoFragmentCyclesRule.self,
            #"""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """#,
            [
                ExpectedError(
                    "Cannot spread fragment \"fragA\" within itself via \"fragB\".",
                    [(1, 25), (2, 25)]
                )
            ]
        )
    }

    @Test func noSpreadingItselfIndirectlyReportsOpposite() {
        expectErrors(
            NoFragmentCyclesRule.self,
            #"""
            fragment fragB on Dog { ...fragA }
            fragment fragA on Dog { ...fragB }
            """#,
            [
                ExpectedError(
                    "Cannot spread fragment \"fragB\" within itself via \"fragA\".",
                    [(1, 25), (2, 25)]
                )
            ]
        )
    }

    @Test func noSpreadingItselfDeeply() {
        expectErrors(
            NoFragmentCyclesRule.self,
            #"""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """#,
            [
                ExpectedError(
                    "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".",
                    [(1, 25), (2, 25), (3, 25), (7, 25), (8, 25)]
                ),
                ExpectedError(
                    "Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".",
                    [(7, 25), (8, 35), (4, 25), (5, 25), (6, 25)]
                ),
            ]
        )
    }

    @Test func noSpreadingItselfDeeplyTwoPaths() {
        expectErrors(
            NoFragmentCyclesRule.self,
            #"""
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """#,
            [
                ExpectedError(
                    "Cannot spread fragment \"fragA\" within itself via \"fragB\".",
                    [(1, 25), (2, 25)]
                ),
                ExpectedError(
                    "Cannot spread fragment \"fragA\" within itself via \"fragC\".",
                    [(1, 35), (3, 25)]
                ),
            ]
        )
    }

    @Test func noSpreadingItselfDeeplyTwoPathsAltOrder() {
        expectErrors(
            NoFragmentCyclesRule.self,
            #"""
            fragment fragA on Dog { ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """#,
            [
                ExpectedError(
                    "Cannot spread fragment \"fragA\" within itself via \"fragC\".",
                    [(1, 25), (3, 25)]
                ),
                ExpectedError(
                    "Cannot spread fragment \"fragC\" within itself via \"fragB\".",
                    [(3, 35), (2, 25)]
                ),
            ]
        )
    }

    @Test func noSpreadingItselfDeeplyAndImmediately() {
        expectErrors(
            NoFragmentCyclesRule.self,
            #"""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """#,
            [
                ExpectedError(
                    "Cannot spread fragment \"fragB\" within itself.",
                    [(2, 25)]
                ),
                ExpectedError(
                    "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".",
                    [(1, 25), (2, 35), (3, 25)]
                ),
                ExpectedError(
                    "Cannot spread fragment \"fragB\" within itself via \"fragC\".",
                    [(2, 35), (3, 35)]
                ),
            ]
        )
    }
}
