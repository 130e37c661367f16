import Foundation

/// A value as graphql-js `inspect` shows it in error messages: `"abc"`, `1.5`, `[1, 2]`, `{ a: true }`.
func inspect(_ value: JSONValue) -> String {
    inspect(value, depth: 0)
}

private func inspect(_ value: JSONValue, depth: Int) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .int(let integer): return String(integer)
    case .double(let double): return javaScriptNumberText(double)
    case .string(let text): return quoteJSONString(text)
    case .list(let items):
        if items.isEmpty { return "[]" }
        if depth >= 2 { return "[Array]" }
        var parts = items.prefix(10).map { inspect($0, depth: depth + 1) }
        if items.count > 10 {
            let remaining = items.count - 10
            parts.append(remaining == 1 ? "... 1 more item" : "... \(remaining) more items")
        }
        return "[" + parts.joined(separator: ", ") + "]"
    case .object(let entries):
        if entries.isEmpty { return "{}" }
        if depth >= 2 { return "[Object]" }
        let parts = entries.map { "\($0.0): \(inspect($0.1, depth: depth + 1))" }
        return "{ " + parts.joined(separator: ", ") + " }"
    }
}

/// A double as JavaScript's `String(number)` prints it: shortest round-trip digits, positional between
/// 1e-7 and 1e21, else exponent form such as `1e+21` or `1e-7`.
func javaScriptNumberText(_ double: Double) -> String {
    if double.isNaN { return "NaN" }
    if double.isInfinite { return double < 0 ? "-Infinity" : "Infinity" }
    if double == 0 { return "0" }
    let sign = double < 0 ? "-" : ""
    // Swift's description holds the shortest round-trip digits; only the layout differs from JavaScript.
    var text = "\(abs(double))"
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        exponent = Int(text[text.index(after: e)...]) ?? 0
        text = String(text[..<e])
    }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    let integerPart = String(parts[0])
    let fractionPart = parts.count > 1 ? String(parts[1]) : ""
    var digits = integerPart + fractionPart
    var pointPosition = integerPart.count + exponent
    let leadingZeros = digits.prefix { $0 == "0" }.count
    digits.removeFirst(leadingZeros)
    pointPosition -= leadingZeros
    while digits.last == "0" { digits.removeLast() }
    if digits.isEmpty { return "0" }
    let decimalExponent = pointPosition - 1
    if decimalExponent >= 21 || decimalExponent < -6 {
        let mantissa = digits.count > 1 ? "\(digits.first!).\(digits.dropFirst())" : digits
        return sign + mantissa + (decimalExponent >= 0 ? "e+" : "e-") + String(abs(decimalExponent))
    }
    if pointPosition <= 0 { return sign + "0." + String(repeating: "0", count: -pointPosition) + digits }
    if pointPosition >= digits.count { return sign + digits + String(repeating: "0", count: pointPosition - digits.count) }
    let split = digits.index(digits.startIndex, offsetBy: pointPosition)
    return sign + digits[..<split] + "." + digits[split...]
}

/// A string in double quotes with JSON escapes, as `JSON.stringify` and GraphQL's printer write it.
func quoteJSONString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case "\u{08}": result += "\\b"
        case "\u{0C}": result += "\\f"
        default:
            if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) {
                result += String(format: "\\u%04X", scalar.value)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    return result + "\""
}
