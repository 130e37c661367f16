import GRDB
import Testing

@testable import BillingStore

@Suite struct LoaderTests {
    @Test func lineItemsComeGroupedInPositionOrderInOneStatement() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let acme = try await temp.accountID("Acme Corp")
        let orders = try await store.orders(accountID: acme, first: 50).items
        let before = store.statementCounter.count
        let items = try await store.lineItems(forOrderIDs: orders.map(\.id) + [999_999])
        #expect(store.statementCounter.count == before + 1)
        #expect(items[999_999] == [])
        let expected = try await temp.read { db in
            try Row.fetchAll(db, sql: "SELECT order_id, id FROM order_line_items ORDER BY order_id, position")
                .map { row -> (Int64, Int64) in (row[0], row[1]) }
        }
        for order in orders {
            let got = try #require(items[order.id])
            #expect(got.map(\.id) == expected.filter { $0.0 == order.id }.map(\.1))
            #expect(got.map(\.position) == Array(0..<got.count))
            #expect(got.allSatisfy { $0.parentID == order.id && $0.totalMinor == Int64($0.quantity) * $0.unitPriceMinor })
        }
        #expect(try await store.lineItems(forOrderIDs: []).isEmpty)
    }

    @Test func invoiceLineItemsMatchTheirOrder() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let acme = try await temp.accountID("Acme Corp")
        let orders = try await store.orders(accountID: acme, first: 20).items
        let invoices = try await store.invoices(forOrderIDs: orders.map(\.id))
        #expect(invoices.count == orders.count)
        let orderItems = try await store.lineItems(forOrderIDs: orders.map(\.id))
        let invoiceItems = try await store.lineItems(forInvoiceIDs: invoices.values.map(\.id))
        for order in orders {
            let invoice = try #require(invoices[order.id])
            #expect(invoice.orderID == order.id && invoice.totalMinor == order.totalMinor)
            #expect(invoiceItems[invoice.id]?.map(\.description) == orderItems[order.id]?.map(\.description))
        }
    }

    @Test func byIDLoadersSkipUnknownIDs() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let users = try await store.users(ids: [1, 2, 1, 404])
        #expect(users.keys.sorted() == [1, 2])
        let products = try await store.products(ids: [1, 3, 404])
        #expect(products.keys.sorted() == [1, 3] && products[1]?.sku == "PB-SEAT")
        #expect(try await store.accounts(ids: []).isEmpty)
        #expect(try await store.orders(ids: [1])[1]?.number == "SO-00000001")
        #expect(try await store.invoices(ids: [1])[1]?.number == "INV-00000001")
    }

    @Test func manyIDsAreChunked() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let before = temp.store.statementCounter.count
        let items = try await temp.store.lineItems(forOrderIDs: Array(1...1_200))
        #expect(items.count == 1_200)
        #expect(temp.store.statementCounter.count == before + 3)
    }

    @Test func accountLevelLoaders() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let acme = try await temp.accountID("Acme Corp")
        let globex = try await temp.accountID("Globex")
        let ids = [acme, globex, 404]

        let methods = try await store.paymentMethods(accountIDs: ids)
        #expect(methods[acme]?.first?.isDefault == true && methods[acme]?.count == 2)
        #expect(methods[globex]?.count == 1 && methods[404] == [])

        let admins = try await store.billingAdmins(accountIDs: ids)
        #expect(admins[acme]?.map(\.email) == ["admin@acme.test"])
        #expect(admins[globex]?.map(\.email) == ["admin@globex.test"])

        let licenses = try await store.purchasedProducts(accountIDs: ids)
        #expect(licenses[acme]?.count == 5 && licenses[globex]?.count == 1)

        let balances = try await store.dialerBalance(accountIDs: ids)
        let sums = try await temp.read { db in
            try Int.fetchOne(db, sql: "SELECT SUM(minutes) FROM dialer_minute_entries WHERE account_id = ?", arguments: [acme])
        }
        #expect(balances[acme] == sums && balances[404] == 0)
        #expect(balances[acme] ?? 0 >= 0)

        let credits = try await store.dialerCredits(accountIDs: ids, first: 2)
        let acmeCredits = try #require(credits[acme])
        #expect(acmeCredits.count == 2 && acmeCredits.allSatisfy { $0.minutes > 0 })
        #expect(acmeCredits[0].creditedAt >= acmeCredits[1].creditedAt)
        #expect(credits[404] == [])
    }

    @Test func auditEventsNewestFirstWithCursor() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let acme = try await temp.accountID("Acme Corp")
        let first = try await temp.store.auditEvents(accountID: acme, first: 2)
        #expect(first.items.map(\.action) == ["updateAccount", "addPaymentMethod"] && first.hasNextPage)
        let rest = try await temp.store.auditEvents(accountID: acme, first: 2, after: first.endCursor)
        #expect(rest.items.map(\.action) == ["setBillingAdmin"] && !rest.hasNextPage)
    }
}
