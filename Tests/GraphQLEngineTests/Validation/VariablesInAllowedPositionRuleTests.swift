import Testing

@testable import GraphQLEngine

@Suite struct VariablesInAllowedPositionRuleTests {
    @Test func booleanIntoBoolean() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
              }
            }
            """#
        )
    }

    @Test func booleanIntoBooleanWithinFragment() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """#
        )
    }

    @Test func nonNullBooleanIntoBoolean() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $nonNullBooleanArg)
              }
            }
            """#
        )
    }

    @Test func stringListIntoStringList() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """#
        )
    }

    @Test func nonNullStringListIntoStringList() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($stringListVar: [String!])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """#
        )
    }

    @Test func stringIntoStringListInItemPosition() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($stringVar: String)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """#
        )
    }

    @Test func complexInputIntoComplexInput() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($complexVar: ComplexInput)
            {
              complicatedArgs {
                complexArgField(complexArg: $complexVar)
              }
            }
            """#
        )
    }

    @Test func booleanIntoNonNullBooleanInDirective() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($boolVar: Boolean!)
            {
              dog @include(if: $boolVar) { name }
            }
            """#
        )
    }

    @Test func booleanWithDefaultIntoNonNullInDirective() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($boolVar: Boolean = false)
            {
              dog @include(if: $boolVar) { name }
            }
            """#
        )
    }

    @Test func nullableIntoNonNullWithDefaultArg() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($intVar: Int) {
              complicatedArgs {
                nonNullFieldWithDefault(arg: $intVar)
              }
            }
            """#
        )
    }

    @Test func intIntoNonNullInt() {
        expectErrors(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".",
                    [(1, 13), (3, 39)]
                )
            ]
        )
    }

    @Test func intIntoNonNullIntWithinFragment() {
        expectErrors(
            VariablesInAllowedPositionRule.self,
            #"""
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...nonNullIntArgFieldFrag
              }
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".",
                    [(5, 13), (2, 37)]
                )
            ]
        )
    }

    @Test func intIntoNonNullIntWithinNestedFragment() {
        expectErrors(
            VariablesInAllowedPositionRule.self,
            #"""
            fragment outerFrag on ComplicatedArgs {
              ...nonNullIntArgFieldFrag
            }

            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...outerFrag
              }
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".",
                    [(9, 13), (6, 37)]
                )
            ]
        )
    }

    @Test func stringOverBoolean() {
        expectErrors(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($stringVar: String) {
              complicatedArgs {
                booleanArgField(booleanArg: $stringVar)
              }
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".",
                    [(1, 13), (3, 33)]
                )
            ]
        )
    }

    @Test func stringIntoStringList() {
        expectErrors(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($stringVar: String) {
              complicatedArgs {
                stringListArgField(stringListArg: $stringVar)
              }
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".",
                    [(1, 13), (3, 39)]
                )
            ]
        )
    }

    @Test func booleanIntoNonNullBooleanDirective() {
        expectErrors(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar) { name }
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".",
                    [(1, 13), (2, 20)]
                )
            ]
        )
    }

    @Test func stringIntoNonNullBooleanDirective() {
        expectErrors(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($stringVar: String) {
              dog @include(if: $stringVar) { name }
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".",
                    [(1, 13), (2, 20)]
                )
            ]
        )
    }

    @Test func stringListIntoNonNullStringList() {
        expectErrors(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
              }
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".",
                    [(1, 13), (4, 53)]
                )
            ]
        )
    }

    @Test func nullDefaultIntoNonNull() {
        expectErrors(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($intVar: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".",
                    [(1, 13), (3, 39)]
                )
            ]
        )
    }

    @Test func defaultIntoNonNull() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($intVar: Int = 1) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """#
        )
    }

    @Test func variableInInputObjectField() {
        expectErrors(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($boolVar: Boolean) {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: $boolVar })
              }
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".",
                    [(1, 13), (3, 50)]
                )
            ]
        )
    }

    @Test func variableInInputObjectFieldWithDefault() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($boolVar: Boolean) {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, nonNullField: $boolVar })
              }
            }
            """#
        )
    }

    @Test func nullableVariableInOneOf() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($s: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $s })
              }
            }
            """#
        )
    }

    @Test func nonNullVariableInOneOf() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query($s: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $s })
              }
            }
            """#
        )
    }

    @Test func undefinedVariableIsIgnored() {
        expectValid(
            VariablesInAllowedPositionRule.self,
            #"""
            query Query {
              complicatedArgs {
                intArgField(intArg: $undefined)
              }
            }
            """#
        )
    }

    @Test func variableUsedTwiceInTwoOperations() {
        expectErrors(
            VariablesInAllowedPositionRule.self,
            #"""
            query A($v: Int) {
              complicatedArgs { ...F }
            }
            query B($v: Int!) {
              complicatedArgs { ...F }
            }
            fragment F on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $v)
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$v\" of type \"Int\" used in position expecting type \"Int!\".",
                    [(1, 9), (8, 37)]
                )
            ]
        )
    }
}
