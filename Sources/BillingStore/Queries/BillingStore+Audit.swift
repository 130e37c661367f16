import GRDB

extension BillingStore {
    /// One page of an account's audit events, newest first.
    public func auditEvents(accountID: Int64, first: Int, after: String? = nil) async throws -> Page<AuditEvent> {
        guard first >= 0 else { throw BillingStoreError.invalidPageSize(first) }
        let cursor = try after.map { try PageCursor(decoding: $0, tag: "E") }
        var sql = "SELECT * FROM audit_events WHERE account_id = ?"
        var arguments: StatementArguments = [accountID]
        if let cursor {
            sql += " AND id < ?"
            arguments += [cursor.id]
        }
        let pageSQL = sql + " ORDER BY id DESC LIMIT ?"
        let pageArguments = arguments + [first + 1]
        var items = try await writer.read { db in try AuditEvent.fetchAll(db, sql: pageSQL, arguments: pageArguments) }
        let hasNextPage = items.count > first
        if hasNextPage { items.removeLast() }
        let cursors = items.map { PageCursor(tag: "E", key: .integer($0.id), id: $0.id).encoded }
        return Page(items: items, cursors: cursors, hasNextPage: hasNextPage, hasPreviousPage: cursor != nil)
    }
}
