import Foundation
import GRDB

/// The billing database: every SQL statement of the product lives behind this type.
///
/// Layers above call its narrow, `async` methods and never build SQL themselves, so another store (PostgreSQL)
/// can be added without touching them.
///
/// ```swift
/// let store = try BillingStore(path: "billing.sqlite")
/// try await store.seedDemo()
/// let page = try await store.orders(accountID: 1, filter: OrderFilter(), sort: OrderSort(), first: 50, after: nil)
/// ```
public struct BillingStore: Sendable {
    /// The connection (pool or queue) every query goes through.
    let writer: any DatabaseWriter
    /// Counts the SQL statements this store executes, for tests and /metrics.
    public let statementCounter: StatementCounter
    /// Connections that read on the caller's thread; nil for an in-memory store, which reads through `writer`.
    let inlineReaders: InlineReaders?

    /// Opens (creating if missing) the database file at `path` as a WAL-mode pool and migrates it.
    ///
    /// The writer runs with `synchronous = FULL`: every commit waits until its WAL frames are on disk, so a
    /// purchase the API acknowledged survives a power loss or an operating-system crash, not only a killed
    /// process (GRDB's WAL default, NORMAL, may lose the last commits on power loss). A payment API answers
    /// "done" only for what it can never lose; the price is one fsync per write transaction, and reads pay nothing.
    ///
    /// `concurrentQueries` is how many queries the caller runs at once (a server's `concurrentExecutions`; 4 per
    /// core when nil); the store keeps that many inline read connections for their snapshots
    /// (`withReadSnapshot`), and one per core for reads outside a snapshot. Beyond that, reads go through GRDB's pool.
    public init(path: String, concurrentQueries: Int? = nil) throws {
        let counter = StatementCounter()
        let configuration = Self.configuration(counter: counter)
        let pool = try DatabasePool(path: path, configuration: configuration)
        // After the pool's own WAL set-up, which sets NORMAL on the writer; the writer connection lives as long as
        // the pool, so the setting holds for every write.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let readers = InlineReaders(
            path: path, configuration: configuration,
            limit: max(concurrentQueries ?? 4 * cores, 0) + cores)
        try self.init(writer: pool, counter: counter, inlineReaders: readers)
    }

    /// Wraps an already opened database and migrates it; the counter must be the one installed in its configuration.
    init(writer: any DatabaseWriter, counter: StatementCounter, inlineReaders: InlineReaders? = nil) throws {
        self.writer = writer
        self.statementCounter = counter
        self.inlineReaders = inlineReaders
        try BillingMigrations.migrator.migrate(writer)
    }

    /// Opens a private in-memory database, migrated: for quick tests and tools that need no file.
    public static func inMemory() throws -> BillingStore {
        let counter = StatementCounter()
        let queue = try DatabaseQueue(configuration: configuration(counter: counter))
        return try BillingStore(writer: queue, counter: counter)
    }

    /// The connection settings every connection shares: foreign keys on, statements counted.
    static func configuration(counter: StatementCounter) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.label = "BillingStore"
        config.prepareDatabase { db in counter.install(on: db) }
        return config
    }

    /// The names of the migrations applied to this database, oldest first.
    public func appliedMigrations() async throws -> [String] {
        try await writer.read { db in try BillingMigrations.migrator.appliedMigrations(db) }
    }
}
