import ArgumentParser
import BillingStore
import Foundation

/// `billing-portal token`: an API token for scripts.
struct Token: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a new API token (valid 30 days) for a user, to send as 'Authorization: Bearer <token>'.",
        discussion: """
            Example:
              TOKEN=$(billing-portal token --db billing.sqlite --email admin@acme.test)
              billing-portal query --url http://127.0.0.1:8080/graphql --token "$TOKEN" '{ viewer { name } }'
            """)

    @Option(help: "The SQLite database file.")
    var db: String

    @Option(help: "The user's email.")
    var email: String

    func validate() throws {
        try requireDatabase(at: db)
    }

    func run() async throws {
        let store = try BillingStore(path: db)
        guard let user = try await store.user(email: email) else {
            throw ValidationError("No user has the email \(email).")
        }
        print(try await store.createToken(userID: user.id))
    }
}

/// Refuses a database path with no file: opening it would create an empty database, hiding a typo.
func requireDatabase(at path: String) throws {
    guard FileManager.default.fileExists(atPath: path) else {
        throw ValidationError("No database at \(path); create one with 'billing-portal seed --db \(path)'.")
    }
}
