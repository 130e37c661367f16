import Synchronization

/// A thread-safe least-recently-used cache with a bounded number of entries.
///
/// The engine keeps parsed and validated documents in one, keyed by the query text (never by variables).
///
/// ```swift
/// let cache = LRUCache<String, Int>(capacity: 2)
/// cache.insert(1, for: "a")
/// cache.value(for: "a")  // 1
/// ```
public final class LRUCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        var key: Key
        var value: Value
        var newer: Int
        var older: Int
    }

    private struct State {
        var slots: [Key: Int] = [:]
        var entries: [Entry] = []
        var newest = -1
        var oldest = -1
        var hits = 0
        var misses = 0
    }

    public let capacity: Int
    private let state = Mutex(State())

    public init(capacity: Int) {
        precondition(capacity > 0, "an LRU cache needs room for at least one entry")
        self.capacity = capacity
    }

    /// The cached value, marking it most recently used; counts a hit or a miss.
    public func value(for key: Key) -> Value? {
        state.withLock { state in
            guard let slot = state.slots[key] else {
                state.misses += 1
                return nil
            }
            state.hits += 1
            Self.moveToFront(slot, in: &state)
            return state.entries[slot].value
        }
    }

    /// Stores a value, evicting the least recently used entry when full.
    public func insert(_ value: Value, for key: Key) {
        state.withLock { state in
            if let slot = state.slots[key] {
                state.entries[slot].value = value
                Self.moveToFront(slot, in: &state)
                return
            }
            let slot: Int
            if state.entries.count < capacity {
                slot = state.entries.count
                state.entries.append(Entry(key: key, value: value, newer: -1, older: -1))
            } else {
                slot = state.oldest
                Self.unlink(slot, in: &state)
                state.slots[state.entries[slot].key] = nil
                state.entries[slot] = Entry(key: key, value: value, newer: -1, older: -1)
            }
            state.slots[key] = slot
            Self.linkAtFront(slot, in: &state)
        }
    }

    public var count: Int { state.withLock { $0.slots.count } }

    /// Hits and misses counted by `value(for:)` since the cache was made.
    public var statistics: (hits: Int, misses: Int) { state.withLock { ($0.hits, $0.misses) } }

    private static func moveToFront(_ slot: Int, in state: inout State) {
        guard state.newest != slot else { return }
        unlink(slot, in: &state)
        linkAtFront(slot, in: &state)
    }

    private static func unlink(_ slot: Int, in state: inout State) {
        let newer = state.entries[slot].newer
        let older = state.entries[slot].older
        if newer >= 0 { state.entries[newer].older = older } else { state.newest = older }
        if older >= 0 { state.entries[older].newer = newer } else { state.oldest = newer }
        state.entries[slot].newer = -1
        state.entries[slot].older = -1
    }

    private static func linkAtFront(_ slot: Int, in state: inout State) {
        state.entries[slot].older = state.newest
        state.entries[slot].newer = -1
        if state.newest >= 0 { state.entries[state.newest].newer = slot }
        state.newest = slot
        if state.oldest < 0 { state.oldest = slot }
    }
}
