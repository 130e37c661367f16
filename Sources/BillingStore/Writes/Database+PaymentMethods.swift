import GRDB

extension Database {
    /// The account's saved (not removed) payment method `id`, or nil.
    func livePaymentMethod(id: Int64, accountID: Int64) throws -> PaymentMethod? {
        try PaymentMethod.fetchOne(
            self, sql: "SELECT * FROM payment_methods WHERE id = ? AND account_id = ? AND removed_at IS NULL", arguments: [id, accountID])
    }

    /// The method a purchase pays with: the given one, else the account's default; never a card expired by `today`.
    func paymentMethodForPurchase(accountID: Int64, id: Int64?, today: CalendarDate) throws -> PaymentMethod {
        let found: PaymentMethod
        if let id {
            guard let method = try livePaymentMethod(id: id, accountID: accountID) else { throw WriteError.notFound(.paymentMethod) }
            found = method
        } else {
            guard
                let method = try PaymentMethod.fetchOne(
                    self, sql: "SELECT * FROM payment_methods WHERE account_id = ? AND is_default = 1 AND removed_at IS NULL",
                    arguments: [accountID])
            else { throw WriteError.paymentMethodRequired }
            found = method
        }
        if found.isExpired(on: today) { throw WriteError.paymentMethodExpired }
        return found
    }

    /// Removes a one-time method once a purchase has used it; reusable methods stay.
    ///
    /// Removal keeps the row (marked `removed_at`) so the order it paid still names it.
    func consumeIfOneTime(_ method: PaymentMethod, actor: WriteActor) throws {
        guard method.isOneTime else { return }
        try execute(
            sql: "UPDATE payment_methods SET removed_at = ? WHERE id = ?", arguments: [Timestamp.string(from: actor.now), method.id])
    }
}

extension PaymentMethod {
    /// How audit summaries name a method, e.g. `VISA ending 4242`.
    var label: String { "\(brand) ending \(last4)" }
}

extension PaymentMethod {
    /// Whether a card's expiry month is over by `today`; bank accounts never expire.
    func isExpired(on today: CalendarDate) -> Bool {
        guard let expYear, let expMonth else { return false }
        let (year, month, _) = today.components
        return expYear * 12 + expMonth < year * 12 + month
    }
}
