import BillingStore

/// Opaque, globally unique ids of `Node` objects: base64url (no padding) of `"<Type>:<row id>"`, e.g. `Order:42`.
///
/// Encoded by hand: one id per row of every page, so it stays off Foundation.
///
/// ```swift
/// let id = GlobalID.encode("Order", 42)  // "T3JkZXI6NDI"
/// GlobalID.decode(id)  // ("Order", 42)
/// ```
enum GlobalID {
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xff, count: 256)
        for (index, byte) in Base64URL.alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
        return table
    }()

    /// The id of row `id` of object type `typeName`.
    ///
    /// One per row of every page: `"<Type>:<id>"` is assembled in a stack buffer and `Base64URL` writes it through
    /// another, so the only String made is the result (small enough to need no allocation for this API's types).
    static func encode(_ typeName: String, _ id: Int64) -> String {
        var name = typeName
        return name.withUTF8 { nameBytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: nameBytes.count + 21) { raw in
                for index in nameBytes.indices { raw[index] = nameBytes[index] }
                raw[nameBytes.count] = UInt8(ascii: ":")
                let count = nameBytes.count + 1 + writeDecimal(id, into: raw, at: nameBytes.count + 1)
                return Base64URL.encode(UnsafeBufferPointer(rebasing: raw[..<count]))
            }
        }
    }

    /// Writes `value` in decimal at `start` (room for 20 characters) and returns how many characters it took.
    private static func writeDecimal(_ value: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var magnitude = value.magnitude
        var end = start
        if value < 0 {
            buffer[end] = UInt8(ascii: "-")
            end += 1
        }
        let first = end
        repeat {
            buffer[end] = UInt8(48 + magnitude % 10)
            magnitude /= 10
            end += 1
        } while magnitude > 0
        var (low, high) = (first, end - 1)
        while low < high {
            buffer.swapAt(low, high)
            low += 1
            high -= 1
        }
        return end - start
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
