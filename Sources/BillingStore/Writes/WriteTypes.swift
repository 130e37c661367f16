public import Foundation

/// Who makes a change and when: every write records it in the audit log.
public struct WriteActor: Sendable, Hashable {
    /// The signed-in user making the change.
    public var userID: Int64
    /// The moment of the change; injected so tests control the clock.
    public var now: Date

    public init(userID: Int64, now: Date) {
        self.userID = userID
        self.now = now
    }
}

/// Why the store refused a write. The whole transaction was rolled back: nothing changed, no audit event.
///
/// These are the rules only the database's current state can decide (ownership, defaults, idempotency); input
/// shape (phone format, Luhn, ...) is checked before the store is called.
public enum WriteError: Error, Equatable, Sendable {
    /// The named object does not exist in the account the change is for.
    case notFound(WriteSubject)
    /// No payment method was given and the account has no default one.
    case paymentMethodRequired
    /// The payment method is a card whose expiry month is over.
    case paymentMethodExpired
    /// The idempotency key was used before for a different request.
    case idempotencyKeyReused
    /// The default payment method cannot be removed while other methods remain.
    case defaultMethodInUse
    /// A one-time payment method was asked to become the default.
    case oneTimeMethodCannotBeDefault
    /// The product is not a license (only licenses have seats).
    case notALicense
    /// The license's term is over; its seats can no longer change.
    case licenseExpired
    /// The new seat count equals the current one.
    case quantityUnchanged(Int)
    /// The actor may not make this change (e.g. a CSM for an account they do not manage).
    case forbidden
    /// An update that changes nothing.
    case nothingToChange
    /// The change would leave the account with no Billing Admin, so nobody could pay or change its cards.
    case lastBillingAdmin
}

/// The kind of object a `WriteError.notFound` names.
public enum WriteSubject: String, Sendable, Hashable {
    case account, user, product, paymentMethod, purchasedProduct
}

/// What a purchase created; a replay of the same idempotency key returns the first result with `replayed` set.
public struct PurchaseResult: Codable, Sendable, Hashable {
    /// The order placed, nil for a seat reduction (which places none).
    public var orderID: Int64?
    /// The license bought or changed; nil for dialer minutes.
    public var purchasedProductID: Int64?
    /// True when this is the stored result of an earlier request with the same key: nothing changed this time.
    public var replayed: Bool
    /// The license as this request left it, kept so that a retry answers the first result even after later changes.
    /// Nil for dialer minutes, and in results stored before it was kept.
    public var purchasedProduct: PurchasedProduct?
    /// The account's dialer-minute balance right after a credit, kept for the same reason; nil for licenses.
    public var dialerBalanceMinutes: Int?

    public init(
        orderID: Int64?, purchasedProductID: Int64?, replayed: Bool = false, purchasedProduct: PurchasedProduct? = nil,
        dialerBalanceMinutes: Int? = nil
    ) {
        self.orderID = orderID
        self.purchasedProductID = purchasedProductID
        self.replayed = replayed
        self.purchasedProduct = purchasedProduct
        self.dialerBalanceMinutes = dialerBalanceMinutes
    }
}
