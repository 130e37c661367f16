/// Makes the strings of a document's names.
///
/// Building a `String` from bytes validates them as UTF-8 and goes through the standard library's general path,
/// although the lexer has already proved a name is ASCII. A name of 15 bytes or fewer, nearly every name, becomes a
/// small string straight from the bytes (see `SmallASCII`): no validation, no lookup, nothing to retain.
///
/// A longer name costs an allocation, and a document repeats its names far more often than it introduces new ones,
/// so the strings of long names are remembered in a direct-mapped table: a token's first and last eight bytes pick a
/// slot, and a hit returns the slot's string (a retain). A miss builds the string and takes the slot over. The owner
/// must call `release()` once, or `empty()` and hand the table on (see `ParserScratch`).
struct NameTable {
    private struct Slot {
        /// The token's first eight bytes (zero-padded), then its last eight (0 when it is eight bytes or shorter).
        var head: UInt64
        var tail: UInt64
        /// Offset of the bytes the string was made from, to compare the middle of names longer than 16 bytes.
        var start: Int32
        /// Byte count of the name, -1 for an empty slot.
        var length: Int32
        var string: String

        static var vacant: Slot { Slot(head: 0, tail: 0, start: 0, length: -1, string: "") }
    }

    private var slots: UnsafeMutablePointer<Slot>?
    private var mask = 0

    /// The string for the bytes `start..<end` of `bytes`, which must be ASCII (a name or a number token).
    @inline(__always)
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let length = end &- start
        // Tokens near the end of the document, where eight-byte loads would overrun, are rare: build those directly.
        guard start &+ 16 <= bytes.count, end <= Int(Int32.max) else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        let head = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: start, as: UInt64.self))
        // Most names fit in a small string, which is made from the two loaded words without a lookup or a copy.
        if length <= SmallASCII.capacity {
            let tail = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: start &+ 8, as: UInt64.self))
            return SmallASCII.string(head, tail, count: length)
        }
        return longString(bytes, start, end, head: head)
    }

    /// A name longer than a small string: the table's string for it when there is one (a retain), else a new one.
    @inline(never)
    private mutating func longString(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, head: UInt64) -> String {
        let length = end &- start
        if slots == nil { allocate(forByteCount: bytes.count) }
        let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        let tail = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: end &- 8, as: UInt64.self))
        let hash = (head ^ (tail &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: length)) &* 0xFF51_AFD7_ED55_8CCD
        let slot = slots.unsafelyUnwrapped + Int(truncatingIfNeeded: hash >> 40) & mask
        if slot.pointee.head == head && slot.pointee.tail == tail && Int(slot.pointee.length) == length
            && memoryEqual(base + start, base + Int(slot.pointee.start), length)
        {
            return slot.pointee.string
        }
        let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        slot.pointee = Slot(head: head, tail: tail, start: Int32(start), length: Int32(length), string: string)
        return string
    }

    /// About one slot per 512 bytes of document, between 16 and 256 slots: only names longer than 15 bytes use it.
    private static func slotCount(forByteCount byteCount: Int) -> Int {
        var count = 16
        while count < 256 && count * 512 < byteCount { count *= 2 }
        return count
    }

    @inline(never)
    private mutating func allocate(forByteCount byteCount: Int) {
        let count = Self.slotCount(forByteCount: byteCount)
        let newSlots = UnsafeMutablePointer<Slot>.allocate(capacity: count)
        // One slot at a time: `initialize(repeating:count:)` is not specialized and copied each slot through the
        // type's value witnesses.
        for index in 0..<count {
            (newSlots + index).initialize(to: .vacant)
        }
        slots = newSlots
        mask = count - 1
    }

    /// Makes a table kept from an earlier document (emptied) the size this document wants, or frees it.
    mutating func fit(byteCount: Int) {
        guard slots != nil, mask + 1 != Self.slotCount(forByteCount: byteCount) else { return }
        release()
    }

    /// Forgets every name, keeping the slots for the next document: a slot refers to offsets in this one.
    mutating func empty() {
        guard let slots else { return }
        for index in 0...mask where slots[index].length >= 0 {
            slots[index] = .vacant
        }
    }

    private func memoryEqual(_ lhs: UnsafeRawPointer, _ rhs: UnsafeRawPointer, _ count: Int) -> Bool {
        for offset in 0..<count where lhs.load(fromByteOffset: offset, as: UInt8.self) != rhs.load(fromByteOffset: offset, as: UInt8.self) {
            return false
        }
        return true
    }

    /// Frees the table and the strings it holds.
    mutating func release() {
        guard let slots else { return }
        // Empty slots hold the empty string, which owns nothing; every other slot holds a long name's storage.
        for index in 0...mask where slots[index].length >= 0 {
            (slots + index).deinitialize(count: 1)
        }
        slots.deallocate()
        self.slots = nil
    }
}

/// Small strings built from their bytes, for ASCII text of at most 15 bytes.
///
/// On 64-bit little-endian platforms a `String` is two words, and a small one holds its UTF-8 bytes inline: bytes
/// 0-7 in the first word, 8-14 in the second, whose top byte is the discriminator (`0xE0`: immortal, small, ASCII)
/// with the count in its low four bits. This layout is part of the standard library's ABI (inlinable code on every
/// client builds and reads it), so it cannot change under a compiled client; `NameTableTests` checks it against
/// `String(decoding:as:)` for every length. Elsewhere the general initializer is used.
enum SmallASCII {
    /// The longest text a small string holds.
    static let capacity = 15

    /// The string of the first `count` bytes of `head` then `tail` (little-endian words), which must be ASCII.
    ///
    /// Bytes past `count` may hold anything: they are masked off.
    @inline(__always)
    static func string(_ head: UInt64, _ tail: UInt64, count: Int) -> String {
        #if _endian(little) && _pointerBitWidth(_64)
            let (headMask, tailMask) = masks(count: count)
            let discriminator = (0xE0 | UInt64(truncatingIfNeeded: count)) &<< 56
            // Moved out of memory rather than `unsafeBitCast`: a cast yields a borrowed value, which the caller then
            // copies with a (needless) `swift_bridgeObjectRetain`; a move hands over ownership.
            return _withUnprotectedUnsafeTemporaryAllocation(of: String.self, capacity: 1) { buffer in
                let slot = buffer.baseAddress.unsafelyUnwrapped
                let raw = UnsafeMutableRawPointer(slot)
                raw.storeBytes(of: head & headMask, as: UInt64.self)
                raw.storeBytes(of: tail & tailMask | discriminator, toByteOffset: 8, as: UInt64.self)
                return slot.move()
            }
        #else
            return withUnsafeBytes(of: (head.littleEndian, tail.littleEndian)) { raw in
                String(decoding: raw.prefix(count), as: UTF8.self)
            }
        #endif
    }

    /// Whether two words hold only ASCII bytes in their first `count` bytes.
    @inline(__always)
    static func isASCII(_ head: UInt64, _ tail: UInt64, count: Int) -> Bool {
        let (headMask, tailMask) = masks(count: count)
        return (head & headMask | tail & tailMask) & WordBytes.highBits == 0
    }

    /// Masks that keep the first `count` bytes (at most 16) of a head word and a tail word.
    @inline(__always)
    private static func masks(count: Int) -> (head: UInt64, tail: UInt64) {
        let bits = UInt64(truncatingIfNeeded: count) &* 8
        // Shift counts are taken modulo 64: a mask for 0 bytes would come out as all ones, hence the `max`.
        let head: UInt64 = count >= 8 ? .max : (1 &<< bits) &- 1
        let tail: UInt64 = count <= 8 ? 0 : (1 &<< (bits &- 64)) &- 1
        return (head, tail)
    }
}
