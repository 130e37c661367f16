import GraphQLEngine
import Synchronization

/// The measured complexity of recent requests, by query text, operation name and variables.
///
/// A request's cost depends only on those three (the schema is fixed), and a client repeats the same few
/// requests: the dashboard's measure walked its whole selection set on every request (about 1 % of the server's
/// time per dashboard in the profile) although the parsed document itself was already cached.
final class ComplexityMemo: Sendable {
    /// Query texts remembered; past this the memo starts over, so clients cannot grow it without bound.
    static let queryLimit = 256
    /// Distinct (operation name, variables) pairs remembered per query text.
    static let variantLimit = 8
    /// Longer query texts, or variables holding more bytes of text, are measured every time and not kept, so the
    /// memo stays small (at most 256 × 8 × 8 KiB plus the texts) whatever clients send.
    static let keptBytesLimit = 8 * 1024

    private struct Variant {
        let operationName: String?
        let variables: [(String, JSONValue)]
        let complexity: QueryComplexity
    }

    private let entries = Mutex<[String: [Variant]]>([:])

    /// The complexity of this request: remembered, or `measure()`d and remembered.
    func complexity(
        query: String, operationName: String?, variables: [(String, JSONValue)], measure: () -> QueryComplexity
    ) -> QueryComplexity {
        guard query.utf8.count <= Self.keptBytesLimit, Self.textBytes(in: variables, upTo: Self.keptBytesLimit) else {
            return measure()
        }
        if let known = lookUp(query: query, operationName: operationName, variables: variables) { return known }
        let complexity = measure()
        entries.withLock { entries in
            if entries[query] == nil, entries.count >= Self.queryLimit { entries.removeAll(keepingCapacity: true) }
            var variants = entries[query] ?? []
            if variants.count >= Self.variantLimit { variants.removeFirst() }
            variants.append(Variant(operationName: operationName, variables: variables, complexity: complexity))
            entries[query] = variants
        }
        return complexity
    }

    private func lookUp(query: String, operationName: String?, variables: [(String, JSONValue)]) -> QueryComplexity? {
        entries.withLock { entries in
            entries[query]?.first { variant in
                variant.operationName == operationName && variant.variables.count == variables.count
                    && zip(variant.variables, variables).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
            }?.complexity
        }
    }

    /// True when the names and strings in `variables` come to at most `limit` bytes; stops counting past it.
    static func textBytes(in variables: [(String, JSONValue)], upTo limit: Int) -> Bool {
        var total = 0
        func count(_ value: JSONValue) -> Bool {
            switch value {
            case .string(let text): total += text.utf8.count
            case .list(let items): for item in items where !count(item) { return false }
            case .object(let entries):
                for (key, item) in entries {
                    total += key.utf8.count
                    if !count(item) { return false }
                }
            default: total += 8
            }
            return total <= limit
        }
        for (name, value) in variables {
            total += name.utf8.count
            if !count(value) { return false }
        }
        return total <= limit
    }
}
