import BillingStore
import GraphQLEngine

/// An amount in integer minor units of a currency, as the schema's `Money` shows it.
struct Money: GraphQLObjectValue {
    var minor: Int64
    var currencyCode: String

    /// Digits after the decimal point of a currency (ISO 4217 exponent): the store's table, which audit texts use too.
    static func minorDigits(_ currencyCode: String) -> Int { CurrencyDigits.of(currencyCode) }

    static func packed(_ code: String) -> UInt32 { CurrencyDigits.packed(code) }

    /// The amount in major units with the currency's minor digits, e.g. "1234.50"; never through a float.
    var amount: String { Self.decimalText(minor, digits: Self.minorDigits(currencyCode), grouping: false, symbol: "") }

    /// A human form: the currency's symbol and the amount with thousands separated by commas, e.g. "$1,234.50";
    /// a negative amount puts its sign before the symbol, e.g. "-$5.00".
    var formatted: String {
        Self.decimalText(minor, digits: Self.minorDigits(currencyCode), grouping: true, symbol: Self.symbol(currencyCode))
    }

    static func symbol(_ currencyCode: String) -> String {
        switch packed(currencyCode) {
        case CurrencyDigits.Code.usd: return "$"
        case CurrencyDigits.Code.eur: return "€"
        case CurrencyDigits.Code.gbp: return "£"
        case CurrencyDigits.Code.jpy: return "¥"
        case CurrencyDigits.Code.cad: return "CA$"
        case CurrencyDigits.Code.aud: return "A$"
        case CurrencyDigits.Code.inr: return "₹"
        default: return currencyCode + " "
        }
    }

    /// `symbol` followed by `value / 10^digits` written out by hand, with a leading "-" when negative: digits
    /// go right to left into a stack buffer, then the symbol and the sign, and one string is made at the end.
    static func decimalText(_ value: Int64, digits: Int, grouping: Bool, symbol: String) -> String {
        var symbol = symbol
        return symbol.withUTF8 { symbolBytes in
            let capacity = 48 + symbolBytes.count
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
                var magnitude = value.magnitude
                var index = capacity
                func put(_ byte: UInt8) {
                    index -= 1
                    buffer[index] = byte
                }
                for _ in 0..<digits {
                    put(UInt8(48 + magnitude % 10))
                    magnitude /= 10
                }
                if digits > 0 { put(UInt8(ascii: ".")) }
                var written = 0
                repeat {
                    if grouping && written > 0 && written % 3 == 0 { put(UInt8(ascii: ",")) }
                    put(UInt8(48 + magnitude % 10))
                    magnitude /= 10
                    written += 1
                } while magnitude > 0
                for byte in symbolBytes.reversed() { put(byte) }
                if value < 0 { put(UInt8(ascii: "-")) }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[index...]), as: UTF8.self)
            }
        }
    }
}
