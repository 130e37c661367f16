import Testing

@testable import GraphQLEngine

@Suite struct KnownArgumentNamesRuleTests {
    @Test func singleArgIsKnown() {
        expectValid(
            KnownArgumentNamesRule.self,
            #"""
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """#
        )
    }

    @Test func multipleArgsAreKnown() {
        expectValid(
            KnownArgumentNamesRule.self,
            #"""
            fragment multipleArgs on ComplicatedArgs {
              multipleReqs(req1: 1, req2: 2)
            }
            """#
        )
    }

    @Test func ignoresArgsOfUnknownFields() {
        expectValid(
            KnownArgumentNamesRule.self,
            #"""
            fragment argOnUnknownField on Dog {
              unknownField(unknownArg: SIT)
            }
            """#
        )
    }

    @Test func multipleArgsInReverseOrder() {
        expectValid(
            KnownArgumentNamesRule.self,
            #"""
            fragment multipleArgsReverseOrder on ComplicatedArgs {
              multipleReqs(req2: 2, req1: 1)
            }
            """#
        )
    }

    @Test func noArgsOnOptionalArg() {
        expectValid(
            KnownArgumentNamesRule.self,
            #"""
            fragment noArgOnOptionalArg on Dog {
              isHouseTrained
            }
            """#
        )
    }

    @Test func argsAreKnownDeeply() {
        expectValid(
            KnownArgumentNamesRule.self,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
              human {
                pets {
                  ... on Dog {
                    doesKnowCommand(dogCommand: SIT)
                  }
                }
              }
            }
            """#
        )
    }

    @Test func directiveArgsAreKnown() {
        expectValid(
            KnownArgumentNamesRule.self,
            #"""
            {
              dog @skip(if: true)
            }
            """#
        )
    }

    @Test func fieldArgsAreInvalid() {
        expectErrors(
            KnownArgumentNamesRule.self,
            #"""
            {
              dog @skip(unless: true)
            }
            """#,
            [
                ExpectedError(
                    "Unknown argument \"unless\" on directive \"@skip\".",
                    [(2, 13)]
                )
            ]
        )
    }

    @Test func directiveWithoutArgsIsValid() {
        expectValid(
            KnownArgumentNamesRule.self,
            #"""
            {
              dog @onField
            }
            """#
        )
    }

    @Test func argToDirectiveWithoutArgs() {
        expectErrors(
            KnownArgumentNamesRule.self,
            #"""
            {
              dog @onField(if: true)
            }
            """#,
            [
                ExpectedError(
                    "Unknown argument \"if\" on directive \"@onField\".",
                    [(2, 16)]
                )
            ]
        )
    }

    @Test func misspelledDirectiveArgs() {
        expectErrors(
            KnownArgumentNamesRule.self,
            #"""
            {
              dog @skip(iff: true)
            }
            """#,
            [
                ExpectedError(
                    "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?",
                    [(2, 13)]
                )
            ]
        )
    }

    @Test func invalidArgName() {
        expectErrors(
            KnownArgumentNamesRule.self,
            #"""
            fragment invalidArgName on Dog {
              doesKnowCommand(unknown: true)
            }
            """#,
            [
                ExpectedError(
                    "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".",
                    [(2, 19)]
                )
            ]
        )
    }

    @Test func misspelledArgName() {
        expectErrors(
            KnownArgumentNamesRule.self,
            #"""
            fragment invalidArgName on Dog {
              doesKnowCommand(DogCommand: true)
            }
            """#,
            [
                ExpectedError(
                    "Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?",
                    [(2, 19)]
                )
            ]
        )
    }

    @Test func unknownArgsAmongstKnownArgs() {
        expectErrors(
            KnownArgumentNamesRule.self,
            #"""
            fragment oneGoodArgOneInvalidArg on Dog {
              doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
            }
            """#,
            [
                ExpectedError(
                    "Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".",
                    [(2, 19)]
                ),
                ExpectedError(
                    "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".",
                    [(2, 49)]
                ),
            ]
        )
    }

    @Test func unknownArgsDeeply() {
        expectErrors(
            KnownArgumentNamesRule.self,
            #"""
            {
              dog {
                doesKnowCommand(unknown: true)
              }
              human {
                pets {
                  ... on Dog {
                    doesKnowCommand(unknown: true)
                  }
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".",
                    [(3, 21)]
                ),
                ExpectedError(
                    "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".",
                    [(8, 25)]
                ),
            ]
        )
    }

    @Test func unknownDirectiveArgsAreIgnored() {
        expectValid(
            KnownArgumentNamesRule.self,
            #"""
            { dog @unknown(x: 1) { name } }
            """#
        )
    }
}
