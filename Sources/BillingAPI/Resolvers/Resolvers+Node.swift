import BillingStore
import GraphQLEngine

extension Resolvers {
    /// The object a global id names, when the viewer may see it; nil for malformed ids and other tenants' objects.
    ///
    /// Beyond tenancy, an object whose only way in is an `@auth` field of `Account` (payment methods behind
    /// `Account.paymentMethods`) keeps that field's roles here too, so `node` is no way around them.
    static func node(_ id: String, info: ResolveInfo<RequestContext>) async throws -> NodeValue? {
        guard let (typeName, rowID) = GlobalID.decode(id) else { return nil }
        let context = info.context
        let found: (node: NodeValue, accountID: Int64?)?
        switch typeName {
        case "Account":
            found = try await context.loadAccounts([rowID])[rowID].map { (.account($0), $0.id) }
        case "User":
            guard let user = try await context.loadUsers([rowID])[rowID], try await canSee(user: user, context: context) else {
                return nil
            }
            found = (.user(UserValue(user)), nil)
        case "Order":
            found = try await context.loadOrders([rowID])[rowID].map { (.order($0), $0.accountID) }
        case "Invoice":
            found = try await context.loadInvoices([rowID])[rowID].map { (.invoice($0), $0.accountID) }
        case "Product":
            found = try await context.loadProducts([rowID])[rowID].map { (.product($0), nil) }
        case "PurchasedProduct":
            found = try await context.store.purchasedProducts(ids: [rowID])[rowID].map { (.purchasedProduct($0), $0.accountID) }
        case "PaymentMethod":
            found = try await context.loadPaymentMethods([rowID])[rowID].map { (.paymentMethod($0), $0.accountID) }
        case "AuditEvent":
            found = try await context.store.auditEvents(ids: [rowID])[rowID].map { (.auditEvent($0), $0.accountID) }
        default:
            return nil
        }
        guard let found else { return nil }
        if let accountID = found.accountID, !(try await context.canSee(accountID: accountID)) { return nil }
        if let denied = context.service.policy.checkNode(typeName: typeName, context: context) { throw denied }
        return found.node
    }

    /// Users are visible to themselves, within the accounts the viewer may see, and staff to staff and to the
    /// customers whose account they manage.
    static func canSee(user: User, context: RequestContext) async throws -> Bool {
        guard let viewer = context.viewer else { return false }
        if user.id == viewer.userID { return true }
        if let accountID = user.accountID { return try await context.canSee(accountID: accountID) }
        if viewer.role.isStaff { return true }
        guard let accountID = viewer.accountID else { return false }
        return try await context.store.csm(accountIDs: [accountID])[accountID]?.id == user.id
    }
}
