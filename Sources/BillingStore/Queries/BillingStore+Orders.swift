extension BillingStore {
    /// One page of an account's orders matching `filter`, sorted by `sort` (ties broken by id in the same direction).
    ///
    /// `after` is a cursor from an earlier page with the same sort field; any other text throws `invalidCursor`.
    public func orders(
        accountID: Int64, filter: OrderFilter = OrderFilter(), sort: OrderSort = OrderSort(), first: Int, after: String? = nil
    )
        async throws -> Page<Order>
    {
        try await orders(accountIDs: [accountID], filter: filter, sort: sort, first: first, after: after)[accountID]!
    }

    /// The same page (filter, sort, size, cursor) of each account's orders, by account id, in one statement per
    /// hundred accounts (see `fetchPages`): a list of accounts with their orders is not one query per account.
    public func orders(
        accountIDs: [Int64], filter: OrderFilter = OrderFilter(), sort: OrderSort = OrderSort(), first: Int, after: String? = nil
    )
        async throws -> [Int64: Page<Order>]
    {
        let queries = accountIDs.map { Self.orderQuery(accountID: $0, filter: filter, sort: sort) }
        return try await read { db in
            try db.fetchPages(
                queries, first: first, after: after,
                key: { sort.field == .amount ? .integer($0.totalMinor) : .text($0.orderDate) }, id: \.id, accountID: \.accountID)
        }
    }

    /// How many of an account's orders match `filter`.
    public func orderCount(accountID: Int64, filter: OrderFilter = OrderFilter()) async throws -> Int {
        try await orderCounts(accountIDs: [accountID], filter: filter)[accountID] ?? 0
    }

    /// How many of each account's orders match `filter`, by account id.
    public func orderCounts(accountIDs: [Int64], filter: OrderFilter = OrderFilter()) async throws -> [Int64: Int] {
        let queries = accountIDs.map { Self.orderQuery(accountID: $0, filter: filter, sort: OrderSort()) }
        return try await read { db in try db.countPerAccount(queries) }
    }

    static func orderQuery(accountID: Int64, filter: OrderFilter, sort: OrderSort) -> KeysetQuery {
        var query = KeysetQuery(
            table: "orders", accountID: accountID, status: filter.status?.rawValue, dateColumn: "order_date",
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
