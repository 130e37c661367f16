/// An order an account placed.
public struct Order: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var accountID: Int64
    /// Human reference, e.g. `SO-00000042`.
    public var number: String
    /// `YYYY-MM-DD`.
    public var orderDate: String
    public var status: OrderStatus
    /// Sum of the line items' totals, in minor units of `currencyCode`.
    public var totalMinor: Int64
    public var currencyCode: String
    public var paymentMethodID: Int64?
    public var placedByUserID: Int64?

    enum CodingKeys: String, CodingKey {
        case id, number, status
        case accountID = "account_id"
        case orderDate = "order_date"
        case totalMinor = "total_minor"
        case currencyCode = "currency_code"
        case paymentMethodID = "payment_method_id"
        case placedByUserID = "placed_by_user_id"
    }
}

/// One line of an order or of an invoice (both tables have this shape).
public struct LineItem: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    /// The order's or the invoice's id.
    public var parentID: Int64
    /// Order of the line within its parent, from 0.
    public var position: Int
    public var productID: Int64
    public var description: String
    public var quantity: Int
    public var unitPriceMinor: Int64
    /// `quantity * unitPriceMinor`.
    public var totalMinor: Int64
}
