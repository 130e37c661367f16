import GRDB

/// Inserts seed rows through prepared statements made once and reused, assigning ids itself so no row
/// needs a round trip for its id. Lives inside one write closure; never shared across threads.
final class SeedWriter {
    /// One line of a seeded order or invoice.
    struct Line {
        var product: Product
        var description: String
        var quantity: Int
        var totalMinor: Int64 { Int64(quantity) * product.unitPriceMinor }
    }

    private let db: Database
    private var nextIDs: [String: Int64] = [:]
    private var statements: [String: Statement] = [:]

    init(_ db: Database) throws {
        self.db = db
    }

    /// Inserts one row into `table` with the next free id (or the given one) and returns it.
    @discardableResult
    func insert(_ table: String, _ columns: [String], _ values: [(any DatabaseValueConvertible)?]) throws -> Int64 {
        let id = try nextID(table)
        let statement = try statement(table, ["id"] + columns)
        try statement.execute(arguments: StatementArguments([id] + values))
        nextIDs[table] = id + 1
        return id
    }

    /// Inserts one row into a table whose key is not an `id` column.
    func insertKeyless(_ table: String, _ columns: [String], _ values: [(any DatabaseValueConvertible)?]) throws {
        try statement(table, columns).execute(arguments: StatementArguments(values))
    }

    /// An order and its line items; returns the order's id.
    func order(
        accountID: Int64, date: CalendarDate, status: OrderStatus, currency: String, paymentMethodID: Int64?, placedBy: Int64?,
        lines: [Line]
    ) throws -> Int64 {
        let id = try nextID("orders")
        let total = lines.reduce(0) { $0 + $1.totalMinor }
        try insert(
            "orders",
            ["account_id", "number", "order_date", "status", "total_minor", "currency_code", "payment_method_id", "placed_by_user_id"],
            [
                accountID, "SO-" + CalendarDate.pad(Int(id), 8), date.description, status.rawValue, total, currency, paymentMethodID,
                placedBy,
            ])
        try insertLines("order_line_items", parentColumn: "order_id", parentID: id, lines: lines)
        return id
    }

    /// An invoice (for an order, or historical) and its line items; returns the invoice's id.
    @discardableResult
    func invoice(
        accountID: Int64, orderID: Int64?, issuedOn: CalendarDate, status: InvoiceStatus, paidOn: CalendarDate?, currency: String,
        isHistorical: Bool, lines: [Line]
    ) throws -> Int64 {
        let id = try nextID("invoices")
        let total = lines.reduce(0) { $0 + $1.totalMinor }
        let due: Int64 = status == .open ? total : 0
        try insert(
            "invoices",
            [
                "account_id", "order_id", "number", "issued_on", "due_on", "paid_on", "status", "total_minor", "amount_due_minor",
                "currency_code", "is_historical",
            ],
            [
                accountID, orderID, "INV-" + CalendarDate.pad(Int(id), 8), issuedOn.description, issuedOn.adding(days: 30).description,
                paidOn?.description, status.rawValue, total, due, currency, isHistorical,
            ])
        try insertLines("invoice_line_items", parentColumn: "invoice_id", parentID: id, lines: lines)
        return id
    }

    private func insertLines(_ table: String, parentColumn: String, parentID: Int64, lines: [Line]) throws {
        for (position, line) in lines.enumerated() {
            try insert(
                table, [parentColumn, "position", "product_id", "description", "quantity", "unit_price_minor", "total_minor"],
                [parentID, position, line.product.id, line.description, line.quantity, line.product.unitPriceMinor, line.totalMinor])
        }
    }

    private func nextID(_ table: String) throws -> Int64 {
        if let id = nextIDs[table] { return id }
        let id = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM \(table)") ?? 1
        nextIDs[table] = id
        return id
    }

    /// The INSERT for `table`, prepared on first use; each table is always given the same columns.
    private func statement(_ table: String, _ columns: [String]) throws -> Statement {
        let key = table
        if let statement = statements[key] { return statement }
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let statement = try db.makeStatement(sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))")
        statements[key] = statement
        return statement
    }
}
