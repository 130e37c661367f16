/// An invoice issued to an account, usually for one order.
public struct Invoice: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var accountID: Int64
    public var orderID: Int64?
    /// Human reference, e.g. `INV-00000042`.
    public var number: String
    /// `YYYY-MM-DD`.
    public var issuedOn: String
    public var dueOn: String?
    public var paidOn: String?
    public var status: InvoiceStatus
    public var totalMinor: Int64
    public var amountDueMinor: Int64
    public var currencyCode: String
    /// Imported from the old system: no PDF attachment.
    public var isHistorical: Bool

    enum CodingKeys: String, CodingKey {
        case id, number, status
        case accountID = "account_id"
        case orderID = "order_id"
        case issuedOn = "issued_on"
        case dueOn = "due_on"
        case paidOn = "paid_on"
        case totalMinor = "total_minor"
        case amountDueMinor = "amount_due_minor"
        case currencyCode = "currency_code"
        case isHistorical = "is_historical"
    }
}
