import GRDB
import Testing

@testable import BillingStore

/// The page queries must search an index, never scan a table, whatever the filter and sort.
@Suite struct QueryPlanTests {
    static let filters: [OrderFilter] = [
        OrderFilter(), OrderFilter(status: .pending), OrderFilter(on: CalendarDate("2026-01-01")),
        OrderFilter(from: CalendarDate("2025-01-01"), to: CalendarDate("2025-12-31")),
        OrderFilter(from: CalendarDate("2025-01-01"), status: .activated),
    ]

    static let sorts = OrderSortField.allCases.flatMap { field in SortDirection.allCases.map { OrderSort(field: field, direction: $0) } }

    func plan(_ temp: TemporaryStore, _ sql: String, _ arguments: StatementArguments) async throws -> String {
        try await temp.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }.joined(
                separator: "\n")
        }
    }

    @Test(arguments: filters)
    func orderPagesSearchAnIndex(filter: OrderFilter) async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        for sort in Self.sorts {
            let query = BillingStore.orderQuery(accountID: 1, filter: filter, sort: sort)
            let cursorKey: PageCursor.Key = sort.field == .amount ? .integer(1000) : .text("2026-01-01")
            for cursor in [nil, PageCursor(tag: query.sortTag, key: cursorKey, id: 5)] {
                let (sql, arguments) = query.pageSQL(after: cursor, limit: 51)
                let plan = try await plan(temp, sql, arguments)
                #expect(!plan.contains("SCAN"), "\(filter) \(sort): \(plan)")
                #expect(plan.contains("USING INDEX orders_by_") || plan.contains("USING COVERING INDEX orders_by_"), "\(plan)")
                // Only a date range with an amount sort may need to sort: the range bounds the rows it reads.
                let mixed = sort.field == .amount && (filter.from != nil || filter.to != nil || filter.on != nil)
                if !mixed { #expect(!plan.contains("TEMP B-TREE"), "\(filter) \(sort): \(plan)") }
            }
            let (countSQL, countArguments) = query.countSQL()
            let countPlan = try await plan(temp, countSQL, countArguments)
            #expect(!countPlan.contains("SCAN"), "\(countPlan)")
        }
    }

    @Test func pagesOfManyAccountsSearchAnIndexPerAccount() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        for sort in Self.sorts {
            let queries = (1...3).map { BillingStore.orderQuery(accountID: $0, filter: Self.filters[3], sort: sort) }
            let cursorKey: PageCursor.Key = sort.field == .amount ? .integer(1000) : .text("2026-01-01")
            for cursor in [nil, PageCursor(tag: queries[0].sortTag, key: cursorKey, id: 5)] {
                let (sql, arguments) = KeysetQuery.batchPageSQL(queries[...], after: cursor, limit: 6, selection: Order.selection)
                let plan = try await plan(temp, sql, arguments)
                let searches = plan.split(separator: "\n").filter { $0.contains("SEARCH orders USING") }
                #expect(searches.count == 3 && !plan.contains("SCAN orders"), "\(sort): \(plan)")
            }
        }
    }

    @Test func invoicePagesSearchAnIndex() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        for field in InvoiceSortField.allCases {
            for filter in [InvoiceFilter(), InvoiceFilter(status: .open), InvoiceFilter(on: CalendarDate("2026-01-01"))] {
                let query = BillingStore.invoiceQuery(accountID: 1, filter: filter, sort: InvoiceSort(field: field))
                let (sql, arguments) = query.pageSQL(after: nil, limit: 51)
                let plan = try await plan(temp, sql, arguments)
                #expect(!plan.contains("SCAN") && plan.contains("INDEX invoices_by_"), "\(plan)")
            }
        }
    }

    @Test func loadersSearchIndexes() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let statements = [
            "SELECT * FROM order_line_items WHERE order_id IN (1, 2) ORDER BY order_id, position",
            "SELECT * FROM invoices WHERE order_id IN (1, 2)",
            "SELECT * FROM payment_methods WHERE account_id IN (1, 2)",
            "SELECT account_id, SUM(minutes) FROM dialer_minute_entries WHERE account_id IN (1) GROUP BY account_id",
            "SELECT * FROM users WHERE account_id IN (1) AND role = 'BILLING_ADMIN'",
            "SELECT * FROM audit_events WHERE account_id = 1 ORDER BY id DESC LIMIT 3",
        ]
        for sql in statements {
            let plan = try await plan(temp, sql, [])
            #expect(!plan.contains("SCAN"), "\(sql): \(plan)")
        }
    }
}
