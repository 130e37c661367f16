import Testing

@testable import BillingStore

@Suite struct StatementCounterTests {
    @Test func countsEachQueryButNotTransactionBookkeeping() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let acme = try await temp.accountID("Acme Corp")
        var before = store.statementCounter.count
        _ = try await store.orders(accountID: acme, first: 50)
        #expect(store.statementCounter.count == before + 1)
        before = store.statementCounter.count
        _ = try await store.orderCount(accountID: acme)
        _ = try await store.billingAdmins(accountIDs: [acme])
        #expect(store.statementCounter.count == before + 2)
    }

    @Test func ignoresBookkeepingStatements() {
        #expect(!StatementCounter.isCounted("BEGIN DEFERRED TRANSACTION"))
        #expect(!StatementCounter.isCounted("COMMIT TRANSACTION"))
        #expect(!StatementCounter.isCounted("PRAGMA query_only = 1"))
        #expect(!StatementCounter.isCounted("SELECT * FROM sqlite_master LIMIT 1"))
        #expect(!StatementCounter.isCounted("\n  BEGIN IMMEDIATE TRANSACTION"))
        #expect(!StatementCounter.isCounted("-- TRIGGER audit"))
        #expect(StatementCounter.isCounted("SELECT 1"))
        #expect(StatementCounter.isCounted("SELECT * FROM orders"))
        #expect(StatementCounter.isCounted("INSERT INTO orders DEFAULT VALUES"))
    }
}
