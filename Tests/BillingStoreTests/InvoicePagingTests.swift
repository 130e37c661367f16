import Testing

@testable import BillingStore

@Suite struct InvoicePagingTests {
    @Test(arguments: InvoiceSortField.allCases, SortDirection.allCases)
    func walksDemoInvoicesInOrder(field: InvoiceSortField, direction: SortDirection) async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let acme = try await temp.accountID("Acme Corp")
        let sort = InvoiceSort(field: field, direction: direction)
        var seen: [Invoice] = []
        var after: String?
        repeat {
            let page = try await temp.store.invoices(accountID: acme, sort: sort, first: 9, after: after)
            seen += page.items
            after = page.hasNextPage ? page.endCursor : nil
        } while after != nil
        let all = try await temp.store.invoices(accountID: acme, first: 1000).items
        #expect(seen.count == all.count && Set(seen.map(\.id)).count == all.count)
        let keys = seen.map {
            field == .amount
                ? String(format: "%015lld|%015lld", $0.totalMinor, $0.id) : "\($0.issuedOn)|\(String(format: "%015lld", $0.id))"
        }
        #expect(keys == (direction == .ascending ? keys.sorted() : keys.sorted().reversed()))
    }

    @Test func filtersByStatusAndDay() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let acme = try await temp.accountID("Acme Corp")
        let all = try await temp.store.invoices(accountID: acme, first: 1000).items
        for status in InvoiceStatus.allCases {
            let filter = InvoiceFilter(status: status)
            let page = try await temp.store.invoices(accountID: acme, filter: filter, first: 1000)
            #expect(page.items.map(\.id) == all.filter { $0.status == status }.map(\.id))
            #expect(try await temp.store.invoiceCount(accountID: acme, filter: filter) == page.items.count)
        }
        let day = try #require(CalendarDate(all[3].issuedOn))
        let onDay = try await temp.store.invoices(accountID: acme, filter: InvoiceFilter(on: day), first: 10).items
        #expect(onDay.map(\.id) == [all[3].id])
        #expect(try await temp.store.invoiceCount(accountID: acme, filter: InvoiceFilter(on: day.adding(days: 1))) == 0)
    }
}
