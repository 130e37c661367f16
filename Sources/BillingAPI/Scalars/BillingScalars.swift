import BillingStore
import GraphQLEngine

/// The coercions of the schema's custom scalars: `Date`, `DateTime` and `Decimal`.
///
/// Messages follow graphql-js's built-in scalars (`Int cannot represent non-integer value: "x"`), so clients
/// see one style whichever scalar refused their input.
enum BillingScalars {
    /// The coercions by scalar name, for `buildSchema(sdl, scalars:)`.
    static let coercions: [String: ScalarCoercion] = [
        "Date": ScalarCoercion(serialize: serializeDate, parseValue: parseDate, parseLiteral: literal(parseDate)),
        "DateTime": ScalarCoercion(serialize: serializeDateTime, parseValue: parseDateTime, parseLiteral: literal(parseDateTime)),
        "Decimal": ScalarCoercion(serialize: serializeDecimal, parseValue: parseDecimal, parseLiteral: parseDecimalLiteral),
    ]

    /// Applies `parse` to a literal given as JSON; numbers keep their source text only where `Decimal` needs it.
    static func literal(
        _ parse: @escaping @Sendable (JSONValue) throws(GraphQLError) -> JSONValue
    ) -> @Sendable (Value) throws(GraphQLError) -> JSONValue {
        { value throws(GraphQLError) in try parse(jsonValue(of: value)) }
    }

    static func jsonValue(of literal: Value) -> JSONValue {
        switch literal {
        case .int(let text, _): return Int(text).map(JSONValue.int) ?? .double(Double(text) ?? 0)
        case .float(let text, _): return .double(Double(text) ?? 0)
        case .string(let text, _, _): return .string(text)
        case .boolean(let flag, _): return .bool(flag)
        case .null: return .null
        case .enumValue(let name, _): return .string(name)
        case .list(let items, _): return .list(items.map(jsonValue(of:)))
        case .object(let fields, _): return .object(fields.map { ($0.name.value, jsonValue(of: $0.value)) })
        case .variable: return .null
        }
    }

    // MARK: Date

    @Sendable static func serializeDate(_ value: JSONValue) throws(GraphQLError) -> JSONValue {
        guard case .string(let text) = value else { throw GraphQLError("Date cannot represent value: \(describe(value))") }
        guard CalendarDate(text) != nil else { throw GraphQLError("Date cannot represent an invalid date: \(describe(value))") }
        return value
    }

    @Sendable static func parseDate(_ value: JSONValue) throws(GraphQLError) -> JSONValue {
        guard case .string(let text) = value else {
            throw GraphQLError("Date cannot represent non-string value: \(describe(value))")
        }
        guard CalendarDate(text) != nil else {
            throw GraphQLError("Date cannot represent an invalid date: \(describe(value)); expected YYYY-MM-DD.")
        }
        return value
    }

    // MARK: DateTime

    @Sendable static func serializeDateTime(_ value: JSONValue) throws(GraphQLError) -> JSONValue {
        guard case .string(let text) = value, isDateTime(text) else {
            throw GraphQLError("DateTime cannot represent value: \(describe(value))")
        }
        return value
    }

    @Sendable static func parseDateTime(_ value: JSONValue) throws(GraphQLError) -> JSONValue {
        guard case .string(let text) = value else {
            throw GraphQLError("DateTime cannot represent non-string value: \(describe(value))")
        }
        guard isDateTime(text) else {
            throw GraphQLError("DateTime cannot represent an invalid date-time: \(describe(value)); expected e.g. 2026-11-27T09:30:00Z.")
        }
        return value
    }

    /// True for an RFC 3339 UTC timestamp to the second, `YYYY-MM-DDTHH:MM:SSZ`, with a valid day and time.
    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            bytes[19] == UInt8(ascii: "Z"), CalendarDate(String(decoding: bytes[0..<10], as: UTF8.self)) != nil
        else { return false }
        func number(_ at: Int) -> Int? {
            let (high, low) = (bytes[at], bytes[at + 1])
            guard (48...57).contains(high), (48...57).contains(low) else { return nil }
            return Int(high - 48) * 10 + Int(low - 48)
        }
        guard let hour = number(11), let minute = number(14), let second = number(17) else { return false }
        return hour < 24 && minute < 60 && second < 60
    }

    // MARK: Decimal

    @Sendable static func serializeDecimal(_ value: JSONValue) throws(GraphQLError) -> JSONValue {
        switch value {
        case .string(let text) where isDecimal(text): return value
        case .int(let number): return .string(String(number))
        default: throw GraphQLError("Decimal cannot represent value: \(describe(value))")
        }
    }

    @Sendable static func parseDecimal(_ value: JSONValue) throws(GraphQLError) -> JSONValue {
        switch value {
        case .string(let text):
            guard isDecimal(text) else {
                throw GraphQLError("Decimal cannot represent an invalid decimal: \(describe(value)); expected e.g. \"1234.50\".")
            }
            return value
        case .int(let number): return .string(String(number))
        case .double:
            // A JSON number with a fraction arrives as a binary float, which cannot hold every decimal (and prints
            // 0.00001 as "1e-05"): money never goes through one, so the client sends the digits as a string.
            throw GraphQLError(
                "Decimal cannot represent a number with a fraction exactly: \(describe(value)); send it as a string, e.g. \"1234.50\".")
        default:
            throw GraphQLError("Decimal cannot represent non-decimal value: \(describe(value))")
        }
    }

    /// Keeps a numeric literal's own digits (`12.50` stays "12.50"), so no amount goes through a float.
    @Sendable static func parseDecimalLiteral(_ literal: Value) throws(GraphQLError) -> JSONValue {
        switch literal {
        case .int(let text, _), .float(let text, _):
            guard isDecimal(text) else {
                throw GraphQLError("Decimal cannot represent an invalid decimal: \(text); expected e.g. \"1234.50\".")
            }
            return .string(text)
        default:
            return try parseDecimal(jsonValue(of: literal))
        }
    }

    /// True for an optional minus sign, one or more digits and an optional fraction: `-12`, `1234.50`.
    ///
    /// Every amount of a response passes here on its way out, so it is one pass over the contiguous UTF-8.
    static func isDecimal(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = bytes.first == UInt8(ascii: "-") ? 1 : 0
            let wholeStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > wholeStart else { return false }
            if index == bytes.count { return true }
            guard bytes[index] == UInt8(ascii: ".") else { return false }
            index += 1
            let fractionStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index > fractionStart && index == bytes.count
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// A value as graphql-js's `inspect` shows it in these messages.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let text):
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        case .list(let items): return "[" + items.map(describe).joined(separator: ", ") + "]"
        case .object(let entries):
            return entries.isEmpty ? "{}" : "{ " + entries.map { "\($0.0): \(describe($0.1))" }.joined(separator: ", ") + " }"
        }
    }
}
