import Foundation
import GRDB
import GRDBSQLite
import Testing

@testable import BillingStore

/// The read path's shortcuts: inline connections, padded IN lists, positional decoding, hand-made cursors.
/// A pending order of 1.00 USD, committed by the caller's write.
private func insertOrder(_ db: Database, account: Int64, number: String, date: String) throws {
    try db.execute(
        sql: """
            INSERT INTO orders (account_id, number, order_date, status, total_minor, currency_code)
            VALUES (?, ?, ?, 'PENDING', 100, 'USD')
            """, arguments: [account, number, date])
}

@Suite struct ReadPathTests {
    /// A store keeps one inline connection for each query its caller runs at once, and one per core besides.
    @Test func inlineConnectionsFollowTheQueriesRunAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let three = try BillingStore(path: folder.appendingPathComponent("a.sqlite").path, concurrentQueries: 3)
        #expect(three.inlineReaders?.limit == 3 + cores)
        let usual = try BillingStore(path: folder.appendingPathComponent("b.sqlite").path)
        #expect(usual.inlineReaders?.limit == 5 * cores)
    }

    @Test func inlineReadsSeeEveryCommittedWrite() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let acme = try await temp.accountID("Acme Corp")
        #expect(store.inlineReaders != nil)
        let before = try await store.orderCount(accountID: acme)
        try await temp.write { db in
            try insertOrder(db, account: acme, number: "SO-TEST-1", date: "2026-11-01")
        }
        #expect(try await store.orderCount(accountID: acme) == before + 1)
        let newest = try await store.orders(accountID: acme, first: 1).items
        #expect(newest.map(\.number) == ["SO-TEST-1"])
    }

    /// An inline read is one transaction, begun and ended by cached statements: a failing read rolls it back, and no
    /// read keeps its snapshot after it returns.
    @Test func anInlineReadIsOneTransactionEvenWhenItFails() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let readers = try #require(temp.store.inlineReaders)
        let connection = try #require(readers.checkOut())
        defer { readers.checkIn(connection) }
        struct Failure: Error {}
        let acme = try await temp.accountID("Acme Corp")
        let count = "SELECT COUNT(*) FROM orders WHERE account_id = ?"
        #expect(throws: Failure.self) {
            try InlineReaders.read(connection) { db -> Int in
                #expect(db.isInsideTransaction)
                _ = try Int.fetchOne(db, sql: count, arguments: [acme])
                throw Failure()
            }
        }
        #expect(try connection.inDatabase { $0.isInsideTransaction } == false)
        #expect(throws: DatabaseError.self) {
            try InlineReaders.read(connection) { db in try db.execute(sql: "SELECT * FROM no_such_table") }
        }
        #expect(try connection.inDatabase { $0.isInsideTransaction } == false)
        let before = try InlineReaders.read(connection) { db in try Int.fetchOne(db, sql: count, arguments: [acme]) }
        try await temp.write { db in
            try insertOrder(db, account: acme, number: "SO-TEST-2", date: "2026-11-02")
        }
        let after = try InlineReaders.read(connection) { db in try Int.fetchOne(db, sql: count, arguments: [acme]) }
        #expect(after == before.map { $0 + 1 })
        // Within one read, both statements see the same snapshot, although a write commits between them.
        let writer = temp.store.writer
        let pair = try InlineReaders.read(connection) { db in
            let first = try Int.fetchOne(db, sql: count, arguments: [acme])
            try writer.write { db in
                try insertOrder(db, account: acme, number: "SO-TEST-3", date: "2026-11-03")
            }
            return (first, try Int.fetchOne(db, sql: count, arguments: [acme]))
        }
        #expect(pair.0 == after && pair.1 == after)
        #expect(try InlineReaders.read(connection) { db in try Int.fetchOne(db, sql: count, arguments: [acme]) } == after.map { $0 + 1 })
    }

    /// Inside `withReadSnapshot` every read, in the task and in its child tasks, sees the state of the first read, on
    /// one connection in one transaction; a failing read leaves the snapshot usable; the end commits and frees it.
    @Test func aSnapshotServesEveryReadOfItsTasksFromOneTransaction() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let readers = try #require(store.inlineReaders)
        let acme = try await temp.accountID("Acme Corp")
        let before = try await store.orderCount(accountID: acme)
        struct Failure: Error {}
        let (first, second, child, failed, inside) = try await store.withReadSnapshot {
            let first = try await store.orderCount(accountID: acme)
            try await temp.write { db in
                try insertOrder(db, account: acme, number: "SO-SNAP-1", date: "2026-11-04")
            }
            async let child = store.orderCount(accountID: acme)
            let failed = await #expect(throws: Failure.self) { try await store.read { _ -> Int in throw Failure() } } != nil
            let second = try await store.orderCount(accountID: acme)
            let inside = try await store.read { db in db.isInsideTransaction }
            return (first, second, try await child, failed, inside)
        }
        #expect(first == before && second == before && child == before && failed && inside)
        #expect(try await store.orderCount(accountID: acme) == before + 1)
        // The connection went back idle, outside any transaction.
        var idle: [DatabaseQueue] = []
        while let connection = readers.checkOut() { idle.append(connection) }
        defer { for connection in idle { readers.checkIn(connection) } }
        #expect(idle.count == readers.limit)
        for connection in idle { #expect(try connection.inDatabase { $0.isInsideTransaction } == false) }
    }

    /// A snapshot that has ended serves no more reads: a task that kept it reads as if it had none.
    @Test func anEndedSnapshotServesNoRead() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let readers = try #require(temp.store.inlineReaders)
        let snapshot = ReadSnapshot(readers: readers, connection: try #require(readers.checkOut()))
        #expect(try snapshot.read { db in db.isInsideTransaction } == true)
        snapshot.end()
        #expect(try snapshot.read { _ in 1 } == nil)
        let acme = try await temp.accountID("Acme Corp")
        let count = try await ReadSnapshot.$current.withValue(snapshot) { try await temp.store.orderCount(accountID: acme) }
        #expect(count == (try await temp.store.orderCount(accountID: acme)))
    }

    /// With every inline connection taken, `withReadSnapshot` runs its body with reads as usual, each seeing every
    /// committed write.
    @Test func withoutAnIdleConnectionASnapshotReadsAsUsual() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let readers = try #require(store.inlineReaders)
        var taken: [DatabaseQueue] = []
        while let connection = readers.checkOut() { taken.append(connection) }
        defer { for connection in taken { readers.checkIn(connection) } }
        let acme = try await temp.accountID("Acme Corp")
        let (first, second) = try await store.withReadSnapshot {
            let first = try await store.orderCount(accountID: acme)
            try await temp.write { db in
                try insertOrder(db, account: acme, number: "SO-SNAP-2", date: "2026-11-05")
            }
            return (first, try await store.orderCount(accountID: acme))
        }
        #expect(second == first + 1)
    }

    /// Positional decoding reads NULLs as nil, throws on a value no enum case matches, and leaves the cached
    /// statement reset, so that the next execution of the same text starts from its first row.
    @Test func positionalDecodingThrowsOnUnknownValuesAndResetsTheStatement() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        try await temp.write { db in
            try db.execute(sql: "INSERT INTO accounts (name, currency_code) VALUES ('Bare', 'EUR')")
        }
        let sql = "SELECT id, status FROM orders ORDER BY id LIMIT 3"
        let (failed, again, nulls) = try await temp.read { db -> (Bool, [Int64], [String?]) in
            var failed = false
            do {
                _ = try db.fetchCached(sql: sql, arguments: []) { row -> Int64 in
                    let id: Int64 = row[0]
                    if id > 1 { let _: ProductKind = try row.enumValue(1, column: "status") }
                    return id
                }
            } catch is UnknownColumnValue {
                // The cursor reset the statement it left mid-iteration.
                failed = sqlite3_stmt_busy(try db.cachedStatement(sql: sql).sqliteStatement) == 0
            }
            let again = try db.fetchCached(sql: sql, arguments: []) { row -> Int64 in row[0] }
            let phones = "SELECT phone FROM accounts WHERE name IN ('Bare', 'Acme Corp') ORDER BY id"
            let nulls = try db.fetchCached(sql: phones, arguments: []) { row -> String? in row[0] }
            return (failed, again, nulls)
        }
        #expect(failed)
        #expect(again.count == 3 && again == again.sorted())
        #expect(nulls.count == 2 && nulls.first! != nil && nulls.last! == nil)
    }

    @Test func readsGoThroughThePoolWhenEveryInlineConnectionIsBusy() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let readers = try #require(store.inlineReaders)
        var taken: [DatabaseQueue] = []
        while let connection = readers.checkOut() { taken.append(connection) }
        #expect(taken.count == readers.limit)
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
        // The shared texts (powers of two) and the ones made on demand agree.
        for count in [2, 4, 64, 256, 300, 500] {
            #expect(Database.placeholders(count) == Array(repeating: "?", count: count).joined(separator: ", "))
        }
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

    @Test func usersAndAccountsByPositionMatchDecodingByName() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        // An account with every optional column null, beside the demo's full ones.
        try await temp.write { db in try db.execute(sql: "INSERT INTO accounts (name, currency_code) VALUES ('Bare', 'EUR')") }
        let (users, accounts, managers) = try await temp.read { db in
            (
                try User.fetchAll(db, sql: "SELECT * FROM users ORDER BY id"),
                try Account.fetchAll(db, sql: "SELECT * FROM accounts ORDER BY id"),
                try Row.fetchAll(db, sql: "SELECT account_id, user_id FROM account_managers").map { row -> (Int64, Int64) in
                    (row[0], row[1])
                }
            )
        }
        #expect(users.contains { $0.accountID == nil } && users.contains { $0.accountID != nil })
        #expect(accounts.contains { $0.phone == nil && $0.billingAddress == nil })
        #expect(accounts.contains { $0.phone != nil && $0.billingAddress != nil })
        let loadedUsers = try await store.users(ids: users.map(\.id))
        #expect(users.allSatisfy { loadedUsers[$0.id] == $0 })
        let loadedAccounts = try await store.accounts(ids: accounts.map(\.id))
        #expect(accounts.allSatisfy { loadedAccounts[$0.id] == $0 })
        let managed = try await store.csm(accountIDs: accounts.map(\.id))
        #expect(!managers.isEmpty && managed.count == managers.count)
        for (accountID, userID) in managers {
            #expect(managed[accountID] == users.first { $0.id == userID })
        }
        for user in users.prefix(3) {
            let token = try await store.createToken(userID: user.id)
            #expect(try await store.user(forToken: token) == user)
        }
    }

    @Test func cursorsAreBase64URLWithoutPadding() throws {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let foundation = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            #expect(Base64URL.encode(bytes) == foundation, "length \(length)")
        }
        let cursor = PageCursor(tag: "D", key: .text("2026-10-27|x"), id: 72)
        #expect(try PageCursor(decoding: cursor.encoded, tag: "D") == cursor)
    }
}
