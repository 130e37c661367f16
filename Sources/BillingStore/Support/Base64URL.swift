/// Base64url without padding (RFC 4648, section 5), by hand: every item of every page gets a cursor and every
/// object a global id, and Foundation's `base64EncodedString` plus two `replacingOccurrences` cost a twentieth of
/// a dashboard request.
///
/// ```swift
/// Base64URL.encode(Array("Order:42".utf8))  // "T3JkZXI6NDI"
/// ```
public enum Base64URL {
    /// The 64 characters, in value order.
    public static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// The text of `raw`, written through a stack buffer: the only allocation is the String (none when short).
    public static func encode(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (raw.count + 2) / 3 * 4) { out in
            var (index, written) = (0, 0)
            while index < raw.count {
                let available = min(3, raw.count - index)
                var chunk = UInt32(raw[index]) << 16
                if available > 1 { chunk |= UInt32(raw[index + 1]) << 8 }
                if available > 2 { chunk |= UInt32(raw[index + 2]) }
                // 1, 2 or 3 bytes give 2, 3 or 4 characters.
                for position in 0...available {
                    out[written] = alphabet[Int(chunk >> UInt32(18 - 6 * position) & 63)]
                    written += 1
                }
                index += 3
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<written]), as: UTF8.self)
        }
    }

    /// The text of `raw`.
    public static func encode(_ raw: [UInt8]) -> String {
        raw.withUnsafeBufferPointer { encode($0) }
    }
}
