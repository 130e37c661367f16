import BillingStore
import GraphQLEngine
import Testing

/// Staff list accounts with their orders and invoices: each level is one query whatever the number of accounts, and
/// each account's page is what that account alone would answer.
struct StaffListTests {
    static let list = """
        query($accounts: Int, $first: Int, $after: String) { accounts(first: $accounts) { nodes { id
          orders(first: $first, after: $after, sort: { field: AMOUNT, direction: ASC }) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id total { amount } } }
          invoices(first: $first, filter: { status: PAID }) { totalCount pageInfo { hasNextPage } nodes { id issuedOn } }
          auditLog(first: $first) { pageInfo { hasNextPage } nodes { id action } } } } }
        """
    static let alone = """
        query($id: ID, $first: Int, $after: String) { account(id: $id) {
          orders(first: $first, after: $after, sort: { field: AMOUNT, direction: ASC }) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id total { amount } } }
          invoices(first: $first, filter: { status: PAID }) { totalCount pageInfo { hasNextPage } nodes { id issuedOn } }
          auditLog(first: $first) { pageInfo { hasNextPage } nodes { id action } } } }
        """

    @Test func statementsDoNotGrowWithTheNumberOfAccounts() async throws {
        let fixture = try await APIFixture()
        _ = try await fixture.store.seedScale(accounts: 12, ordersPerAccount: 5)
        var statements: [Int] = []
        for accounts in [1, 5, 14] {
            let variables: [(String, JSONValue)] = [("accounts", .int(accounts)), ("first", .int(3))]
            let before = fixture.store.statementCounter.count
            let result = try await fixture.run(Self.list, as: "support@portal.test", variables: variables)
            statements.append(fixture.store.statementCounter.count - before)
            #expect(result.errors.isEmpty, "\(result.errors)")
            #expect(result.data?["accounts"]?["nodes"]?.listValue?.count == accounts)
        }
        #expect(statements[0] == statements[1] && statements[1] == statements[2], "statements for 1, 5, 14 accounts: \(statements)")
    }

    @Test(arguments: [0, 2, 4, 50])
    func eachAccountsPageIsWhatItAloneAnswers(first: Int) async throws {
        let fixture = try await APIFixture()
        _ = try await fixture.store.seedScale(accounts: 6, ordersPerAccount: 4)
        let listed = try await fixture.run(
            Self.list, as: "support@portal.test", variables: [("accounts", .int(8)), ("first", .int(first))])
        let nodes = try #require(listed.data?["accounts"]?["nodes"]?.listValue)
        #expect(nodes.count == 8)
        // The cursor of one account's page continues every account's list from the same amount and id.
        let cursor = nodes.compactMap { $0["orders"]?["pageInfo"]?["endCursor"] }.first { $0 != .null } ?? .null
        let after = try await fixture.run(
            Self.list, as: "support@portal.test",
            variables: [("accounts", .int(8)), ("first", .int(first)), ("after", cursor)])
        let afterNodes = try #require(after.data?["accounts"]?["nodes"]?.listValue)
        for (index, node) in nodes.enumerated() {
            let id = try #require(node["id"])
            let one = try await fixture.run(Self.alone, as: "support@portal.test", variables: [("id", id), ("first", .int(first))])
            #expect(one.data?["account"]?["orders"] == node["orders"])
            #expect(one.data?["account"]?["invoices"] == node["invoices"])
            #expect(one.data?["account"]?["auditLog"] == node["auditLog"])
            let oneAfter = try await fixture.run(
                Self.alone, as: "support@portal.test", variables: [("id", id), ("first", .int(first)), ("after", cursor)])
            #expect(oneAfter.data?["account"]?["orders"] == afterNodes[index]["orders"])
        }
        let sizes = nodes.map { $0["orders"]?["nodes"]?.listValue?.count ?? -1 }
        #expect(sizes.allSatisfy { $0 <= first } && (first == 0 || sizes.contains { $0 > 0 }))
    }
}
