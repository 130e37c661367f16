import Synchronization

/// The size of each operation's last response, so the next one is written into a buffer that already fits.
///
/// A response starts in a buffer of `initialCapacity` bytes that doubles as it fills. The dashboard's 161 KB
/// answer went through 32, 64, 128 and 256 KB: three copies of what was written so far, and fresh pages that
/// the kernel had to fault in for each. Requests of one operation name give answers of about one size, so the
/// last size, with room to spare, is a good first guess.
final class ResponseSizeHints: Sendable {
    /// The first capacity of an operation not seen yet; what the engine starts with by default.
    static let initialCapacity = 32 * 1024
    /// Operation names remembered; clients choose the names, so the table must not grow without bound.
    static let operationLimit = 256
    /// The most a hint asks for: one huge answer should not make every later one reserve as much.
    static let maximumCapacity = 4 * 1024 * 1024

    private let sizes = Mutex<[String: Int]>([:])

    /// The capacity to start `operation`'s next response with.
    func capacity(for operation: String) -> Int {
        guard let last = sizes.withLock({ $0[operation] }) else { return Self.initialCapacity }
        // An eighth more: the same query's answer varies a little with the data (names, amounts, counts).
        return min(max(last + last / 8 + 64, 1024), Self.maximumCapacity)
    }

    /// Remembers the size of `operation`'s response.
    func record(_ size: Int, for operation: String) {
        sizes.withLock { sizes in
            if sizes[operation] == nil, sizes.count >= Self.operationLimit { return }
            sizes[operation] = size
        }
    }
}
