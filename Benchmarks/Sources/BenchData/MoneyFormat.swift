/// Decimal and human renderings of integer minor units (USD only).
enum MoneyFormat {
    /// "1234.50" for 123450.
    static func decimal(_ minorUnits: Int) -> String {
        let sign = minorUnits < 0 ? "-" : ""
        let value = abs(minorUnits)
        return "\(sign)\(value / 100).\(twoDigits(value % 100))"
    }

    /// "$1,234.50" for 123450.
    static func human(_ minorUnits: Int) -> String {
        let sign = minorUnits < 0 ? "-" : ""
        let value = abs(minorUnits)
        var major = String(value / 100)
        var grouped = ""
        while major.count > 3 {
            grouped = "," + major.suffix(3) + grouped
            major.removeLast(3)
        }
        return "\(sign)$\(major)\(grouped).\(twoDigits(value % 100))"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// SplitMix64: a tiny deterministic generator, so every run measures the same data.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
