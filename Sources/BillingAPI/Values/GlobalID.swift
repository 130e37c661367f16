/// Opaque, globally unique ids of `Node` objects: base64url (no padding) of `"<Type>:<row id>"`, e.g. `Order:42`.
///
/// Encoded by hand: one id per row of every page, so it stays off Foundation.
///
/// ```swift
/// let id = GlobalID.encode("Order", 42)  // "T3JkZXI6NDI"
/// GlobalID.decode(id)  // ("Order", 42)
/// ```
enum GlobalID {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xff, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
        return table
    }()

    /// The id of row `id` of object type `typeName`.
    static func encode(_ typeName: String, _ id: Int64) -> String {
        let raw = Array("\(typeName):\(id)".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(raw.count * 4 / 3 + 3)
        var index = 0
        while index + 3 <= raw.count {
            let chunk = UInt32(raw[index]) << 16 | UInt32(raw[index + 1]) << 8 | UInt32(raw[index + 2])
            for shift in [18, 12, 6, 0] { out.append(alphabet[Int(chunk >> UInt32(shift) & 63)]) }
            index += 3
        }
        let rest = raw.count - index
        if rest == 1 {
            let chunk = UInt32(raw[index]) << 16
            out.append(alphabet[Int(chunk >> 18 & 63)])
            out.append(alphabet[Int(chunk >> 12 & 63)])
        } else if rest == 2 {
            let chunk = UInt32(raw[index]) << 16 | UInt32(raw[index + 1]) << 8
            out.append(alphabet[Int(chunk >> 18 & 63)])
            out.append(alphabet[Int(chunk >> 12 & 63)])
            out.append(alphabet[Int(chunk >> 6 & 63)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The type name and row id of a global id; nil for anything this API did not make.
    static func decode(_ text: String) -> (typeName: String, id: Int64)? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 96, bytes.count % 4 != 1 else { return nil }
        var raw: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            let value = values[Int(byte)]
            guard value != 0xff else { return nil }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                raw.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        // Leftover bits must be zero, so each id has exactly one spelling.
        guard buffer & ((1 << UInt32(bits)) - 1) == 0 else { return nil }
        guard let colon = raw.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let typeName = String(decoding: raw[..<colon], as: UTF8.self)
        let digits = raw[(colon + 1)...]
        guard !typeName.isEmpty, !digits.isEmpty, digits.first != UInt8(ascii: "0") || digits.count == 1,
            digits.allSatisfy({ $0 >= 48 && $0 <= 57 }), let id = Int64(String(decoding: digits, as: UTF8.self))
        else { return nil }
        return (typeName, id)
    }

    /// The row id of a global id of `typeName`; nil for a malformed id or one of another type.
    static func decode(_ text: String, as typeName: String) -> Int64? {
        guard let (name, id) = decode(text), name == typeName else { return nil }
        return id
    }
}
