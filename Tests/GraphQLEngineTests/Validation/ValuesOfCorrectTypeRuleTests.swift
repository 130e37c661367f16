import Testing

@testable import GraphQLEngine

@Suite struct ValuesOfCorrectTypeRuleTests {
    @Test func goodIntValue() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: 2)
              }
            }
            """#
        )
    }

    @Test func goodNegativeIntValue() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: -2)
              }
            }
            """#
        )
    }

    @Test func goodBooleanValue() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                booleanArgField(booleanArg: true)
              }
            }
            """#
        )
    }

    @Test func goodStringValue() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                stringArgField(stringArg: "foo")
              }
            }
            """#
        )
    }

    @Test func goodFloatValues() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                a: floatArgField(floatArg: 1.1)
                b: floatArgField(floatArg: -1.1)
                c: floatArgField(floatArg: 1)
              }
            }
            """#
        )
    }

    @Test func goodIdValues() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                a: idArgField(idArg: 1)
                b: idArgField(idArg: "someIdString")
              }
            }
            """#
        )
    }

    @Test func goodEnumValue() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
            }
            """#
        )
    }

    @Test func nullIntoNullable() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                a: intArgField(intArg: null)
                b: stringListArgField(stringListArg: null)
              }
              dog(a: null) { name }
            }
            """#
        )
    }

    @Test func intIntoString() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                stringArgField(stringArg: 1)
              }
            }
            """#,
            [
                ExpectedError(
                    "String cannot represent a non string value: 1",
                    [(3, 31)]
                )
            ]
        )
    }

    @Test func floatIntoString() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                stringArgField(stringArg: 1.0)
              }
            }
            """#,
            [
                ExpectedError(
                    "String cannot represent a non string value: 1.0",
                    [(3, 31)]
                )
            ]
        )
    }

    @Test func booleanIntoString() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                stringArgField(stringArg: true)
              }
            }
            """#,
            [
                ExpectedError(
                    "String cannot represent a non string value: true",
                    [(3, 31)]
                )
            ]
        )
    }

    @Test func unquotedStringIntoString() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                stringArgField(stringArg: BAR)
              }
            }
            """#,
            [
                ExpectedError(
                    "String cannot represent a non string value: BAR",
                    [(3, 31)]
                )
            ]
        )
    }

    @Test func stringIntoInt() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: "3")
              }
            }
            """#,
            [
                ExpectedError(
                    "Int cannot represent non-integer value: \"3\"",
                    [(3, 25)]
                )
            ]
        )
    }

    @Test func bigIntIntoInt() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: 829384293849283498239482938)
              }
            }
            """#,
            [
                ExpectedError(
                    "Int cannot represent non 32-bit signed integer value: 829384293849283498239482938",
                    [(3, 25)]
                )
            ]
        )
    }

    @Test func unquotedStringIntoInt() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: FOO)
              }
            }
            """#,
            [
                ExpectedError(
                    "Int cannot represent non-integer value: FOO",
                    [(3, 25)]
                )
            ]
        )
    }

    @Test func simpleFloatIntoInt() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: 3.0)
              }
            }
            """#,
            [
                ExpectedError(
                    "Int cannot represent non-integer value: 3.0",
                    [(3, 25)]
                )
            ]
        )
    }

    @Test func floatIntoInt() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: 3.333)
              }
            }
            """#,
            [
                ExpectedError(
                    "Int cannot represent non-integer value: 3.333",
                    [(3, 25)]
                )
            ]
        )
    }

    @Test func stringIntoFloat() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                floatArgField(floatArg: "3.333")
              }
            }
            """#,
            [
                ExpectedError(
                    "Float cannot represent non numeric value: \"3.333\"",
                    [(3, 29)]
                )
            ]
        )
    }

    @Test func booleanIntoFloat() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                floatArgField(floatArg: true)
              }
            }
            """#,
            [
                ExpectedError(
                    "Float cannot represent non numeric value: true",
                    [(3, 29)]
                )
            ]
        )
    }

    @Test func intIntoBoolean() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                booleanArgField(booleanArg: 2)
              }
            }
            """#,
            [
                ExpectedError(
                    "Boolean cannot represent a non boolean value: 2",
                    [(3, 33)]
                )
            ]
        )
    }

    @Test func stringIntoBoolean() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                booleanArgField(booleanArg: "true")
              }
            }
            """#,
            [
                ExpectedError(
                    "Boolean cannot represent a non boolean value: \"true\"",
                    [(3, 33)]
                )
            ]
        )
    }

    @Test func floatIntoId() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                idArgField(idArg: 1.0)
              }
            }
            """#,
            [
                ExpectedError(
                    "ID cannot represent a non-string and non-integer value: 1.0",
                    [(3, 23)]
                )
            ]
        )
    }

    @Test func booleanIntoId() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                idArgField(idArg: true)
              }
            }
            """#,
            [
                ExpectedError(
                    "ID cannot represent a non-string and non-integer value: true",
                    [(3, 23)]
                )
            ]
        )
    }

    @Test func unquotedIntoId() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                idArgField(idArg: SOMETHING)
              }
            }
            """#,
            [
                ExpectedError(
                    "ID cannot represent a non-string and non-integer value: SOMETHING",
                    [(3, 23)]
                )
            ]
        )
    }

    @Test func intIntoEnum() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: 2)
              }
            }
            """#,
            [
                ExpectedError(
                    "Enum \"DogCommand\" cannot represent non-enum value: 2.",
                    [(3, 33)]
                )
            ]
        )
    }

    @Test func stringIntoEnum() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: "SIT")
              }
            }
            """#,
            [
                ExpectedError(
                    "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?",
                    [(3, 33)]
                )
            ]
        )
    }

    @Test func unknownEnumValue() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: JUGGLE)
              }
            }
            """#,
            [
                ExpectedError(
                    "Value \"JUGGLE\" does not exist in \"DogCommand\" enum.",
                    [(3, 33)]
                )
            ]
        )
    }

    @Test func differentCaseEnumValue() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: sit)
              }
            }
            """#,
            [
                ExpectedError(
                    "Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?",
                    [(3, 33)]
                )
            ]
        )
    }

    @Test func booleanIntoEnum() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: true)
              }
            }
            """#,
            [
                ExpectedError(
                    "Enum \"DogCommand\" cannot represent non-enum value: true.",
                    [(3, 33)]
                )
            ]
        )
    }

    @Test func nullIntoEnumIsFine() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: null)
              }
            }
            """#
        )
    }

    @Test func goodListValues() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                a: stringListArgField(stringListArg: ["one", null, "two"])
                b: stringListArgField(stringListArg: [])
                c: stringListArgField(stringListArg: "one")
              }
            }
            """#
        )
    }

    @Test func incorrectItemType() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", 2])
              }
            }
            """#,
            [
                ExpectedError(
                    "String cannot represent a non string value: 2",
                    [(3, 47)]
                )
            ]
        )
    }

    @Test func singleValueOfIncorrectType() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                stringListArgField(stringListArg: 1)
              }
            }
            """#,
            [
                ExpectedError(
                    "String cannot represent a non string value: 1",
                    [(3, 39)]
                )
            ]
        )
    }

    @Test func nullInNonNullList() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: ["one", null])
              }
            }
            """#,
            [
                ExpectedError(
                    "Expected value of type \"String!\", found null.",
                    [(3, 61)]
                )
            ]
        )
    }

    @Test func nonNullArgs() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                a: multipleReqs(req1: 1, req2: 2)
                b: nonNullIntArgField(nonNullIntArg: 3)
              }
            }
            """#
        )
    }

    @Test func incorrectValueAndNullForNonNull() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                multipleReqs(req2: "two", req1: null)
              }
            }
            """#,
            [
                ExpectedError(
                    "Int cannot represent non-integer value: \"two\"",
                    [(3, 24)]
                ),
                ExpectedError(
                    "Expected value of type \"Int!\", found null.",
                    [(3, 37)]
                ),
            ]
        )
    }

    @Test func optionalArgsMissing() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                multipleOpts
              }
            }
            """#
        )
    }

    @Test func goodComplexInput() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                a: complexArgField(complexArg: { requiredField: true })
                b: complexArgField(complexArg: { requiredField: false, nonNullField: true, stringListField: ["x"] })
                c: complexArgField(complexArg: { stringListField: "one", requiredField: true, intField: 4 })
              }
            }
            """#
        )
    }

    @Test func missingRequiredInputField() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
              }
            }
            """#,
            [
                ExpectedError(
                    "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.",
                    [(3, 33)]
                )
            ]
        )
    }

    @Test func wrongTypeInInputField() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", 2],
                  requiredField: true,
                })
              }
            }
            """#,
            [
                ExpectedError(
                    "String cannot represent a non string value: 2",
                    [(4, 32)]
                )
            ]
        )
    }

    @Test func unknownInputField() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  invalidField: "value"
                  booleanFeld: true
                })
              }
            }
            """#,
            [
                ExpectedError(
                    "Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?",
                    [(5, 7)]
                ),
                ExpectedError(
                    "Field \"booleanFeld\" is not defined by type \"ComplexInput\". Did you mean \"booleanField\"?",
                    [(6, 7)]
                ),
            ]
        )
    }

    @Test func objectIntoScalar() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: { a: 1 })
                stringArgField(stringArg: ["a"])
              }
            }
            """#,
            [
                ExpectedError(
                    "Int cannot represent non-integer value: {a: 1}",
                    [(3, 25)]
                ),
                ExpectedError(
                    "String cannot represent a non string value: [\"a\"]",
                    [(4, 31)]
                ),
            ]
        )
    }

    @Test func scalarIntoObject() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: 1)
                b: complexArgField(complexArg: [{ requiredField: true }])
              }
            }
            """#,
            [
                ExpectedError(
                    "Expected value of type \"ComplexInput\", found 1.",
                    [(3, 33)]
                ),
                ExpectedError(
                    "Expected value of type \"ComplexInput\", found [{requiredField: true}].",
                    [(4, 36)]
                ),
            ]
        )
    }

    @Test func directiveArguments() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """#
        )
    }

    @Test func badDirectiveArguments() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              dog @include(if: "yes") {
                name @skip(if: ENUM)
              }
            }
            """#,
            [
                ExpectedError(
                    "Boolean cannot represent a non boolean value: \"yes\"",
                    [(2, 20)]
                ),
                ExpectedError(
                    "Boolean cannot represent a non boolean value: ENUM",
                    [(3, 20)]
                ),
            ]
        )
    }

    @Test func variableDefaults() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            query WithDefaultValues(
              $a: Int = 1,
              $b: String = "ok",
              $c: ComplexInput = { requiredField: true, intField: 3 }
              $d: Int! = 123
            ) {
              dog { name }
            }
            """#
        )
    }

    @Test func badVariableDefaults() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            query InvalidDefaultValues(
              $a: Int = "one",
              $b: String = 4,
              $c: ComplexInput = "NotVeryComplex"
              $d: ComplexInput = { requiredField: null, intField: null }
              $e: [String] = ["one", 2]
            ) {
              dog { name }
            }
            """#,
            [
                ExpectedError(
                    "Int cannot represent non-integer value: \"one\"",
                    [(2, 13)]
                ),
                ExpectedError(
                    "String cannot represent a non string value: 4",
                    [(3, 16)]
                ),
                ExpectedError(
                    "Expected value of type \"ComplexInput\", found \"NotVeryComplex\".",
                    [(4, 22)]
                ),
                ExpectedError(
                    "Expected value of type \"Boolean!\", found null.",
                    [(5, 39)]
                ),
                ExpectedError(
                    "String cannot represent a non string value: 2",
                    [(6, 26)]
                ),
            ]
        )
    }

    @Test func customScalarAcceptsAnything() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            query ($a: Unknown = 3) { dog { name } }
            """#
        )
    }

    @Test func oneOfExactlyOneField() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc" })
              }
            }
            """#
        )
    }

    @Test func oneOfWithNonNullVariable() {
        expectValid(
            ValuesOfCorrectTypeRule.self,
            #"""
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """#
        )
    }

    @Test func oneOfTwoFields() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
              }
            }
            """#,
            [
                ExpectedError(
                    "OneOf Input Object \"OneOfInput\" must specify exactly one key.",
                    [(3, 29)]
                )
            ]
        )
    }

    @Test func oneOfNoFields() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: {})
              }
            }
            """#,
            [
                ExpectedError(
                    "OneOf Input Object \"OneOfInput\" must specify exactly one key.",
                    [(3, 29)]
                )
            ]
        )
    }

    @Test func oneOfNullField() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: null })
              }
            }
            """#,
            [
                ExpectedError(
                    "Field \"OneOfInput.stringField\" must be non-null.",
                    [(3, 29)]
                )
            ]
        )
    }

    @Test func oneOfNullableVariable() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            query ($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """#,
            [
                ExpectedError(
                    "Variable \"string\" must be non-nullable to be used for OneOf Input Object \"OneOfInput\".",
                    [(3, 29)]
                )
            ]
        )
    }

    @Test func oneOfWrongFieldType() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { intField: "x" })
              }
            }
            """#,
            [
                ExpectedError(
                    "Int cannot represent non-integer value: \"x\"",
                    [(3, 41)]
                )
            ]
        )
    }

    @Test func oneOfInVariableDefault() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            query ($a: OneOfInput = { stringField: "a", intField: 1 }) {
              dog { name }
            }
            """#,
            [
                ExpectedError(
                    "OneOf Input Object \"OneOfInput\" must specify exactly one key.",
                    [(1, 25)]
                )
            ]
        )
    }

    @Test func intOutOfRangeAndNegative() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                a: intArgField(intArg: 2147483648)
                b: intArgField(intArg: -2147483649)
                c: intArgField(intArg: -2147483648)
              }
            }
            """#,
            [
                ExpectedError(
                    "Int cannot represent non 32-bit signed integer value: 2147483648",
                    [(3, 28)]
                ),
                ExpectedError(
                    "Int cannot represent non 32-bit signed integer value: -2147483649",
                    [(4, 28)]
                ),
            ]
        )
    }

    @Test func blockStringIntoString() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                stringArgField(stringArg: """block""")
                intArgField(intArg: """1""")
              }
            }
            """#,
            [
                ExpectedError(
                    "Int cannot represent non-integer value: \"\"\"1\"\"\"",
                    [(4, 25)]
                )
            ]
        )
    }

    @Test func nestedListsAndObjects() {
        expectErrors(
            ValuesOfCorrectTypeRule.self,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, stringListField: [["a"]] })
              }
            }
            """#,
            [
                ExpectedError(
                    "String cannot represent a non string value: [\"a\"]",
                    [(3, 74)]
                )
            ]
        )
    }
}
