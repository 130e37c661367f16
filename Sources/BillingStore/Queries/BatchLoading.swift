import GRDB

extension Database {
    /// The most ids one statement binds: under every database's bound-parameter limit.
    static let chunkSize = 500

    /// Runs `fetch` once per chunk of distinct `ids`; `fetch` gets the chunk's placeholders (`?, ?, ?`) and arguments.
    ///
    /// A chunk is padded to a power of two (at most `chunkSize`) by repeating its last id, which matches no other
    /// row: IN lists then take one of ten lengths, so each statement text is prepared once per connection and
    /// served from its statement cache afterwards, instead of being prepared for every distinct count of ids.
    func fetchInChunks<Item>(
        _ ids: some Collection<Int64>, _ fetch: (_ marks: String, _ arguments: StatementArguments) throws -> [Item]
    ) throws -> [Item] {
        let unique = Array(Set(ids)).sorted()
        var items: [Item] = []
        var start = 0
        while start < unique.count {
            var chunk = Array(unique[start..<min(start + Self.chunkSize, unique.count)])
            let width = Self.paddedCount(chunk.count)
            chunk += repeatElement(chunk[chunk.count - 1], count: width - chunk.count)
            // Not `StatementArguments(chunk)`: that initializer maps through a generic key path, which the runtime
            // instantiates on every call (a tenth of a dashboard's store time in the profile).
            items += try fetch(Self.placeholders(width), StatementArguments(chunk.map { $0 as (any DatabaseValueConvertible)? }))
            start += Self.chunkSize
        }
        return items
    }

    /// The smallest power of two at least `count`, at most `chunkSize`.
    static func paddedCount(_ count: Int) -> Int {
        var width = 1
        while width < count { width *= 2 }
        return min(width, chunkSize)
    }

    /// `?, ?, ?` for `count` values: made once for each padded width, then shared.
    static func placeholders(_ count: Int) -> String {
        if count.nonzeroBitCount == 1, count <= 256 { return placeholderTexts[count.trailingZeroBitCount] }
        return makePlaceholders(count)
    }

    private static let placeholderTexts = (0...8).map { makePlaceholders(1 << $0) }

    private static func makePlaceholders(_ count: Int) -> String {
        var marks = "?"
        marks.reserveCapacity(count * 3)
        for _ in 1..<max(count, 1) { marks += ", ?" }
        return marks
    }

    /// Fetches the rows of `table` whose `column` is among `ids`; `extra` adds conditions, `suffix` an ORDER BY.
    func fetchAll<Record: PositionalRecord>(
        _ type: Record.Type, table: String, column: String, in ids: some Collection<Int64>, extra: String = "",
        suffix: String = ""
    ) throws -> [Record] {
        try fetchInChunks(ids) { marks, arguments in
            try fetchCached(
                Record.self, sql: "SELECT \(Record.selection) FROM \(table) WHERE \(column) IN (\(marks))\(extra) \(suffix)",
                arguments: arguments)
        }
    }

    /// The same for records decoded by name (Codable), through the statement cache.
    func fetchAll<Record: FetchableRecord>(
        _ type: Record.Type, table: String, column: String, in ids: some Collection<Int64>, extra: String = "",
        suffix: String = ""
    ) throws -> [Record] {
        try fetchInChunks(ids) { marks, arguments in
            let statement = try cachedStatement(sql: "SELECT * FROM \(table) WHERE \(column) IN (\(marks))\(extra) \(suffix)")
            return try Record.fetchAll(statement, arguments: arguments)
        }
    }
}

extension BillingStore {
    /// Fetches every record of `table` whose `column` is in `ids`; one statement per 500 ids.
    func load<Record: PositionalRecord>(
        _ type: Record.Type, table: String, column: String = "id", ids: [Int64], extra: String = "", suffix: String = ""
    ) async throws -> [Record] {
        guard !ids.isEmpty else { return [] }
        return try await read { db in
            try db.fetchAll(type, table: table, column: column, in: ids, extra: extra, suffix: suffix)
        }
    }

    /// The same for records decoded by name.
    func load<Record: FetchableRecord & Sendable>(
        _ type: Record.Type, table: String, column: String = "id", ids: [Int64], extra: String = "", suffix: String = ""
    ) async throws -> [Record] {
        guard !ids.isEmpty else { return [] }
        return try await read { db in
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
        try await read { db in
            if let kind {
                return try db.fetchCached(
                    Product.self, sql: "SELECT \(Product.selection) FROM products WHERE kind = ? ORDER BY name, id",
                    arguments: [kind.rawValue])
            }
            return try db.fetchCached(Product.self, sql: "SELECT \(Product.selection) FROM products ORDER BY kind, name, id", arguments: [])
        }
    }
}
