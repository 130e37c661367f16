extension BillingStore {
    /// One page of an account's invoices matching `filter`, sorted by `sort` (ties broken by id in the same direction).
    ///
    /// `after` is a cursor from an earlier page with the same sort field; any other text throws `invalidCursor`.
    public func invoices(
        accountID: Int64, filter: InvoiceFilter = InvoiceFilter(), sort: InvoiceSort = InvoiceSort(), first: Int, after: String? = nil
    ) async throws -> Page<Invoice> {
        let query = Self.invoiceQuery(accountID: accountID, filter: filter, sort: sort)
        return try await read { db in
            try db.fetchPage(
                query, first: first, after: after,
                key: { sort.field == .amount ? .integer($0.totalMinor) : .text($0.issuedOn) }, id: \.id)
        }
    }

    /// How many of an account's invoices match `filter`.
    public func invoiceCount(accountID: Int64, filter: InvoiceFilter = InvoiceFilter()) async throws -> Int {
        let query = Self.invoiceQuery(accountID: accountID, filter: filter, sort: InvoiceSort())
        guard query.isSatisfiable else { return 0 }
        let (sql, arguments) = query.countSQL()
        return try await read { db in try Int.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) ?? 0 }
    }

    static func invoiceQuery(accountID: Int64, filter: InvoiceFilter, sort: InvoiceSort) -> KeysetQuery {
        var query = KeysetQuery(
            table: "invoices", accountID: accountID, status: filter.status?.rawValue, dateColumn: "issued_on",
            on: filter.on, from: filter.from, to: filter.to)
        if sort.field == .amount {
            query.sortColumn = "total_minor"
            query.sortTag = "A"
            query.sortsByText = false
        }
        query.ascending = sort.direction == .ascending
        return query
    }
}
