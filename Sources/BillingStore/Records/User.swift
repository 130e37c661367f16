/// A person who signs in: a customer's user (with an account) or staff (without).
public struct User: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    /// Nil for staff.
    public var accountID: Int64?
    public var name: String
    /// Lowercase, unique.
    public var email: String
    public var role: Role
    /// A bcrypt hash; the password itself is never stored.
    public var passwordHash: String

    enum CodingKeys: String, CodingKey {
        case id, name, email, role
        case accountID = "account_id"
        case passwordHash = "password_hash"
    }
}
