import Foundation

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

    /// True for statements the application asked for, false for GRDB's transaction and connection bookkeeping
    /// (transactions, pragmas, and the schema probe it runs when it opens a connection).
    static func isCounted(_ sql: String) -> Bool {
        let head = sql.utf8.prefix(9)
        for keyword in ["BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA"] where head.starts(with: keyword.utf8) {
            return false
        }
        return !sql.contains("sqlite_master")
    }
}
