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

/// Amounts in audit summaries, e.g. `USD 1,560.00`: integer minor units, never a float.
enum MinorUnits {
    /// `minor` cents of `currency` as `CODE units.cents` with thousands separators.
    static func text(_ minor: Int64, currency: String) -> String {
        let sign = minor < 0 ? "-" : ""
        let (units, cents) = abs(minor).quotientAndRemainder(dividingBy: 100)
        var digits = String(units)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return "\(currency) \(sign)\(digits)\(grouped).\(cents < 10 ? "0" : "")\(cents)"
    }
}
