/// Decodes `application/x-www-form-urlencoded` text, as browsers and curl send a GET request's parameters.
enum URLQuery {
    /// The name-value pairs in order; `+` is a space and `%XX` a byte of UTF-8. Malformed escapes are refused.
    static func decode(_ text: String) throws(RequestRejection) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            let equals = part.firstIndex(of: "=")
            let name = try unescape(part[..<(equals ?? part.endIndex)])
            let value = try equals.map { index throws(RequestRejection) in try unescape(part[part.index(after: index)...]) } ?? ""
            pairs.append((name, value))
        }
        return pairs
    }

    static func unescape(_ text: Substring) throws(RequestRejection) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    throw .badRequest("The URL query has a malformed percent escape.")
                }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw .badRequest("The URL query is not valid UTF-8.")
        }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
