import GRDB

/// Which accounts a staff member's account list covers.
public enum AccountScope: Sendable, Hashable {
    /// Every account (support).
    case all
    /// The accounts a Customer Success Manager manages.
    case managedBy(userID: Int64)
}

extension BillingStore {
    /// One page of the accounts in `scope`, by name then id, optionally only those whose name contains `search`
    /// (case-insensitive, `%` and `_` taken literally).
    public func accounts(scope: AccountScope, search: String? = nil, first: Int, after: String? = nil) async throws -> Page<Account> {
        guard first >= 0 else { throw BillingStoreError.invalidPageSize(first) }
        let cursor = try after.map { try PageCursor(decoding: $0, tag: "N") }
        var (sql, arguments) = Self.accountFilter(scope: scope, search: search)
        if let cursor {
            guard case .text(let name) = cursor.key else { throw BillingStoreError.invalidCursor(after ?? "") }
            sql += " AND a.name >= ? AND (a.name > ? OR a.id > ?)"
            arguments += [name, name, cursor.id]
        }
        let pageSQL = "SELECT a.* FROM \(sql) ORDER BY a.name, a.id LIMIT ?"
        let pageArguments = arguments + [first + 1]
        var items = try await writer.read { db in try Account.fetchAll(db, sql: pageSQL, arguments: pageArguments) }
        let hasNextPage = items.count > first
        if hasNextPage { items.removeLast() }
        let cursors = items.map { PageCursor(tag: "N", key: .text($0.name), id: $0.id).encoded }
        return Page(items: items, cursors: cursors, hasNextPage: hasNextPage, hasPreviousPage: cursor != nil)
    }

    /// How many accounts are in `scope` and match `search`.
    public func accountCount(scope: AccountScope, search: String? = nil) async throws -> Int {
        let (sql, arguments) = Self.accountFilter(scope: scope, search: search)
        return try await writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(sql)", arguments: arguments) ?? 0 }
    }

    /// True when the Customer Success Manager `userID` manages `accountID`.
    public func manages(userID: Int64, accountID: Int64) async throws -> Bool {
        try await writer.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM account_managers WHERE account_id = ? AND user_id = ?", arguments: [accountID, userID]) ?? false
        }
    }

    /// The FROM and WHERE of an account list, with `a` as the accounts' alias.
    static func accountFilter(scope: AccountScope, search: String?) -> (sql: String, arguments: StatementArguments) {
        var sql: String
        var arguments: StatementArguments
        switch scope {
        case .all:
            sql = "accounts a WHERE 1 = 1"
            arguments = []
        case .managedBy(let userID):
            sql = "accounts a JOIN account_managers m ON m.account_id = a.id WHERE m.user_id = ?"
            arguments = [userID]
        }
        if let search, !search.isEmpty {
            let escaped = search.lowercased().replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            sql += " AND lower(a.name) LIKE ? ESCAPE '\\'"
            arguments += ["%" + escaped + "%"]
        }
        return (sql, arguments)
    }
}
