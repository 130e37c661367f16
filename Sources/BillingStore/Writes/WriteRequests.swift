/// The fields of an account to change; nil leaves a field as it is. Values arrive validated and normalized.
public struct AccountChanges: Sendable, Hashable {
    /// Ten digits.
    public var phone: String?
    public var email: String?
    public var billingAddress: Address?
    /// The fields to remove (an explicit null in the request); a field is either set or cleared, never both.
    public var cleared: Set<AccountField>

    public init(phone: String? = nil, email: String? = nil, billingAddress: Address? = nil, cleared: Set<AccountField> = []) {
        self.phone = phone
        self.email = email
        self.billingAddress = billingAddress
        self.cleared = cleared
    }

    /// True when no field is given.
    public var isEmpty: Bool { phone == nil && email == nil && billingAddress == nil && cleared.isEmpty }
}

/// The optional account details a Billing Admin may remove.
public enum AccountField: String, Sendable, Hashable, CaseIterable {
    case phone, email, billingAddress
}

/// A payment method to save: only what may be kept at rest (never a full card or account number).
public struct NewPaymentMethod: Sendable, Hashable {
    public var kind: PaymentMethodKind
    /// Card brand (`VISA`, ...) or the bank's name.
    public var brand: String
    public var last4: String
    public var expMonth: Int?
    public var expYear: Int?
    public var holderName: String
    public var isDefault: Bool
    public var isOneTime: Bool

    public init(
        kind: PaymentMethodKind, brand: String, last4: String, expMonth: Int?, expYear: Int?, holderName: String, isDefault: Bool,
        isOneTime: Bool
    ) {
        self.kind = kind
        self.brand = brand
        self.last4 = last4
        self.expMonth = expMonth
        self.expYear = expYear
        self.holderName = holderName
        self.isDefault = isDefault
        self.isOneTime = isOneTime
    }
}

/// A purchase of dialer minutes.
public struct DialerCreditRequest: Sendable, Hashable {
    public var accountID: Int64
    public var minutes: Int
    /// Nil: the account's default method.
    public var paymentMethodID: Int64?
    public var idempotencyKey: String?

    public init(accountID: Int64, minutes: Int, paymentMethodID: Int64? = nil, idempotencyKey: String? = nil) {
        self.accountID = accountID
        self.minutes = minutes
        self.paymentMethodID = paymentMethodID
        self.idempotencyKey = idempotencyKey
    }
}

/// A purchase of new license seats of one product.
public struct LicensePurchaseRequest: Sendable, Hashable {
    public var accountID: Int64
    public var productID: Int64
    public var quantity: Int
    /// Nil: the account's default method.
    public var paymentMethodID: Int64?
    public var idempotencyKey: String?

    public init(accountID: Int64, productID: Int64, quantity: Int, paymentMethodID: Int64? = nil, idempotencyKey: String? = nil) {
        self.accountID = accountID
        self.productID = productID
        self.quantity = quantity
        self.paymentMethodID = paymentMethodID
        self.idempotencyKey = idempotencyKey
    }
}

/// A new seat count for a license the account owns.
public struct LicenseQuantityChange: Sendable, Hashable {
    public var accountID: Int64
    public var purchasedProductID: Int64
    /// The new total number of seats.
    public var quantity: Int
    public var idempotencyKey: String?

    public init(accountID: Int64, purchasedProductID: Int64, quantity: Int, idempotencyKey: String? = nil) {
        self.accountID = accountID
        self.purchasedProductID = purchasedProductID
        self.quantity = quantity
        self.idempotencyKey = idempotencyKey
    }
}
