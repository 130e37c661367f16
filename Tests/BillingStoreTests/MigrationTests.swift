import Foundation
import GRDB
import Testing

@testable import BillingStore

@Suite struct MigrationTests {
    @Test func appliesV1OnAFreshFileAndAgainWithoutChange() async throws {
        let temp = try await TemporaryStore()
        #expect(try await temp.store.appliedMigrations() == ["v1", "v2", "v3"])
        let reopened = try BillingStore(path: temp.folder.appendingPathComponent("billing.sqlite").path)
        #expect(try await reopened.appliedMigrations() == ["v1", "v2", "v3"])
    }

    @Test func createsEveryTable() async throws {
        let temp = try await TemporaryStore()
        let tables = try await temp.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' ORDER BY name")
        }
        #expect(
            tables == [
                "account_managers", "accounts", "api_tokens", "audit_events", "dialer_minute_entries", "idempotency_keys",
                "invoice_line_items", "invoices", "login_failures", "login_locks", "order_line_items", "orders", "payment_methods",
                "products", "purchased_products",
                "server_secrets", "users",
            ])
    }

    @Test func usesWALAndForeignKeys() async throws {
        let temp = try await TemporaryStore()
        let mode = try await temp.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        await #expect(throws: DatabaseError.self) {
            try await temp.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO orders (account_id, number, order_date, status, total_minor, currency_code) VALUES (999, 'X', '2026-01-01', 'PENDING', 0, 'USD')"
                )
            }
        }
    }

    @Test func checksRejectUnknownEnumValuesAndBadQuantities() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        await #expect(throws: DatabaseError.self) {
            try await temp.write { db in try db.execute(sql: "UPDATE orders SET status = 'SHIPPED' WHERE id = 1") }
        }
        await #expect(throws: DatabaseError.self) {
            try await temp.write { db in try db.execute(sql: "UPDATE order_line_items SET quantity = 0 WHERE id = 1") }
        }
        await #expect(throws: DatabaseError.self) {
            try await temp.write { db in
                try db.execute(
                    sql: "INSERT INTO users (account_id, name, email, role, password_hash) VALUES (NULL, 'X', 'x@x.test', 'MEMBER', 'h')")
            }
        }
    }

    @Test func allowsOnlyOneDefaultPaymentMethodPerAccount() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let acme = try await temp.accountID("Acme Corp")
        let insert = """
            INSERT INTO payment_methods (account_id, kind, brand, last4, exp_month, exp_year, holder_name, is_default, is_one_time, created_at)
            VALUES (?, 'CARD', 'AMEX', '0005', 1, 2030, 'Ada Admin', ?, ?, '2026-11-01T00:00:00Z')
            """
        await #expect(throws: DatabaseError.self) {
            try await temp.write { db in try db.execute(sql: insert, arguments: [acme, true, false]) }
        }
        // A one-time method may never be the default.
        await #expect(throws: DatabaseError.self) {
            try await temp.write { db in try db.execute(sql: insert, arguments: [acme, true, true]) }
        }
        // Another non-default method is fine, and so is moving the default in one transaction.
        try await temp.write { db in
            try db.execute(sql: insert, arguments: [acme, false, false])
            let newID = db.lastInsertedRowID
            try db.execute(sql: "UPDATE payment_methods SET is_default = 0 WHERE account_id = ?", arguments: [acme])
            try db.execute(sql: "UPDATE payment_methods SET is_default = 1 WHERE id = ?", arguments: [newID])
        }
        let methods = try await temp.store.paymentMethods(accountIDs: [acme])[acme] ?? []
        #expect(methods.filter(\.isDefault).count == 1)
        #expect(methods.first?.brand == "AMEX")
    }
}
