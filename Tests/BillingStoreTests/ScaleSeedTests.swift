import Foundation
import GRDB
import Testing

@testable import BillingStore

@Suite struct ScaleSeedTests {
    @Test func addsTheAskedAccountsAndOrdersDeterministically() async throws {
        let first = try await TemporaryStore()
        let report = try await first.store.seedScale(accounts: 30, ordersPerAccount: 7)
        #expect(report.orders == 210)
        let counts = try await first.read { db in
            try ["accounts", "orders", "invoices", "users", "account_managers"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? 0
            }
        }
        // Demo data (2 accounts, 84 orders, 5 users) comes first.
        #expect(counts == [32, 294, 294, 5 + 61, 31])
        let perOrder = try await first.read { db in
            try Int.fetchAll(db, sql: "SELECT COUNT(*) FROM order_line_items GROUP BY order_id")
        }
        #expect(perOrder.count == 294 && perOrder.allSatisfy { (3...6).contains($0) })
        let second = try await TemporaryStore()
        try await second.store.seedScale(accounts: 30, ordersPerAccount: 7)
        #expect(try await first.dump() == (try await second.dump()))
        let admin = try #require(try await first.store.user(email: "admin.30@scale.test"))
        #expect(try await first.store.orderCount(accountID: admin.accountID!) == 7)
        #expect(try await first.store.authenticate(email: "admin.7@scale.test", password: "demo-password") != nil)
        await #expect(throws: BillingStoreError.alreadySeeded) { try await first.store.seedScale(accounts: 1, ordersPerAccount: 1) }
    }

    /// Measures the benchmark database; run with BILLING_SCALE_SEED=ACCOUNTSxORDERS (e.g. 10000x100), in release.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["BILLING_SCALE_SEED"] != nil))
    func measureScaleSeed() async throws {
        let spec = ProcessInfo.processInfo.environment["BILLING_SCALE_SEED"]!.split(separator: "x").compactMap { Int($0) }
        let path = ProcessInfo.processInfo.environment["BILLING_SCALE_DB"] ?? NSTemporaryDirectory() + "/billing-scale.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try BillingStore(path: path)
        let clock = ContinuousClock()
        let elapsed = try await clock.measure { try await store.seedScale(accounts: spec[0], ordersPerAccount: spec[1]) }
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        print("seedScale(\(spec[0]) x \(spec[1])): \(elapsed), \(size / 1_048_576) MiB at \(path)")
        guard spec[0] > 0 else { return }
        let account = try #require(try await store.user(email: "admin.\(spec[0] / 2 + 1)@scale.test")?.accountID)
        let pageTime = try await clock.measure {
            for _ in 0..<100 {
                _ = try await store.orders(accountID: account, sort: OrderSort(field: .amount), first: 50)
            }
        }
        print("100 order pages of 50 by amount: \(pageTime)")
    }
}
