import ArgumentParser
import BillingStore

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

    func run() async throws {
        let store = try BillingStore(path: db)
        guard let user = try await store.user(email: email) else {
            throw ValidationError("No user has the email \(email).")
        }
        print(try await store.createToken(userID: user.id))
    }
}
