/// Interns the names of one document: each distinct name becomes a `String` once, later occurrences share it.
///
/// Documents repeat their names (`id`, `name`, type names), and building a `String` validates and copies its
/// bytes; a lookup here only hashes and compares them. Open addressing over a power-of-two table; when the
/// table is three quarters full, further new names are built directly.
struct NameTable: ~Copyable {
    /// `start << 32 | length` of the first occurrence of the name in each slot; 0 marks an empty slot.
    private let keys: UnsafeMutablePointer<UInt64>
    private let strings: UnsafeMutablePointer<String>
    private let mask: Int
    private var used = 0
    private static let maxProbes = 16

    init(capacity: Int) {
        var size = 16
        while size < capacity { size <<= 1 }
        keys = .allocate(capacity: size)
        keys.initialize(repeating: 0, count: size)
        strings = .allocate(capacity: size)
        mask = size - 1
    }

    deinit {
        for slot in 0...mask where keys[slot] != 0 { (strings + slot).deinitialize(count: 1) }
        keys.deallocate()
        strings.deallocate()
    }

    /// The name spelled by `bytes[start..<end]`, shared with earlier occurrences.
    @inline(__always)
    mutating func name(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let length = end - start
        let base = bytes.baseAddress!
        var slot = Self.hash(base + start, length) & mask
        var probes = 0
        while true {
            let key = keys[slot]
            if key == 0 { break }
            if Int(key & 0xFFFF_FFFF) == length && Self.equal(base + Int(key >> 32), base + start, length) {
                return strings[slot]
            }
            // Names built to collide must not make lookups quadratic: past a few probes, stop sharing.
            probes += 1
            if probes == Self.maxProbes { break }
            slot = (slot + 1) & mask
        }
        let string = String(decoding: UnsafeBufferPointer(start: base + start, count: length), as: UTF8.self)
        if keys[slot] == 0 && used * 4 < mask * 3 && start < 1 << 31 && length < 1 << 31 {
            keys[slot] = UInt64(start) << 32 | UInt64(length)
            (strings + slot).initialize(to: string)
            used += 1
        }
        return string
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(length)
        if length >= 8 {
            let head = UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self)
            let tail = UnsafeRawPointer(bytes + length - 8).loadUnaligned(as: UInt64.self)
            hash = (hash ^ head) &* 0x100_0000_01B3
            hash = (hash ^ tail) &* 0x100_0000_01B3
        } else {
            for index in 0..<length { hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01B3 }
        }
        return Int(truncatingIfNeeded: hash ^ hash >> 29)
    }

    @inline(__always)
    private static func equal(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        if lhs == rhs { return true }
        for index in 0..<length where lhs[index] != rhs[index] { return false }
        return true
    }
}
