public import BillingStore

/// The signed-in user a request runs as.
public struct Viewer: Sendable, Hashable {
    public let userID: Int64
    /// The customer account; nil for staff.
    public let accountID: Int64?
    public let role: Role
    public let name: String
    public let email: String

    public init(userID: Int64, accountID: Int64?, role: Role, name: String, email: String) {
        self.userID = userID
        self.accountID = accountID
        self.role = role
        self.name = name
        self.email = email
    }

    /// The viewer a user record signs in as.
    public init(_ user: User) {
        self.init(userID: user.id, accountID: user.accountID, role: user.role, name: user.name, email: user.email)
    }
}
