import Foundation
import GRDB
import Testing

@testable import BillingStore

@Suite struct DemoDataTests {
    @Test func hasTheDocumentedPeople() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let expected: [(String, Role, String?)] = [
            ("admin@acme.test", .billingAdmin, "Acme Corp"), ("member@acme.test", .member, "Acme Corp"),
            ("admin@globex.test", .billingAdmin, "Globex"), ("csm@portal.test", .customerSuccess, nil),
            ("support@portal.test", .support, nil),
        ]
        for (email, role, accountName) in expected {
            let user = try #require(try await store.user(email: email))
            #expect(user.role == role)
            let accounts = try await store.accounts(ids: user.accountID.map { [$0] } ?? [])
            #expect(user.accountID.flatMap { accounts[$0]?.name } == accountName)
        }
        let acme = try await temp.accountID("Acme Corp")
        let globex = try await temp.accountID("Globex")
        let csm = try #require(try await store.user(email: "csm@portal.test"))
        let managers = try await store.csm(accountIDs: [acme, globex])
        #expect(managers[acme]?.id == csm.id)
        #expect(managers[globex] == nil)
        #expect(try await store.authenticate(email: "Admin@Acme.test", password: "demo-password")?.email == "admin@acme.test")
        #expect(try await store.authenticate(email: "admin@acme.test", password: "wrong") == nil)
    }

    @Test func acmeHasTheDocumentedHistory() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let acme = try await temp.accountID("Acme Corp")
        let orders = try await store.orders(accountID: acme, sort: OrderSort(direction: .ascending), first: 1000).items
        #expect(orders.count >= 60)
        #expect(Set(orders.map(\.status)) == [.pending, .activated])
        let oldest = try #require(CalendarDate(orders.first!.orderDate))
        let newest = try #require(CalendarDate(orders.last!.orderDate))
        #expect(newest.dayNumber - oldest.dayNumber >= 730)

        let lines = try await store.lineItems(forOrderIDs: orders.map(\.id))
        for order in orders {
            let items = lines[order.id] ?? []
            #expect((3...6).contains(items.count))
            #expect(items.reduce(0) { $0 + $1.totalMinor } == order.totalMinor)
        }
        let invoices = try await store.invoices(accountID: acme, first: 1000).items
        #expect(invoices.count == orders.count)
        #expect(invoices.contains { $0.isHistorical } && invoices.contains { !$0.isHistorical })
        #expect(Set(invoices.map(\.status)) == [.open, .paid, .void])

        let methods = try await store.paymentMethods(accountIDs: [acme])[acme] ?? []
        #expect(methods.count == 2)
        #expect(methods.filter(\.isDefault).count == 1)
        let licenses = try await store.purchasedProducts(accountIDs: [acme])[acme] ?? []
        // On the demo's day: seats in their term, next year's renewal not begun, an old term over. A week later the
        // current term is over and the renewal has begun, with no row changed.
        #expect(Set(licenses.map { $0.status(on: CalendarDate("2026-11-27")!) }) == [.active, .pending, .expired])
        let renewal = try #require(licenses.first { $0.startsOn == "2026-12-01" })
        #expect(renewal.status(on: CalendarDate("2026-11-30")!) == .pending)
        #expect(renewal.status(on: CalendarDate("2026-12-01")!) == .active)
        let current = try #require(licenses.first { $0.startsOn == "2025-12-01" })
        #expect(current.status(on: CalendarDate("2026-11-30")!) == .active)
        #expect(current.status(on: CalendarDate("2026-12-01")!) == .expired)
        #expect(try await store.dialerBalance(accountIDs: [acme])[acme] ?? 0 > 0)
        #expect(try await store.dialerCredits(accountIDs: [acme], first: 100)[acme]?.isEmpty == false)
        #expect(try await store.auditEvents(accountID: acme, first: 10).items.count == 3)
    }

    @Test func isTheSameOnEveryRunAndSeedsOnlyOnce() async throws {
        let first = try await TemporaryStore(seedDemo: true)
        let second = try await TemporaryStore(seedDemo: true)
        let dump = try await first.dump()
        #expect(dump.count > 500)
        #expect(dump == (try await second.dump()))
        try await first.store.seedDemo()
        #expect(dump == (try await first.dump()))
    }

    @Test func productsCoverEveryKind() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let all = try await temp.store.products()
        #expect(Set(all.map(\.kind)) == Set(ProductKind.allCases))
        let licenses = try await temp.store.products(kind: .license)
        #expect(!licenses.isEmpty && licenses.allSatisfy { $0.kind == .license })
        #expect(licenses.contains { $0.name == "Playbooks Seat" })
    }
}
