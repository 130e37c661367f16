import GraphQLEngine

/// An amount in integer minor units of a currency, as the schema's `Money` shows it.
struct Money: GraphQLObjectValue {
    var minor: Int64
    var currencyCode: String

    /// Digits after the decimal point of a currency (ISO 4217 exponent).
    static func minorDigits(_ currencyCode: String) -> Int {
        switch currencyCode {
        case "JPY", "KRW", "VND", "CLP", "ISK", "UGX", "XAF", "XOF": return 0
        case "BHD", "KWD", "OMR", "JOD", "TND", "IQD", "LYD": return 3
        default: return 2
        }
    }

    /// The amount in major units with the currency's minor digits, e.g. "1234.50"; never through a float.
    var amount: String { Self.decimalText(minor, digits: Self.minorDigits(currencyCode), grouping: false) }

    /// A human form: the currency's symbol and the amount with thousands separated by commas, e.g. "$1,234.50".
    var formatted: String {
        let text = Self.decimalText(minor, digits: Self.minorDigits(currencyCode), grouping: true)
        let symbol = Self.symbol(currencyCode)
        return minor < 0 ? "-" + symbol + text.dropFirst() : symbol + text
    }

    static func symbol(_ currencyCode: String) -> String {
        switch currencyCode {
        case "USD": return "$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "JPY": return "¥"
        case "CAD": return "CA$"
        case "AUD": return "A$"
        case "CHF": return "CHF "
        case "INR": return "₹"
        default: return currencyCode + " "
        }
    }

    /// `value / 10^digits` written out by hand, with a leading "-" when negative.
    static func decimalText(_ value: Int64, digits: Int, grouping: Bool) -> String {
        let magnitude = value.magnitude
        var divisor: UInt64 = 1
        for _ in 0..<digits { divisor *= 10 }
        let whole = magnitude / divisor
        let fraction = magnitude % divisor
        var out: [UInt8] = []
        out.reserveCapacity(24)
        if value < 0 { out.append(UInt8(ascii: "-")) }
        let wholeDigits = Array(String(whole).utf8)
        for (index, digit) in wholeDigits.enumerated() {
            if grouping && index > 0 && (wholeDigits.count - index) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(digit)
        }
        if digits > 0 {
            out.append(UInt8(ascii: "."))
            let fractionDigits = Array(String(fraction).utf8)
            for _ in fractionDigits.count..<digits { out.append(UInt8(ascii: "0")) }
            out += fractionDigits
        }
        return String(decoding: out, as: UTF8.self)
    }
}
