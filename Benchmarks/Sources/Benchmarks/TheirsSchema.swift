import BenchData
import GraphQL

/// GraphQLSwift 4.3.0's schema for the contract: built from the SDL by its own `buildSchema`, then
/// given a typed resolver for every field the in-memory data serves.
///
/// `buildSchema` leaves every field on the default resolver, which looks values up with `Mirror`;
/// explicit closures are what a careful GraphQLSwift user writes, and the fairer comparison.
enum TheirsSchema {
    static func make(sdl: String) throws -> GraphQLSchema {
        let schema = try buildSchema(source: sdl)
        let table = resolvers()
        for (typeName, fieldResolvers) in table {
            guard let type = schema.typeMap[typeName] as? GraphQLObjectType else {
                throw BenchFailure("GraphQLSwift schema has no object type \(typeName)")
            }
            let fields = try type.fields()
            for (fieldName, resolve) in fieldResolvers {
                guard let field = fields[fieldName] else {
                    throw BenchFailure("GraphQLSwift schema has no field \(typeName).\(fieldName)")
                }
                field.resolve = resolve
            }
            // The type rebuilds its fields from the AST on each call; pin the resolved ones.
            type.fields = { fields }
        }
        return schema
    }

    /// Casts the parent to its model type once per field, as a hand-bound GraphQLSwift schema does.
    private static func on<Parent: Sendable>(
        _: Parent.Type,
        _ body: @escaping @Sendable (Parent, Map) throws -> (any Sendable)?
    ) -> GraphQLFieldResolve {
        { source, args, _, _ in try body(source as! Parent, args) }
    }

    private static func resolvers() -> [String: [String: GraphQLFieldResolve]] {
        [
            "Query": [
                "viewer": on(Dataset.self) { data, _ in data.viewer },
                "account": on(Dataset.self) { data, args in
                    let id = args["id"].string
                    return id == nil || id == data.account.id ? data.account : nil
                },
                "products": on(Dataset.self) { data, args in
                    guard let kind = args["kind"].string else { return data.products }
                    return data.products.filter { $0.kind.rawValue == kind }
                },
            ],
            "User": [
                "id": on(User.self) { user, _ in user.id },
                "name": on(User.self) { user, _ in user.name },
                "email": on(User.self) { user, _ in user.email },
                "role": on(User.self) { user, _ in user.role.rawValue },
                "canAccessBillingPortal": on(User.self) { user, _ in user.canAccessBillingPortal },
            ],
            "Account": accountResolvers(),
            "Address": [
                "line1": on(Address.self) { address, _ in address.line1 },
                "line2": on(Address.self) { address, _ in address.line2 },
                "city": on(Address.self) { address, _ in address.city },
                "region": on(Address.self) { address, _ in address.region },
                "postalCode": on(Address.self) { address, _ in address.postalCode },
                "country": on(Address.self) { address, _ in address.country },
            ],
            "PaymentMethod": [
                "id": on(PaymentMethod.self) { method, _ in method.id },
                "kind": on(PaymentMethod.self) { method, _ in method.kind.rawValue },
                "brand": on(PaymentMethod.self) { method, _ in method.brand },
                "last4": on(PaymentMethod.self) { method, _ in method.last4 },
                "expMonth": on(PaymentMethod.self) { method, _ in method.expMonth },
                "expYear": on(PaymentMethod.self) { method, _ in method.expYear },
                "holderName": on(PaymentMethod.self) { method, _ in method.holderName },
                "isDefault": on(PaymentMethod.self) { method, _ in method.isDefault },
                "isOneTime": on(PaymentMethod.self) { method, _ in method.isOneTime },
                "createdAt": on(PaymentMethod.self) { method, _ in method.createdAt },
            ],
            "OrderConnection": connectionResolvers(Order.self),
            "InvoiceConnection": connectionResolvers(Invoice.self),
            "PageInfo": [
                "hasNextPage": on(PageInfo.self) { info, _ in info.hasNextPage },
                "hasPreviousPage": on(PageInfo.self) { info, _ in info.hasPreviousPage },
                "startCursor": on(PageInfo.self) { info, _ in info.startCursor },
                "endCursor": on(PageInfo.self) { info, _ in info.endCursor },
            ],
            "Order": [
                "id": on(Order.self) { order, _ in order.id },
                "number": on(Order.self) { order, _ in order.number },
                "orderDate": on(Order.self) { order, _ in order.orderDate },
                "status": on(Order.self) { order, _ in order.status.rawValue },
                "total": on(Order.self) { order, _ in order.total },
                "lineItems": on(Order.self) { order, _ in order.lineItems },
            ],
            "Invoice": [
                "id": on(Invoice.self) { invoice, _ in invoice.id },
                "number": on(Invoice.self) { invoice, _ in invoice.number },
                "issuedOn": on(Invoice.self) { invoice, _ in invoice.issuedOn },
                "dueOn": on(Invoice.self) { invoice, _ in invoice.dueOn },
                "status": on(Invoice.self) { invoice, _ in invoice.status.rawValue },
                "total": on(Invoice.self) { invoice, _ in invoice.total },
                "amountDue": on(Invoice.self) { invoice, _ in invoice.amountDue },
                "lineItems": on(Invoice.self) { invoice, _ in invoice.lineItems },
                "isHistorical": on(Invoice.self) { invoice, _ in invoice.isHistorical },
                "downloadUrl": on(Invoice.self) { invoice, _ in invoice.downloadUrl },
            ],
            "LineItem": [
                "product": on(LineItem.self) { item, _ in item.product },
                "description": on(LineItem.self) { item, _ in item.description },
                "quantity": on(LineItem.self) { item, _ in item.quantity },
                "unitPrice": on(LineItem.self) { item, _ in item.unitPrice },
                "total": on(LineItem.self) { item, _ in item.total },
            ],
            "Money": [
                "amount": on(Money.self) { money, _ in money.amount },
                "currencyCode": on(Money.self) { money, _ in money.currencyCode },
                "formatted": on(Money.self) { money, _ in money.formatted },
            ],
            "Product": [
                "id": on(Product.self) { product, _ in product.id },
                "sku": on(Product.self) { product, _ in product.sku },
                "name": on(Product.self) { product, _ in product.name },
                "kind": on(Product.self) { product, _ in product.kind.rawValue },
                "unitPrice": on(Product.self) { product, _ in product.unitPrice },
            ],
            "PurchasedProduct": [
                "id": on(PurchasedProduct.self) { purchase, _ in purchase.id },
                "product": on(PurchasedProduct.self) { purchase, _ in purchase.product },
                "quantity": on(PurchasedProduct.self) { purchase, _ in purchase.quantity },
                "startsOn": on(PurchasedProduct.self) { purchase, _ in purchase.startsOn },
                "endsOn": on(PurchasedProduct.self) { purchase, _ in purchase.endsOn },
                "status": on(PurchasedProduct.self) { purchase, _ in purchase.status.rawValue },
            ],
            "DialerMinutes": [
                "balanceMinutes": on(DialerMinutes.self) { minutes, _ in minutes.balanceMinutes }
            ],
        ]
    }

    private static func accountResolvers() -> [String: GraphQLFieldResolve] {
        [
            "id": on(Account.self) { account, _ in account.id },
            "name": on(Account.self) { account, _ in account.name },
            "phone": on(Account.self) { account, _ in account.phone },
            "email": on(Account.self) { account, _ in account.email },
            "billingAddress": on(Account.self) { account, _ in account.billingAddress },
            "billingAdmins": on(Account.self) { account, _ in account.billingAdmins },
            "customerSuccessManager": on(Account.self) { account, _ in account.customerSuccessManager },
            "paymentMethods": on(Account.self) { account, _ in account.paymentMethods },
            "orders": on(Account.self) { account, args in
                account.ordersPage(pageRequest(args, amountField: "AMOUNT"))
            },
            "invoices": on(Account.self) { account, args in
                account.invoicesPage(pageRequest(args, amountField: "AMOUNT"))
            },
            "purchasedProducts": on(Account.self) { account, _ in account.purchasedProducts },
            "dialerMinutes": on(Account.self) { account, _ in account.dialerMinutes },
        ]
    }

    private static func connectionResolvers<Node: Sendable>(_: Node.Type) -> [String: GraphQLFieldResolve] {
        [
            "totalCount": on(Page<Node>.self) { page, _ in page.totalCount },
            "nodes": on(Page<Node>.self) { page, _ in page.nodes },
            "pageInfo": on(Page<Node>.self) { page, _ in PageInfo(page) },
        ]
    }

    /// Reads `first`, `after`, `filter` and `sort` the way the contract defines them.
    private static func pageRequest(_ args: Map, amountField: String) -> PageRequest {
        var request = PageRequest(first: args["first"].int ?? 20, after: args["after"].string)
        let filter = args["filter"]
        request.from = filter["from"].string ?? filter["on"].string
        request.to = filter["to"].string ?? filter["on"].string
        let sort = args["sort"]
        request.sortByAmount = sort["field"].string == amountField
        request.descending = sort["direction"].string != "ASC"
        return request
    }
}
