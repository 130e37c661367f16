import Foundation
import GRDB

extension Database {
    /// Appends the one audit event a successful write leaves, inside the write's transaction.
    func audit(accountID: Int64, actor: WriteActor, action: String, summary: String) throws {
        try execute(
            sql: "INSERT INTO audit_events (account_id, actor_user_id, action, summary, at) VALUES (?, ?, ?, ?, ?)",
            arguments: [accountID, actor.userID, action, summary, Timestamp.string(from: actor.now)])
    }
}

extension WriteActor {
    /// The UTC calendar day of `now`: orders and invoices are dated by it.
    var today: CalendarDate { CalendarDate(utcDayOf: now) }
}

/// Amounts in audit summaries, e.g. `USD 1,560.00` or `JPY 1,560`: integer minor units, never a float.
enum MinorUnits {
    /// `minor` minor units of `currency` as `CODE units.fraction`, thousands separated, with the currency's digits.
    static func text(_ minor: Int64, currency: String) -> String {
        let digits = CurrencyDigits.of(currency)
        var divisor: UInt64 = 1
        for _ in 0..<digits { divisor *= 10 }
        let (units, fraction) = minor.magnitude.quotientAndRemainder(dividingBy: divisor)
        var whole = String(units)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        let padded = String(fraction)
        let decimals = digits == 0 ? "" : "." + String(repeating: "0", count: digits - padded.count) + padded
        return "\(currency) \(minor < 0 ? "-" : "")\(whole)\(grouped)\(decimals)"
    }
}

/// How many digits follow the decimal point in a currency's amounts (its ISO 4217 exponent): 2 for most, 0 for
/// JPY or KRW, 3 for KWD or BHD. The API's `Money` and the audit texts both read it.
public enum CurrencyDigits {
    @inlinable public static func of(_ currencyCode: String) -> Int {
        // Most amounts are in the two-digit currencies: compare the code's three bytes, not strings, on that path.
        switch packed(currencyCode) {
        case packed("USD"), packed("EUR"), packed("GBP"): return 2
        case packed("JPY"), packed("KRW"), packed("VND"), packed("CLP"), packed("ISK"), packed("UGX"), packed("XAF"), packed("XOF"):
            return 0
        case packed("BHD"), packed("KWD"), packed("OMR"), packed("JOD"), packed("TND"), packed("IQD"), packed("LYD"): return 3
        default: return 2
        }
    }

    /// A three-letter code as one integer; 0 for anything longer. Inlinable, like `of`, because the API's money
    /// formatting switches over it for every amount of a response.
    @inlinable public static func packed(_ code: String) -> UInt32 {
        var value: UInt32 = 0
        var count = 0
        for byte in code.utf8 {
            count += 1
            if count > 3 { return 0 }
            value = value << 8 | UInt32(byte)
        }
        return value
    }
}
