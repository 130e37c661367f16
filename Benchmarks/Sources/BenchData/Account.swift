/// A customer account with everything the dashboard shows.
public struct Account: Sendable {
    public let id: String
    public let name: String
    public let phone: String?
    public let email: String?
    public let billingAddress: Address?
    public let billingAdmins: [User]
    public let customerSuccessManager: User?
    public let paymentMethods: [PaymentMethod]
    /// Newest first, the contract's default sort.
    public let orders: [Order]
    /// Newest first, the contract's default sort.
    public let invoices: [Invoice]
    public let purchasedProducts: [PurchasedProduct]
    public let dialerMinutes: DialerMinutes
}

/// One page of a cursor connection.
public struct Page<Node: Sendable>: Sendable {
    public let nodes: [Node]
    public let totalCount: Int
    public let hasNextPage: Bool
    public let hasPreviousPage: Bool
    public let startCursor: String?
    public let endCursor: String?
}

/// The `PageInfo` object of a page, separate from the page so its resolvers stay non-generic.
public struct PageInfo: Sendable {
    public let hasNextPage: Bool
    public let hasPreviousPage: Bool
    public let startCursor: String?
    public let endCursor: String?

    public init<Node>(_ page: Page<Node>) {
        hasNextPage = page.hasNextPage
        hasPreviousPage = page.hasPreviousPage
        startCursor = page.startCursor
        endCursor = page.endCursor
    }
}

/// What both engines pass to the data for `orders(...)` and `invoices(...)`.
public struct PageRequest: Sendable {
    public var first: Int
    public var after: String?
    /// Inclusive calendar-date bounds.
    public var from: String?
    public var to: String?
    public var sortByAmount: Bool
    public var descending: Bool

    public init(
        first: Int = 20,
        after: String? = nil,
        from: String? = nil,
        to: String? = nil,
        sortByAmount: Bool = false,
        descending: Bool = true
    ) {
        self.first = first
        self.after = after
        self.from = from
        self.to = to
        self.sortByAmount = sortByAmount
        self.descending = descending
    }
}

extension Account {
    /// A page of orders, filtered and sorted as asked.
    public func ordersPage(_ request: PageRequest) -> Page<Order> {
        Self.page(orders, request, date: \.orderDate, amount: \.total.minorUnits, prefix: "order")
    }

    /// A page of invoices, filtered and sorted as asked.
    public func invoicesPage(_ request: PageRequest) -> Page<Invoice> {
        Self.page(invoices, request, date: \.issuedOn, amount: \.total.minorUnits, prefix: "invoice")
    }

    private static func page<Node>(
        _ all: [Node],
        _ request: PageRequest,
        date: KeyPath<Node, String>,
        amount: KeyPath<Node, Int>,
        prefix: String
    ) -> Page<Node> {
        var rows = all
        if request.from != nil || request.to != nil {
            rows = rows.filter { node in
                let day = node[keyPath: date]
                return (request.from.map { day >= $0 } ?? true) && (request.to.map { day <= $0 } ?? true)
            }
        }
        // The stored order is date-descending; other orders cost a sort, as a database would.
        if request.sortByAmount {
            rows.sort { request.descending ? $0[keyPath: amount] > $1[keyPath: amount] : $0[keyPath: amount] < $1[keyPath: amount] }
        } else if !request.descending {
            rows.reverse()
        }
        let start = request.after.flatMap { Cursor.offset($0, prefix: prefix) }.map { $0 + 1 } ?? 0
        let end = min(rows.count, start + max(0, request.first))
        let slice = start < end ? Array(rows[start..<end]) : []
        return Page(
            nodes: slice,
            totalCount: rows.count,
            hasNextPage: end < rows.count,
            hasPreviousPage: start > 0,
            startCursor: slice.isEmpty ? nil : Cursor.make(prefix: prefix, offset: start),
            endCursor: slice.isEmpty ? nil : Cursor.make(prefix: prefix, offset: end - 1)
        )
    }
}

/// Opaque-looking cursors: "order:12".
enum Cursor {
    static func make(prefix: String, offset: Int) -> String { "\(prefix):\(offset)" }

    static func offset(_ cursor: String, prefix: String) -> Int? {
        guard cursor.hasPrefix(prefix + ":") else { return nil }
        return Int(cursor.dropFirst(prefix.count + 1))
    }
}
