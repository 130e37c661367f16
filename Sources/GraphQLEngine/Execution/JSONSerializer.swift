/// Writes `JSONValue`s straight into a UTF-8 byte buffer, with no intermediate map or string.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.write(.object([("ok", .bool(true))]))
/// writer.bytes  // {"ok":true}
/// ```
public struct JSONWriter: Sendable {
    public internal(set) var bytes: [UInt8]

    public init(capacity: Int = 1024) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    public mutating func write(_ value: JSONValue) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .int(let number): writeInt(number)
        case .double(let number): writeDouble(number)
        case .string(let text): writeString(text)
        case .list(let items):
            bytes.append(0x5B)  // [
            for index in items.indices {
                if index > 0 { bytes.append(0x2C) }
                write(items[index])
            }
            bytes.append(0x5D)  // ]
        case .object(let entries):
            bytes.append(0x7B)  // {
            for index in entries.indices {
                if index > 0 { bytes.append(0x2C) }
                writeString(entries[index].0)
                bytes.append(0x3A)  // :
                write(entries[index].1)
            }
            bytes.append(0x7D)  // }
        }
    }

    /// Appends raw ASCII text, for punctuation and literals written by callers that assemble a document by hand.
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func writeInt(_ number: Int) {
        if number == 0 {
            bytes.append(0x30)
            return
        }
        var magnitude = number.magnitude
        if number < 0 { bytes.append(0x2D) }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) {
                bytes.append(buffer[index])
            }
        }
    }

    /// Writes a finite double as JavaScript prints numbers: integers without a fraction, otherwise Swift's
    /// shortest round-tripping form. JSON has no NaN or infinity; they become null.
    public mutating func writeDouble(_ number: Double) {
        guard number.isFinite else {
            append("null")
            return
        }
        if number == number.rounded(), abs(number) < 1e15 {
            writeInt(Int(number))
            return
        }
        bytes.append(contentsOf: number.description.utf8)
    }

    public mutating func writeString(_ text: String) {
        bytes.append(0x22)  // "
        let written: Void? = text.utf8.withContiguousStorageIfAvailable { writeEscaped($0) }
        if written == nil {
            var copy = text
            copy.withUTF8 { writeEscaped($0) }
        }
        bytes.append(0x22)
    }

    private mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            runStart = index + 1
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            default:
                append("\\u00")
                bytes.append(Self.hexDigit(byte >> 4))
                bytes.append(Self.hexDigit(byte & 0x0F))
            }
        }
        if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
    }
}

extension JSONValue {
    /// The value as compact JSON bytes.
    public func jsonBytes() -> [UInt8] {
        var writer = JSONWriter()
        writer.write(self)
        return writer.bytes
    }

    /// The value as compact JSON text.
    public var jsonString: String { String(decoding: jsonBytes(), as: UTF8.self) }
}
