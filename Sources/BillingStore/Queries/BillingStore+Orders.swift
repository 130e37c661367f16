extension BillingStore {
    /// One page of an account's orders matching `filter`, sorted by `sort` (ties broken by id in the same direction).
    ///
    /// `after` is a cursor from an earlier page with the same sort field; any other text throws `invalidCursor`.
    public func orders(
        accountID: Int64, filter: OrderFilter = OrderFilter(), sort: OrderSort = OrderSort(), first: Int, after: String? = nil
    )
        async throws -> Page<Order>
    {
        let query = Self.orderQuery(accountID: accountID, filter: filter, sort: sort)
        return try await read { db in
            try db.fetchPage(
                query, first: first, after: after,
                key: { sort.field == .amount ? .integer($0.totalMinor) : .text($0.orderDate) }, id: \.id)
        }
    }

    /// How many of an account's orders match `filter`.
    public func orderCount(accountID: Int64, filter: OrderFilter = OrderFilter()) async throws -> Int {
        let query = Self.orderQuery(accountID: accountID, filter: filter, sort: OrderSort())
        guard query.isSatisfiable else { return 0 }
        let (sql, arguments) = query.countSQL()
        return try await read { db in try Int.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) ?? 0 }
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
