import BillingStore
import GraphQLEngine

// Placeholder bindings for the mutations other than login/logout, so `bind()` succeeds before they land.
// The mutations engineer replaces this whole file with their own `bindMutations(into:)`.

/// Binds the billing mutations and their payload types; here, each answers NOT_IMPLEMENTED.
func bindMutations(into binding: inout SchemaBinding<RequestContext>) {
    let pending = [
        "updateAccount", "addPaymentMethod", "setDefaultPaymentMethod", "removePaymentMethod", "addDialerMinutesCredit",
        "addLicenses", "changeLicenseQuantity", "setBillingAdmin",
    ]
    binding.object("Mutation", as: Root.self) { mutation in
        for name in pending {
            mutation.field(name) { _, _ throws -> PendingPayload in
                throw GraphQLError("Not implemented yet", extensions: [(key: "code", value: .string("NOT_IMPLEMENTED"))])
            }
        }
    }
    let payloads: [String: [String]] = [
        "UpdateAccountPayload": ["account"], "PaymentMethodPayload": ["paymentMethod"],
        "RemovePaymentMethodPayload": [], "DialerMinutesCreditPayload": ["dialerMinutes", "order"],
        "LicensePayload": ["purchasedProduct", "order"], "SetBillingAdminPayload": ["account", "user"],
    ]
    for (typeName, objectFields) in payloads {
        binding.object(typeName, as: PendingPayload.self) { payload in
            payload.field("userErrors") { _ in [UserErrorValue]() }
            for name in objectFields {
                switch name {
                case "account": payload.field(name) { _ -> Account? in nil }
                case "paymentMethod": payload.field(name) { _ -> PaymentMethod? in nil }
                case "dialerMinutes": payload.field(name) { _ -> DialerMinutesValue? in nil }
                case "order": payload.field(name) { _ -> Order? in nil }
                case "purchasedProduct": payload.field(name) { _ -> PurchasedProduct? in nil }
                default: payload.field(name) { _ -> UserValue? in nil }
                }
            }
            if typeName == "RemovePaymentMethodPayload" { payload.field("removedPaymentMethodId") { _ -> String? in nil } }
        }
    }
}

/// The value no pending mutation ever returns.
struct PendingPayload: GraphQLObjectValue {}
