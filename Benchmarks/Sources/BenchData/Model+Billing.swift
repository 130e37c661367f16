/// The `OrderStatus` enum of the contract.
public enum OrderStatus: String, Sendable {
    case pending = "PENDING"
    case activated = "ACTIVATED"
}

/// A purchase.
public struct Order: Sendable {
    public let id: String
    public let number: String
    /// RFC 3339 calendar date; string order is date order.
    public let orderDate: String
    public let status: OrderStatus
    public let total: Money
    public let lineItems: [LineItem]
}

/// The `InvoiceStatus` enum of the contract.
public enum InvoiceStatus: String, Sendable {
    case open = "OPEN"
    case paid = "PAID"
    case void = "VOID"
}

/// A bill, current or imported from the old system.
public struct Invoice: Sendable {
    public let id: String
    public let number: String
    public let issuedOn: String
    public let dueOn: String?
    public let status: InvoiceStatus
    public let total: Money
    public let amountDue: Money
    public let lineItems: [LineItem]
    public let isHistorical: Bool
    public let downloadUrl: String?
}

/// The `PaymentMethodKind` enum of the contract.
public enum PaymentMethodKind: String, Sendable {
    case card = "CARD"
    case bankAccount = "BANK_ACCOUNT"
}

/// A card or bank account on file.
public struct PaymentMethod: Sendable {
    public let id: String
    public let kind: PaymentMethodKind
    public let brand: String
    public let last4: String
    public let expMonth: Int?
    public let expYear: Int?
    public let holderName: String
    public let isDefault: Bool
    public let isOneTime: Bool
    public let createdAt: String
}

/// The `LicenseStatus` enum of the contract.
public enum LicenseStatus: String, Sendable {
    case active = "ACTIVE"
    case pending = "PENDING"
    case expired = "EXPIRED"
}

/// A license or other product the account has bought.
public struct PurchasedProduct: Sendable {
    public let id: String
    public let product: Product
    public let quantity: Int
    public let startsOn: String
    public let endsOn: String?
    public let status: LicenseStatus
}

/// The account's dialer-minute balance.
public struct DialerMinutes: Sendable {
    public let balanceMinutes: Int
}
