/// A saved way to pay; only the brand and the last four digits are kept, never a full number.
public struct PaymentMethod: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var accountID: Int64
    public var kind: PaymentMethodKind
    /// Card brand (`VISA`, ...) or bank name.
    public var brand: String
    public var last4: String
    public var expMonth: Int?
    public var expYear: Int?
    public var holderName: String
    public var isDefault: Bool
    public var isOneTime: Bool
    /// RFC 3339 UTC timestamp.
    public var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, kind, brand, last4
        case accountID = "account_id"
        case expMonth = "exp_month"
        case expYear = "exp_year"
        case holderName = "holder_name"
        case isDefault = "is_default"
        case isOneTime = "is_one_time"
        case createdAt = "created_at"
    }
}
