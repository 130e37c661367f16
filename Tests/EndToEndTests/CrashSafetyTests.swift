import Foundation
import GRDB
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Purchases against the real server, which is killed with SIGKILL mid-load, restarted on the same file, and
/// killed again. After each kill the database must hold every purchase a client was told about, whole, and
/// nothing half-written.
///
/// SIGKILL loses the process, not the operating system's page cache: this proves atomicity and durability
/// against a crashing server, not against power loss (the store's `synchronous = FULL` is what covers that).
@Suite(.serialized) struct CrashSafetyTests {
    static let cycles = 5
    static let writers = 16

    /// A purchase the server answered with its order.
    struct Acknowledged: Sendable {
        var kind: String
        var order: Int64
        var quantity: Int
        var key: String
    }

    @Test func sigkillMidLoadLosesNothingAcknowledged() async throws {
        let folder = try TemporaryFolder()
        let database = folder.path("crash.sqlite")
        #expect(try PortalBinary.run(["seed", "--db", database]).status == 0)
        let tokens = try ["admin@acme.test", "admin@globex.test"].map { email in
            try PortalBinary.run(["token", "--db", database, "--email", email]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let baseline = try Self.baseline(database)
        var product = ""
        var survived = 0
        var acknowledgedTotal = 0
        for cycle in 1...Self.cycles {
            let server = try PortalServer(database: database)
            if product.isEmpty {
                let read = try await server.graphQL("{ products(kind: LICENSE) { id } }", token: tokens[0])
                product = try #require((read.json.at("data.products") as? [[String: Any]])?.first?["id"] as? String)
            }
            let port = UInt16(server.base.port!)
            let acknowledged = Shared([Acknowledged]())
            let pid = server.process.processIdentifier
            let licenseProduct = product
            // Kill once the writers are well under way; each cycle at a different moment.
            let killer = Task {
                try await Task.sleep(for: .milliseconds(800 + 170 * cycle))
                kill(pid, SIGKILL)
            }
            await LoadRunner.run(clients: Self.writers) { index in
                Self.writer(index, cycle: cycle, token: tokens[index % 2], product: licenseProduct, port: port, acknowledged: acknowledged)
            }
            _ = try await killer.value
            server.process.waitUntilExit()
            #expect(server.process.terminationReason == .uncaughtSignal, "cycle \(cycle): the server was killed, not stopped")
            let acks = acknowledged.withLock { $0 }
            #expect(!acks.isEmpty, "cycle \(cycle): purchases were acknowledged before the kill")
            acknowledgedTotal += acks.count
            try Self.check(database, baseline: baseline, acknowledged: acks, cycle: cycle)
            survived += 1
        }
        // The last restart serves again, and sees what every cycle acknowledged.
        let server = try PortalServer(database: database)
        let health = try await server.request("/healthz")
        #expect(health.status == 200)
        #expect(server.stop().status == 0)
        print("crash safety: \(survived) SIGKILL cycles survived, \(acknowledgedTotal) acknowledged purchases all present")
    }

    /// Buys dialer minutes and licenses, each with its own key, until the server goes away.
    static func writer(_ index: Int, cycle: Int, token: String, product: String, port: UInt16, acknowledged: Shared<[Acknowledged]>) {
        let client = GraphQLLoadClient(port: port, token: token)
        var sequence = 0
        while true {
            sequence += 1
            let key = "crash-\(cycle)-\(index)-\(sequence)"
            let quantity = sequence % 40 + 1
            let dialer = sequence % 3 != 0
            let query =
                dialer
                ? "mutation($q: Int!, $k: String) { addDialerMinutesCredit(input: { minutes: $q, idempotencyKey: $k }) { order { id } userErrors { code } } }"
                : "mutation($q: Int!, $k: String, $p: ID!) { addLicenses(input: { productId: $p, quantity: $q, idempotencyKey: $k }) { order { id } userErrors { code } } }"
            var variables: [String: Any] = ["q": quantity, "k": key]
            if !dialer { variables["p"] = product }
            guard let response = try? client.send(query, variables: variables) else { return }
            guard response.status == 200 else { continue }
            let name = dialer ? "addDialerMinutesCredit" : "addLicenses"
            guard let id = response.json.at("data.\(name).order.id") as? String, let order = GlobalIDs.decode(id, as: "Order") else {
                continue
            }
            acknowledged.withLock { $0.append(Acknowledged(kind: name, order: order, quantity: quantity, key: key)) }
        }
    }

    /// The highest order and audit event ids of the seeded database.
    static func baseline(_ path: String) throws -> (order: Int64, audit: Int64) {
        return try TestDatabase.read(database: path) { db in
            (
                try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM orders") ?? 0,
                try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM audit_events") ?? 0
            )
        }
    }

    /// The database after a kill: whole, and holding every acknowledged purchase with all its parts.
    static func check(_ path: String, baseline: (order: Int64, audit: Int64), acknowledged: [Acknowledged], cycle: Int) throws {
        try TestDatabase.read(database: path) { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"], "cycle \(cycle)")
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty, "cycle \(cycle)")
            for ack in acknowledged {
                let order = try Row.fetchOne(db, sql: "SELECT status, total_minor FROM orders WHERE id = ?", arguments: [ack.order])
                #expect(order != nil, "cycle \(cycle): acknowledged order \(ack.order) (\(ack.kind)) is missing")
                let stored = try String.fetchOne(db, sql: "SELECT response FROM idempotency_keys WHERE key = ?", arguments: [ack.key])
                #expect(stored?.contains("\"orderID\":\(ack.order)") == true, "cycle \(cycle): key \(ack.key) -> \(stored ?? "none")")
                if ack.kind == "addDialerMinutesCredit" {
                    let minutes = try Int.fetchOne(
                        db, sql: "SELECT minutes FROM dialer_minute_entries WHERE order_id = ?", arguments: [ack.order])
                    #expect(minutes == ack.quantity, "cycle \(cycle): credit of order \(ack.order)")
                } else {
                    let seats = try Int.fetchOne(
                        db, sql: "SELECT quantity FROM purchased_products WHERE order_id = ?", arguments: [ack.order])
                    #expect(seats == ack.quantity, "cycle \(cycle): license of order \(ack.order)")
                }
            }
            // No half-applied purchase, acknowledged or not: each new order has its lines, one invoice with the same
            // lines and total, exactly one effect (a credit or a license), one idempotency key and one audit event.
            let halfApplied = try Row.fetchAll(
                db,
                sql: """
                    SELECT o.id,
                      (SELECT COUNT(*) FROM order_line_items l WHERE l.order_id = o.id) AS lines,
                      (SELECT COUNT(*) FROM invoices i WHERE i.order_id = o.id AND i.total_minor = o.total_minor) AS invoices,
                      (SELECT COUNT(*) FROM invoice_line_items il JOIN invoices i ON il.invoice_id = i.id WHERE i.order_id = o.id) AS invoiceLines,
                      (SELECT COUNT(*) FROM dialer_minute_entries d WHERE d.order_id = o.id)
                        + (SELECT COUNT(*) FROM purchased_products p WHERE p.order_id = o.id) AS effects
                    FROM orders o WHERE o.id > ?
                    """, arguments: [baseline.order]
            ).filter { row in
                (row["lines"] as Int) < 1 || row["invoices"] as Int != 1 || row["invoiceLines"] as Int != row["lines"] as Int
                    || row["effects"] as Int != 1
            }
            #expect(halfApplied.isEmpty, "cycle \(cycle): half-applied orders \(halfApplied)")
            let newOrders = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders WHERE id > ?", arguments: [baseline.order]) ?? 0
            let keys = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM idempotency_keys WHERE response LIKE '%orderID%'") ?? 0
            let claimedOnly = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM idempotency_keys WHERE response = ''") ?? 0
            let audits = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_events WHERE id > ?", arguments: [baseline.audit]) ?? 0
            #expect(newOrders == keys && newOrders == audits, "cycle \(cycle): orders \(newOrders), keys \(keys), audit events \(audits)")
            #expect(claimedOnly == 0, "cycle \(cycle): a key was claimed without its result")
            let orphans = try Int.fetchOne(
                db,
                sql:
                    "SELECT COUNT(*) FROM dialer_minute_entries d WHERE d.order_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = d.order_id)"
            )
            #expect(orphans == 0, "cycle \(cycle): ledger entries without their order")
        }
    }
}
