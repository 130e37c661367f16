import BillingStore
import Foundation
import GraphQLEngine
import Testing

@testable import BillingAPI

/// The demo database behind a `BillingService` on a real SQLite file, at a fixed clock, with what mutation tests ask.
struct MutationHarness {
    let fixture: APIFixture
    let acme: Int64
    let globex: Int64

    /// 2026-11-27T10:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_795_773_600)

    init() async throws {
        fixture = try await APIFixture(options: BillingOptions(now: { MutationHarness.now }))
        acme = try await fixture.store.user(email: "admin@acme.test")!.accountID!
        globex = try await fixture.store.user(email: "admin@globex.test")!.accountID!
    }

    var store: BillingStore { fixture.store }

    /// Runs `query` as `email` (Acme's Billing Admin by default), expecting no top-level error.
    func run(
        _ query: String, as email: String = "admin@acme.test", sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async throws -> JSONValue {
        let result = try await fixture.run(query, as: email)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.message))", sourceLocation: sourceLocation)
        return try #require(result.data, sourceLocation: sourceLocation)
    }

    /// Runs one mutation field and returns its payload.
    func mutate(
        _ field: String, _ selection: String, as email: String = "admin@acme.test",
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    )
        async throws -> JSONValue
    {
        let name = String(field.prefix { $0 != "(" })
        let data = try await run(
            "mutation { \(field) { \(selection) userErrors { field message code } } }", as: email, sourceLocation: sourceLocation)
        return try #require(data[name], sourceLocation: sourceLocation)
    }

    /// The payload's userErrors as (path joined with dots, code).
    static func errors(_ payload: JSONValue) -> [String] {
        (payload["userErrors"]?.listValue ?? []).map { error in
            let path = (error["field"]?.listValue ?? []).compactMap(\.stringValue).joined(separator: ".")
            return "\(path) \(error["code"]?.stringValue ?? "?")"
        }
    }

    /// How many audit events the account has.
    func auditCount(_ accountID: Int64) async throws -> Int {
        try await store.auditEvents(accountID: accountID, first: 10_000).items.count
    }

    func account(_ accountID: Int64) async throws -> Account {
        try await store.accounts(ids: [accountID])[accountID]!
    }

    func balance(_ accountID: Int64) async throws -> Int {
        try await store.dialerBalance(accountIDs: [accountID])[accountID]!
    }

    /// The global ids of an account's saved payment methods, default first.
    func paymentMethodIDs(_ accountID: Int64) async throws -> [String] {
        try await store.paymentMethods(accountIDs: [accountID])[accountID]!.map { GlobalID.encode("PaymentMethod", $0.id) }
    }

    /// The bytes of the database file and its write-ahead log.
    func databaseBytes() throws -> [Data] {
        let main = fixture.folder.appendingPathComponent("billing.sqlite")
        let wal = fixture.folder.appendingPathComponent("billing.sqlite-wal")
        return try [main, wal].filter { FileManager.default.fileExists(atPath: $0.path) }.map { try Data(contentsOf: $0) }
    }
}
