// Public: a conformance of a public type is public, so GRDB shows in this module's interface (records only).
public import GRDB

extension Account: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "accounts"
}

extension User: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "users"
}

extension Product: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "products"
}

extension Order: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "orders"
}

extension Invoice: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "invoices"
}

extension PurchasedProduct: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "purchased_products"
}

extension DialerMinuteEntry: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "dialer_minute_entries"
}

extension PaymentMethod: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "payment_methods"
}

extension AuditEvent: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "audit_events"
}

extension LineItem: FetchableRecord {
    /// Decodes a row of `order_line_items` or `invoice_line_items` selected with `parent_id` as the parent's id.
    public init(row: Row) throws {
        self.init(
            id: row["id"], parentID: row["parent_id"], position: row["position"], productID: row["product_id"],
            description: row["description"], quantity: row["quantity"], unitPriceMinor: row["unit_price_minor"],
            totalMinor: row["total_minor"])
    }
}
