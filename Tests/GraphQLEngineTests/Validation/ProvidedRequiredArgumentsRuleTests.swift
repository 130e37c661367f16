import Testing

@testable import GraphQLEngine

@Suite struct ProvidedRequiredArgumentsRuleTests {
    @Test func ignoresUnknownArguments() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              dog {
                isHouseTrained(unknownArgument: true)
              }
            }
            """#
        )
    }

    @Test func argOnOptionalArg() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              dog {
                isHouseTrained(atOtherHomes: true)
              }
            }
            """#
        )
    }

    @Test func noArgOnOptionalArg() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              dog {
                isHouseTrained
              }
            }
            """#
        )
    }

    @Test func noArgOnNonNullFieldWithDefault() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              complicatedArgs {
                nonNullFieldWithDefault
              }
            }
            """#
        )
    }

    @Test func multipleArgs() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
              }
            }
            """#
        )
    }

    @Test func allReqsAndOpts() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              complicatedArgs {
                multipleOptAndReq(req1: 3, req2: 2, opt1: 1, opt2: 0)
              }
            }
            """#
        )
    }

    @Test func missingOneNonNullableArgument() {
        expectErrors(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              complicatedArgs {
                multipleReqs(req2: 2)
              }
            }
            """#,
            [
                ExpectedError(
                    "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.",
                    [(3, 5)]
                )
            ]
        )
    }

    @Test func missingMultipleNonNullableArguments() {
        expectErrors(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              complicatedArgs {
                multipleReqs
              }
            }
            """#,
            [
                ExpectedError(
                    "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.",
                    [(3, 5)]
                ),
                ExpectedError(
                    "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.",
                    [(3, 5)]
                ),
            ]
        )
    }

    @Test func incorrectValueAndMissingArgument() {
        expectErrors(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              complicatedArgs {
                multipleReqs(req1: "one")
              }
            }
            """#,
            [
                ExpectedError(
                    "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.",
                    [(3, 5)]
                )
            ]
        )
    }

    @Test func nullIsStillProvided() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              complicatedArgs {
                multipleReqs(req1: null, req2: null)
              }
            }
            """#
        )
    }

    @Test func directivesOfUnknownType() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              dog @unknown {
                name
              }
            }
            """#
        )
    }

    @Test func directivesWithValidTypes() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
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

    @Test func directiveWithMissingTypes() {
        expectErrors(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              dog @include {
                name @skip
              }
            }
            """#,
            [
                ExpectedError(
                    "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                    [(2, 7)]
                ),
                ExpectedError(
                    "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
                    [(3, 10)]
                ),
            ]
        )
    }

    @Test func customDirectiveMissingRequired() {
        expectErrors(
            ProvidedRequiredArgumentsRule.self,
            #"""
            query @withArgs(optional: 2) {
              dog @withArgs { name }
            }
            """#,
            [
                ExpectedError(
                    "Directive \"@withArgs\" argument \"required\" of type \"String!\" is required, but it was not provided.",
                    [(1, 7)]
                ),
                ExpectedError(
                    "Directive \"@withArgs\" argument \"required\" of type \"String!\" is required, but it was not provided.",
                    [(2, 7)]
                ),
            ]
        )
    }

    @Test func unknownFieldIsIgnored() {
        expectValid(
            ProvidedRequiredArgumentsRule.self,
            #"""
            {
              unknownField
            }
            """#
        )
    }
}
