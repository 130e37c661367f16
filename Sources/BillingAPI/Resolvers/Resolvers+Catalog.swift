import BillingStore
import GraphQLEngine

extension Resolvers {
    static func bindCatalog(into binding: inout SchemaBinding<RequestContext>) {
        binding.object("Product", as: Product.self) { product in
            product.field("id") { GlobalID.encode("Product", $0.id) }
            product.field("sku", \.sku)
            product.field("name", \.name)
            product.field("kind", \.kind)
            product.field("unitPrice") { Money(minor: $0.unitPriceMinor, currencyCode: $0.currencyCode) }
        }
        binding.object("PurchasedProduct", as: PurchasedProduct.self) { purchase in
            purchase.field("id") { GlobalID.encode("PurchasedProduct", $0.id) }
            purchase.batch("product") { purchases, info async throws -> [Product] in
                let products = try await info.context.loadProducts(purchases.map(\.productID))
                return try purchases.map { purchase in
                    guard let product = products[purchase.productID] else {
                        throw GraphQLError.internalError("Product \(purchase.productID) of a purchase is missing.")
                    }
                    return product
                }
            }
            purchase.field("quantity", \.quantity)
            purchase.field("startsOn", \.startsOn)
            purchase.field("endsOn", \.endsOn)
            purchase.field("status") { purchase, info in purchase.status(on: CalendarDate(utcDayOf: info.context.service.options.now())) }
        }
        binding.object("DialerMinutes", as: DialerMinutesValue.self) { minutes in
            minutes.batch("balanceMinutes") { values, info async throws -> [Int] in
                let live = values.filter { $0.balanceMinutes == nil }.map(\.accountID)
                let balances = try await info.context.store.dialerBalance(accountIDs: live)
                return values.map { $0.balanceMinutes ?? balances[$0.accountID] ?? 0 }
            }
            minutes.batch("credits") { values, info async throws -> [[DialerMinuteEntry]] in
                let first = try pageSize(info)
                let credits = try await info.context.store.dialerCredits(accountIDs: values.map(\.accountID), first: first)
                return values.map { credits[$0.accountID] ?? [] }
            }
        }
        binding.object("DialerMinutesCredit", as: DialerMinuteEntry.self) { credit in
            credit.field("minutes", \.minutes)
            credit.field("creditedAt", \.creditedAt)
            credit.batch("order") { credits, info async throws -> [Order?] in
                let orders = try await info.context.loadOrders(credits.compactMap(\.orderID))
                return credits.map { credit in credit.orderID.flatMap { orders[$0] } }
            }
        }
    }
}
