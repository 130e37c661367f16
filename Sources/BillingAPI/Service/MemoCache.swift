import Synchronization

/// Rows already loaded during one request, by id, so a later level asking for the same rows costs no statement.
final class MemoCache<Value: Sendable>: Sendable {
    private let state = Mutex<(values: [Int64: Value], missing: Set<Int64>)>(([:], []))

    /// The rows with these ids: cached ones from memory, the others through one call of `load`.
    func values(
        for ids: some Sequence<Int64>, load: ([Int64]) async throws -> [Int64: Value]
    ) async throws -> [Int64: Value] {
        var found: [Int64: Value] = [:]
        let wanted = state.withLock { state -> [Int64] in
            var wanted: [Int64] = []
            for id in ids where found[id] == nil {
                if let value = state.values[id] {
                    found[id] = value
                } else if !state.missing.contains(id) {
                    wanted.append(id)
                }
            }
            return wanted
        }
        guard !wanted.isEmpty else { return found }
        let loaded = try await load(Array(Set(wanted)))
        state.withLock { state in
            for id in wanted {
                if let value = loaded[id] {
                    state.values[id] = value
                    found[id] = value
                } else {
                    state.missing.insert(id)
                }
            }
        }
        return found
    }

    /// Remembers rows loaded some other way (a page of a list).
    func remember(_ values: some Sequence<Value>, id: (Value) -> Int64) {
        state.withLock { state in
            for value in values { state.values[id(value)] = value }
        }
    }
}
