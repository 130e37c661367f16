import BillingStore
import GraphQLEngine

extension Resolvers {
    static func bindPeople(into binding: inout SchemaBinding<RequestContext>) {
        binding.object("User", as: UserValue.self) { user in
            user.field("id") { GlobalID.encode("User", $0.id) }
            user.field("name") { $0.name }
            user.field("email") { $0.email }
            user.field("role") { $0.role }
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
            method.field("kind") { $0.kind }
            method.field("brand") { $0.brand }
            method.field("last4") { $0.last4 }
            method.field("expMonth") { $0.expMonth }
            method.field("expYear") { $0.expYear }
            method.field("holderName") { $0.holderName }
            method.field("isDefault") { $0.isDefault }
            method.field("isOneTime") { $0.isOneTime }
            method.field("createdAt") { $0.createdAt }
        }
        binding.object("AuditEvent", as: AuditEvent.self) { event in
            event.field("id") { GlobalID.encode("AuditEvent", $0.id) }
            event.field("at") { $0.at }
            event.batch("actor") { events, info async throws -> [UserValue?] in
                let users = try await info.context.loadUsers(events.compactMap(\.actorUserID))
                return events.map { event in event.actorUserID.flatMap { users[$0] }.map(UserValue.init) }
            }
            event.field("action") { $0.action }
            event.field("summary") { $0.summary }
        }
        bindConnection("AuditEvent", of: AuditEvent.self, hasTotalCount: false, into: &binding)
    }

    static func bindValues(into binding: inout SchemaBinding<RequestContext>) {
        binding.object("Money", as: Money.self) { money in
            money.field("amount") { $0.amount }
            money.field("currencyCode") { $0.currencyCode }
            money.field("formatted") { $0.formatted }
        }
        binding.object("Address", as: Address.self) { address in
            address.field("line1") { $0.line1 }
            address.field("line2") { $0.line2 }
            address.field("city") { $0.city }
            address.field("region") { $0.region }
            address.field("postalCode") { $0.postalCode }
            address.field("country") { $0.country }
        }
        binding.object("PageInfo", as: PageInfoValue.self) { info in
            info.field("hasNextPage") { $0.hasNextPage }
            info.field("hasPreviousPage") { $0.hasPreviousPage }
            info.field("startCursor") { $0.startCursor }
            info.field("endCursor") { $0.endCursor }
        }
    }
}
