import BillingStore

/// The store calls one dashboard request makes, in the order its resolvers make them, without the engine.
///
/// It mirrors `Resolvers` for a Billing Admin's dashboard (`first: 50` orders and invoices): timed against the whole
/// request, the difference is what the engine, the API's values and the JSON cost. `ReadPath` checks that it runs as
/// many SQL statements as the request does, so it cannot drift from the resolvers unnoticed.
struct DashboardLoads: Sendable {
    let store: BillingStore
    let token: String
    let accountID: Int64
    let pageSize: Int

    /// Runs every load and returns how many rows came back, for `blackHole`.
    func run() async throws -> Int {
        var rows = 0
        _ = try await store.user(forToken: token)
        rows += try await store.accounts(ids: [accountID]).count
        rows += try await store.billingAdmins(accountIDs: [accountID]).count
        rows += try await store.csm(accountIDs: [accountID]).count
        rows += try await store.paymentMethods(accountIDs: [accountID]).count
        var knownProducts: Set<Int64> = []
        async let orderPage = store.orders(
            accountID: accountID, filter: OrderFilter(), sort: OrderSort(field: .orderDate, direction: .descending), first: pageSize)
        async let orderCount = store.orderCount(accountID: accountID, filter: OrderFilter())
        let orders = try await orderPage
        rows += try await orderCount
        let orderLines = try await store.lineItems(forOrderIDs: orders.items.map(\.id))
        rows += try await products(orderLines.values.flatMap { $0 }.map(\.productID), known: &knownProducts)
        async let invoicePage = store.invoices(
            accountID: accountID, filter: InvoiceFilter(), sort: InvoiceSort(field: .issuedOn, direction: .descending),
            first: pageSize)
        async let invoiceCount = store.invoiceCount(accountID: accountID, filter: InvoiceFilter())
        let invoices = try await invoicePage
        rows += try await invoiceCount
        let invoiceLines = try await store.lineItems(forInvoiceIDs: invoices.items.map(\.id))
        rows += try await products(invoiceLines.values.flatMap { $0 }.map(\.productID), known: &knownProducts)
        let purchases = try await store.purchasedProducts(accountIDs: [accountID])
        rows += try await products(purchases.values.flatMap { $0 }.map(\.productID), known: &knownProducts)
        rows += try await store.dialerBalance(accountIDs: [accountID]).count
        return rows
    }

    /// Loads the products not loaded yet, as the request's product cache does.
    private func products(_ ids: [Int64], known: inout Set<Int64>) async throws -> Int {
        let missing = Set(ids).subtracting(known)
        guard !missing.isEmpty else { return 0 }
        known.formUnion(missing)
        return try await store.products(ids: Array(missing)).count
    }
}
