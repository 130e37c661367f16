import Testing

@testable import GraphQLEngine

@Suite struct NoUndefinedVariablesRuleTests {
    @Test func allDefined() {
        expectValid(
            NoUndefinedVariablesRule.self,
            #"""
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """#
        )
    }

    @Test func allDefinedDeeply() {
        expectValid(
            NoUndefinedVariablesRule.self,
            #"""
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) {
                field(b: $b) {
                  field(c: $c)
                }
              }
            }
            """#
        )
    }

    @Test func allDefinedInInlineFragments() {
        expectValid(
            NoUndefinedVariablesRule.self,
            #"""
            query Foo($a: String, $b: String, $c: String) {
              ... on Type {
                field(a: $a) {
                  field(b: $b) {
                    ... on Type {
                      field(c: $c)
                    }
                  }
                }
              }
            }
            """#
        )
    }

    @Test func allDefinedInFragments() {
        expectValid(
            NoUndefinedVariablesRule.self,
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

    @Test func variableWithinSingleFragmentInMultipleOperations() {
        expectValid(
            NoUndefinedVariablesRule.self,
            #"""
            query Foo($a: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """#
        )
    }

    @Test func variableWithinRecursiveFragment() {
        expectValid(
            NoUndefinedVariablesRule.self,
            #"""
            query Foo($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragA
              }
            }
            """#
        )
    }

    @Test func variableNotDefined() {
        expectErrors(
            NoUndefinedVariablesRule.self,
            #"""
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$d\" is not defined by operation \"Foo\".",
                    [(2, 33), (1, 1)]
                )
            ]
        )
    }

    @Test func variableNotDefinedByAnonymousQuery() {
        expectErrors(
            NoUndefinedVariablesRule.self,
            #"""
            {
              field(a: $a)
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$a\" is not defined.",
                    [(2, 12), (1, 1)]
                )
            ]
        )
    }

    @Test func multipleVariablesNotDefined() {
        expectErrors(
            NoUndefinedVariablesRule.self,
            #"""
            query Foo($b: String) {
              field(a: $a, b: $b, c: $c)
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$a\" is not defined by operation \"Foo\".",
                    [(2, 12), (1, 1)]
                ),
                ExpectedError(
                    "Variable \"$c\" is not defined by operation \"Foo\".",
                    [(2, 26), (1, 1)]
                ),
            ]
        )
    }

    @Test func variableInFragmentNotDefinedByAnonymousQuery() {
        expectErrors(
            NoUndefinedVariablesRule.self,
            #"""
            {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$a\" is not defined.",
                    [(5, 12), (1, 1)]
                )
            ]
        )
    }

    @Test func variableInFragmentUsedByOtherOperation() {
        expectErrors(
            NoUndefinedVariablesRule.self,
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
                    "Variable \"$a\" is not defined by operation \"Foo\".",
                    [(8, 12), (1, 1)]
                ),
                ExpectedError(
                    "Variable \"$b\" is not defined by operation \"Bar\".",
                    [(11, 12), (4, 1)]
                ),
            ]
        )
    }

    @Test func multipleUndefinedVariablesProduceMultipleErrors() {
        expectErrors(
            NoUndefinedVariablesRule.self,
            #"""
            query Foo($b: String) {
              ...FragAB
            }
            query Bar($a: String) {
              ...FragAB
            }
            fragment FragAB on Type {
              field1(a: $a, b: $b)
              ...FragC
              field3(a: $a, b: $b)
            }
            fragment FragC on Type {
              field2(c: $c)
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$a\" is not defined by operation \"Foo\".",
                    [(8, 13), (1, 1)]
                ),
                ExpectedError(
                    "Variable \"$a\" is not defined by operation \"Foo\".",
                    [(10, 13), (1, 1)]
                ),
                ExpectedError(
                    "Variable \"$c\" is not defined by operation \"Foo\".",
                    [(13, 13), (1, 1)]
                ),
                ExpectedError(
                    "Variable \"$b\" is not defined by operation \"Bar\".",
                    [(8, 20), (4, 1)]
                ),
                ExpectedError(
                    "Variable \"$b\" is not defined by operation \"Bar\".",
                    [(10, 20), (4, 1)]
                ),
                ExpectedError(
                    "Variable \"$c\" is not defined by operation \"Bar\".",
                    [(13, 13), (4, 1)]
                ),
            ]
        )
    }

    @Test func variableInDirective() {
        expectErrors(
            NoUndefinedVariablesRule.self,
            #"""
            query Foo {
              dog @include(if: $cond) { name }
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$cond\" is not defined by operation \"Foo\".",
                    [(2, 20), (1, 1)]
                )
            ]
        )
    }

    @Test func variableInDefaultOfAnotherIsNotAUsage() {
        expectErrors(
            NoUndefinedVariablesRule.self,
            #"""
            query Foo($a: Int = 1) {
              field(a: $a, b: {x: [$b]})
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$b\" is not defined by operation \"Foo\".",
                    [(2, 24), (1, 1)]
                )
            ]
        )
    }
}
