import Testing

@testable import GraphQLEngine

@Suite struct VariablesAreInputTypesRuleTests {
    @Test func unknownTypesAreIgnored() {
        expectValid(
            VariablesAreInputTypesRule.self,
            #"""
            query Foo($a: Unknown, $b: [[Unknown!]]!) {
              field(a: $a, b: $b)
            }
            """#
        )
    }

    @Test func inputTypesAreValid() {
        expectValid(
            VariablesAreInputTypesRule.self,
            #"""
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor, $e: OneOfInput) {
              field(a: $a, b: $b, c: $c)
            }
            """#
        )
    }

    @Test func outputTypesAreInvalid() {
        expectErrors(
            VariablesAreInputTypesRule.self,
            #"""
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """#,
            [
                ExpectedError(
                    "Variable \"$a\" cannot be non-input type \"Dog\".",
                    [(1, 15)]
                ),
                ExpectedError(
                    "Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".",
                    [(1, 24)]
                ),
                ExpectedError(
                    "Variable \"$c\" cannot be non-input type \"Pet\".",
                    [(1, 44)]
                ),
            ]
        )
    }
}
