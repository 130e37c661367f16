import GRDB
import GRDBSQLite

/// A record read from a row by column position: the query selects `selection`, in that order.
///
/// Pages of orders and invoices and their line items are most of the rows a request reads (about a thousand for
/// the dashboard). By name, GRDB looks every value's column up in a dictionary of lowercased names; through
/// Codable it also builds a decoder per row. By position a value is one `sqlite3_column_*` call.
protocol PositionalRecord: FetchableRecord, Sendable {
    /// The SELECT list, without a table alias, in the order `init(row:from:)` reads it.
    static var selection: String { get }
    /// Reads the record from `row`'s columns `start`, `start + 1`, ...
    init(row: Columns, from start: Int) throws
}

extension PositionalRecord {
    /// `selection` with every column qualified by a table alias, for joins: `u.id, u.name, ...`.
    static func selection(alias: String) -> String {
        selection.split(separator: ",").map { "\(alias).\($0.trimmingPrefix(" "))" }.joined(separator: ", ")
    }
}

/// The current row of a statement being stepped, read by column position straight from SQLite.
///
/// What GRDB's `Row` does for a statement's row, without what this store does not use: a `Row` is made per
/// execution, and making it builds a dictionary of the statement's lowercased column names (a new `String` per
/// column), so that columns can be found by name; ~2 % of a dashboard's server time went there.
struct Columns {
    let statement: SQLiteStatement

    /// The value of column `index`; like `Row`'s subscript, a value that does not convert (NULL for a non-optional
    /// type) stops the program: the schema's NOT NULL constraints and column types rule it out.
    subscript<Value: StatementColumnConvertible>(_ index: Int) -> Value {
        guard let value = Value.fromStatement(statement, atUncheckedIndex: CInt(index)) else {
            let type = sqlite3_column_type(statement, CInt(index))
            fatalError("could not decode \(Value.self) from column \(index) (SQLite type \(type))")
        }
        return value
    }

    /// The text of column `index` as an enum case; a value no case matches throws.
    func enumValue<Value: RawRepresentable>(_ index: Int, column: String) throws -> Value where Value.RawValue == String {
        let text: String = self[index]
        guard let value = Value(rawValue: text) else { throw UnknownColumnValue(column: column, value: text) }
        return value
    }
}

/// Steps a statement and decodes each row with a closure over its `Columns`: GRDB's stepping (and its checks and
/// hooks) without a `Row`.
private final class ColumnsCursor<Item>: DatabaseCursor {
    typealias Element = Item
    let _statement: Statement
    var _isDone = false
    private let decode: (Columns) throws -> Item

    init(statement: Statement, arguments: StatementArguments, decode: @escaping (Columns) throws -> Item) throws {
        _statement = statement
        self.decode = decode
        try statement.setArguments(arguments)  // resets the statement, then binds
    }

    deinit {
        // As GRDB's cursors do: a statement left mid-iteration (a decoding error) must not keep its read open.
        sqlite3_reset(_statement.sqliteStatement)
    }

    func _element(sqliteStatement: SQLiteStatement) throws -> Item {
        try decode(Columns(statement: sqliteStatement))
    }
}

extension Database {
    /// Runs `sql` through this connection's statement cache and decodes each row with `decode`.
    ///
    /// Preparing is most of the cost of a small query (GRDB's authorizer runs for every column the statement
    /// reads), so each distinct text is prepared once per connection; `fetchInChunks` keeps IN lists to a few
    /// lengths so that the cache stays small.
    func fetchCached<Item>(sql: String, arguments: StatementArguments, _ decode: (Columns) throws -> Item) throws -> [Item] {
        let statement = try cachedStatement(sql: sql)
        return try withoutActuallyEscaping(decode) { decode in
            let rows = try ColumnsCursor(statement: statement, arguments: arguments, decode: decode)
            var items: [Item] = []
            while let item = try rows.next() { items.append(item) }
            return items
        }
    }

    /// The records `sql` selects, decoded by position from its first columns.
    func fetchCached<Record: PositionalRecord>(_ type: Record.Type, sql: String, arguments: StatementArguments) throws -> [Record] {
        try fetchCached(sql: sql, arguments: arguments) { try Record(row: $0, from: 0) }
    }
}

extension Order: PositionalRecord {
    static let selection =
        "id, account_id, number, order_date, status, total_minor, currency_code, payment_method_id, placed_by_user_id"

    init(row: Columns, from start: Int) throws {
        self.init(
            id: row[start], accountID: row[start + 1], number: row[start + 2], orderDate: row[start + 3],
            status: try row.enumValue(start + 4, column: "status"), totalMinor: row[start + 5], currencyCode: row[start + 6],
            paymentMethodID: row[start + 7], placedByUserID: row[start + 8])
    }
}

extension Invoice: PositionalRecord {
    static let selection = """
        id, account_id, order_id, number, issued_on, due_on, paid_on, status, total_minor, amount_due_minor, currency_code, \
        is_historical
        """

    init(row: Columns, from start: Int) throws {
        self.init(
            id: row[start], accountID: row[start + 1], orderID: row[start + 2], number: row[start + 3], issuedOn: row[start + 4],
            dueOn: row[start + 5], paidOn: row[start + 6], status: try row.enumValue(start + 7, column: "status"),
            totalMinor: row[start + 8], amountDueMinor: row[start + 9], currencyCode: row[start + 10],
            isHistorical: row[start + 11])
    }
}

extension LineItem {
    /// The columns `init(row:from:)` reads from either line-item table, whose parent column is named `parentColumn`.
    static func selection(parentColumn: String) -> String {
        "id, \(parentColumn), position, product_id, description, quantity, unit_price_minor, total_minor"
    }

    init(row: Columns, from start: Int) {
        self.init(
            id: row[start], parentID: row[start + 1], position: row[start + 2], productID: row[start + 3],
            description: row[start + 4], quantity: row[start + 5], unitPriceMinor: row[start + 6], totalMinor: row[start + 7])
    }
}

extension User: PositionalRecord {
    static let selection = "id, account_id, name, email, role, password_hash"

    init(row: Columns, from start: Int) throws {
        self.init(
            id: row[start], accountID: row[start + 1], name: row[start + 2], email: row[start + 3],
            role: try row.enumValue(start + 4, column: "role"), passwordHash: row[start + 5])
    }
}

extension Account: PositionalRecord {
    static let selection = """
        id, name, phone, email, address_line1, address_line2, address_city, address_region, address_postal_code, \
        address_country, currency_code
        """

    init(row: Columns, from start: Int) throws {
        self.init(
            id: row[start], name: row[start + 1], phone: row[start + 2], email: row[start + 3], addressLine1: row[start + 4],
            addressLine2: row[start + 5], addressCity: row[start + 6], addressRegion: row[start + 7],
            addressPostalCode: row[start + 8], addressCountry: row[start + 9], currencyCode: row[start + 10])
    }
}

extension Product: PositionalRecord {
    static let selection = "id, sku, name, kind, unit_price_minor, currency_code"

    init(row: Columns, from start: Int) throws {
        self.init(
            id: row[start], sku: row[start + 1], name: row[start + 2], kind: try row.enumValue(start + 3, column: "kind"),
            unitPriceMinor: row[start + 4], currencyCode: row[start + 5])
    }
}

extension PaymentMethod: PositionalRecord {
    static let selection =
        "id, account_id, kind, brand, last4, exp_month, exp_year, holder_name, is_default, is_one_time, created_at"

    init(row: Columns, from start: Int) throws {
        self.init(
            id: row[start], accountID: row[start + 1], kind: try row.enumValue(start + 2, column: "kind"), brand: row[start + 3],
            last4: row[start + 4], expMonth: row[start + 5], expYear: row[start + 6], holderName: row[start + 7],
            isDefault: row[start + 8], isOneTime: row[start + 9], createdAt: row[start + 10])
    }
}

extension PurchasedProduct: PositionalRecord {
    static let selection = "id, account_id, product_id, order_id, quantity, starts_on, ends_on, status"

    init(row: Columns, from start: Int) throws {
        self.init(
            id: row[start], accountID: row[start + 1], productID: row[start + 2], orderID: row[start + 3], quantity: row[start + 4],
            startsOn: row[start + 5], endsOn: row[start + 6], status: try row.enumValue(start + 7, column: "status"))
    }
}

extension AuditEvent: PositionalRecord {
    static let selection = "id, account_id, actor_user_id, action, summary, at"

    init(row: Columns, from start: Int) throws {
        self.init(
            id: row[start], accountID: row[start + 1], actorUserID: row[start + 2], action: row[start + 3], summary: row[start + 4],
            at: row[start + 5])
    }
}
