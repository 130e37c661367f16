import Foundation

/// The position of an item in a sorted list: its sort key and id, plus a tag naming the sort field,
/// so a cursor from one sort is refused by another. Encoded as base64url text, opaque to clients.
struct PageCursor: Equatable {
    enum Key: Equatable {
        case text(String)
        case integer(Int64)
    }

    var tag: String
    var key: Key
    var id: Int64

    var encoded: String {
        let keyText: String
        switch key {
        case .text(let text): keyText = "t" + text
        case .integer(let value): keyText = "i" + String(value)
        }
        return Base64URL.encode(Array("\(tag)|\(id)|\(keyText)".utf8))
    }

    init(tag: String, key: Key, id: Int64) {
        self.tag = tag
        self.key = key
        self.id = id
    }

    /// Decodes `text`, which must have been made for `tag`.
    init(decoding text: String, tag: String) throws {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let raw = String(data: data, encoding: .utf8) else {
            throw BillingStoreError.invalidCursor(text)
        }
        // The key comes last and may itself contain "|" (account names).
        let parts = raw.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == tag, let id = Int64(parts[1]), let kind = parts[2].first else {
            throw BillingStoreError.invalidCursor(text)
        }
        let rest = String(parts[2].dropFirst())
        switch kind {
        case "t": key = .text(rest)
        case "i":
            guard let value = Int64(rest) else { throw BillingStoreError.invalidCursor(text) }
            key = .integer(value)
        default: throw BillingStoreError.invalidCursor(text)
        }
        self.tag = tag
        self.id = id
    }
}
