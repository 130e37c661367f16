import Testing

@testable import GraphQLEngine

@Suite struct LoneAnonymousOperationRuleTests {
    @Test func noOperations() {
        expectValid(
            LoneAnonymousOperationRule.self,
            #"""
            fragment fragA on Dog {
              name
            }
            """#
        )
    }

    @Test func oneAnonymousOperation() {
        expectValid(
            LoneAnonymousOperationRule.self,
            #"""
            {
              dog { name }
            }
            """#
        )
    }

    @Test func anonymousWithFragment() {
        expectValid(
            LoneAnonymousOperationRule.self,
            #"""
            {
              ...Foo
            }

            fragment Foo on Query {
              dog { name }
            }
            """#
        )
    }

    @Test func multipleAnonymousOperations() {
        expectErrors(
            LoneAnonymousOperationRule.self,
            #"""
            {
              dog { name }
            }

            {
              cat { name }
            }
            """#,
            [
                ExpectedError(
                    "This anonymous operation must be the only defined operation.",
                    [(1, 1)]
                ),
                ExpectedError(
                    "This anonymous operation must be the only defined operation.",
                    [(5, 1)]
                ),
            ]
        )
    }

    @Test func anonymousWithNamedOperation() {
        expectErrors(
            LoneAnonymousOperationRule.self,
            #"""
            {
              dog { name }
            }

            query Foo {
              cat { name }
            }
            """#,
            [
                ExpectedError(
                    "This anonymous operation must be the only defined operation.",
                    [(1, 1)]
                )
            ]
        )
    }

    @Test func anonymousWithMutation() {
        expectErrors(
            LoneAnonymousOperationRule.self,
            #"""
            {
              dog { name }
            }

            mutation Foo {
              createDog(name: "a") { name }
            }
            """#,
            [
                ExpectedError(
                    "This anonymous operation must be the only defined operation.",
                    [(1, 1)]
                )
            ]
        )
    }
}
