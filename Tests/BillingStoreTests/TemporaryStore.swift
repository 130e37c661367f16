import Foundation
import GRDB

@testable import BillingStore

/// A store on a real SQLite file in a fresh temporary folder, removed when the last reference goes.
final class TemporaryStore: Sendable {
    let store: BillingStore
    let folder: URL

    init(seedDemo: Bool = false) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("billing-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try BillingStore(path: folder.appendingPathComponent("billing.sqlite").path)
        if seedDemo { try await store.seedDemo() }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Runs `body` in a write transaction, for fixtures the public API does not write yet.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try await store.writer.write(body)
    }

    /// Runs `body` in a read transaction.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try await store.writer.read(body)
    }

    /// Every row of every table, as text, in a stable order: two equal dumps mean equal content.
    func dump() async throws -> [String] {
        try await read { db in
            let tables = try String.fetchAll(
                db,
                sql:
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations' ORDER BY name"
            )
            var lines: [String] = []
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1") {
                    lines.append("\(table): \(row.description)")
                }
            }
            return lines
        }
    }

    /// The id of the account named `name`.
    func accountID(_ name: String) async throws -> Int64 {
        try await read { db in try Int64.fetchOne(db, sql: "SELECT id FROM accounts WHERE name = ?", arguments: [name])! }
    }
}
