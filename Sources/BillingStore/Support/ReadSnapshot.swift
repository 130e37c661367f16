import GRDB
import Synchronization

/// One read transaction shared by every read of a request: `BillingStore.withReadSnapshot`.
///
/// A dashboard makes a dozen reads; alone, each begins and commits its own transaction, which takes and releases
/// the WAL read lock (an `fcntl` each way) and runs two more statements. In a snapshot the first read begins the
/// transaction on a connection held for the request, the others reuse it, and the end of the request commits it
/// once. Every read of the request then also sees the same committed state.
///
/// Reads of one request that run at once (`async let`) take turns on the connection: the lock is held for one read
/// at a time, a few dozen microseconds.
final class ReadSnapshot: Sendable {
    /// The snapshot of the running task and its child tasks, if any.
    @TaskLocal static var current: ReadSnapshot?

    /// The store's inline readers the connection came from: a snapshot serves only reads of that store.
    let readers: InlineReaders
    /// The held connection; nil once the snapshot has ended, after which reads go their usual way.
    private let connection: Mutex<DatabaseQueue?>

    init(readers: InlineReaders, connection: DatabaseQueue) {
        self.readers = readers
        self.connection = Mutex(connection)
    }

    /// Runs `body` inside the snapshot's transaction, beginning it on the first read; nil once the snapshot ended.
    ///
    /// A failing `body` leaves the transaction open for the request's other reads; should SQLite have ended it
    /// (as it does after some I/O errors), the next read begins a new one.
    func read<T: Sendable>(_ body: (Database) throws -> T) throws -> T? {
        try connection.withLock { connection -> T? in
            guard let connection else { return nil }
            return try connection.inDatabase { db in
                if !db.isInsideTransaction { try InlineReaders.begin(db) }
                return try body(db)
            }
        }
    }

    /// Ends the snapshot: commits its transaction and returns the connection to the idle ones (or closes it when it
    /// cannot leave the transaction). Later reads through this snapshot return nil.
    func end() {
        let taken = connection.withLock { held -> DatabaseQueue? in
            defer { held = nil }
            return held
        }
        guard let connection = taken else { return }
        let clean = connection.inDatabase { db in InlineReaders.end(db) }
        if clean { readers.checkIn(connection) } else { readers.discard(connection) }
    }
}

extension BillingStore {
    /// Runs `body` with every read this store makes in it (in this task and its child tasks) served from one read
    /// transaction: one consistent view of the database, and one transaction instead of one per read.
    ///
    /// For reads only: a write made inside `body` commits through the writer, and the snapshot's later reads do not
    /// see it. When no inline connection is idle (or for an in-memory store), `body` runs with reads as usual.
    ///
    /// ```swift
    /// let result = await store.withReadSnapshot { await runtime.execute(prepared, ...) }
    /// ```
    public func withReadSnapshot<T>(_ body: () async throws -> T) async rethrows -> T {
        guard let inlineReaders, let connection = inlineReaders.checkOut() else { return try await body() }
        let snapshot = ReadSnapshot(readers: inlineReaders, connection: connection)
        defer { snapshot.end() }
        return try await ReadSnapshot.$current.withValue(snapshot) { try await body() }
    }
}
