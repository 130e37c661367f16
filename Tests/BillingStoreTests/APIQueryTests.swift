import Foundation
import Testing

@testable import BillingStore

/// The store methods the API layer added: managed accounts, constant-effort credential checks, HMAC-SHA256.
struct APIQueryTests {
    @Test func managedAccountIDsOfTheDemoCSM() async throws {
        let temporary = try await TemporaryStore(seedDemo: true)
        let csm = try #require(try await temporary.store.user(email: "csm@portal.test"))
        let support = try #require(try await temporary.store.user(email: "support@portal.test"))
        #expect(try await temporary.store.managedAccountIDs(userID: csm.id) == [try await temporary.accountID("Acme Corp")])
        #expect(try await temporary.store.managedAccountIDs(userID: support.id).isEmpty)
    }

    @Test func verifyCredentials() async throws {
        let temporary = try await TemporaryStore(seedDemo: true)
        #expect(
            try await temporary.store.verifyCredentials(email: "ADMIN@acme.test", password: "demo-password")?.email == "admin@acme.test")
        #expect(try await temporary.store.verifyCredentials(email: "admin@acme.test", password: "demo-passwore") == nil)
        #expect(try await temporary.store.verifyCredentials(email: "nobody@acme.test", password: "demo-password") == nil)
    }

    @Test func unknownEmailsCostABcryptCheckToo() async throws {
        let temporary = try await TemporaryStore(seedDemo: true)
        let clock = ContinuousClock()
        let known = try await clock.measure { _ = try await temporary.store.verifyCredentials(email: "admin@acme.test", password: "x") }
        let unknown = try await clock.measure { _ = try await temporary.store.verifyCredentials(email: "nobody@acme.test", password: "x") }
        // Both run one bcrypt verification of the same cost; without the dummy hash the unknown email took microseconds.
        #expect(unknown > known / 4, "known \(known), unknown \(unknown)")
    }

    @Test func hmacSHA256MatchesRFC4231() {
        let cases: [([UInt8], String, String)] = [
            ([UInt8](repeating: 0x0b, count: 20), "Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
            (Array("Jefe".utf8), "what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            (
                [UInt8](repeating: 0xaa, count: 131), "Test Using Larger Than Block-Size Key - Hash Key First",
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
            ),
        ]
        for (key, message, expected) in cases {
            #expect(HMACSHA256.hexDigest(key: key, message: Array(message.utf8)) == expected)
        }
    }

    @Test func ordersAndInvoicesDecodeByColumnName() async throws {
        let temporary = try await TemporaryStore(seedDemo: true)
        let acme = try await temporary.accountID("Acme Corp")
        let page = try await temporary.store.orders(accountID: acme, first: 1)
        let order = try #require(page.items.first)
        #expect(try await temporary.store.orders(ids: [order.id])[order.id] == order)
        #expect(order.number.hasPrefix("SO-") && order.currencyCode == "USD")
        // The hand-written decoder (not Codable) names the column and value it cannot map.
        await #expect(throws: UnknownColumnValue.self) {
            try await temporary.read { db in
                try Order.fetchOne(
                    db,
                    sql: """
                        SELECT id, account_id, number, order_date, 'CANCELLED' AS status, total_minor, currency_code,
                        payment_method_id, placed_by_user_id FROM orders LIMIT 1
                        """)
            }
        }
        await #expect(throws: UnknownColumnValue.self) {
            try await temporary.read { db in
                try Invoice.fetchOne(
                    db,
                    sql: """
                        SELECT id, account_id, order_id, number, issued_on, due_on, paid_on, 'LOST' AS status, total_minor,
                        amount_due_minor, currency_code, is_historical FROM invoices LIMIT 1
                        """)
            }
        }
    }
}
