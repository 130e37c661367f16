/// Payment methods are removed softly: the row stays (marked `removed_at`) so the orders it paid keep naming it,
/// while the account's list, defaults and purchases ignore it. A removed method is never the default.
enum SchemaV2 {
    static let statements: [String] = [
        "ALTER TABLE payment_methods ADD COLUMN removed_at TEXT CHECK (removed_at IS NULL OR is_default = 0)"
    ]
}
