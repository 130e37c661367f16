import Testing

@testable import GraphQLEngine

@Suite struct FragmentsOnCompositeTypesRuleTests {
    @Test func objectIsValid() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            #"""
            fragment validFragment on Dog {
              barks
            }
            """#
        )
    }

    @Test func interfaceIsValid() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            #"""
            fragment validFragment on Pet {
              name
            }
            """#
        )
    }

    @Test func inlineObjectIsValid() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            #"""
            fragment validFragment on Pet {
              ... on Dog {
                barks
              }
            }
            """#
        )
    }

    @Test func inlineWithoutTypeIsValid() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            #"""
            fragment validFragment on Pet {
              ... {
                name
              }
            }
            """#
        )
    }

    @Test func unionIsValid() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            #"""
            fragment validFragment on CatOrDog {
              __typename
            }
            """#
        )
    }

    @Test func scalarIsInvalid() {
        expectErrors(
            FragmentsOnCompositeTypesRule.self,
            #"""
            fragment scalarFragment on Boolean {
              bad
            }
            """#,
            [
                ExpectedError(
                    "Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".",
                    [(1, 28)]
                )
            ]
        )
    }

    @Test func enumIsInvalid() {
        expectErrors(
            FragmentsOnCompositeTypesRule.self,
            #"""
            fragment scalarFragment on FurColor {
              bad
            }
            """#,
            [
                ExpectedError(
                    "Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".",
                    [(1, 28)]
                )
            ]
        )
    }

    @Test func inputObjectIsInvalid() {
        expectErrors(
            FragmentsOnCompositeTypesRule.self,
            #"""
            fragment inputFragment on ComplexInput {
              stringField
            }
            """#,
            [
                ExpectedError(
                    "Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".",
                    [(1, 27)]
                )
            ]
        )
    }

    @Test func inlineScalarIsInvalid() {
        expectErrors(
            FragmentsOnCompositeTypesRule.self,
            #"""
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """#,
            [
                ExpectedError(
                    "Fragment cannot condition on non composite type \"String\".",
                    [(2, 10)]
                )
            ]
        )
    }

    @Test func unknownTypeIsIgnoredHere() {
        expectValid(
            FragmentsOnCompositeTypesRule.self,
            #"""
            fragment f on Unknown { a }
            """#
        )
    }
}
