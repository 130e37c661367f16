/// A product an account owns for a term: licenses (seats) and recurring services.
public struct PurchasedProduct: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var accountID: Int64
    public var productID: Int64
    public var orderID: Int64?
    /// Seats for a license, units otherwise.
    public var quantity: Int
    public var startsOn: String
    public var endsOn: String?
    /// As stored; what clients see is `status(on:)`.
    public var status: LicenseStatus

    enum CodingKeys: String, CodingKey {
        case id, quantity, status
        case accountID = "account_id"
        case productID = "product_id"
        case orderID = "order_id"
        case startsOn = "starts_on"
        case endsOn = "ends_on"
    }

    /// The status on `today`: the stored one (ACTIVE, or PENDING until finance activates a purchase on payment),
    /// except that a term already over is EXPIRED and a term not yet begun is PENDING, without anyone having
    /// to update the row when the day comes.
    public func status(on today: CalendarDate) -> LicenseStatus {
        if let endsOn, let end = CalendarDate(endsOn), end < today { return .expired }
        if let start = CalendarDate(startsOn), today < start { return .pending }
        return status
    }
}

/// One entry of an account's dialer-minute ledger: a credit (positive) or usage (negative).
public struct DialerMinuteEntry: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var accountID: Int64
    public var minutes: Int
    /// RFC 3339 UTC timestamp.
    public var creditedAt: String
    public var orderID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, minutes
        case accountID = "account_id"
        case creditedAt = "credited_at"
        case orderID = "order_id"
    }
}
