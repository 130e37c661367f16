import GRDB

extension Database {
    /// Runs `fetch` once per chunk of distinct `ids`, so the statement stays under every database's
    /// bound-parameter limit; `fetch` gets the chunk's placeholders (`?, ?, ?`) and arguments.
    func fetchInChunks<Item>(
        _ ids: some Collection<Int64>, _ fetch: (_ marks: String, _ arguments: StatementArguments) throws -> [Item]
    ) throws -> [Item] {
        let unique = Array(Set(ids)).sorted()
        var items: [Item] = []
        var start = 0
        while start < unique.count {
            let chunk = Array(unique[start..<min(start + 500, unique.count)])
            items += try fetch(Array(repeating: "?", count: chunk.count).joined(separator: ", "), StatementArguments(chunk))
            start += 500
        }
        return items
    }

    /// Fetches the rows of `table` whose `column` is among `ids`; `extra` adds conditions, `suffix` an ORDER BY.
    func fetchAll<Record: FetchableRecord>(
        _ type: Record.Type, table: String, column: String, in ids: some Collection<Int64>, extra: String = "",
        suffix: String = ""
    ) throws -> [Record] {
        try fetchInChunks(ids) { marks, arguments in
            try Record.fetchAll(self, sql: "SELECT * FROM \(table) WHERE \(column) IN (\(marks))\(extra) \(suffix)", arguments: arguments)
        }
    }
}

extension BillingStore {
    /// Fetches every record of `table` whose `column` is in `ids`; one statement per 500 ids.
    func load<Record: FetchableRecord & Sendable>(
        _ type: Record.Type, table: String, column: String = "id", ids: [Int64], extra: String = "", suffix: String = ""
    ) async throws -> [Record] {
        guard !ids.isEmpty else { return [] }
        return try await writer.read { db in
            try db.fetchAll(type, table: table, column: column, in: ids, extra: extra, suffix: suffix)
        }
    }

    /// The accounts with the given ids, by id; unknown ids are absent.
    public func accounts(ids: [Int64]) async throws -> [Int64: Account] {
        Dictionary(uniqueKeysWithValues: try await load(Account.self, table: "accounts", ids: ids).map { ($0.id, $0) })
    }

    /// The users with the given ids, by id.
    public func users(ids: [Int64]) async throws -> [Int64: User] {
        Dictionary(uniqueKeysWithValues: try await load(User.self, table: "users", ids: ids).map { ($0.id, $0) })
    }

    /// The products with the given ids, by id.
    public func products(ids: [Int64]) async throws -> [Int64: Product] {
        Dictionary(uniqueKeysWithValues: try await load(Product.self, table: "products", ids: ids).map { ($0.id, $0) })
    }

    /// The orders with the given ids, by id (any account's: tenancy is the caller's check).
    public func orders(ids: [Int64]) async throws -> [Int64: Order] {
        Dictionary(uniqueKeysWithValues: try await load(Order.self, table: "orders", ids: ids).map { ($0.id, $0) })
    }

    /// The invoices with the given ids, by id.
    public func invoices(ids: [Int64]) async throws -> [Int64: Invoice] {
        Dictionary(uniqueKeysWithValues: try await load(Invoice.self, table: "invoices", ids: ids).map { ($0.id, $0) })
    }

    /// The payment methods with the given ids, by id.
    public func paymentMethods(ids: [Int64]) async throws -> [Int64: PaymentMethod] {
        Dictionary(uniqueKeysWithValues: try await load(PaymentMethod.self, table: "payment_methods", ids: ids).map { ($0.id, $0) })
    }

    /// The purchased products with the given ids, by id.
    public func purchasedProducts(ids: [Int64]) async throws -> [Int64: PurchasedProduct] {
        Dictionary(uniqueKeysWithValues: try await load(PurchasedProduct.self, table: "purchased_products", ids: ids).map { ($0.id, $0) })
    }

    /// The audit events with the given ids, by id.
    public func auditEvents(ids: [Int64]) async throws -> [Int64: AuditEvent] {
        Dictionary(uniqueKeysWithValues: try await load(AuditEvent.self, table: "audit_events", ids: ids).map { ($0.id, $0) })
    }

    /// The catalog, optionally of one kind, by kind then name.
    public func products(kind: ProductKind? = nil) async throws -> [Product] {
        try await writer.read { db in
            if let kind {
                return try Product.fetchAll(db, sql: "SELECT * FROM products WHERE kind = ? ORDER BY name, id", arguments: [kind.rawValue])
            }
            return try Product.fetchAll(db, sql: "SELECT * FROM products ORDER BY kind, name, id")
        }
    }
}
