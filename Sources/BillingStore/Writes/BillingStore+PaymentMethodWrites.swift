import GRDB

extension BillingStore {
    /// Saves a payment method for `accountID`; returns it as stored.
    ///
    /// `isDefault` takes the default from the previous one (at most one default per account). A one-time method is
    /// never the default: asking for both is refused. A method saved without `isDefault` does not become the default
    /// on its own, even the first one: the admin decides what purchases pay with.
    public func addPaymentMethod(accountID: Int64, _ method: NewPaymentMethod, by actor: WriteActor) async throws -> PaymentMethod {
        if method.isDefault && method.isOneTime { throw WriteError.oneTimeMethodCannotBeDefault }
        return try await writer.write { db in
            if method.isDefault {
                try db.execute(
                    sql: "UPDATE payment_methods SET is_default = 0 WHERE account_id = ? AND is_default = 1", arguments: [accountID])
            }
            let saved = try PaymentMethod.fetchOne(
                db,
                sql: """
                    INSERT INTO payment_methods
                        (account_id, kind, brand, last4, exp_month, exp_year, holder_name, is_default, is_one_time, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *
                    """,
                arguments: [
                    accountID, method.kind.rawValue, method.brand, method.last4, method.expMonth, method.expYear, method.holderName,
                    method.isDefault, method.isOneTime, Timestamp.string(from: actor.now),
                ])!
            // A bank without a known name is saved under a generic brand; "bank account Bank account" would read badly.
            let generic = method.kind == .bankAccount && saved.brand.lowercased() == "bank account"
            var summary =
                generic
                ? "Added bank account ending \(saved.last4)" : "Added \(method.kind == .card ? "card" : "bank account") \(saved.label)"
            if method.isDefault { summary += " as the default" } else if method.isOneTime { summary += " for one-time use" }
            try db.audit(accountID: accountID, actor: actor, action: "addPaymentMethod", summary: summary)
            return saved
        }
    }

    /// Makes the account's method `id` its default (the previous default stops being one); returns it.
    public func setDefaultPaymentMethod(id: Int64, accountID: Int64, by actor: WriteActor) async throws -> PaymentMethod {
        try await writer.write { db in
            guard var method = try db.livePaymentMethod(id: id, accountID: accountID) else { throw WriteError.notFound(.paymentMethod) }
            guard !method.isOneTime else { throw WriteError.oneTimeMethodCannotBeDefault }
            // An expired default would only fail the next purchase that relies on it.
            guard !method.isExpired(on: actor.today) else { throw WriteError.paymentMethodExpired }
            try db.execute(
                sql: "UPDATE payment_methods SET is_default = 0 WHERE account_id = ? AND is_default = 1 AND id <> ?",
                arguments: [accountID, id])
            try db.execute(sql: "UPDATE payment_methods SET is_default = 1 WHERE id = ?", arguments: [id])
            let summary = method.isDefault ? "Kept \(method.label) as the default" : "Made \(method.label) the default"
            method.isDefault = true
            try db.audit(accountID: accountID, actor: actor, action: "setDefaultPaymentMethod", summary: summary)
            return method
        }
    }

    /// Removes the account's method `id`; the default goes only when no other method remains.
    ///
    /// The row is kept, marked removed, so orders it paid still name it.
    public func removePaymentMethod(id: Int64, accountID: Int64, by actor: WriteActor) async throws {
        try await writer.write { db in
            guard let method = try db.livePaymentMethod(id: id, accountID: accountID) else { throw WriteError.notFound(.paymentMethod) }
            if method.isDefault {
                let others =
                    try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM payment_methods WHERE account_id = ? AND id <> ? AND removed_at IS NULL",
                        arguments: [accountID, id]) ?? 0
                guard others == 0 else { throw WriteError.defaultMethodInUse }
            }
            try db.execute(
                sql: "UPDATE payment_methods SET is_default = 0, removed_at = ? WHERE id = ?",
                arguments: [Timestamp.string(from: actor.now), id])
            try db.audit(accountID: accountID, actor: actor, action: "removePaymentMethod", summary: "Removed \(method.label)")
        }
    }
}
