import GRDB
import Synchronization

/// Read-only connections that run a read on the calling thread, so a read costs no hop to a database queue.
///
/// `DatabasePool`'s async `read` hands every read to a reader's dispatch queue and the result back to the task:
/// thread switches, semaphores and a cancellation handler around each of a dashboard's dozen small reads, which
/// the profile showed costing more than the SQL. A connection taken here reads synchronously where the task runs.
/// Taking one never waits: when every connection is busy, `checkOut()` returns nil and the caller reads through
/// the pool, so a cooperative thread is never blocked waiting for a connection.
final class InlineReaders: Sendable {
    private let path: String
    private let configuration: Configuration
    let limit: Int
    private let state = Mutex<(idle: [DatabaseQueue], opened: Int)>(([], 0))

    /// Connections to the WAL database at `path`, at most `limit`, opened on first need with `configuration`
    /// made read-only.
    init(path: String, configuration: Configuration, limit: Int) {
        var readOnly = configuration
        readOnly.readonly = true
        // As GRDB does for its own pool readers: the rare SQLITE_BUSY of a WAL reader (another process recovering
        // or closing the database) waits a moment instead of failing the request.
        readOnly.busyMode = .timeout(10)
        // A request's snapshot (`BillingStore.withReadSnapshot`) keeps its read transaction open between the reads
        // of the request, each of which is one `inDatabase` call.
        readOnly.allowsUnsafeTransactions = true
        readOnly.label = (configuration.label ?? "BillingStore") + ".inline"
        self.path = path
        self.configuration = readOnly
        self.limit = limit
    }

    /// An idle connection, a new one while fewer than `limit` are open, or nil when all are busy.
    func checkOut() -> DatabaseQueue? {
        enum Take {
            case idle(DatabaseQueue)
            case open
            case none
        }
        let take = state.withLock { state -> Take in
            if let connection = state.idle.popLast() { return .idle(connection) }
            guard state.opened < limit else { return .none }
            state.opened += 1
            return .open
        }
        switch take {
        case .idle(let connection): return connection
        case .none: return nil
        case .open:
            do {
                return try DatabaseQueue(path: path, configuration: configuration)
            } catch {
                state.withLock { $0.opened -= 1 }
                return nil
            }
        }
    }

    /// Returns a connection `checkOut()` gave.
    func checkIn(_ connection: DatabaseQueue) {
        state.withLock { $0.idle.append(connection) }
    }

    /// Forgets a connection `checkOut()` gave that must not be used again (it could not leave its transaction).
    func discard(_ connection: DatabaseQueue) {
        state.withLock { $0.opened -= 1 }
    }

    /// Runs `body` in a read-only transaction of `connection`, synchronously on this thread.
    ///
    /// Not `async`, so the synchronous `inDatabase` is the one called: in an async function Swift would pick GRDB's
    /// async overload, the hop this type exists to avoid. The transaction is begun and ended by statements prepared
    /// once per connection: GRDB's `read` prepares `BEGIN` and `COMMIT` afresh for each of a dashboard's dozen reads.
    /// A failed `body` rolls back, so the connection goes back to the pool outside any transaction.
    static func read<T>(_ connection: DatabaseQueue, _ body: (Database) throws -> T) throws -> T {
        try connection.inDatabase { db in
            try begin(db)
            let value: T
            do {
                value = try body(db)
            } catch {
                rollBack(db)
                throw error
            }
            try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
            return value
        }
    }

    /// Begins a read transaction with the connection's prepared `BEGIN`.
    static func begin(_ db: Database) throws {
        try db.cachedStatement(sql: "BEGIN DEFERRED TRANSACTION").execute()
    }

    /// Commits the open transaction, or rolls it back when the commit fails; true when the connection is left
    /// outside any transaction, fit to serve again.
    static func end(_ db: Database) -> Bool {
        guard db.isInsideTransaction else { return true }
        if (try? db.cachedStatement(sql: "COMMIT TRANSACTION").execute()) != nil { return true }
        rollBack(db)
        return !db.isInsideTransaction
    }

    /// Rolls back the open transaction, if any.
    static func rollBack(_ db: Database) {
        if db.isInsideTransaction { try? db.cachedStatement(sql: "ROLLBACK TRANSACTION").execute() }
    }
}

extension BillingStore {
    /// Runs a read: in the task's read snapshot when `withReadSnapshot` set one up for this store; else on an idle
    /// inline connection, on this thread, when there is one; else through the pool.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        if let snapshot = ReadSnapshot.current, snapshot.readers === inlineReaders, let value = try snapshot.read(body) {
            return value
        }
        if let inlineReaders, let connection = inlineReaders.checkOut() {
            defer { inlineReaders.checkIn(connection) }
            return try InlineReaders.read(connection, body)
        }
        return try await writer.read(body)
    }
}
