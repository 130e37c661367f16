import Foundation
import GRDB
import GRDBSQLite

/// A thread-safe count of the SQL statements a store has executed.
///
/// Read it before and after a request to learn how many statements the request cost.
public final class StatementCounter: @unchecked Sendable {
    // NSLock rather than Synchronization.Atomic: the package still builds for macOS 14.
    private let lock = NSLock()
    private var value = 0

    /// Creates a counter at zero.
    public init() {}

    /// The number of statements counted so far.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func increment() {
        lock.lock()
        value += 1
        lock.unlock()
    }

    /// Counts every statement `db`'s connection runs from now on.
    ///
    /// A raw SQLite trace hook rather than `Database.trace`: GRDB's hook builds and trims a Swift string per
    /// statement, which cost a third of the time of a bulk seed. The connection must not outlive the counter:
    /// the configuration closure that calls this holds the counter as long as the connections exist.
    func install(on db: Database) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_trace_v2(
            db.sqliteConnection, UInt32(SQLITE_TRACE_STMT),
            { _, context, _, sql in
                // For SQLITE_TRACE_STMT the last argument is the statement's SQL text.
                guard let context, let sql, StatementCounter.isCounted(sql.assumingMemoryBound(to: CChar.self)) else { return 0 }
                Unmanaged<StatementCounter>.fromOpaque(context).takeUnretainedValue().increment()
                return 0
            }, context)
    }

    private static let bookkeeping = [
        "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA", "--", "SELECT * FROM sqlite_master",
        "SELECT rootpage FROM sqlite_master",
    ].map { Array($0.utf8) }

    /// True for statements the application asked for, false for GRDB's transaction and connection bookkeeping
    /// (transactions, pragmas, trigger programs, and the schema probes it runs when it opens a connection).
    static func isCounted(_ sql: UnsafePointer<CChar>) -> Bool {
        var start = sql
        while start.pointee == 0x20 || start.pointee == 0x0A || start.pointee == 0x09 { start += 1 }
        for prefix in bookkeeping where hasPrefix(start, prefix) {
            return false
        }
        return true
    }

    static func isCounted(_ sql: String) -> Bool {
        sql.withCString { isCounted($0) }
    }

    /// Compares byte by byte; the text's terminating NUL differs from every prefix byte, so it never reads past it.
    private static func hasPrefix(_ text: UnsafePointer<CChar>, _ prefix: [UInt8]) -> Bool {
        for (offset, byte) in prefix.enumerated() where UInt8(bitPattern: text[offset]) != byte {
            return false
        }
        return true
    }
}
