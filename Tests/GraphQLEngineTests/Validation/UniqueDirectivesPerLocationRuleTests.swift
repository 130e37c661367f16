import Testing

@testable import GraphQLEngine

@Suite struct UniqueDirectivesPerLocationRuleTests {
    @Test func noDirectives() {
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            #"""
            fragment Test on Type {
              field
            }
            """#
        )
    }

    @Test func uniqueDirectivesInDifferentLocations() {
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            #"""
            fragment Test on Type @onFragmentDefinition {
              field @onField
            }
            """#
        )
    }

    @Test func sameDirectivesInDifferentLocations() {
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            #"""
            fragment Test on Type @onFragmentDefinition {
              field @onField
            }
            """#
        )
    }

    @Test func sameDirectivesInSimilarLocations() {
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            #"""
            fragment Test on Type {
              field @onField
              field @onField
            }
            """#
        )
    }

    @Test func repeatableDirectiveMayRepeat() {
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            #"""
            fragment Test on Type {
              field @repeatable @repeatable
              ...Frag @repeatable @repeatable
            }
            """#
        )
    }

    @Test func duplicateDirectivesInOneLocation() {
        expectErrors(
            UniqueDirectivesPerLocationRule.self,
            #"""
            fragment Test on Type {
              field @onField @onField
            }
            """#,
            [
                ExpectedError(
                    "The directive \"@onField\" can only be used once at this location.",
                    [(2, 9), (2, 18)]
                )
            ]
        )
    }

    @Test func manyDuplicateDirectivesInOneLocation() {
        expectErrors(
            UniqueDirectivesPerLocationRule.self,
            #"""
            fragment Test on Type {
              field @onField @onField @onField
            }
            """#,
            [
                ExpectedError(
                    "The directive \"@onField\" can only be used once at this location.",
                    [(2, 9), (2, 18)]
                ),
                ExpectedError(
                    "The directive \"@onField\" can only be used once at this location.",
                    [(2, 9), (2, 27)]
                ),
            ]
        )
    }

    @Test func differentDuplicateDirectivesInOneLocation() {
        expectErrors(
            UniqueDirectivesPerLocationRule.self,
            #"""
            fragment Test on Type {
              field @onField @skip(if: true) @onField @skip(if: false)
            }
            """#,
            [
                ExpectedError(
                    "The directive \"@onField\" can only be used once at this location.",
                    [(2, 9), (2, 34)]
                ),
                ExpectedError(
                    "The directive \"@skip\" can only be used once at this location.",
                    [(2, 18), (2, 43)]
                ),
            ]
        )
    }

    @Test func duplicateDirectivesInManyLocations() {
        expectErrors(
            UniqueDirectivesPerLocationRule.self,
            #"""
            fragment Test on Type @onFragmentDefinition @onFragmentDefinition {
              field @onField @onField
            }
            """#,
            [
                ExpectedError(
                    "The directive \"@onFragmentDefinition\" can only be used once at this location.",
                    [(1, 23), (1, 45)]
                ),
                ExpectedError(
                    "The directive \"@onField\" can only be used once at this location.",
                    [(2, 9), (2, 18)]
                ),
            ]
        )
    }

    @Test func duplicateOnVariableAndOperation() {
        expectErrors(
            UniqueDirectivesPerLocationRule.self,
            #"""
            query Q($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery {
              dog { name }
            }
            """#,
            [
                ExpectedError(
                    "The directive \"@onQuery\" can only be used once at this location.",
                    [(1, 62), (1, 71)]
                ),
                ExpectedError(
                    "The directive \"@onVariableDefinition\" can only be used once at this location.",
                    [(1, 17), (1, 39)]
                ),
            ]
        )
    }

    @Test func unknownDirectivesAreCheckedToo() {
        expectValid(
            UniqueDirectivesPerLocationRule.self,
            #"""
            { dog @unknown @unknown { name } }
            """#
        )
    }
}
