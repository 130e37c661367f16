import Testing

@testable import GraphQLEngine

@Suite struct NoUnusedVariablesRuleTests {
    @Test func usesAllVariables() {
        expectValid(
            NoUnusedVariablesRule.self,
            #"""
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """#
        )
    }

    @Test func usesAllVariablesDeeplyInFragments() {
        expectValid(
            NoUnusedVariablesRule.self,
            #"""
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field(c: $c)
            }
            """#
        )
    }

    @Test func variableNotUsed() {
        expectErrors(
            NoUnusedVariablesRule.self,
            #"""
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$c\" is never used.",
                    [(1, 32)]
                )
            ]
        )
    }

    @Test func multipleVariablesNotUsed() {
        expectErrors(
            NoUnusedVariablesRule.self,
            #"""
            query Foo($a: String, $b: String, $c: String) {
              field(b: $b)
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$a\" is never used in operation \"Foo\".",
                    [(1, 11)]
                ),
                ExpectedError(
                    "Variable \"$c\" is never used in operation \"Foo\".",
                    [(1, 35)]
                ),
            ]
        )
    }

    @Test func variableNotUsedInFragments() {
        expectErrors(
            NoUnusedVariablesRule.self,
            #"""
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$c\" is never used in operation \"Foo\".",
                    [(1, 35)]
                )
            ]
        )
    }

    @Test func variableNotUsedByUnreferencedFragment() {
        expectErrors(
            NoUnusedVariablesRule.self,
            #"""
            query Foo($b: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$b\" is never used in operation \"Foo\".",
                    [(1, 11)]
                )
            ]
        )
    }

    @Test func variableNotUsedByFragmentUsedByOtherOperation() {
        expectErrors(
            NoUnusedVariablesRule.self,
            #"""
            query Foo($b: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$b\" is never used in operation \"Foo\".",
                    [(1, 11)]
                ),
                ExpectedError(
                    "Variable \"$a\" is never used in operation \"Bar\".",
                    [(4, 11)]
                ),
            ]
        )
    }

    @Test func variableUsedInDirective() {
        expectValid(
            NoUnusedVariablesRule.self,
            #"""
            query Foo($c: Boolean!) {
              dog @skip(if: $c) { name }
            }
            """#
        )
    }
}
