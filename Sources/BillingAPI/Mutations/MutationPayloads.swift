import BillingStore
import GraphQLEngine

/// The result of `updateAccount`.
struct UpdateAccountPayloadValue: GraphQLObjectValue {
    var account: Account?
    var userErrors: [UserErrorValue]
}

/// The result of `addPaymentMethod` and `setDefaultPaymentMethod`.
struct PaymentMethodPayloadValue: GraphQLObjectValue {
    var paymentMethod: PaymentMethod?
    var userErrors: [UserErrorValue]
}

/// The result of `removePaymentMethod`.
struct RemovePaymentMethodPayloadValue: GraphQLObjectValue {
    /// The global id of the method removed.
    var removedPaymentMethodID: String?
    var userErrors: [UserErrorValue]
}

/// The result of `addDialerMinutesCredit`.
struct DialerMinutesCreditPayloadValue: GraphQLObjectValue {
    var dialerMinutes: DialerMinutesValue?
    var order: Order?
    var userErrors: [UserErrorValue]
}

/// The result of `addLicenses` and `changeLicenseQuantity`.
struct LicensePayloadValue: GraphQLObjectValue {
    var purchasedProduct: PurchasedProduct?
    var order: Order?
    var userErrors: [UserErrorValue]
}

/// The result of `setBillingAdmin`.
struct SetBillingAdminPayloadValue: GraphQLObjectValue {
    var account: Account?
    var user: UserValue?
    var userErrors: [UserErrorValue]
}
