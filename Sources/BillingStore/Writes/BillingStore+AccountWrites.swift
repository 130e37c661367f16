import GRDB

extension BillingStore {
    /// Changes the given fields of an account (values already validated); the others stay as they were.
    public func updateAccount(_ accountID: Int64, _ changes: AccountChanges, by actor: WriteActor) async throws -> Account {
        guard !changes.isEmpty else { throw WriteError.nothingToChange }
        return try await writer.write { db in
            guard var account = try Account.fetchOne(db, key: accountID) else { throw WriteError.notFound(.account) }
            var parts: [String] = []
            if let phone = changes.phone {
                account.phone = phone
                parts.append("phone to \(phone)")
            }
            if let email = changes.email {
                account.email = email
                parts.append("email to \(email)")
            }
            if let address = changes.billingAddress {
                account.addressLine1 = address.line1
                account.addressLine2 = address.line2
                account.addressCity = address.city
                account.addressRegion = address.region
                account.addressPostalCode = address.postalCode
                account.addressCountry = address.country
                parts.append("billing address to \(address.line1), \(address.city), \(address.country)")
            }
            var removed: [String] = []
            for field in AccountField.allCases where changes.cleared.contains(field) {
                switch field {
                case .phone: account.phone = nil
                case .email: account.email = nil
                case .billingAddress:
                    (account.addressLine1, account.addressLine2, account.addressCity) = (nil, nil, nil)
                    (account.addressRegion, account.addressPostalCode, account.addressCountry) = (nil, nil, nil)
                }
                removed.append(field == .billingAddress ? "billing address" : field.rawValue)
            }
            try db.execute(
                sql: """
                    UPDATE accounts SET phone = ?, email = ?, address_line1 = ?, address_line2 = ?, address_city = ?, address_region = ?,
                        address_postal_code = ?, address_country = ?
                    WHERE id = ?
                    """,
                arguments: [
                    account.phone, account.email, account.addressLine1, account.addressLine2, account.addressCity, account.addressRegion,
                    account.addressPostalCode, account.addressCountry, accountID,
                ])
            try db.audit(
                accountID: accountID, actor: actor, action: "updateAccount", summary: Self.changeSummary(changed: parts, removed: removed))
            return account
        }
    }

    /// Grants or withdraws Billing Admin access: only a Customer Success Manager, for an account they manage, to a
    /// user of that account. Takes effect at the user's next request (roles are read per request). Returns the user.
    public func setBillingAdmin(accountID: Int64, userID: Int64, isBillingAdmin: Bool, by actor: WriteActor) async throws -> User {
        try await writer.write { db in
            let manages = try Bool.fetchOne(
                db, sql: "SELECT 1 FROM account_managers WHERE account_id = ? AND user_id = ?", arguments: [accountID, actor.userID])
            guard manages == true else { throw WriteError.forbidden }
            guard var user = try User.fetchOne(db, key: userID), user.accountID == accountID else { throw WriteError.notFound(.user) }
            if !isBillingAdmin && user.role == .billingAdmin {
                let others = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM users WHERE account_id = ? AND role = ? AND id <> ?",
                    arguments: [accountID, Role.billingAdmin.rawValue, userID])
                guard others ?? 0 > 0 else { throw WriteError.lastBillingAdmin }
            }
            user.role = isBillingAdmin ? .billingAdmin : .member
            try db.execute(sql: "UPDATE users SET role = ? WHERE id = ?", arguments: [user.role.rawValue, userID])
            let summary = isBillingAdmin ? "Made \(user.name) a Billing Admin" : "Removed Billing Admin access from \(user.name)"
            try db.audit(accountID: accountID, actor: actor, action: "setBillingAdmin", summary: summary)
            return user
        }
    }

    /// The audit line of an account change, e.g. "Changed phone to 5551112222; removed email".
    static func changeSummary(changed: [String], removed: [String]) -> String {
        var sentences: [String] = []
        if !changed.isEmpty { sentences.append("changed " + changed.joined(separator: ", ")) }
        if !removed.isEmpty { sentences.append("removed " + removed.joined(separator: ", ")) }
        let summary = sentences.joined(separator: "; ")
        return summary.prefix(1).uppercased() + summary.dropFirst()
    }
}
