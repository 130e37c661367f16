/// Phone numbers: ten digits (North American numbering), the only form stored.
///
/// Accepted, each optionally after `+1 `: `5554443333`, `555-444-3333`, `555 444 3333`, `(555) 444-3333`.
/// Anything else is refused with a message, never silently ignored (the old portal's bug).
enum PhoneNumber {
    static let message = "Enter a phone number as ten digits, e.g. 5554443333 or (555) 444-3333."

    /// The ten digits of `text`, or `InvalidInput` when it is not in an accepted form.
    static func normalize(_ text: String) throws(InvalidInput) -> String {
        var rest = Array(text.trimmed.utf8)
        if rest.starts(with: Array("+1 ".utf8)) { rest.removeFirst(3) }
        // Each pattern: `d` a digit, any other byte itself.
        let patterns = ["dddddddddd", "ddd-ddd-dddd", "ddd ddd dddd", "(ddd) ddd-dddd"].map { Array($0.utf8) }
        for pattern in patterns where matches(rest, pattern) {
            return String(decoding: rest.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }, as: UTF8.self)
        }
        throw InvalidInput(message)
    }

    private static func matches(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard bytes.count == pattern.count else { return false }
        for (byte, expected) in zip(bytes, pattern) {
            if expected == UInt8(ascii: "d") {
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return false }
            } else if byte != expected {
                return false
            }
        }
        return true
    }
}
