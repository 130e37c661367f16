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

/// A double as JavaScript's `String(number)` prints it: integral values without a fraction.
func javaScriptNumberText(_ double: Double) -> String {
    if double.isNaN { return "NaN" }
    if double.isInfinite { return double < 0 ? "-Infinity" : "Infinity" }
    if double.rounded() == double && abs(double) < 1e21 {
        return String(format: "%.0f", double)
    }
    return "\(double)"
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

/// A value literal printed as GraphQL source, as graphql-js `print` does for value nodes.
func printLiteral(_ value: Value) -> String {
    switch value {
    case .variable(let variable): return "$" + variable.name.value
    case .int(let text, _), .float(let text, _): return text
    case .string(let text, _, _): return quoteJSONString(text)
    case .boolean(let flag, _): return flag ? "true" : "false"
    case .null: return "null"
    case .enumValue(let name, _): return name
    case .list(let items, _): return "[" + items.map(printLiteral).joined(separator: ", ") + "]"
    case .object(let fields, _):
        return "{" + fields.map { "\($0.name.value): \(printLiteral($0.value))" }.joined(separator: ", ") + "}"
    }
}
