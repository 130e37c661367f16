import Testing

@testable import GraphQLEngine

@Suite struct ScalarLeafsRuleTests {
    @Test func validScalarSelection() {
        expectValid(
            ScalarLeafsRule.self,
            #"""
            fragment scalarSelection on Dog {
              barks
            }
            """#
        )
    }

    @Test func objectWithoutSelection() {
        expectErrors(
            ScalarLeafsRule.self,
            #"""
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """#,
            [
                ExpectedError(
                    "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func interfaceWithoutSelection() {
        expectErrors(
            ScalarLeafsRule.self,
            #"""
            {
              pet
            }
            """#,
            [
                ExpectedError(
                    "Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func unionWithoutSelection() {
        expectErrors(
            ScalarLeafsRule.self,
            #"""
            {
              catOrDog
            }
            """#,
            [
                ExpectedError(
                    "Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func listOfObjectsWithoutSelection() {
        expectErrors(
            ScalarLeafsRule.self,
            #"""
            {
              human {
                pets
                relatives
              }
            }
            """#,
            [
                ExpectedError(
                    "Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?",
                    [(3, 5)]
                ),
                ExpectedError(
                    "Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?",
                    [(4, 5)]
                ),
            ]
        )
    }

    @Test func validScalarSelectionWithArgs() {
        expectValid(
            ScalarLeafsRule.self,
            #"""
            fragment scalarSelectionWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """#
        )
    }

    @Test func scalarSelectionNotAllowedOnBoolean() {
        expectErrors(
            ScalarLeafsRule.self,
            #"""
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """#,
            [
                ExpectedError(
                    "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.",
                    [(2, 9)]
                )
            ]
        )
    }

    @Test func scalarSelectionNotAllowedOnEnum() {
        expectErrors(
            ScalarLeafsRule.self,
            #"""
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """#,
            [
                ExpectedError(
                    "Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.",
                    [(2, 12)]
                )
            ]
        )
    }

    @Test func scalarSelectionNotAllowedWithArgs() {
        expectErrors(
            ScalarLeafsRule.self,
            #"""
            fragment scalarSelectionsNotAllowedWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT) { sinceWhen }
            }
            """#,
            [
                ExpectedError(
                    "Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.",
                    [(2, 36)]
                )
            ]
        )
    }

    @Test func scalarSelectionNotAllowedWithDirectives() {
        expectErrors(
            ScalarLeafsRule.self,
            #"""
            fragment scalarSelectionsNotAllowedWithDirectives on Dog {
              name @include(if: true) { isAlsoHumanName }
            }
            """#,
            [
                ExpectedError(
                    "Field \"name\" must not have a selection since type \"String\" has no subfields.",
                    [(2, 27)]
                )
            ]
        )
    }

    @Test func introspectionTypenameIsLeaf() {
        expectErrors(
            ScalarLeafsRule.self,
            #"""
            {
              __typename { a }
            }
            """#,
            [
                ExpectedError(
                    "Field \"__typename\" must not have a selection since type \"String!\" has no subfields.",
                    [(2, 14)]
                )
            ]
        )
    }
}
