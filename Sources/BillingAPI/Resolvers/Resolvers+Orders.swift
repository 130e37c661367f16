import BillingStore
import GraphQLEngine

extension Resolvers {
    static func bindOrders(into binding: inout SchemaBinding<RequestContext>) {
        binding.object("Order", as: Order.self) { order in
            order.field("id") { GlobalID.encode("Order", $0.id) }
            order.field("number", \.number)
            order.field("orderDate", \.orderDate)
            order.field("status", \.status)
            order.field("total") { Money(minor: $0.totalMinor, currencyCode: $0.currencyCode) }
            order.batch("lineItems") { orders, info async throws -> [[LineItemValue]] in
                let items = try await info.context.store.lineItems(forOrderIDs: orders.map(\.id))
                return orders.map { order in
                    (items[order.id] ?? []).map { LineItemValue(item: $0, currencyCode: order.currencyCode) }
                }
            }
            order.batch("invoice") { orders, info async throws -> [Invoice?] in
                let invoices = try await info.context.store.invoices(forOrderIDs: orders.map(\.id))
                info.context.invoices.remember(invoices.values, id: \.id)
                return orders.map { invoices[$0.id] }
            }
            order.batch("paymentMethod") { orders, info async throws -> [PaymentMethod?] in
                let methods = try await info.context.loadPaymentMethods(orders.compactMap(\.paymentMethodID))
                return orders.map { order in order.paymentMethodID.flatMap { methods[$0] } }
            }
            order.batch("placedBy") { orders, info async throws -> [UserValue?] in
                let users = try await info.context.loadUsers(orders.compactMap(\.placedByUserID))
                return orders.map { order in order.placedByUserID.flatMap { users[$0] }.map(UserValue.init) }
            }
        }
        bindConnection("Order", of: Order.self, hasTotalCount: true, into: &binding)
        binding.object("LineItem", as: LineItemValue.self) { line in
            line.batch("product") { lines, info async throws -> [Product] in
                let products = try await info.context.loadProducts(lines.map(\.item.productID))
                return try lines.map { line in
                    guard let product = products[line.item.productID] else {
                        throw GraphQLError.internalError("Product \(line.item.productID) of a line item is missing.")
                    }
                    return product
                }
            }
            line.field("description") { $0.item.description }
            line.field("quantity") { $0.item.quantity }
            line.field("unitPrice") { Money(minor: $0.item.unitPriceMinor, currencyCode: $0.currencyCode) }
            line.field("total") { Money(minor: $0.item.totalMinor, currencyCode: $0.currencyCode) }
        }
    }

    /// One page of orders per account, with the count when the query selects `totalCount`.
    static func orderConnections(of accounts: [Account], info: ResolveInfo<RequestContext>) async throws -> [Connection<Order>] {
        let first = try pageSize(info)
        let after = info.arguments.string("after")
        var filterArgument = OrderFilter()
        if let given = info.arguments["filter"] {
            filterArgument.on = date(given["on"])
            filterArgument.from = date(given["from"])
            filterArgument.to = date(given["to"])
            filterArgument.status = string(given["status"]).flatMap(OrderStatus.init(rawValue:))
        }
        var sortArgument = OrderSort()
        if let given = info.arguments["sort"] {
            sortArgument.field = string(given["field"]).flatMap(OrderSortField.init(rawValue:)) ?? .orderDate
            sortArgument.direction = string(given["direction"]).flatMap(SortDirection.init(rawValue:)) ?? .descending
        }
        let counts = info.selects("totalCount")
        let (filter, sort) = (filterArgument, sortArgument)
        let store = info.context.store
        return try await connections(
            of: accounts, counting: counts, remembering: info.context.orders, id: \.id,
            pages: { try await store.orders(accountIDs: $0, filter: filter, sort: sort, first: first, after: after) },
            totals: { try await store.orderCounts(accountIDs: $0, filter: filter) })
    }
}
