/// What a user may do: customers' roles and staff roles.
public enum Role: String, Codable, Sendable, CaseIterable {
    case member = "MEMBER"
    case billingAdmin = "BILLING_ADMIN"
    case customerSuccess = "CUSTOMER_SUCCESS"
    case support = "SUPPORT"

    /// True for the company's own staff, who belong to no customer account.
    public var isStaff: Bool { self == .customerSuccess || self == .support }
}

/// What a product is: a license (seats), dialer minutes, or a one-off service.
public enum ProductKind: String, Codable, Sendable, CaseIterable {
    case license = "LICENSE"
    case dialerMinutes = "DIALER_MINUTES"
    case service = "SERVICE"
}

/// Where an order stands.
public enum OrderStatus: String, Codable, Sendable, CaseIterable {
    case pending = "PENDING"
    case activated = "ACTIVATED"
}

/// Where an invoice stands.
public enum InvoiceStatus: String, Codable, Sendable, CaseIterable {
    case open = "OPEN"
    case paid = "PAID"
    case void = "VOID"
}

/// Where a purchased product's term stands.
public enum LicenseStatus: String, Codable, Sendable, CaseIterable {
    case active = "ACTIVE"
    case pending = "PENDING"
    case expired = "EXPIRED"
}

/// How a payment method pays.
public enum PaymentMethodKind: String, Codable, Sendable, CaseIterable {
    case card = "CARD"
    case bankAccount = "BANK_ACCOUNT"
}
