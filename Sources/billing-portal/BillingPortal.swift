import ArgumentParser

/// The `billing-portal` command: serve the API, run one query, make a database, issue a token.
@main
struct BillingPortal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "billing-portal",
        abstract: "The BillingPortal GraphQL billing API: server and tools.",
        discussion: """
            Start the server with the demo data (creates billing.sqlite when missing):
              billing-portal serve
            then open http://127.0.0.1:8080/ for the playground. Demo logins: admin@acme.test, member@acme.test,
            admin@globex.test, csm@portal.test, support@portal.test; every password is demo-password.
            """,
        subcommands: [Serve.self, Query.self, Seed.self, Token.self]
    )
}
