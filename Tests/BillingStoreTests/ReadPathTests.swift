import Foundation
import GRDB
import Testing

@testable import BillingStore

/// The read path's shortcuts: inline connections, padded IN lists, positional decoding, hand-made cursors.
@Suite struct ReadPathTests {
    @Test func inlineReadsSeeEveryCommittedWrite() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let acme = try await temp.accountID("Acme Corp")
        #expect(store.inlineReaders != nil)
        let before = try await store.orderCount(accountID: acme)
        try await temp.write { db in
            try db.execute(
                sql: """
                    INSERT INTO orders (account_id, number, order_date, status, total_minor, currency_code)
                    VALUES (?, 'SO-TEST-1', '2026-11-01', 'PENDING', 100, 'USD')
                    """, arguments: [acme])
        }
        #expect(try await store.orderCount(accountID: acme) == before + 1)
        let newest = try await store.orders(accountID: acme, first: 1).items
        #expect(newest.map(\.number) == ["SO-TEST-1"])
    }

    @Test func readsGoThroughThePoolWhenEveryInlineConnectionIsBusy() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let readers = try #require(store.inlineReaders)
        var taken: [DatabaseQueue] = []
        while let connection = readers.checkOut() { taken.append(connection) }
        #expect(taken.count == ProcessInfo.processInfo.activeProcessorCount + 4)
        let acme = try await temp.accountID("Acme Corp")
        let page = try await store.orders(accountID: acme, first: 5)
        #expect(page.items.count == 5)
        for connection in taken { readers.checkIn(connection) }
        #expect(try await store.orders(accountID: acme, first: 5).items == page.items)
    }

    @Test func inListsArePaddedToAFewLengths() {
        #expect([1, 2, 3, 5, 8, 9, 50, 64, 65, 300, 500].map(Database.paddedCount) == [1, 2, 4, 8, 8, 16, 64, 64, 128, 500, 500])
        #expect(Database.placeholders(3) == "?, ?, ?")
        #expect(Database.placeholders(1) == "?")
    }

    @Test func paddedListsReturnEachRowOnce() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        // 3 ids padded to 4, 600 ids split into 500 and 100 padded to 128.
        let products = try await store.products(ids: [3, 1, 2])
        #expect(products.keys.sorted() == [1, 2, 3])
        let acme = try await temp.accountID("Acme Corp")
        let orders = try await store.orders(accountID: acme, first: 50).items
        let ids = orders.map(\.id) + (10_000..<10_550).map(Int64.init)
        let items = try await store.lineItems(forOrderIDs: ids)
        let all = try await temp.read { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT COUNT(*) FROM order_line_items WHERE order_id IN (SELECT id FROM orders WHERE account_id = ? ORDER BY order_date DESC, id DESC LIMIT 50)",
                arguments: [acme])!
        }
        #expect(items.values.map(\.count).reduce(0, +) == all)
        #expect(Set(items.values.flatMap { $0 }.map(\.id)).count == all)
    }

    @Test func positionalDecodingMatchesDecodingByName() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let acme = try await temp.accountID("Acme Corp")
        let orders = try await store.orders(accountID: acme, first: 100).items
        let invoices = try await store.invoices(accountID: acme, first: 100).items
        let methods = try await store.paymentMethods(accountIDs: [acme])[acme] ?? []
        let purchases = try await store.purchasedProducts(accountIDs: [acme])[acme] ?? []
        let products = try await store.products()
        let byName = try await temp.read { db in
            (
                try Order.fetchAll(
                    db, sql: "SELECT * FROM orders WHERE account_id = ? ORDER BY order_date DESC, id DESC LIMIT 100", arguments: [acme]),
                try Invoice.fetchAll(
                    db, sql: "SELECT * FROM invoices WHERE account_id = ? ORDER BY issued_on DESC, id DESC LIMIT 100", arguments: [acme]),
                try PaymentMethod.fetchAll(
                    db, sql: "SELECT * FROM payment_methods WHERE account_id = ? AND removed_at IS NULL ORDER BY is_default DESC, id",
                    arguments: [acme]),
                try PurchasedProduct.fetchAll(
                    db, sql: "SELECT * FROM purchased_products WHERE account_id = ? ORDER BY id", arguments: [acme]),
                try Product.fetchAll(db, sql: "SELECT * FROM products ORDER BY kind, name, id")
            )
        }
        #expect(!orders.isEmpty && orders == byName.0)
        #expect(!invoices.isEmpty && invoices == byName.1)
        #expect(!methods.isEmpty && methods == byName.2)
        #expect(!purchases.isEmpty && purchases == byName.3)
        #expect(!products.isEmpty && products == byName.4)
    }

    @Test func cursorsAreBase64URLWithoutPadding() throws {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let foundation = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            #expect(PageCursor.base64URL(bytes) == foundation, "length \(length)")
        }
        let cursor = PageCursor(tag: "D", key: .text("2026-10-27|x"), id: 72)
        #expect(try PageCursor(decoding: cursor.encoded, tag: "D") == cursor)
    }
}
