import BillingAPI
import BillingStore
import Foundation
import GraphQLEngine
import Testing

/// The portal's front-page query (`design/dashboard.graphql`): complete, and at a fixed number of statements.
struct DashboardTests {
    static let query: String = {
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/design/dashboard.graphql")
        return try! String(contentsOf: shared, encoding: .utf8)
    }()

    @Test func adminGetsAFullPage() async throws {
        let fixture = try await APIFixture()
        let result = try await fixture.run(Self.query, as: "admin@acme.test")
        #expect(result.errors.isEmpty, "\(result.errors)")
        let account = try #require(result.data?["account"])
        #expect(account["orders"]?["nodes"]?.listValue?.count == 50)
        #expect(account["invoices"]?["nodes"]?.listValue?.count == 50)
        #expect(account["orders"]?["pageInfo"]?["hasNextPage"] == .bool(true))
        let size = result.response().jsonBytes().count
        // 50 orders and 50 invoices of 3 to 6 lines each, every amount with its formatted form: about 160 KB.
        #expect(size > 40_000 && size < 400_000, "dashboard is \(size) bytes")
    }

    @Test func statementsDoNotGrowWithThePageSize() async throws {
        let fixture = try await APIFixture()
        var counts: [Int] = []
        for size in [5, 50] {
            _ = try await fixture.run(Self.query, as: "admin@acme.test", variables: [("orders", .int(size)), ("invoices", .int(size))])
            let before = fixture.store.statementCounter.count
            let result = try await fixture.run(
                Self.query, as: "admin@acme.test", variables: [("orders", .int(size)), ("invoices", .int(size))])
            counts.append(fixture.store.statementCounter.count - before)
            #expect(result.data?["account"]?["orders"]?["nodes"]?.listValue?.count == size)
        }
        #expect(counts[0] == counts[1], "statements at first 5 and 50: \(counts)")
        #expect(counts[1] <= 20, "the dashboard costs \(counts[1]) statements")
    }

    @Test func nestedRelationsCostOneStatementPerLevel() async throws {
        let fixture = try await APIFixture()
        let query = """
            query($n: Int) { account { orders(first: $n) { nodes { lineItems { product { sku } } invoice { number order { number }
              lineItems { product { name } } } placedBy { name account { name } } paymentMethod { last4 } } } } }
            """
        var counts: [Int] = []
        for size in [1, 10, 60] {
            let before = fixture.store.statementCounter.count
            let result = try await fixture.run(query, as: "admin@acme.test", variables: [("n", .int(size))])
            counts.append(fixture.store.statementCounter.count - before)
            #expect(result.errors.isEmpty)
        }
        #expect(Set(counts).count == 1, "statements at first 1, 10, 60: \(counts)")
    }
}
