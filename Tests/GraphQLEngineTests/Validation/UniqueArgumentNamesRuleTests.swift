import Testing

@testable import GraphQLEngine

@Suite struct UniqueArgumentNamesRuleTests {
    @Test func noArguments() {
        expectValid(
            UniqueArgumentNamesRule.self,
            #"""
            {
              field
            }
            """#
        )
    }

    @Test func argumentsOnFieldAndDirective() {
        expectValid(
            UniqueArgumentNamesRule.self,
            #"""
            {
              field(arg: "value") @directive(arg: "value")
            }
            """#
        )
    }

    @Test func sameArgumentOnTwoFields() {
        expectValid(
            UniqueArgumentNamesRule.self,
            #"""
            {
              one: field(arg: "value")
              two: field(arg: "value")
            }
            """#
        )
    }

    @Test func multipleFieldArguments() {
        expectValid(
            UniqueArgumentNamesRule.self,
            #"""
            {
              field(arg1: "value", arg2: "value", arg3: "value")
            }
            """#
        )
    }

    @Test func duplicateFieldArguments() {
        expectErrors(
            UniqueArgumentNamesRule.self,
            #"""
            {
              field(arg1: "value", arg1: "value")
            }
            """#,
            [
                ExpectedError(
                    "There can be only one argument named \"arg1\".",
                    [(2, 9), (2, 24)]
                )
            ]
        )
    }

    @Test func manyDuplicateFieldArguments() {
        expectErrors(
            UniqueArgumentNamesRule.self,
            #"""
            {
              field(arg1: "value", arg1: "value", arg1: "value")
            }
            """#,
            [
                ExpectedError(
                    "There can be only one argument named \"arg1\".",
                    [(2, 9), (2, 24), (2, 39)]
                )
            ]
        )
    }

    @Test func duplicateDirectiveArguments() {
        expectErrors(
            UniqueArgumentNamesRule.self,
            #"""
            {
              field @directive(arg1: "value", arg1: "value")
            }
            """#,
            [
                ExpectedError(
                    "There can be only one argument named \"arg1\".",
                    [(2, 20), (2, 35)]
                )
            ]
        )
    }

    @Test func manyDuplicateDirectiveArguments() {
        expectErrors(
            UniqueArgumentNamesRule.self,
            #"""
            {
              field @directive(arg1: "value", arg1: "value", arg1: "value")
            }
            """#,
            [
                ExpectedError(
                    "There can be only one argument named \"arg1\".",
                    [(2, 20), (2, 35), (2, 50)]
                )
            ]
        )
    }
}
