/// Byte tests on eight bytes at once, for the scans that look for the next byte of a few kinds.
///
/// Each test sets the high bit of every byte of the word that passes. A byte's result can be wrong only above a byte
/// that passes (a borrow runs upward from it), so the lowest set bit is always exact: with a little-endian word,
/// `trailingZeroBitCount >> 3` is the offset of the first byte that passes, and a zero result means none does.
enum WordBytes {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The bytes of `word` equal to `byte`: a byte of `word ^ byte…` is zero there, and (x - 1) & ~x marks zero bytes.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits
    }

    /// The bytes of `word` below `limit` (which must be at most 0x80); bytes of 0x80 and above never pass.
    @inline(__always)
    static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highBits
    }
}
