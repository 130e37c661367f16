import BillingStore
import GraphQLEngine

extension Resolvers {
    static func bindAccount(into binding: inout SchemaBinding<RequestContext>) {
        binding.object("Account", as: Account.self) { account in
            account.field("id") { GlobalID.encode("Account", $0.id) }
            account.field("name", \.name)
            account.field("currencyCode", \.currencyCode)
            account.field("phone", \.phone)
            account.field("email", \.email)
            account.field("billingAddress") { $0.billingAddress }
            account.batch("billingAdmins") { accounts, info async throws -> [[UserValue]] in
                let admins = try await info.context.store.billingAdmins(accountIDs: accounts.map(\.id))
                return accounts.map { (admins[$0.id] ?? []).map(UserValue.init) }
            }
            account.batch("customerSuccessManager") { accounts, info async throws -> [UserValue?] in
                let managers = try await info.context.store.csm(accountIDs: accounts.map(\.id))
                return accounts.map { managers[$0.id].map(UserValue.init) }
            }
            account.batch("paymentMethods") { accounts, info async throws -> [[PaymentMethod]] in
                let methods = try await info.context.store.paymentMethods(accountIDs: accounts.map(\.id))
                return accounts.map { methods[$0.id] ?? [] }
            }
            account.batch("purchasedProducts") { accounts, info async throws -> [[PurchasedProduct]] in
                let products = try await info.context.store.purchasedProducts(accountIDs: accounts.map(\.id))
                return accounts.map { products[$0.id] ?? [] }
            }
            account.field("dialerMinutes") { DialerMinutesValue(accountID: $0.id) }
            account.batch("auditLog") { accounts, info async throws -> [Connection<AuditEvent>] in
                let first = try pageSize(info)
                let after = info.arguments.string("after")
                let pages = try await info.context.store.auditEvents(accountIDs: accounts.map(\.id), first: first, after: after)
                return accounts.map { Connection(pages[$0.id]!, totalCount: nil) }
            }
            account.batch("orders") { accounts, info async throws -> [Connection<Order>] in
                try await orderConnections(of: accounts, info: info)
            }
            account.batch("order") { accounts, info async throws -> [Order?] in
                guard let id = GlobalID.decode(info.arguments.string("id") ?? "", as: "Order") else { return accounts.map { _ in nil } }
                let order = try await info.context.loadOrders([id])[id]
                return accounts.map { account in order?.accountID == account.id ? order : nil }
            }
            account.batch("invoices") { accounts, info async throws -> [Connection<Invoice>] in
                try await invoiceConnections(of: accounts, info: info)
            }
            account.batch("invoice") { accounts, info async throws -> [Invoice?] in
                guard let id = GlobalID.decode(info.arguments.string("id") ?? "", as: "Invoice") else {
                    return accounts.map { _ in nil }
                }
                let invoice = try await info.context.loadInvoices([id])[id]
                return accounts.map { account in invoice?.accountID == account.id ? invoice : nil }
            }
        }
        bindConnection("Account", of: Account.self, hasTotalCount: true, into: &binding)
    }
}
