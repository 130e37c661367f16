import BenchData
public import GraphQLEngine

extension Dataset: GraphQLObjectValue {}
extension User: GraphQLObjectValue {}
extension Account: GraphQLObjectValue {}
extension Address: GraphQLObjectValue {}
extension PaymentMethod: GraphQLObjectValue {}
extension Page: GraphQLObjectValue {}
extension PageInfo: GraphQLObjectValue {}
extension Order: GraphQLObjectValue {}
extension Invoice: GraphQLObjectValue {}
extension LineItem: GraphQLObjectValue {}
extension Money: GraphQLObjectValue {}
extension Product: GraphQLObjectValue {}
extension PurchasedProduct: GraphQLObjectValue {}
extension DialerMinutes: GraphQLObjectValue {}
extension Role: LeafValue {}
extension ProductKind: LeafValue {}
extension OrderStatus: LeafValue {}
extension InvoiceStatus: LeafValue {}
extension PaymentMethodKind: LeafValue {}
extension LicenseStatus: LeafValue {}

/// The Swift type of the contract's types that the in-memory data does not hold (mutation payloads, audit
/// events, edges, ...): no resolver makes one, so their fields are never reached.
struct Unserved: GraphQLObjectValue {}

/// What a field the benchmark data does not serve answers, were it asked.
struct UnservedField: Error, CustomStringConvertible {
    let description: String
}

/// Our engine's schema for the contract: the same fields bound as `TheirsSchema`, over the same data.
///
/// `SchemaBinding.bind()` wants every field of every object type bound, so each field is first bound to
/// a resolver that throws, then the served ones are bound for real.
enum OursBinding {
    static func make(schema: GraphQLSchema) throws -> ExecutableSchema<Dataset> {
        var binding = SchemaBinding<Dataset>(schema: schema)
        let served: [String: any GraphQLObjectValue.Type] = [
            "Query": Dataset.self, "User": User.self, "Account": Account.self, "Address": Address.self,
            "PaymentMethod": PaymentMethod.self, "OrderConnection": Page<Order>.self,
            "InvoiceConnection": Page<Invoice>.self, "PageInfo": PageInfo.self, "Order": Order.self,
            "Invoice": Invoice.self, "LineItem": LineItem.self, "Money": Money.self, "Product": Product.self,
            "PurchasedProduct": PurchasedProduct.self, "DialerMinutes": DialerMinutes.self,
        ]
        binding.abstract("Node", as: Unserved.self) { _ in preconditionFailure("the benchmark data has no Node values") }
        for case .object(let objectType) in schema.types where !objectType.name.hasPrefix("__") {
            let swiftType: any GraphQLObjectValue.Type = served[objectType.name] ?? Unserved.self
            bindThrowing(&binding, objectType, as: swiftType, served: served)
        }
        bindQuery(&binding)
        bindAccount(&binding)
        bindBilling(&binding)
        bindCatalog(&binding)
        return try binding.bind()
    }

    private static func bindThrowing<T: GraphQLObjectValue>(
        _ binding: inout SchemaBinding<Dataset>, _ objectType: GraphQLObjectType, as _: T.Type,
        served: [String: any GraphQLObjectValue.Type]
    ) {
        binding.object(objectType.name, as: T.self) { object in
            for field in objectType.fields {
                let named = field.type.namedType
                let error = UnservedField(description: "\(objectType.name).\(field.name) is not in the benchmark data")
                if named.isLeafType {
                    object.field(field.name) { (_: T, _: ResolveInfo<Dataset>) throws -> String in throw error }
                } else {
                    let childType: any GraphQLObjectValue.Type = served[named.name] ?? Unserved.self
                    throwingChild(&object, field.name, childType, error)
                }
            }
        }
    }

    private static func throwingChild<T, C: GraphQLObjectValue>(
        _ object: inout ObjectBinding<T, Dataset>, _ name: String, _: C.Type, _ error: UnservedField
    ) {
        object.field(name) { (_: T, _: ResolveInfo<Dataset>) throws -> C? in throw error }
    }

    private static func bindQuery(_ binding: inout SchemaBinding<Dataset>) {
        binding.object("Query", as: Dataset.self) { query in
            query.field("viewer", \.viewer)
            query.field("account") { (data: Dataset, info: ResolveInfo<Dataset>) -> Account? in
                let id = info.arguments.string("id")
                return id == nil || id == data.account.id ? data.account : nil
            }
            query.field("products") { (data: Dataset, info: ResolveInfo<Dataset>) -> [Product] in
                guard let kind = info.arguments.string("kind") else { return data.products }
                return data.products.filter { $0.kind.rawValue == kind }
            }
        }
        binding.object("User", as: User.self) { user in
            user.field("id", \.id)
            user.field("name", \.name)
            user.field("email", \.email)
            user.field("role", \.role)
            user.field("canAccessBillingPortal", \.canAccessBillingPortal)
        }
    }

    private static func bindAccount(_ binding: inout SchemaBinding<Dataset>) {
        binding.object("Account", as: Account.self) { account in
            account.field("id", \.id)
            account.field("name", \.name)
            account.field("phone", \.phone)
            account.field("email", \.email)
            account.field("billingAddress", \.billingAddress)
            account.field("billingAdmins", \.billingAdmins)
            account.field("customerSuccessManager", \.customerSuccessManager)
            account.field("paymentMethods", \.paymentMethods)
            account.field("orders") { (account: Account, info: ResolveInfo<Dataset>) -> Page<Order> in
                account.ordersPage(pageRequest(info.arguments))
            }
            account.field("invoices") { (account: Account, info: ResolveInfo<Dataset>) -> Page<Invoice> in
                account.invoicesPage(pageRequest(info.arguments))
            }
            account.field("purchasedProducts", \.purchasedProducts)
            account.field("dialerMinutes", \.dialerMinutes)
        }
        binding.object("Address", as: Address.self) { address in
            address.field("line1", \.line1)
            address.field("line2", \.line2)
            address.field("city", \.city)
            address.field("region", \.region)
            address.field("postalCode", \.postalCode)
            address.field("country", \.country)
        }
        binding.object("PaymentMethod", as: PaymentMethod.self) { method in
            method.field("id", \.id)
            method.field("kind", \.kind)
            method.field("brand", \.brand)
            method.field("last4", \.last4)
            method.field("expMonth", \.expMonth)
            method.field("expYear", \.expYear)
            method.field("holderName", \.holderName)
            method.field("isDefault", \.isDefault)
            method.field("isOneTime", \.isOneTime)
            method.field("createdAt", \.createdAt)
        }
        binding.object("DialerMinutes", as: DialerMinutes.self) { minutes in
            minutes.field("balanceMinutes", \.balanceMinutes)
        }
    }

    private static func bindBilling(_ binding: inout SchemaBinding<Dataset>) {
        bindConnection(&binding, "OrderConnection", Order.self)
        bindConnection(&binding, "InvoiceConnection", Invoice.self)
        binding.object("PageInfo", as: PageInfo.self) { info in
            info.field("hasNextPage", \.hasNextPage)
            info.field("hasPreviousPage", \.hasPreviousPage)
            info.field("startCursor", \.startCursor)
            info.field("endCursor", \.endCursor)
        }
        binding.object("Order", as: Order.self) { order in
            order.field("id", \.id)
            order.field("number", \.number)
            order.field("orderDate", \.orderDate)
            order.field("status", \.status)
            order.field("total", \.total)
            order.field("lineItems", \.lineItems)
        }
        binding.object("Invoice", as: Invoice.self) { invoice in
            invoice.field("id", \.id)
            invoice.field("number", \.number)
            invoice.field("issuedOn", \.issuedOn)
            invoice.field("dueOn", \.dueOn)
            invoice.field("status", \.status)
            invoice.field("total", \.total)
            invoice.field("amountDue", \.amountDue)
            invoice.field("lineItems", \.lineItems)
            invoice.field("isHistorical", \.isHistorical)
            invoice.field("downloadUrl", \.downloadUrl)
        }
    }

    private static func bindConnection<Node: GraphQLObjectValue>(
        _ binding: inout SchemaBinding<Dataset>, _ typeName: String, _: Node.Type
    ) {
        binding.object(typeName, as: Page<Node>.self) { page in
            page.field("totalCount", \.totalCount)
            page.field("nodes", \.nodes)
            page.field("pageInfo") { PageInfo($0) }
        }
    }

    private static func bindCatalog(_ binding: inout SchemaBinding<Dataset>) {
        binding.object("LineItem", as: LineItem.self) { item in
            item.field("product", \.product)
            item.field("description", \.description)
            item.field("quantity", \.quantity)
            item.field("unitPrice", \.unitPrice)
            item.field("total", \.total)
        }
        binding.object("Money", as: Money.self) { money in
            money.field("amount", \.amount)
            money.field("currencyCode", \.currencyCode)
            money.field("formatted", \.formatted)
        }
        binding.object("Product", as: Product.self) { product in
            product.field("id", \.id)
            product.field("sku", \.sku)
            product.field("name", \.name)
            product.field("kind", \.kind)
            product.field("unitPrice", \.unitPrice)
        }
        binding.object("PurchasedProduct", as: PurchasedProduct.self) { purchase in
            purchase.field("id", \.id)
            purchase.field("product", \.product)
            purchase.field("quantity", \.quantity)
            purchase.field("startsOn", \.startsOn)
            purchase.field("endsOn", \.endsOn)
            purchase.field("status", \.status)
        }
    }

    /// Reads `first`, `after`, `filter` and `sort` the way the contract defines them.
    private static func pageRequest(_ arguments: ArgumentValues) -> PageRequest {
        var request = PageRequest(first: arguments.int("first") ?? 20, after: arguments.string("after"))
        let filter = arguments["filter"]
        request.from = string(filter?["from"]) ?? string(filter?["on"])
        request.to = string(filter?["to"]) ?? string(filter?["on"])
        let sort = arguments["sort"]
        request.sortByAmount = string(sort?["field"]) == "AMOUNT"
        request.descending = string(sort?["direction"]) != "ASC"
        return request
    }

    private static func string(_ value: JSONValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }
}
