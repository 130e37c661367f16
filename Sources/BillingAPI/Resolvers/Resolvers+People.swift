import BillingStore
import GraphQLEngine

extension Resolvers {
    static func bindPeople(into binding: inout SchemaBinding<RequestContext>) {
        binding.object("User", as: UserValue.self) { user in
            user.field("id") { GlobalID.encode("User", $0.id) }
            user.field("name", \.name)
            user.field("email", \.email)
            user.field("role", \.role)
            user.batch("account") { users, info async throws -> [Account?] in
                let accounts = try await info.context.loadAccounts(users.compactMap(\.accountID))
                var visible: [Int64: Account] = [:]
                for (id, account) in accounts where try await info.context.canSee(accountID: id) { visible[id] = account }
                return users.map { user in user.accountID.flatMap { visible[$0] } }
            }
            // Billing Admins open the portal for their account; staff for the accounts they may see.
            user.field("canAccessBillingPortal") { $0.role != .member }
        }
        binding.object("PaymentMethod", as: PaymentMethod.self) { method in
            method.field("id") { GlobalID.encode("PaymentMethod", $0.id) }
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
        binding.object("AuditEvent", as: AuditEvent.self) { event in
            event.field("id") { GlobalID.encode("AuditEvent", $0.id) }
            event.field("at", \.at)
            event.batch("actor") { events, info async throws -> [UserValue?] in
                let users = try await info.context.loadUsers(events.compactMap(\.actorUserID))
                return events.map { event in event.actorUserID.flatMap { users[$0] }.map(UserValue.init) }
            }
            event.field("action", \.action)
            event.field("summary", \.summary)
        }
        bindConnection("AuditEvent", of: AuditEvent.self, hasTotalCount: false, into: &binding)
    }

    static func bindValues(into binding: inout SchemaBinding<RequestContext>) {
        binding.object("Money", as: Money.self) { money in
            money.field("amount") { $0.amount }
            money.field("currencyCode", \.currencyCode)
            money.field("formatted") { $0.formatted }
        }
        binding.object("Address", as: Address.self) { address in
            address.field("line1", \.line1)
            address.field("line2", \.line2)
            address.field("city", \.city)
            address.field("region", \.region)
            address.field("postalCode", \.postalCode)
            address.field("country", \.country)
        }
        binding.object("PageInfo", as: PageInfoValue.self) { info in
            info.field("hasNextPage", \.hasNextPage)
            info.field("hasPreviousPage", \.hasPreviousPage)
            info.field("startCursor", \.startCursor)
            info.field("endCursor", \.endCursor)
        }
    }
}
