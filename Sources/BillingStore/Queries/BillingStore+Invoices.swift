extension BillingStore {
    /// One page of an account's invoices matching `filter`, sorted by `sort` (ties broken by id in the same direction).
    ///
    /// `after` is a cursor from an earlier page with the same sort field; any other text throws `invalidCursor`.
    public func invoices(
        accountID: Int64, filter: InvoiceFilter = InvoiceFilter(), sort: InvoiceSort = InvoiceSort(), first: Int, after: String? = nil
    ) async throws -> Page<Invoice> {
        try await invoices(accountIDs: [accountID], filter: filter, sort: sort, first: first, after: after)[accountID]!
    }

    /// The same page (filter, sort, size, cursor) of each account's invoices, by account id, in one statement per
    /// hundred accounts (see `fetchPages`).
    public func invoices(
        accountIDs: [Int64], filter: InvoiceFilter = InvoiceFilter(), sort: InvoiceSort = InvoiceSort(), first: Int,
        after: String? = nil
    ) async throws -> [Int64: Page<Invoice>] {
        let queries = accountIDs.map { Self.invoiceQuery(accountID: $0, filter: filter, sort: sort) }
        return try await read { db in
            try db.fetchPages(
                queries, first: first, after: after,
                key: { sort.field == .amount ? .integer($0.totalMinor) : .text($0.issuedOn) }, id: \.id, accountID: \.accountID)
        }
    }

    /// How many of an account's invoices match `filter`.
    public func invoiceCount(accountID: Int64, filter: InvoiceFilter = InvoiceFilter()) async throws -> Int {
        try await invoiceCounts(accountIDs: [accountID], filter: filter)[accountID] ?? 0
    }

    /// How many of each account's invoices match `filter`, by account id.
    public func invoiceCounts(accountIDs: [Int64], filter: InvoiceFilter = InvoiceFilter()) async throws -> [Int64: Int] {
        let queries = accountIDs.map { Self.invoiceQuery(accountID: $0, filter: filter, sort: InvoiceSort()) }
        return try await read { db in try db.countPerAccount(queries) }
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
