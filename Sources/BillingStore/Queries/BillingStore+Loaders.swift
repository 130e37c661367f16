import GRDB

extension BillingStore {
    /// The line items of each order, in position order; orders without items map to `[]`.
    public func lineItems(forOrderIDs ids: [Int64]) async throws -> [Int64: [LineItem]] {
        try await lineItems(table: "order_line_items", parentColumn: "order_id", ids: ids)
    }

    /// The line items of each invoice, in position order; invoices without items map to `[]`.
    public func lineItems(forInvoiceIDs ids: [Int64]) async throws -> [Int64: [LineItem]] {
        try await lineItems(table: "invoice_line_items", parentColumn: "invoice_id", ids: ids)
    }

    private func lineItems(table: String, parentColumn: String, ids: [Int64]) async throws -> [Int64: [LineItem]] {
        guard !ids.isEmpty else { return [:] }
        let items = try await read { db in
            try db.fetchInChunks(ids) { marks, arguments in
                try db.fetchCached(
                    sql: """
                        SELECT \(LineItem.selection(parentColumn: parentColumn))
                        FROM \(table) WHERE \(parentColumn) IN (\(marks)) ORDER BY \(parentColumn), position
                        """,
                    arguments: arguments
                ) { LineItem(row: $0, from: 0) }
            }
        }
        return grouped(items, keys: ids, by: \.parentID)
    }

    /// The invoice of each order that has one (an order has at most one invoice).
    public func invoices(forOrderIDs ids: [Int64]) async throws -> [Int64: Invoice] {
        let invoices = try await load(Invoice.self, table: "invoices", column: "order_id", ids: ids, suffix: "ORDER BY id")
        var byOrder: [Int64: Invoice] = [:]
        for invoice in invoices { if let orderID = invoice.orderID, byOrder[orderID] == nil { byOrder[orderID] = invoice } }
        return byOrder
    }

    /// Each account's saved payment methods (not the removed ones), default first, then oldest first.
    public func paymentMethods(accountIDs ids: [Int64]) async throws -> [Int64: [PaymentMethod]] {
        let methods = try await load(
            PaymentMethod.self, table: "payment_methods", column: "account_id", ids: ids, extra: " AND removed_at IS NULL",
            suffix: "ORDER BY account_id, is_default DESC, id")
        return grouped(methods, keys: ids, by: \.accountID)
    }

    /// Each account's purchased products, oldest first.
    public func purchasedProducts(accountIDs ids: [Int64]) async throws -> [Int64: [PurchasedProduct]] {
        let products = try await load(
            PurchasedProduct.self, table: "purchased_products", column: "account_id", ids: ids, suffix: "ORDER BY account_id, id")
        return grouped(products, keys: ids, by: \.accountID)
    }

    /// Each account's dialer-minute balance: the sum of its ledger, 0 when empty.
    public func dialerBalance(accountIDs ids: [Int64]) async throws -> [Int64: Int] {
        guard !ids.isEmpty else { return [:] }
        let sums = try await read { db in
            try db.fetchInChunks(ids) { marks, arguments in
                try db.fetchCached(
                    sql:
                        "SELECT account_id, SUM(minutes) AS balance FROM dialer_minute_entries WHERE account_id IN (\(marks)) GROUP BY account_id",
                    arguments: arguments
                ) { row -> (Int64, Int) in (row[0], row[1]) }
            }
        }
        var balances = Dictionary(ids.map { ($0, 0) }, uniquingKeysWith: { first, _ in first })
        for (accountID, balance) in sums { balances[accountID] = balance }
        return balances
    }

    /// Each account's newest `first` credits (positive ledger entries), newest first, in one statement.
    public func dialerCredits(accountIDs ids: [Int64], first: Int) async throws -> [Int64: [DialerMinuteEntry]] {
        guard first > 0 else { return Dictionary(uniqueKeysWithValues: ids.map { ($0, []) }) }
        let entries = try await read { db in
            try db.fetchInChunks(ids) { marks, arguments in
                try DialerMinuteEntry.fetchAll(
                    db.cachedStatement(
                        sql: """
                            SELECT * FROM (
                                SELECT e.*, ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY credited_at DESC, id DESC) AS position
                                FROM dialer_minute_entries e WHERE account_id IN (\(marks)) AND minutes > 0
                            ) AS ranked WHERE position <= ? ORDER BY account_id, credited_at DESC, id DESC
                            """),
                    arguments: arguments + [first])
            }
        }
        return grouped(entries, keys: ids, by: \.accountID)
    }

    /// Each account's Billing Admins, by name.
    public func billingAdmins(accountIDs ids: [Int64]) async throws -> [Int64: [User]] {
        let admins = try await load(
            User.self, table: "users", column: "account_id", ids: ids, extra: " AND role = 'BILLING_ADMIN'", suffix: "ORDER BY name, id")
        return grouped(admins, keys: ids) { $0.accountID ?? 0 }
    }

    /// Each managed account's Customer Success Manager; accounts without one are absent.
    public func csm(accountIDs ids: [Int64]) async throws -> [Int64: User] {
        guard !ids.isEmpty else { return [:] }
        let pairs = try await read { db in
            try db.fetchInChunks(ids) { marks, arguments in
                try db.fetchCached(
                    sql: "\(Self.managersSelect) WHERE m.account_id IN (\(marks))",
                    arguments: arguments
                ) { row -> (Int64, User) in (row[0], try User(row: row, from: 1)) }
            }
        }
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }

    /// Each managed account's id, then its manager's columns by position.
    private static let managersSelect =
        "SELECT m.account_id, \(User.selection(alias: "u")) FROM account_managers m JOIN users u ON u.id = m.user_id"

    private func grouped<Item>(_ items: [Item], keys: [Int64], by key: (Item) -> Int64) -> [Int64: [Item]] {
        var groups = Dictionary(uniqueKeysWithValues: Set(keys).map { ($0, [Item]()) })
        for item in items { groups[key(item), default: []].append(item) }
        return groups
    }
}
