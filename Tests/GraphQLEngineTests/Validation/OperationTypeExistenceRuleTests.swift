import Testing

@testable import GraphQLEngine

@Suite struct OperationTypeExistenceRuleTests {
    @Test func queryIsSupported() {
        expectValid(
            OperationTypeExistenceRule.self,
            #"""
            query { dog { name } }
            """#
        )
    }

    @Test func mutationAndSubscriptionAreSupported() {
        expectValid(
            OperationTypeExistenceRule.self,
            #"""
            mutation { createDog(name: "a") { name } }
            subscription { newDog { name } }
            """#
        )
    }
}
