import GRDB
import Testing

@testable import BillingStore

/// The store's durability settings on a real file.
struct DurabilityTests {
    @Test func writesAreSynchronousFullInWALMode() async throws {
        let temporary = try await TemporaryStore()
        let (mode, synchronous) = try await temporary.store.writer.writeWithoutTransaction { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        #expect(mode == "wal")
        // 2 is FULL: a commit returns once its WAL frames are synced (1, NORMAL, syncs only at checkpoints).
        #expect(synchronous == 2)
        _ = try await temporary.store.appliedMigrations()
        let afterWork = try await temporary.store.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(afterWork == 2)
    }
}
