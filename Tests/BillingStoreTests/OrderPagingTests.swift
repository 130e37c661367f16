import GRDB
import Testing

@testable import BillingStore

/// An account with 25 orders whose dates and totals repeat, so every sort has ties that only the id breaks.
struct PagingFixture {
    let temp: TemporaryStore
    let accountID: Int64
    let orders: [Order]

    init() async throws {
        temp = try await TemporaryStore()
        let (accountID, orders) = try await temp.write { db -> (Int64, [Order]) in
            try db.execute(sql: "INSERT INTO accounts (name, currency_code) VALUES ('Paging', 'USD'), ('Other', 'USD')")
            var orders: [Order] = []
            for i in 0..<25 {
                let date = CalendarDate("2026-03-01")!.adding(days: i / 3 * 2)
                let status: OrderStatus = i % 4 == 0 ? .pending : .activated
                let order = Order(
                    id: Int64(100 + (i * 7) % 25), accountID: 1, number: "SO-\(i)", orderDate: date.description, status: status,
                    totalMinor: Int64([500, 1_500, 1_000][i % 3]), currencyCode: "USD")
                try order.insert(db)
                orders.append(order)
            }
            // The other account's order falls on the same days: it must never show up.
            try db.execute(
                sql:
                    "INSERT INTO orders (account_id, number, order_date, status, total_minor, currency_code) VALUES (2, 'X', '2026-03-01', 'PENDING', 700, 'USD')"
            )
            return (1, orders)
        }
        self.accountID = accountID
        self.orders = orders
    }

    /// The orders matching `filter`, sorted as the store must sort them.
    func expected(_ filter: OrderFilter, _ sort: OrderSort) -> [Int64] {
        let matching = orders.filter { order in
            let date = CalendarDate(order.orderDate)!
            return (filter.status.map { $0 == order.status } ?? true) && (filter.on.map { $0 == date } ?? true)
                && (filter.from.map { $0 <= date } ?? true) && (filter.to.map { date <= $0 } ?? true)
        }
        let sorted = matching.sorted { a, b in
            let (ka, kb): (String, String) =
                sort.field == .amount
                ? (
                    String(repeating: "0", count: 12 - String(a.totalMinor).count) + String(a.totalMinor),
                    String(repeating: "0", count: 12 - String(b.totalMinor).count) + String(b.totalMinor)
                )
                : (a.orderDate, b.orderDate)
            return ka == kb ? a.id < b.id : ka < kb
        }
        return (sort.direction == .ascending ? sorted : sorted.reversed()).map(\.id)
    }

    /// Walks every page of `size` and returns the ids in page order, checking the page flags on the way.
    func walk(_ filter: OrderFilter, _ sort: OrderSort, size: Int) async throws -> [Int64] {
        var ids: [Int64] = []
        var after: String?
        for pageNumber in 0... {
            let page = try await temp.store.orders(accountID: accountID, filter: filter, sort: sort, first: size, after: after)
            #expect(page.hasPreviousPage == (pageNumber > 0))
            #expect(page.cursors.count == page.items.count)
            ids += page.items.map(\.id)
            guard page.hasNextPage else { break }
            #expect(page.items.count == size)
            after = page.endCursor
        }
        return ids
    }
}

@Suite struct OrderPagingTests {
    static let sorts = OrderSortField.allCases.flatMap { field in SortDirection.allCases.map { OrderSort(field: field, direction: $0) } }

    @Test(arguments: sorts)
    func everySortWalksAllOrdersOnceWithTiesBrokenByID(sort: OrderSort) async throws {
        let fixture = try await PagingFixture()
        for size in [1, 4, 25, 50] {
            #expect(try await fixture.walk(OrderFilter(), sort, size: size) == fixture.expected(OrderFilter(), sort))
        }
    }

    @Test(arguments: sorts)
    func filtersCombineWithEverySort(sort: OrderSort) async throws {
        let fixture = try await PagingFixture()
        let filters = [
            OrderFilter(status: .pending), OrderFilter(on: CalendarDate("2026-03-05")), OrderFilter(from: CalendarDate("2026-03-04")),
            OrderFilter(to: CalendarDate("2026-03-04")), OrderFilter(from: CalendarDate("2026-03-03"), to: CalendarDate("2026-03-09")),
            OrderFilter(on: CalendarDate("2026-03-07"), from: CalendarDate("2026-03-01"), status: .activated),
        ]
        for filter in filters {
            let expected = fixture.expected(filter, sort)
            #expect(!expected.isEmpty)
            #expect(try await fixture.walk(filter, sort, size: 3) == expected)
            #expect(try await fixture.temp.store.orderCount(accountID: fixture.accountID, filter: filter) == expected.count)
        }
    }

    @Test func fromAndToAreInclusive() async throws {
        let fixture = try await PagingFixture()
        let filter = OrderFilter(from: CalendarDate("2026-03-03"), to: CalendarDate("2026-03-05"))
        let dates = Set(try await fixture.walk(filter, OrderSort(), size: 50).map { id in fixture.orders.first { $0.id == id }!.orderDate })
        #expect(dates == ["2026-03-03", "2026-03-05"])
    }

    @Test func emptyResults() async throws {
        let fixture = try await PagingFixture()
        let store = fixture.temp.store
        let noOrders = OrderFilter(from: CalendarDate("2030-01-01"), to: CalendarDate("2030-12-31"))
        let empty = try await store.orders(accountID: fixture.accountID, filter: noOrders, first: 10)
        #expect(empty.items.isEmpty && !empty.hasNextPage && empty.startCursor == nil && empty.endCursor == nil)
        #expect(try await store.orderCount(accountID: fixture.accountID, filter: noOrders) == 0)
        // `on` outside from/to contradicts it: nothing matches, and nothing is asked of the database.
        let contradiction = OrderFilter(on: CalendarDate("2026-03-01"), from: CalendarDate("2026-03-02"))
        let before = store.statementCounter.count
        #expect(try await store.orders(accountID: fixture.accountID, filter: contradiction, first: 10).items.isEmpty)
        #expect(try await store.orderCount(accountID: fixture.accountID, filter: contradiction) == 0)
        #expect(store.statementCounter.count == before)
        // `first: 0` returns no item but still says whether there are any (Relay: more than `first` exist).
        let zero = try await store.orders(accountID: fixture.accountID, first: 0)
        #expect(zero.items.isEmpty && zero.hasNextPage)
        #expect(try await !store.orders(accountID: fixture.accountID, filter: noOrders, first: 0).hasNextPage)
        #expect(try await store.auditEvents(accountID: fixture.accountID, first: 0).hasNextPage == false)
        #expect(try await store.orders(accountID: 999, first: 10).items.isEmpty)
    }

    @Test func lastPageAndPastTheEnd() async throws {
        let fixture = try await PagingFixture()
        let store = fixture.temp.store
        let first = try await store.orders(accountID: fixture.accountID, first: 20)
        #expect(first.hasNextPage)
        let last = try await store.orders(accountID: fixture.accountID, first: 20, after: first.endCursor)
        #expect(last.items.count == 5 && !last.hasNextPage && last.hasPreviousPage)
        let beyond = try await store.orders(accountID: fixture.accountID, first: 20, after: last.endCursor)
        #expect(beyond.items.isEmpty && !beyond.hasNextPage)
        let exact = try await store.orders(accountID: fixture.accountID, first: 25)
        #expect(exact.items.count == 25 && !exact.hasNextPage)
    }

    @Test func refusesForeignAndBrokenCursors() async throws {
        let fixture = try await PagingFixture()
        let store = fixture.temp.store
        let byDate = try await store.orders(accountID: fixture.accountID, first: 2)
        let cursor = try #require(byDate.endCursor)
        await #expect(throws: BillingStoreError.invalidCursor(cursor)) {
            try await store.orders(accountID: fixture.accountID, sort: OrderSort(field: .amount), first: 2, after: cursor)
        }
        // Same list and field, other direction: the position would be read backwards, so it is refused.
        await #expect(throws: BillingStoreError.invalidCursor(cursor)) {
            try await store.orders(accountID: fixture.accountID, sort: OrderSort(direction: .ascending), first: 2, after: cursor)
        }
        // An order cursor is not an invoice cursor, though both sort by a date.
        await #expect(throws: BillingStoreError.invalidCursor(cursor)) {
            try await store.invoices(accountID: fixture.accountID, first: 2, after: cursor)
        }
        let next = try await store.orders(accountID: fixture.accountID, first: 2, after: cursor)
        #expect(next.items.count == 2 && next.hasPreviousPage)
        for junk in ["", "abc", "!!!", "WHw1fHQyMDI2LTAzLTAx", "QXw1fHRhYmM"] {
            await #expect(throws: BillingStoreError.invalidCursor(junk)) {
                try await store.orders(accountID: fixture.accountID, first: 2, after: junk)
            }
        }
        await #expect(throws: BillingStoreError.invalidPageSize(-1)) { try await store.orders(accountID: fixture.accountID, first: -1) }
    }
}
