import Foundation
import GRDB
import Testing

/// 200 clients on 200 connections for 30 seconds against the real server: dashboard reads and purchases (dialer
/// minutes, new licenses, seat changes, default payment method), with idempotency keys, some reused at the same
/// time on purpose. Afterwards the database must agree with what the clients were told.
@Suite(.serialized) struct ConcurrencyTests {
    static let clients = 200
    static let seconds = 30.0
    static let accounts = 20

    /// What one account's clients use: its admin's token and the ids they act on.
    struct AccountSetup: Sendable {
        var index: Int
        var token: String
        var paymentMethods: [String]
        var license: String
        var licenseProduct: String
    }

    /// What the clients saw, merged under a lock.
    struct Tally: Sendable {
        var requests = 0
        var statuses: [Int: Int] = [:]
        var overloaded = 0
        var transportErrors = 0
        var topLevelErrors: [String] = []
        var userErrors: [String: Int] = [:]
        /// Dialer-minute credits acknowledged: order id -> (account index, minutes).
        var credits: [String: (account: Int, minutes: Int)] = [:]
        /// Every order id each idempotency key (keys are per account: "account index/key") was answered with.
        var keyOrders: [String: Set<String>] = [:]
        var operations: [String: Int] = [:]
        /// Answers that replayed a key's first result (a shared key sent again, possibly at the same moment).
        var replays = 0
    }

    @Test func twoHundredClientsMixingReadsAndPurchases() async throws {
        let folder = try TemporaryFolder()
        let database = folder.path("load.sqlite")
        let seeded = try PortalBinary.run(["seed", "--db", database, "--accounts", "\(Self.accounts)", "--orders-per-account", "3"])
        #expect(seeded.status == 0, "\(seeded.errors)")
        let before = try Self.ledger(database)
        let server = try PortalServer(database: database)
        let port = UInt16(server.base.port!)
        let setups = try await Self.setUp(server)

        let dashboard = EndToEndTests.dashboard
        let tally = Shared(Tally())
        let start = ContinuousClock.now
        let deadline = start + .seconds(Self.seconds)
        await LoadRunner.run(clients: Self.clients) { index in
            Self.client(
                index, setup: setups[index % setups.count], port: port, dashboard: dashboard, start: start, deadline: deadline, tally: tally
            )
        }
        let elapsed = ContinuousClock.now - start
        let stopped = server.stop()
        #expect(stopped.status == 0)
        let seen = tally.withLock { $0 }

        // Every answer was a 200 but for the documented admission refusal (retried by the clients).
        let unexpected = seen.statuses.filter { $0.key != 200 && $0.key != 503 }
        #expect(unexpected.isEmpty, "statuses \(seen.statuses)")
        #expect(seen.transportErrors == 0)
        #expect(seen.topLevelErrors.isEmpty, "\(seen.topLevelErrors.prefix(5))")
        #expect(seen.requests >= Self.clients, "the load ran: \(seen.requests) requests")
        #expect(seen.replays >= setups.count, "each account's burst was replayed: \(seen.replays)")
        #expect(seen.userErrors["addDialerMinutesCredit CONFLICT", default: 0] >= setups.count, "\(seen.userErrors)")

        try Self.checkDatabase(database, before: before, seen: seen, setups: setups)
        print(
            "concurrency: \(Self.clients) clients, \(seen.requests) requests in \(elapsed), statuses \(seen.statuses),"
                + " 503 retried \(seen.overloaded), transport errors \(seen.transportErrors), top-level errors \(seen.topLevelErrors.count),"
                + " userErrors \(seen.userErrors), operations \(seen.operations), credits acknowledged \(seen.credits.count), key replays \(seen.replays),"
                + " load \(Self.loadAverage())")
    }

    /// One client's loop until the deadline; every mutation carries an idempotency key, so a retry is safe.
    static func client(
        _ index: Int, setup: AccountSetup, port: UInt16, dashboard: String, start: ContinuousClock.Instant,
        deadline: ContinuousClock.Instant, tally: Shared<Tally>
    ) {
        let client = GraphQLLoadClient(port: port, token: setup.token)
        var random = LoadRandom(seed: UInt64(index))
        var sequence = 0
        while ContinuousClock.now < deadline {
            sequence += 1
            let roll = random.next(100)
            let operation: String
            let query: String
            var variables: [String: Any] = [:]
            // Keys shared by an account's clients within a quarter second: the same purchase sent concurrently.
            let bucket = Int((ContinuousClock.now - start) / .milliseconds(250))
            let shared = random.next(10) < 3
            switch sequence == 1 ? 50 : roll {
            case 0..<45:
                operation = "dashboard"
                query = dashboard
            case 45..<70:
                operation = "addDialerMinutesCredit"
                var key = shared ? "dm-shared-\(bucket)" : "dm-client\(index)-\(sequence)"
                // Now and then a shared key comes back with other input: a CONFLICT, never a second credit.
                var minutes = shared ? (bucket % 40 + 1) + (random.next(20) == 0 ? 1 : 0) : random.next(60) + 1
                if sequence == 1 {
                    // The opening burst: all ten clients of an account send one key at once, one of them with
                    // other input; exactly one purchase applies, the others replay it or are refused.
                    key = "dm-burst"
                    minutes = index / Self.accounts == 9 ? 8 : 7
                }
                query = """
                    mutation($m: Int!, $k: String) { addDialerMinutesCredit(input: { minutes: $m, idempotencyKey: $k }) {
                      order { id } dialerMinutes { balanceMinutes } userErrors { code } } }
                    """
                variables = ["m": minutes, "k": key]
            case 70..<80:
                operation = "addLicenses"
                let key = shared ? "lic-shared-\(bucket)" : "lic-client\(index)-\(sequence)"
                query = """
                    mutation($p: ID!, $q: Int!, $k: String) { addLicenses(input: { productId: $p, quantity: $q, idempotencyKey: $k }) {
                      order { id } purchasedProduct { id quantity } userErrors { code } } }
                    """
                variables = ["p": setup.licenseProduct, "q": shared ? 2 : random.next(3) + 1, "k": key]
            case 80..<90:
                operation = "changeLicenseQuantity"
                query = """
                    mutation($id: ID!, $q: Int!, $k: String) { changeLicenseQuantity(input: { purchasedProductId: $id, quantity: $q,
                      idempotencyKey: $k }) { order { id } purchasedProduct { quantity } userErrors { code } } }
                    """
                variables = ["id": setup.license, "q": random.next(30) + 1, "k": "seats-\(index)-\(sequence)"]
            default:
                operation = "setDefaultPaymentMethod"
                query = "mutation($id: ID!) { setDefaultPaymentMethod(id: $id) { paymentMethod { id isDefault } userErrors { code } } }"
                variables = ["id": setup.paymentMethods[random.next(setup.paymentMethods.count)]]
            }
            let answer = send(client, query, variables, tally: tally)
            guard let json = answer else { continue }
            tally.withLock { tally in
                tally.operations[operation, default: 0] += 1
                if let errors = json["errors"] as? [[String: Any]], !errors.isEmpty {
                    tally.topLevelErrors.append("\(operation): \(errors)")
                }
                let payload = (json["data"] as? [String: Any])?[operation] as? [String: Any]
                for error in payload?["userErrors"] as? [[String: Any]] ?? [] {
                    tally.userErrors["\(operation) \(error["code"] ?? "?")", default: 0] += 1
                }
                let orderID = (payload?["order"] as? [String: Any])?["id"] as? String
                if let key = variables["k"] as? String, let orderID {
                    let inserted = tally.keyOrders["\(setup.index)/\(key)", default: []].insert(orderID).inserted
                    if !inserted { tally.replays += 1 }
                }
                if operation == "addDialerMinutesCredit", let orderID, let minutes = variables["m"] as? Int {
                    tally.credits[orderID] = (setup.index, minutes)
                }
            }
        }
    }

    /// Sends until an answer other than 503 arrives (503 and transport failures are counted and retried).
    static func send(_ client: GraphQLLoadClient, _ query: String, _ variables: [String: Any], tally: Shared<Tally>) -> [String: Any]? {
        for _ in 0..<50 {
            do {
                let response = try client.send(query, variables: variables)
                tally.withLock {
                    $0.requests += 1
                    $0.statuses[response.status, default: 0] += 1
                    if response.status == 503 { $0.overloaded += 1 }
                }
                if response.status == 503 {
                    Thread.sleep(forTimeInterval: 0.05)
                    continue
                }
                return response.json
            } catch {
                tally.withLock { $0.transportErrors += 1 }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        return nil
    }

    /// Signs in each generated account's admin, adds a second card, buys one license: what the clients act on.
    static func setUp(_ server: PortalServer) async throws -> [AccountSetup] {
        var setups: [AccountSetup] = []
        for index in 1...accounts {
            let login = try await server.graphQL(
                "mutation($e: String!) { login(email: $e, password: \"demo-password\") { token } }",
                variables: ["e": "admin.\(index)@scale.test"])
            let token = try #require(login.json.at("data.login.token") as? String, "\(login.json)")
            let card = try await server.graphQL(
                """
                mutation { addPaymentMethod(input: { card: { number: "5555555555554444", expMonth: 12, expYear: 2031,
                  holderName: "Load Test" } }) { paymentMethod { id } userErrors { code } } }
                """, token: token)
            #expect(card.json.at("data.addPaymentMethod.paymentMethod.id") != nil, "\(card.json)")
            let read = try await server.graphQL(
                "{ account { paymentMethods { id isDefault } } products(kind: LICENSE) { id } }", token: token)
            let methods = (read.json.at("data.account.paymentMethods") as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            let product = try #require((read.json.at("data.products") as? [[String: Any]])?.first?["id"] as? String)
            let bought = try await server.graphQL(
                "mutation($p: ID!) { addLicenses(input: { productId: $p, quantity: 5 }) { purchasedProduct { id } userErrors { code } } }",
                variables: ["p": product], token: token)
            let license = try #require(bought.json.at("data.addLicenses.purchasedProduct.id") as? String, "\(bought.json)")
            #expect(methods.count == 2)
            setups.append(AccountSetup(index: index, token: token, paymentMethods: methods, license: license, licenseProduct: product))
        }
        return setups
    }

    /// Dialer minutes per account name, the highest dialer entry id and order id: the state before the load.
    struct Ledger {
        var minutes: [String: Int]
        var lastEntry: Int64
        var lastOrder: Int64
    }

    static func ledger(_ path: String) throws -> Ledger {
        return try TestDatabase.read(database: path) { db in
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT a.name, COALESCE(SUM(d.minutes), 0) AS m FROM accounts a LEFT JOIN dialer_minute_entries d ON d.account_id = a.id GROUP BY a.id"
            )
            return Ledger(
                minutes: Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as String, $0["m"] as Int) }),
                lastEntry: try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM dialer_minute_entries") ?? 0,
                lastOrder: try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM orders") ?? 0)
        }
    }

    /// The database after the load against what the clients were told.
    static func checkDatabase(_ path: String, before: Ledger, seen: Tally, setups: [AccountSetup]) throws {
        try TestDatabase.read(database: path) { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)

            // The ledger grew by exactly the acknowledged credits, entry for entry.
            let entries = try Row.fetchAll(
                db, sql: "SELECT order_id, minutes FROM dialer_minute_entries WHERE id > ?", arguments: [before.lastEntry])
            let applied = Dictionary(
                uniqueKeysWithValues: entries.map { (GlobalIDs.encode("Order", $0["order_id"] as Int64), $0["minutes"] as Int) })
            #expect(applied.count == seen.credits.count, "applied \(applied.count) credits, acknowledged \(seen.credits.count)")
            #expect(applied == seen.credits.mapValues { $0.minutes })
            let total = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(minutes), 0) FROM dialer_minute_entries") ?? 0
            #expect(total == before.minutes.values.reduce(0, +) + seen.credits.values.reduce(0) { $0 + $1.minutes })

            // Exactly one default payment method per account.
            let defaults = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, (SELECT COUNT(*) FROM payment_methods p WHERE p.account_id = a.id AND p.is_default = 1
                      AND p.removed_at IS NULL) AS n FROM accounts a
                    """)
            #expect(defaults.allSatisfy { $0["n"] as Int == 1 }, "\(defaults.filter { $0["n"] as Int != 1 })")

            // Each key was applied at most once: every order the load placed is the one stored for exactly one key,
            // and every client asking with a key was answered with that key's one order.
            #expect(seen.keyOrders.values.allSatisfy { $0.count == 1 }, "\(seen.keyOrders.filter { $0.value.count > 1 })")
            let newOrders = try Int64.fetchAll(db, sql: "SELECT id FROM orders WHERE id > ?", arguments: [before.lastOrder])
            let keyed = try String.fetchAll(db, sql: "SELECT response FROM idempotency_keys").compactMap { response -> Int64? in
                let json = try? JSONSerialization.jsonObject(with: Data(response.utf8)) as? [String: Any]
                return (json?["orderID"] as? NSNumber)?.int64Value
            }
            let setupOrders = Set(newOrders).subtracting(keyed)
            #expect(keyed.count == Set(keyed).count, "one order per key")
            #expect(setupOrders.count == setups.count, "orders without a key: only each account's setup purchase")
            #expect(Set(keyed).isSubset(of: Set(newOrders)))
            let keyedAcknowledged = Set(seen.keyOrders.values.compactMap(\.first))
            #expect(keyedAcknowledged.isSubset(of: Set(keyed.map { GlobalIDs.encode("Order", $0) })))
        }
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }
}
