import GRDB

/// How a scale seed went.
public struct ScaleSeedReport: Sendable {
    /// Accounts added.
    public var accounts: Int
    /// Orders added (each with 3 to 6 line items and an invoice).
    public var orders: Int
}

extension BillingStore {
    /// Adds `accounts` generated accounts with `ordersPerAccount` orders each (line items, invoices, licenses,
    /// dialer credits, payment methods, two users and a CSM per 500 accounts), after the demo data.
    ///
    /// Deterministic for the same arguments: account k's content comes from a generator seeded with k.
    /// Throws `alreadySeeded` unless the database holds only the demo data. It commits every 20 accounts, and relaxes durability
    /// (`synchronous = OFF`) only while it runs.
    @discardableResult
    public func seedScale(accounts: Int, ordersPerAccount: Int) async throws -> ScaleSeedReport {
        precondition(accounts >= 0 && ordersPerAccount >= 0, "counts must not be negative")
        try await seedDemo()
        let existing = try await writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accounts") ?? 0 }
        guard existing == DemoData.accountCount else { throw BillingStoreError.alreadySeeded }
        try await writer.writeWithoutTransaction { db in
            let synchronous = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 1
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA synchronous = OFF")
            try db.execute(sql: "PRAGMA cache_size = -262144")
            defer {
                try? db.execute(sql: "PRAGMA synchronous = \(synchronous)")
                try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
            }
            let seed = try SeedWriter(db)
            let products = try Product.fetchAll(db, sql: "SELECT * FROM products ORDER BY id")
            var index = 1
            var csmID: Int64 = 0
            while index <= accounts {
                let end = min(index + 19, accounts)
                try db.inTransaction {
                    for k in index...end {
                        try ScaleData.insertAccount(k, ordersPerAccount: ordersPerAccount, seed: seed, products: products, csmID: &csmID)
                    }
                    return .commit
                }
                index = end + 1
            }
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        return ScaleSeedReport(accounts: accounts, orders: accounts * ordersPerAccount)
    }
}

/// The generated accounts of a scale seed.
enum ScaleData {
    static let firstWords = [
        "Apex", "Blue", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iris", "Juniper", "Keystone", "Lumen",
    ]
    static let secondWords = ["Logistics", "Dynamics", "Labs", "Health", "Partners", "Systems", "Foods", "Energy", "Media", "Capital"]

    /// Inserts account `k`; `csmID` is the CSM of the current block of 500 accounts, made at its first account.
    static func insertAccount(_ k: Int, ordersPerAccount: Int, seed: SeedWriter, products: [Product], csmID: inout Int64) throws {
        var rng = SplitMix64(seed: UInt64(k) &* 0x2545_F491_4F6C_DD1D)
        let name = "\(firstWords[rng.int(in: 0...firstWords.count - 1)]) \(secondWords[rng.int(in: 0...secondWords.count - 1)]) \(k)"
        let account = try seed.insert(
            "accounts",
            [
                "name", "phone", "email", "address_line1", "address_line2", "address_city", "address_region", "address_postal_code",
                "address_country", "currency_code",
            ],
            [
                name, "555" + CalendarDate.pad(k % 10_000_000, 7), "billing.\(k)@scale.test", "\(rng.int(in: 1...9999)) Market Street", nil,
                "Springfield", "IL", CalendarDate.pad(rng.int(in: 10000...99999), 5), "US", "USD",
            ])
        let userColumns = ["account_id", "name", "email", "role", "password_hash"]
        let admin = try seed.insert(
            "users", userColumns, [account, "Admin \(k)", "admin.\(k)@scale.test", Role.billingAdmin.rawValue, Catalog.demoPasswordHash])
        try seed.insert(
            "users", userColumns, [account, "Member \(k)", "member.\(k)@scale.test", Role.member.rawValue, Catalog.demoPasswordHash])
        let csmNumber = (k - 1) / 500 + 1
        if (k - 1) % 500 == 0 {
            csmID = try seed.insert(
                "users", userColumns,
                [nil, "CSM \(csmNumber)", "csm.\(csmNumber)@scale.test", Role.customerSuccess.rawValue, Catalog.demoPasswordHash])
        }
        try seed.insertKeyless("account_managers", ["account_id", "user_id"], [account, csmID])
        let card = try seed.insert(
            "payment_methods",
            ["account_id", "kind", "brand", "last4", "exp_month", "exp_year", "holder_name", "is_default", "is_one_time", "created_at"],
            [
                account, "CARD", "VISA", CalendarDate.pad(rng.int(in: 0...9999), 4), rng.int(in: 1...12), 2027 + rng.int(in: 0...4),
                "Admin \(k)", true, false, "2023-11-01T12:00:00Z",
            ])

        var dates = (0..<ordersPerAccount).map { _ in Catalog.anchor.adding(days: -rng.int(in: 1...1095)) }
        dates.sort()
        for date in dates {
            let lines = Catalog.lines(from: products, using: &rng)
            let recent = Catalog.anchor.dayNumber - date.dayNumber < 30
            let status: OrderStatus = recent || rng.int(in: 0...19) == 0 ? .pending : .activated
            let order = try seed.order(
                accountID: account, date: date, status: status, currency: "USD", paymentMethodID: card, placedBy: admin, lines: lines)
            let historical = date < Catalog.historicalBefore
            let paid = historical || (status == .activated && !recent)
            try seed.invoice(
                accountID: account, orderID: order, issuedOn: date, status: paid ? .paid : .open,
                paidOn: paid ? date.adding(days: 10) : nil,
                currency: "USD", isHistorical: historical, lines: lines)
            for line in lines where line.product.kind == .dialerMinutes && status == .activated {
                try seed.insert(
                    "dialer_minute_entries", ["account_id", "minutes", "credited_at", "order_id"],
                    [account, line.quantity, date.timestamp(hour: 9), order])
            }
        }
        for product in products.filter({ $0.kind == .license }).prefix(2) {
            try seed.insert(
                "purchased_products", ["account_id", "product_id", "order_id", "quantity", "starts_on", "ends_on", "status"],
                [account, product.id, nil, rng.int(in: 1...50), "2026-01-01", "2026-12-31", LicenseStatus.active.rawValue])
        }
    }
}
