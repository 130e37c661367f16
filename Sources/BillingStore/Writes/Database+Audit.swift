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
        case Code.usd, Code.eur, Code.gbp: return 2
        case Code.jpy, Code.krw, Code.vnd, Code.clp, Code.isk, Code.ugx, Code.xaf, Code.xof: return 0
        case Code.bhd, Code.kwd, Code.omr, Code.jod, Code.tnd, Code.iqd, Code.lyd: return 3
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

    /// `packed` of the codes the API switches over, as inlinable integer literals: a `case packed("USD")` packs its
    /// text again each time it is compared (2 % of a dashboard's server time in the profile). A test checks each
    /// against `packed`.
    public enum Code {
        @inlinable public static var usd: UInt32 { 0x55_53_44 }
        @inlinable public static var eur: UInt32 { 0x45_55_52 }
        @inlinable public static var gbp: UInt32 { 0x47_42_50 }
        @inlinable public static var jpy: UInt32 { 0x4A_50_59 }
        @inlinable public static var krw: UInt32 { 0x4B_52_57 }
        @inlinable public static var vnd: UInt32 { 0x56_4E_44 }
        @inlinable public static var clp: UInt32 { 0x43_4C_50 }
        @inlinable public static var isk: UInt32 { 0x49_53_4B }
        @inlinable public static var ugx: UInt32 { 0x55_47_58 }
        @inlinable public static var xaf: UInt32 { 0x58_41_46 }
        @inlinable public static var xof: UInt32 { 0x58_4F_46 }
        @inlinable public static var bhd: UInt32 { 0x42_48_44 }
        @inlinable public static var kwd: UInt32 { 0x4B_57_44 }
        @inlinable public static var omr: UInt32 { 0x4F_4D_52 }
        @inlinable public static var jod: UInt32 { 0x4A_4F_44 }
        @inlinable public static var tnd: UInt32 { 0x54_4E_44 }
        @inlinable public static var iqd: UInt32 { 0x49_51_44 }
        @inlinable public static var lyd: UInt32 { 0x4C_59_44 }
        @inlinable public static var cad: UInt32 { 0x43_41_44 }
        @inlinable public static var aud: UInt32 { 0x41_55_44 }
        @inlinable public static var inr: UInt32 { 0x49_4E_52 }

        /// Every constant with the code it stands for, for tests.
        public static let all: [(code: String, packed: UInt32)] = [
            ("USD", usd), ("EUR", eur), ("GBP", gbp), ("JPY", jpy), ("KRW", krw), ("VND", vnd), ("CLP", clp), ("ISK", isk),
            ("UGX", ugx), ("XAF", xaf), ("XOF", xof), ("BHD", bhd), ("KWD", kwd), ("OMR", omr), ("JOD", jod), ("TND", tnd),
            ("IQD", iqd), ("LYD", lyd), ("CAD", cad), ("AUD", aud), ("INR", inr),
        ]
    }
}
