public import BillingStore
import Synchronization

/// What every resolver of one request knows: who asks, the store, and the rows already loaded.
///
/// One per request; its caches die with it, so nothing a request loads is shown to another.
public final class RequestContext: Sendable {
    /// The signed-in user; nil for an anonymous request (only `login` works).
    public let viewer: Viewer?
    public let store: BillingStore
    /// The bearer token the request came with, for `logout`.
    public let token: String?
    /// The request's id, for logs.
    public let requestID: String
    let service: BillingService

    let accounts = MemoCache<Account>()
    let users = MemoCache<User>()
    let products = MemoCache<Product>()
    let orders = MemoCache<Order>()
    let invoices = MemoCache<Invoice>()
    let paymentMethods = MemoCache<PaymentMethod>()
    private let managedAccountIDs = Mutex<Set<Int64>?>(nil)
    /// The sentence naming the viewer's Billing Admins and CSM, added to FORBIDDEN messages (customers only).
    let contactsSentence = Mutex<String?>(nil)

    init(service: BillingService, viewer: Viewer?, token: String?, requestID: String) {
        self.service = service
        self.store = service.store
        self.viewer = viewer
        self.token = token
        self.requestID = requestID
    }

    /// Tenancy: true when the viewer may see objects of `accountID` (their own; a CSM's managed ones; any for SUPPORT).
    func canSee(accountID: Int64) async throws -> Bool {
        guard let viewer else { return false }
        switch viewer.role {
        case .support: return true
        case .member, .billingAdmin: return viewer.accountID == accountID
        case .customerSuccess: return try await managedAccounts().contains(accountID)
        }
    }

    /// The accounts a CSM viewer manages, loaded once per request.
    func managedAccounts() async throws -> Set<Int64> {
        if let known = managedAccountIDs.withLock({ $0 }) { return known }
        guard let viewer, viewer.role == .customerSuccess else { return [] }
        let ids = Set(try await store.managedAccountIDs(userID: viewer.userID))
        managedAccountIDs.withLock { $0 = ids }
        return ids
    }

    /// The accounts by id, from this request's cache or the store.
    func loadAccounts(_ ids: some Sequence<Int64>) async throws -> [Int64: Account] {
        try await accounts.values(for: ids) { try await store.accounts(ids: $0) }
    }

    func loadUsers(_ ids: some Sequence<Int64>) async throws -> [Int64: User] {
        try await users.values(for: ids) { try await store.users(ids: $0) }
    }

    func loadProducts(_ ids: some Sequence<Int64>) async throws -> [Int64: Product] {
        try await products.values(for: ids) { try await store.products(ids: $0) }
    }

    func loadOrders(_ ids: some Sequence<Int64>) async throws -> [Int64: Order] {
        try await orders.values(for: ids) { try await store.orders(ids: $0) }
    }

    func loadInvoices(_ ids: some Sequence<Int64>) async throws -> [Int64: Invoice] {
        try await invoices.values(for: ids) { try await store.invoices(ids: $0) }
    }

    func loadPaymentMethods(_ ids: some Sequence<Int64>) async throws -> [Int64: PaymentMethod] {
        try await paymentMethods.values(for: ids) { try await store.paymentMethods(ids: $0) }
    }
}
