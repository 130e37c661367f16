/// Writes `JSONValue`s straight into a UTF-8 byte buffer, with no intermediate map or string.
///
/// ```swift
/// var writer = JSONWriter()
/// writer.write(.object([("ok", .bool(true))]))
/// writer.bytes  // {"ok":true}
/// ```
///
/// The buffer is allocated ahead of the writes and filled through pointers: a write checks the room once and
/// copies, where appending to an array byte by byte would check capacity and uniqueness for every byte.
///
/// `@unchecked Sendable` for the memory a writer may borrow (`init(borrowing:)`): only
/// `ExecutionResult.writeResponse(into:extensions:)` makes such a writer, and it never leaves that call.
public struct JSONWriter: @unchecked Sendable {
    /// Written bytes are `storage[0..<count]`; the rest is room already allocated for the next writes.
    private var storage: [UInt8]
    /// The caller's memory, written instead of `storage` until the writes outgrow it; nil for an owned buffer.
    private var borrowed: UnsafeMutableBufferPointer<UInt8>?
    private(set) var count: Int

    public init(capacity: Int = 1024) {
        storage = [UInt8](repeating: 0, count: max(capacity, 64))
        borrowed = nil
        count = 0
    }

    /// A writer that writes into `memory` from its start, and into a buffer of its own, with what `memory` held
    /// so far copied over, once the writes need more room than `memory` has.
    init(borrowing memory: UnsafeMutableRawBufferPointer) {
        storage = []
        // Empty memory has no base address to write at: that writer starts in its own buffer.
        borrowed = memory.isEmpty ? nil : memory.bindMemory(to: UInt8.self)
        count = 0
    }

    /// How many bytes went into the borrowed memory; nil when the writes outgrew it, or there was none to borrow.
    var countInBorrowedMemory: Int? { borrowed == nil ? nil : count }

    /// The bytes written so far.
    public var bytes: [UInt8] {
        if let borrowed { return Array(borrowed[..<count]) }
        return count == storage.count ? storage : Array(storage[..<count])
    }

    /// The bytes written, without a copy unless they are in borrowed memory; the writer is empty afterwards.
    mutating func takeBytes() -> [UInt8] {
        if let borrowed {
            defer { count = 0 }
            return Array(borrowed[..<count])
        }
        storage.removeLast(storage.count - count)
        var taken: [UInt8] = []
        swap(&taken, &storage)
        count = 0
        return taken
    }

    /// Runs `body` with room for at least `room` bytes at the end; `body` returns how many it wrote.
    @inline(__always)
    mutating func withRoom(_ room: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if let borrowed {
            if borrowed.count - count >= room {
                let start = count
                count = start + body(borrowed.baseAddress! + start)
                return
            }
            leaveBorrowedMemory()
        }
        if storage.count - count < room { grow(room) }
        let start = count
        let written = storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
        count = start + written
    }

    /// Moves what the borrowed memory holds into a buffer of the writer's own, for writes past its end.
    private mutating func leaveBorrowedMemory() {
        guard let memory = borrowed else { return }
        borrowed = nil
        storage = Array(memory[..<count])
    }

    private mutating func grow(_ room: Int) {
        let needed = count + room
        var size = max(storage.count, 64)
        while size < needed { size *= 2 }
        // Copied and zeroed by memcpy and memset: appending a repeated element goes element by element in a debug
        // build, seconds for a few megabytes.
        let old = storage
        storage = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            old.withUnsafeBufferPointer { if let from = $0.baseAddress { base.initialize(from: from, count: old.count) } }
            (base + old.count).initialize(repeating: 0, count: size - old.count)
            initialized = size
        }
    }

    mutating func appendByte(_ byte: UInt8) {
        withRoom(1) { out in
            out[0] = byte
            return 1
        }
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        withRoom(bytes.count) { out in
            out.update(from: source, count: bytes.count)
            return bytes.count
        }
    }

    /// Appends a few bytes (a response key with its quotes and colon) with word moves instead of a call to memmove.
    @inline(__always)
    mutating func appendShort(_ source: UnsafePointer<UInt8>, count: Int) {
        guard count <= 16 else { return append(UnsafeBufferPointer(start: source, count: count)) }
        withRoom(count) { out in
            let from = UnsafeRawPointer(source)
            let to = UnsafeMutableRawPointer(out)
            if count >= 8 {
                // Two words that overlap when the count is below 16.
                let head = from.loadUnaligned(as: UInt64.self)
                let tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                to.storeBytes(of: head, as: UInt64.self)
                to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
            } else if count >= 4 {
                let head = from.loadUnaligned(as: UInt32.self)
                let tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
                to.storeBytes(of: head, as: UInt32.self)
                to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
            } else {
                for index in 0..<count { out[index] = source[index] }
            }
            return count
        }
    }

    public mutating func write(_ value: JSONValue) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .int(let number): writeInt(number)
        case .double(let number): writeDouble(number)
        case .string(let text): writeString(text)
        case .list(let items):
            appendByte(0x5B)  // [
            for index in items.indices {
                if index > 0 { appendByte(0x2C) }
                write(items[index])
            }
            appendByte(0x5D)  // ]
        case .object(let entries):
            appendByte(0x7B)  // {
            for index in entries.indices {
                if index > 0 { appendByte(0x2C) }
                writeString(entries[index].0)
                appendByte(0x3A)  // :
                write(entries[index].1)
            }
            appendByte(0x7D)  // }
        }
    }

    /// Appends raw ASCII text, for punctuation and literals written by callers that assemble a document by hand.
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    public mutating func writeInt(_ number: Int) {
        withRoom(20) { out in JSONWriter.writeDigits(number, to: out) }
    }

    /// Writes an integer's decimal digits (and sign) at `out`, which has room for 20 bytes; returns the count.
    @inline(__always)
    static func writeDigits(_ number: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if number >= 0 && number < 10 {
            out[0] = UInt8(truncatingIfNeeded: number) &+ 0x30
            return 1
        }
        var magnitude = number.magnitude
        var length = 0
        var probe = magnitude
        while probe > 0 {
            length += 1
            probe /= 10
        }
        var sign = 0
        if number < 0 {
            out[0] = 0x2D  // -
            sign = 1
        }
        var index = sign + length - 1
        while magnitude > 0 {
            out[index] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
            magnitude /= 10
            index -= 1
        }
        return sign + length
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
        var text = number.description
        text.withUTF8 { append($0) }
    }

    public mutating func writeString(_ text: String) {
        let written: Void? = text.utf8.withContiguousStorageIfAvailable { writeEscaped($0) }
        if written == nil {
            var copy = text
            copy.withUTF8 { writeEscaped($0) }
        }
    }

    /// Writes UTF-8 text in quotes: copied whole when no byte needs an escape (the common case, found eight bytes
    /// at a time), escaped byte by byte otherwise.
    mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        let length = utf8.count
        guard let source = utf8.baseAddress, length > 0 else {
            withRoom(2) { out in
                out[0] = 0x22
                out[1] = 0x22
                return 2
            }
            return
        }
        let clean = JSONWriter.cleanPrefix(source, length)
        if clean == length {
            withRoom(length + 2) { out in
                out[0] = 0x22  // "
                (out + 1).update(from: source, count: length)
                out[length + 1] = 0x22
                return length + 2
            }
            return
        }
        withRoom(clean + 1) { out in
            out[0] = 0x22  // "
            (out + 1).update(from: source, count: clean)
            return clean + 1
        }
        // Escape one byte, then copy the clean run after it whole: a long text with a few quotes (an error message
        // quoting a 900 KB value) is scanned eight bytes at a time and takes the room it needs, not six times its
        // length.
        var index = clean
        while index < length {
            let byte = source[index]
            withRoom(6) { out in JSONWriter.escape(byte, to: out) }
            index += 1
            let run = JSONWriter.cleanPrefix(source + index, length - index)
            append(UnsafeBufferPointer(start: source + index, count: run))
            index += run
        }
        appendByte(0x22)
    }

    /// The length of the longest prefix with no byte that JSON must escape (a control byte, `"` or `\`).
    @inline(__always)
    static func cleanPrefix(_ source: UnsafePointer<UInt8>, _ length: Int) -> Int {
        var index = 0
        let raw = UnsafeRawPointer(source)
        while index + 8 <= length {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let found = WordBytes.below(word, 0x20) | WordBytes.equal(word, 0x22) | WordBytes.equal(word, 0x5C)
            if found != 0 { break }
            index += 8
        }
        while index < length {
            let byte = source[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return index }
            index += 1
        }
        return length
    }

    /// Writes one byte, escaped when JSON requires it; returns the number of bytes written (1, 2 or 6).
    @inline(__always)
    static func escape(_ byte: UInt8, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let short: UInt8
        switch byte {
        case 0x22: short = 0x22
        case 0x5C: short = 0x5C
        case 0x0A: short = 0x6E  // n
        case 0x0D: short = 0x72  // r
        case 0x09: short = 0x74  // t
        case 0x08: short = 0x62  // b
        case 0x0C: short = 0x66  // f
        default:
            guard byte < 0x20 else {
                out[0] = byte
                return 1
            }
            out[0] = 0x5C
            out[1] = 0x75  // u
            out[2] = 0x30
            out[3] = 0x30
            out[4] = hexDigit(byte >> 4)
            out[5] = hexDigit(byte & 0x0F)
            return 6
        }
        out[0] = 0x5C
        out[1] = short
        return 2
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
        return writer.takeBytes()
    }

    /// The value as compact JSON text.
    public var jsonString: String { String(decoding: jsonBytes(), as: UTF8.self) }
}
