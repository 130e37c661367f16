import GRDB

extension BillingStore {
    /// One page of an account's audit events, newest first.
    public func auditEvents(accountID: Int64, first: Int, after: String? = nil) async throws -> Page<AuditEvent> {
        try await auditEvents(accountIDs: [accountID], first: first, after: after)[accountID]!
    }

    /// The same page of each account's audit events, newest first, by account id, in one statement per hundred
    /// accounts (see `fetchPages`).
    public func auditEvents(accountIDs: [Int64], first: Int, after: String? = nil) async throws -> [Int64: Page<AuditEvent>] {
        let queries = accountIDs.map { accountID in
            var query = KeysetQuery(table: "audit_events", accountID: accountID, status: nil, dateColumn: "at", on: nil, from: nil, to: nil)
            // Ids grow with time, so the primary key orders events and `(account_id, id)` serves the page.
            query.sortColumn = "id"
            query.sortTag = "E"
            query.sortsByText = false
            return query
        }
        return try await read { db in
            try db.fetchPages(queries, first: first, after: after, key: { .integer($0.id) }, id: \.id, accountID: \.accountID)
        }
    }
}
