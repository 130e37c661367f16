/// Remembers the strings made for one document's names, so a name that recurs is not built again.
///
/// A document repeats its names (`id`, `name`, `edges`, `node`...) far more often than it introduces new ones.
/// Building a `String` from bytes validates them as UTF-8 each time, although the lexer has already proved a name
/// is ASCII, and a name longer than 15 bytes costs an allocation. The table is direct-mapped: a token's first and
/// last eight bytes pick a slot, and a hit returns the slot's string (a small string is a plain copy, a large one
/// a retain). A miss builds the string and takes the slot over. The owner must call `release()` once.
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
    }

    private var slots: UnsafeMutablePointer<Slot>?
    private var mask = 0

    /// The string for the bytes `start..<end` of `bytes`, which must be ASCII (a name or a number token).
    @inline(__always)
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let length = end &- start
        // Tokens near the end of the document, where eight-byte loads would overrun, are rare: build those directly.
        guard start &+ 8 <= bytes.count, end <= Int(Int32.max) else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if slots == nil { allocate(forByteCount: bytes.count) }
        let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        var head = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: start, as: UInt64.self))
        var tail: UInt64 = 0
        if length < 8 {
            head &= (1 &<< UInt64(truncatingIfNeeded: length &* 8)) &- 1
        } else if length > 8 {
            tail = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: end &- 8, as: UInt64.self))
        }
        let hash = (head ^ (tail &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: length)) &* 0xFF51_AFD7_ED55_8CCD
        let slot = slots.unsafelyUnwrapped + Int(truncatingIfNeeded: hash >> 40) & mask
        if slot.pointee.head == head && slot.pointee.tail == tail && Int(slot.pointee.length) == length
            && (length <= 16 || memoryEqual(base + start, base + Int(slot.pointee.start), length))
        {
            return slot.pointee.string
        }
        let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        slot.pointee = Slot(head: head, tail: tail, start: Int32(start), length: Int32(length), string: string)
        return string
    }

    /// About one slot per 32 bytes of document, between 64 and 1,024 slots.
    @inline(never)
    private mutating func allocate(forByteCount byteCount: Int) {
        var count = 64
        while count < 1024 && count * 32 < byteCount { count *= 2 }
        let newSlots = UnsafeMutablePointer<Slot>.allocate(capacity: count)
        newSlots.initialize(repeating: Slot(head: 0, tail: 0, start: 0, length: -1, string: ""), count: count)
        slots = newSlots
        mask = count - 1
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
        // An ASCII string of 15 bytes or fewer is stored inline and owns nothing: only longer ones need releasing.
        for index in 0...mask where slots[index].length > 15 {
            (slots + index).deinitialize(count: 1)
        }
        slots.deallocate()
        self.slots = nil
    }
}
