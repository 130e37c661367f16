import BillingStore
import GraphQLEngine

extension Resolvers {
    static func bindInvoices(into binding: inout SchemaBinding<RequestContext>) {
        binding.object("Invoice", as: Invoice.self) { invoice in
            invoice.field("id") { GlobalID.encode("Invoice", $0.id) }
            invoice.field("number", \.number)
            invoice.field("issuedOn", \.issuedOn)
            invoice.field("dueOn", \.dueOn)
            invoice.field("paidOn", \.paidOn)
            invoice.field("status", \.status)
            invoice.field("total") { Money(minor: $0.totalMinor, currencyCode: $0.currencyCode) }
            invoice.field("amountDue") { Money(minor: $0.amountDueMinor, currencyCode: $0.currencyCode) }
            invoice.batch("lineItems") { invoices, info async throws -> [[LineItemValue]] in
                let items = try await info.context.store.lineItems(forInvoiceIDs: invoices.map(\.id))
                return invoices.map { invoice in
                    (items[invoice.id] ?? []).map { LineItemValue(item: $0, currencyCode: invoice.currencyCode) }
                }
            }
            invoice.batch("order") { invoices, info async throws -> [Order?] in
                let orders = try await info.context.loadOrders(invoices.compactMap(\.orderID))
                return invoices.map { invoice in invoice.orderID.flatMap { orders[$0] } }
            }
            invoice.field("isHistorical", \.isHistorical)
            invoice.batch("downloadUrl") { invoices, info async throws -> [String?] in
                let current = invoices.filter { !$0.isHistorical }.map(\.id)
                guard !current.isEmpty else { return invoices.map { _ in nil } }
                let urls = try await info.context.service.downloadURLs(invoiceIDs: current)
                return invoices.map { $0.isHistorical ? nil : urls[$0.id] }
            }
        }
        bindConnection("Invoice", of: Invoice.self, hasTotalCount: true, into: &binding)
    }

    /// One page of invoices per account, with the count when the query selects `totalCount`.
    static func invoiceConnections(of accounts: [Account], info: ResolveInfo<RequestContext>) async throws -> [Connection<Invoice>] {
        let first = try pageSize(info)
        let after = info.arguments.string("after")
        var filterArgument = InvoiceFilter()
        if let given = info.arguments["filter"] {
            filterArgument.on = date(given["on"])
            filterArgument.from = date(given["from"])
            filterArgument.to = date(given["to"])
            filterArgument.status = string(given["status"]).flatMap(InvoiceStatus.init(rawValue:))
        }
        var sortArgument = InvoiceSort()
        if let given = info.arguments["sort"] {
            sortArgument.field = string(given["field"]).flatMap(InvoiceSortField.init(rawValue:)) ?? .issuedOn
            sortArgument.direction = string(given["direction"]).flatMap(SortDirection.init(rawValue:)) ?? .descending
        }
        let counts = info.selects("totalCount")
        let (filter, sort) = (filterArgument, sortArgument)
        let store = info.context.store
        return try await connections(
            of: accounts, counting: counts, remembering: info.context.invoices, id: \.id,
            pages: { try await store.invoices(accountIDs: $0, filter: filter, sort: sort, first: first, after: after) },
            totals: { try await store.invoiceCounts(accountIDs: $0, filter: filter) })
    }
}
