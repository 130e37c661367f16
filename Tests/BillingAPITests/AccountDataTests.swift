import BillingAPI
import Foundation
import GraphQLEngine
import Testing

@testable import BillingStore

/// Staff account lists, products, purchased products, dialer minutes and the audit log.
struct AccountDataTests {
    static let accounts = """
        query($first: Int, $after: String, $search: String) {
          accounts(first: $first, after: $after, search: $search) { totalCount pageInfo { hasNextPage endCursor } nodes { name } }
        }
        """

    @Test func staffSeeTheirBookOfBusiness() async throws {
        let fixture = try await APIFixture()
        let csm = try await fixture.run(Self.accounts, as: "csm@portal.test")
        #expect(csm.data?["accounts"]?["nodes"]?.listValue?.map { $0["name"] } == [.string("Acme Corp")])
        #expect(csm.data?["accounts"]?["totalCount"] == .int(1))
        let support = try await fixture.run(Self.accounts, as: "support@portal.test")
        #expect(support.data?["accounts"]?["nodes"]?.listValue?.map { $0["name"] } == [.string("Acme Corp"), .string("Globex")])
        let search = try await fixture.run(Self.accounts, as: "support@portal.test", variables: [("search", .string("GLOB"))])
        #expect(search.data?["accounts"]?["nodes"]?.listValue?.map { $0["name"] } == [.string("Globex")])
        #expect(search.data?["accounts"]?["totalCount"] == .int(1))
    }

    @Test func accountPages() async throws {
        let fixture = try await APIFixture()
        let first = try await fixture.run(Self.accounts, as: "support@portal.test", variables: [("first", .int(1))])
        #expect(first.data?["accounts"]?["pageInfo"]?["hasNextPage"] == .bool(true))
        let cursor = try #require(first.data?["accounts"]?["pageInfo"]?["endCursor"])
        let second = try await fixture.run(Self.accounts, as: "support@portal.test", variables: [("first", .int(1)), ("after", cursor)])
        #expect(second.data?["accounts"]?["nodes"]?.listValue?.map { $0["name"] } == [.string("Globex")])
        #expect(second.data?["accounts"]?["pageInfo"]?["hasNextPage"] == .bool(false))
        let bad = try await fixture.run(Self.accounts, as: "support@portal.test", variables: [("after", .string("bm9wZQ"))])
        #expect(bad.codes == ["BAD_USER_INPUT"])
        let negative = try await fixture.run(Self.accounts, as: "support@portal.test", variables: [("first", .int(-5))])
        #expect(negative.codes == ["BAD_USER_INPUT"])
    }

    @Test func productsByKind() async throws {
        let fixture = try await APIFixture()
        let all = try await fixture.run("{ products { sku kind unitPrice { amount currencyCode formatted } } }", as: "member@acme.test")
        let products = all.data?["products"]?.listValue ?? []
        #expect(!products.isEmpty)
        let licenses = try await fixture.run("{ products(kind: LICENSE) { sku kind } }", as: "member@acme.test")
        let licenseList = licenses.data?["products"]?.listValue ?? []
        #expect(!licenseList.isEmpty && licenseList.allSatisfy { $0["kind"] == .string("LICENSE") })
        #expect(licenseList.count == products.filter { $0["kind"] == .string("LICENSE") }.count)
        for product in products {
            let money = product["unitPrice"]
            #expect(money?["formatted"]?.stringValue?.hasPrefix("$") == true)
            #expect(money?["amount"]?.stringValue?.split(separator: ".").last?.count == 2)
        }
    }

    @Test func dialerBalanceIsTheSumOfTheLedger() async throws {
        let fixture = try await APIFixture()
        let result = try await fixture.run(
            "{ account { dialerMinutes { balanceMinutes credits(first: 100) { minutes creditedAt order { id } } } } }",
            as: "admin@acme.test")
        #expect(result.errors.isEmpty, "\(result.errors)")
        let accountID = try await fixture.viewer("admin@acme.test").accountID!
        let (sum, creditCount) = try await fixture.store.writer.read { db in
            (
                try Int.fetchOne(
                    db, sql: "SELECT COALESCE(SUM(minutes), 0) FROM dialer_minute_entries WHERE account_id = ?", arguments: [accountID])!,
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM dialer_minute_entries WHERE account_id = ? AND minutes > 0", arguments: [accountID])!
            )
        }
        #expect(result.data?["account"]?["dialerMinutes"]?["balanceMinutes"] == .int(sum))
        let credits = result.data?["account"]?["dialerMinutes"]?["credits"]?.listValue ?? []
        #expect(credits.count == min(creditCount, 100) && !credits.isEmpty)
        let times = credits.compactMap { $0["creditedAt"]?.stringValue }
        #expect(times == times.sorted(by: >))
        #expect(credits.allSatisfy { ($0["minutes"]?.intValue ?? 0) > 0 })
    }

    @Test func aLicenseStatusFollowsItsTermAsTheDaysPass() async throws {
        let query = "{ account { purchasedProducts { startsOn status product { sku } } } }"
        func statuses(on day: String) async throws -> [String: String] {
            let noon = try #require(CalendarDate(day)).dayNumber * 86_400 + 43_200
            let moment = Date(timeIntervalSince1970: TimeInterval(noon))
            let fixture = try await APIFixture(options: BillingOptions(now: { moment }))
            let result = try await fixture.run(query, as: "admin@acme.test")
            #expect(result.errors.isEmpty, "\(result.errors)")
            var found: [String: String] = [:]
            for purchase in result.data?["account"]?["purchasedProducts"]?.listValue ?? [] {
                let key = (purchase["product"]?["sku"]?.stringValue ?? "?") + "@" + (purchase["startsOn"]?.stringValue ?? "?")
                found[key] = purchase["status"]?.stringValue
            }
            return found
        }
        let before = try await statuses(on: "2026-11-27")
        #expect(before["PB-SEAT@2025-12-01"] == "ACTIVE" && before["NA-SEAT@2026-12-01"] == "PENDING")
        #expect(before["PB-ENT@2024-09-01"] == "EXPIRED")
        let after = try await statuses(on: "2026-12-05")
        #expect(after["PB-SEAT@2025-12-01"] == "EXPIRED" && after["NA-SEAT@2026-12-01"] == "ACTIVE")
    }

    @Test func purchasedProductsAndAuditLog() async throws {
        let fixture = try await APIFixture()
        let result = try await fixture.run(
            """
            { account { purchasedProducts { quantity startsOn status product { kind } }
              auditLog(first: 2) { pageInfo { hasNextPage endCursor } nodes { at action actor { name } } } } }
            """, as: "admin@acme.test")
        #expect(result.errors.isEmpty, "\(result.errors)")
        let account = try #require(result.data?["account"])
        #expect(account["purchasedProducts"]?.listValue?.isEmpty == false)
        let events = account["auditLog"]?["nodes"]?.listValue ?? []
        #expect(events.count == 2)
        let times = events.compactMap { $0["at"]?.stringValue }
        #expect(times == times.sorted(by: >))
        #expect(events.first?["actor"]?["name"] == .string("Ada Admin"))
        let cursor = try #require(account["auditLog"]?["pageInfo"]?["endCursor"])
        let rest = try await fixture.run(
            "query($after: String) { account { auditLog(after: $after) { pageInfo { hasNextPage } nodes { at actor { name } } } } }",
            as: "admin@acme.test", variables: [("after", cursor)])
        let older = rest.data?["account"]?["auditLog"]?["nodes"]?.listValue ?? []
        #expect(older.count == 1)
        #expect((older.first?["at"]?.stringValue ?? "") < (times.last ?? ""))
        #expect(older.first?["actor"]?["name"] == .string("Cora Success"))
    }
}
