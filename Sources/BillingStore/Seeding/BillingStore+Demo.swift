import GRDB

extension BillingStore {
    /// Fills an empty database with the demo data README documents: the same content on every run.
    ///
    /// "Acme Corp" (Billing Admin `admin@acme.test`, member `member@acme.test`), "Globex" (`admin@globex.test`),
    /// CSM `csm@portal.test` managing Acme only, support `support@portal.test`; every password is `demo-password`.
    /// Does nothing when the database already has accounts.
    public func seedDemo() async throws {
        try await writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accounts") == 0 else { return }
            try DemoData.insert(into: db)
        }
    }
}

/// The demo content, written with a `SeedWriter` and a fixed-seed generator.
enum DemoData {
    /// Acme Corp and Globex.
    static let accountCount = 2

    static func insert(into db: Database) throws {
        let seed = try SeedWriter(db)
        let products = try insertCatalog(seed, db: db)
        let hash = Catalog.demoPasswordHash
        let acme = try seed.insert(
            "accounts",
            [
                "name", "phone", "email", "address_line1", "address_line2", "address_city", "address_region", "address_postal_code",
                "address_country", "currency_code",
            ],
            ["Acme Corp", "5554443333", "billing@acme.test", "100 Main Street", "Suite 400", "Springfield", "IL", "62701", "US", "USD"])
        let globex = try seed.insert(
            "accounts",
            [
                "name", "phone", "email", "address_line1", "address_line2", "address_city", "address_region", "address_postal_code",
                "address_country", "currency_code",
            ],
            ["Globex", "5557771234", "ap@globex.test", "2 Globex Plaza", nil, "Cypress Creek", "OR", "97005", "US", "USD"])
        let userColumns = ["account_id", "name", "email", "role", "password_hash"]
        let ada = try seed.insert("users", userColumns, [acme, "Ada Admin", "admin@acme.test", Role.billingAdmin.rawValue, hash])
        try seed.insert("users", userColumns, [acme, "Milo Member", "member@acme.test", Role.member.rawValue, hash])
        let gus = try seed.insert("users", userColumns, [globex, "Gus Grant", "admin@globex.test", Role.billingAdmin.rawValue, hash])
        let cora = try seed.insert("users", userColumns, [nil, "Cora Success", "csm@portal.test", Role.customerSuccess.rawValue, hash])
        try seed.insert("users", userColumns, [nil, "Sam Support", "support@portal.test", Role.support.rawValue, hash])
        try seed.insertKeyless("account_managers", ["account_id", "user_id"], [acme, cora])

        let paymentColumns = [
            "account_id", "kind", "brand", "last4", "exp_month", "exp_year", "holder_name", "is_default", "is_one_time", "created_at",
        ]
        let acmeCard = try seed.insert(
            "payment_methods", paymentColumns, [acme, "CARD", "VISA", "4242", 8, 2028, "Ada Admin", true, false, "2024-08-20T10:00:00Z"])
        try seed.insert(
            "payment_methods", paymentColumns,
            [acme, "BANK_ACCOUNT", "First Federal Bank", "6789", nil, nil, "Acme Corp", false, false, "2025-03-15T16:20:00Z"])
        let globexCard = try seed.insert(
            "payment_methods", paymentColumns,
            [globex, "CARD", "MASTERCARD", "4444", 11, 2027, "Gus Grant", true, false, "2025-06-02T09:00:00Z"])

        var rng = SplitMix64(seed: 2026_11_01)
        try insertOrders(
            seed, accountID: acme, count: 72, spacing: 11, paymentMethodID: acmeCard, placedBy: ada, products: products, rng: &rng)
        try insertOrders(
            seed, accountID: globex, count: 12, spacing: 29, paymentMethodID: globexCard, placedBy: gus, products: products, rng: &rng)
        try insertLicenses(seed, acme: acme, globex: globex, products: products)
        try insertUsage(seed, db: db, accountIDs: [acme, globex], rng: &rng)

        let auditColumns = ["account_id", "actor_user_id", "action", "summary", "at"]
        try seed.insert(
            "audit_events", auditColumns, [acme, cora, "setBillingAdmin", "Made Ada Admin a Billing Admin", "2024-08-19T15:00:00Z"])
        try seed.insert(
            "audit_events", auditColumns,
            [acme, ada, "addPaymentMethod", "Added bank account First Federal Bank ending 6789", "2025-03-15T16:20:00Z"])
        try seed.insert(
            "audit_events", auditColumns, [acme, ada, "updateAccount", "Changed phone to 5554443333", "2026-10-02T14:05:00Z"])
    }

    static func insertCatalog(_ seed: SeedWriter, db: Database) throws -> [Product] {
        for product in Catalog.products {
            try seed.insert(
                "products", ["sku", "name", "kind", "unit_price_minor", "currency_code"],
                [product.sku, product.name, product.kind.rawValue, product.unitPriceMinor, "USD"])
        }
        return try Product.fetchAll(db, sql: "SELECT * FROM products ORDER BY id")
    }

    /// `count` orders, one every `spacing` days back from the anchor, each with its invoice, and a dialer credit
    /// for every order that bought minutes. Inserted oldest first so ids follow time.
    static func insertOrders(
        _ seed: SeedWriter, accountID: Int64, count: Int, spacing: Int, paymentMethodID: Int64, placedBy: Int64, products: [Product],
        rng: inout SplitMix64
    ) throws {
        for age in (0..<count).reversed() {
            let date = Catalog.anchor.adding(days: -5 - age * spacing)
            let lines = Catalog.lines(from: products, using: &rng)
            let status: OrderStatus = age < 4 || age % 13 == 7 ? .pending : .activated
            let orderID = try seed.order(
                accountID: accountID, date: date, status: status, currency: "USD", paymentMethodID: paymentMethodID, placedBy: placedBy,
                lines: lines)
            let historical = date < Catalog.historicalBefore
            let invoiceStatus: InvoiceStatus =
                age == 20 ? .void : historical || (status == .activated && age * spacing > 45) ? .paid : .open
            try seed.invoice(
                accountID: accountID, orderID: orderID, issuedOn: date, status: invoiceStatus,
                paidOn: invoiceStatus == .paid ? date.adding(days: 12) : nil, currency: "USD", isHistorical: historical, lines: lines)
            for line in lines where line.product.kind == .dialerMinutes && status == .activated {
                try seed.insert(
                    "dialer_minute_entries", ["account_id", "minutes", "credited_at", "order_id"],
                    [accountID, line.quantity, date.timestamp(hour: 9, minute: 30), orderID])
            }
        }
    }

    static func insertLicenses(_ seed: SeedWriter, acme: Int64, globex: Int64, products: [Product]) throws {
        func product(_ sku: String) -> Int64 { products.first { $0.sku == sku }!.id }
        let columns = ["account_id", "product_id", "order_id", "quantity", "starts_on", "ends_on", "status"]
        let rows: [(Int64, String, Int, String, String?, LicenseStatus)] = [
            (acme, "PB-SEAT", 25, "2025-12-01", "2026-11-30", .active),
            (acme, "PB-MGR", 3, "2025-12-01", "2026-11-30", .active),
            // Next year's renewal, paid: PENDING until its term begins on 2026-12-01, then ACTIVE.
            (acme, "NA-SEAT", 10, "2026-12-01", "2027-11-30", .active),
            (acme, "PB-ENT", 5, "2024-09-01", "2025-08-31", .expired),
            (acme, "SVC-SUPPORT", 1, "2026-01-01", "2026-12-31", .active),
            (globex, "PB-SEAT", 8, "2026-03-01", "2027-02-28", .active),
        ]
        for (account, sku, quantity, starts, ends, status) in rows {
            try seed.insert("purchased_products", columns, [account, product(sku), nil, quantity, starts, ends, status.rawValue])
        }
    }

    /// Monthly dialer usage that never takes a balance below zero.
    static func insertUsage(_ seed: SeedWriter, db: Database, accountIDs: [Int64], rng: inout SplitMix64) throws {
        for accountID in accountIDs {
            var balance =
                try Int.fetchOne(
                    db, sql: "SELECT COALESCE(SUM(minutes), 0) FROM dialer_minute_entries WHERE account_id = ?", arguments: [accountID])
                ?? 0
            for monthsAgo in (1...12).reversed() {
                let used = min(balance / 3, rng.int(in: 500...4000))
                guard used > 0 else { continue }
                balance -= used
                let day = Catalog.anchor.adding(days: -30 * monthsAgo)
                try seed.insert(
                    "dialer_minute_entries", ["account_id", "minutes", "credited_at", "order_id"],
                    [accountID, -used, day.timestamp(hour: 23, minute: 59), nil])
            }
        }
    }
}
