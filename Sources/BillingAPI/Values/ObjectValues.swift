public import BillingStore
public import GraphQLEngine

// The store's records are the values of their object types: no copy per row. The conformances live here because
// BillingStore knows nothing of GraphQL; they are public as every conformance of a public type is.
extension Account: GraphQLObjectValue {}
extension Address: GraphQLObjectValue {}
extension Order: GraphQLObjectValue {}
extension Invoice: GraphQLObjectValue {}
extension Product: GraphQLObjectValue {}
extension PurchasedProduct: GraphQLObjectValue {}
extension PaymentMethod: GraphQLObjectValue {}
extension AuditEvent: GraphQLObjectValue {}
extension DialerMinuteEntry: GraphQLObjectValue {}

extension Role: LeafValue {}
extension OrderStatus: LeafValue {}
extension InvoiceStatus: LeafValue {}
extension LicenseStatus: LeafValue {}
extension ProductKind: LeafValue {}
extension PaymentMethodKind: LeafValue {}

/// The value of the root types `Query` and `Mutation`.
struct Root: GraphQLObjectValue {}

/// A user as the schema shows it: never the password hash.
struct UserValue: GraphQLObjectValue {
    var id: Int64
    var accountID: Int64?
    var name: String
    var email: String
    var role: Role

    init(_ user: User) {
        (id, accountID, name, email, role) = (user.id, user.accountID, user.name, user.email, user.role)
    }

    init(_ viewer: Viewer) {
        (id, accountID, name, email, role) = (viewer.userID, viewer.accountID, viewer.name, viewer.email, viewer.role)
    }
}

/// A line of an order or invoice, with the currency of its parent for its `Money` fields.
struct LineItemValue: GraphQLObjectValue {
    var item: LineItem
    var currencyCode: String
}

/// An account's dialer minutes; the balance and credits load only when asked for.
struct DialerMinutesValue: GraphQLObjectValue {
    var accountID: Int64
    /// The balance a purchase left, which its retries answer; nil reads the current balance.
    var balanceMinutes: Int?
}

/// One page of a connection (`OrderConnection`, `InvoiceConnection`, ...).
struct Connection<Item: Sendable>: GraphQLObjectValue {
    var items: [Item]
    var cursors: [String]
    var hasNextPage: Bool
    var hasPreviousPage: Bool
    /// Counted only when the query selects `totalCount`.
    var totalCount: Int?

    init(_ page: Page<Item>, totalCount: Int?) {
        items = page.items
        cursors = page.cursors
        hasNextPage = page.hasNextPage
        hasPreviousPage = page.hasPreviousPage
        self.totalCount = totalCount
    }

    var edges: [Edge<Item>] { zip(cursors, items).map { Edge(cursor: $0, node: $1) } }
    var pageInfo: PageInfoValue {
        PageInfoValue(
            hasNextPage: hasNextPage, hasPreviousPage: hasPreviousPage, startCursor: cursors.first, endCursor: cursors.last)
    }
}

/// An item of a connection with its cursor.
struct Edge<Item: Sendable>: GraphQLObjectValue {
    var cursor: String
    var node: Item
}

/// The schema's `PageInfo`.
struct PageInfoValue: GraphQLObjectValue {
    var hasNextPage: Bool
    var hasPreviousPage: Bool
    var startCursor: String?
    var endCursor: String?
}

/// Any object that implements `Node`, for `Query.node`.
enum NodeValue: GraphQLObjectValue {
    case account(Account)
    case user(UserValue)
    case order(Order)
    case invoice(Invoice)
    case product(Product)
    case purchasedProduct(PurchasedProduct)
    case paymentMethod(PaymentMethod)
    case auditEvent(AuditEvent)

    /// The object type name and the value bound to it.
    var resolved: (typeName: String, value: any Sendable) {
        switch self {
        case .account(let value): return ("Account", value)
        case .user(let value): return ("User", value)
        case .order(let value): return ("Order", value)
        case .invoice(let value): return ("Invoice", value)
        case .product(let value): return ("Product", value)
        case .purchasedProduct(let value): return ("PurchasedProduct", value)
        case .paymentMethod(let value): return ("PaymentMethod", value)
        case .auditEvent(let value): return ("AuditEvent", value)
        }
    }
}

/// Why a mutation refused its input: the schema's `UserErrorCode`.
public enum UserErrorCode: String, Sendable, LeafValue {
    case invalid = "INVALID"
    case notFound = "NOT_FOUND"
    case forbidden = "FORBIDDEN"
    case conflict = "CONFLICT"
    case paymentMethodRequired = "PAYMENT_METHOD_REQUIRED"
    case tooManyAttempts = "TOO_MANY_ATTEMPTS"
}

/// A user's mistake reported in a payload's `userErrors`: the path into the input, a sentence, a code.
public struct UserErrorValue: GraphQLObjectValue {
    public var field: [String]?
    public var message: String
    public var code: UserErrorCode

    public init(field: [String]?, message: String, code: UserErrorCode) {
        self.field = field
        self.message = message
        self.code = code
    }
}

/// The result of `login`.
struct LoginPayloadValue: GraphQLObjectValue {
    var token: String?
    var viewer: UserValue?
    var userErrors: [UserErrorValue]
}
