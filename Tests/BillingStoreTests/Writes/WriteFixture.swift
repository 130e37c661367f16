import Foundation
import GRDB

@testable import BillingStore

/// The demo database on a real file, with the ids and helpers the write tests share.
struct WriteFixture {
    let temp: TemporaryStore
    let acme: Int64
    let globex: Int64
    let ada: WriteActor
    let cora: WriteActor
    let milo: Int64
    let gus: Int64
    /// Acme's default card and its bank account.
    let acmeCard: Int64
    let acmeBank: Int64
    let globexCard: Int64

    /// 2026-11-27T10:00:00Z, the clock every write test runs at.
    static let now = Date(timeIntervalSince1970: 1_795_773_600)

    init() async throws {
        temp = try await TemporaryStore(seedDemo: true)
        acme = try await temp.accountID("Acme Corp")
        globex = try await temp.accountID("Globex")
        ada = WriteActor(userID: try await temp.userID("admin@acme.test"), now: Self.now)
        cora = WriteActor(userID: try await temp.userID("csm@portal.test"), now: Self.now)
        milo = try await temp.userID("member@acme.test")
        gus = try await temp.userID("admin@globex.test")
        let (acme, globex) = (acme, globex)
        let methods = try await temp.read { db in
            try PaymentMethod.fetchAll(db, sql: "SELECT * FROM payment_methods ORDER BY id")
        }
        acmeCard = methods.first { $0.accountID == acme && $0.kind == .card }!.id
        acmeBank = methods.first { $0.accountID == acme && $0.kind == .bankAccount }!.id
        globexCard = methods.first { $0.accountID == globex }!.id
    }

    var store: BillingStore { temp.store }

    /// The number of rows of `table`, optionally filtered by a WHERE clause.
    func count(_ table: String, _ condition: String = "1 = 1", _ arguments: StatementArguments = []) async throws -> Int {
        try await temp.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) WHERE \(condition)", arguments: arguments)! }
    }

    /// The newest audit event of every account.
    func lastAudit() async throws -> AuditEvent? {
        try await temp.read { db in try AuditEvent.fetchOne(db, sql: "SELECT * FROM audit_events ORDER BY id DESC LIMIT 1") }
    }

    /// An account's dialer-minute balance.
    func balance(_ accountID: Int64) async throws -> Int {
        try await store.dialerBalance(accountIDs: [accountID])[accountID] ?? 0
    }

    /// A card to save for an account.
    static func card(last4: String = "1111", isDefault: Bool = false, isOneTime: Bool = false) -> NewPaymentMethod {
        NewPaymentMethod(
            kind: .card, brand: "VISA", last4: last4, expMonth: 12, expYear: 2030, holderName: "Ada Admin", isDefault: isDefault,
            isOneTime: isOneTime)
    }
}

extension TemporaryStore {
    /// The id of the user with this email.
    func userID(_ email: String) async throws -> Int64 {
        try await read { db in try Int64.fetchOne(db, sql: "SELECT id FROM users WHERE email = ?", arguments: [email])! }
    }
}

/// Runs `body` and returns the `WriteError` it threw, nil when it threw none (any other error fails the test).
func writeError(_ body: () async throws -> some Any) async throws -> WriteError? {
    do {
        _ = try await body()
        return nil
    } catch let error as WriteError {
        return error
    }
}
