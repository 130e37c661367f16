/// The in-memory billing data both engines resolve the dashboard query over.
///
/// Values are plain `Sendable` structs with every string precomputed, so resolvers on either side
/// do the same trivial work and the measurement is the engine's, not the data's.

/// An amount of money as the API shows it.
public struct Money: Sendable {
    /// Decimal string in major units, e.g. "1234.50".
    public let amount: String
    public let currencyCode: String
    /// Human form, e.g. "$1,234.50".
    public let formatted: String
    /// Integer minor units, kept for sorting by amount.
    public let minorUnits: Int

    public init(minorUnits: Int, currencyCode: String = "USD") {
        self.minorUnits = minorUnits
        self.currencyCode = currencyCode
        self.amount = MoneyFormat.decimal(minorUnits)
        self.formatted = MoneyFormat.human(minorUnits)
    }
}

/// A postal address.
public struct Address: Sendable {
    public let line1: String
    public let line2: String?
    public let city: String
    public let region: String?
    public let postalCode: String
    public let country: String
}

/// The `Role` enum of the contract.
public enum Role: String, Sendable {
    case member = "MEMBER"
    case billingAdmin = "BILLING_ADMIN"
    case customerSuccess = "CUSTOMER_SUCCESS"
    case support = "SUPPORT"
}

/// A person who can sign in.
public struct User: Sendable {
    public let id: String
    public let name: String
    public let email: String
    public let role: Role
    public let canAccessBillingPortal: Bool
}

/// The `ProductKind` enum of the contract.
public enum ProductKind: String, Sendable {
    case license = "LICENSE"
    case dialerMinutes = "DIALER_MINUTES"
    case service = "SERVICE"
}

/// Something the catalog sells.
public struct Product: Sendable {
    public let id: String
    public let sku: String
    public let name: String
    public let kind: ProductKind
    public let unitPrice: Money
}

/// One line of an order or an invoice.
public struct LineItem: Sendable {
    public let product: Product
    public let description: String
    public let quantity: Int
    public let unitPrice: Money
    public let total: Money
}
