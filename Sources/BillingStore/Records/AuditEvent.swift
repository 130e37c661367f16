/// A change made through the API to an account.
public struct AuditEvent: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var accountID: Int64
    public var actorUserID: Int64?
    /// The mutation's name, e.g. `addPaymentMethod`.
    public var action: String
    public var summary: String
    /// RFC 3339 UTC timestamp.
    public var at: String

    enum CodingKeys: String, CodingKey {
        case id, action, summary, at
        case accountID = "account_id"
        case actorUserID = "actor_user_id"
    }
}
