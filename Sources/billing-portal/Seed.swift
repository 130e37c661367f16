import ArgumentParser
import BillingStore
import Foundation

/// `billing-portal seed`: demo or scale data.
struct Seed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a database with the demo data, or with generated accounts and orders for load tests.",
        discussion: """
            Without --accounts, fills a new database with the demo data (nothing changes when it has accounts).
            With --accounts, adds that many generated accounts after the demo data; the same arguments always
            give the same content. It reports how long it took.

            Examples:
              billing-portal seed --db demo.sqlite
              billing-portal seed --db scale.sqlite --accounts 10000 --orders-per-account 100
            """)

    @Option(help: "The SQLite database file (created when missing).")
    var db: String

    @Option(help: "Generated accounts to add (scale data).")
    var accounts: Int?

    @Option(help: "Orders per generated account, each with 3 to 6 line items and an invoice (default: 100).")
    var ordersPerAccount: Int?

    func validate() throws {
        if let accounts, accounts < 0 { throw ValidationError("--accounts must not be negative.") }
        if let ordersPerAccount, ordersPerAccount < 0 {
            throw ValidationError("--orders-per-account must not be negative.")
        }
        if ordersPerAccount != nil, accounts == nil {
            throw ValidationError("--orders-per-account needs --accounts: the demo data has its own orders.")
        }
    }

    func run() async throws {
        let started = ContinuousClock.now
        let store = try BillingStore(path: db)
        if let accounts {
            let report = try await store.seedScale(accounts: accounts, ordersPerAccount: ordersPerAccount ?? 100)
            print("Added \(report.accounts) accounts and \(report.orders) orders to \(db) in \(Self.seconds(since: started)).")
        } else {
            try await store.seedDemo()
            print("Seeded the demo data into \(db) in \(Self.seconds(since: started)).")
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        return "\(Double(milliseconds) / 1000) s"
    }
}
