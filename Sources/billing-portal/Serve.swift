import ArgumentParser
import BillingServer
import BillingStore
import Foundation
import Hummingbird
import Logging

/// `billing-portal serve`: the HTTP server.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the GraphQL API, the playground, invoice PDFs, /healthz and /metrics.",
        discussion: """
            A missing database is created, migrated and filled with the demo data; an existing one is migrated.
            Logs are JSON lines on standard error, each with the request id that the X-Request-Id header shows.
            SIGTERM or SIGINT stop the server after the requests in flight have finished.

            Example:
              billing-portal serve --port 8080 --db billing.sqlite
              curl -s http://127.0.0.1:8080/healthz
            """)

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one (the chosen port is printed).")
    var port = 8080

    @Option(help: "The SQLite database file.")
    var db = "billing.sqlite"

    @Option(help: "The folder holding playground/ and schema/billing.graphql.")
    var resources = "."

    @Option(help: "The lowest log level written: trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    @Option(help: "Parsed and validated documents kept by query text; 0 turns the document cache off.")
    var documentCacheCapacity = 512

    @Flag(help: "Serve /ceiling?bytes=N, a constant body with no GraphQL and no SQL, for load tests.")
    var ceilingRoute = false

    @Flag(
        inversion: .prefixedNo,
        help: "Tune glibc's malloc for large answers (trim and mmap thresholds, top pad); logged at start-up.")
    var mallocTuning = true

    @Option(help: "Seconds a connection may stay silent, between requests or halfway through one, before it is closed.")
    var idleTimeout = 30

    @Option(help: "Seconds a request body may take to arrive whole before the answer is 408 and the connection closes.")
    var bodyTimeout = 60

    @Option(help: "Failed sign-ins for one email, within --login-window seconds, that lock the email.")
    var loginFailures = 10

    @Option(help: "Seconds in which --login-failures failed sign-ins lock an email.")
    var loginWindow = 60

    @Option(help: "Seconds a locked email refuses every sign-in, even with the right password.")
    var loginLockout = 900

    @Option(
        help: """
            What invoice download links start with: a path such as /billing behind a proxy that serves this server \
            under it, or an absolute https://billing.example.com; links are relative to the root by default.
            """)
    var publicURL = ""

    @Option(help: "GraphQL executions running at once (default: four per core); more wait in a queue.")
    var concurrentExecutions: Int?

    func validate() throws {
        if documentCacheCapacity < 0 { throw ValidationError("--document-cache-capacity must not be negative.") }
        if let concurrentExecutions, concurrentExecutions < 1 {
            throw ValidationError("--concurrent-executions must be at least 1.")
        }
        if idleTimeout < 1 { throw ValidationError("--idle-timeout must be at least 1 second.") }
        if bodyTimeout < 1 { throw ValidationError("--body-timeout must be at least 1 second.") }
        if loginFailures < 1 || loginWindow < 1 || loginLockout < 1 {
            throw ValidationError("--login-failures, --login-window and --login-lockout must be at least 1.")
        }
        var options = ServerOptions()
        do { try options.publicURL(publicURL) } catch { throw ValidationError(error.description) }
    }

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = JSONLogHandler(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "BillingPortal")
        if mallocTuning {
            let report = MallocTuning.apply()
            let level: Logger.Level = report.isComplete ? .info : .warning
            logger.log(level: level, "malloc tuning", metadata: ["settings": "\(report.summary)"])
        } else {
            logger.info("malloc tuning off", metadata: ["settings": "glibc defaults"])
        }
        var options = ServerOptions()
        options.hostname = host
        options.port = port
        options.resources = resources
        options.documentCacheCapacity = documentCacheCapacity
        options.ceilingRoute = ceilingRoute
        options.idleTimeoutSeconds = idleTimeout
        options.bodyTimeoutSeconds = bodyTimeout
        options.loginThrottle = LoginThrottle(
            maximumFailures: loginFailures, window: TimeInterval(loginWindow), lockout: TimeInterval(loginLockout))
        try options.publicURL(publicURL)
        if let concurrentExecutions { options.concurrentExecutions = concurrentExecutions }
        // Checked before the database is touched, so a wrong folder leaves no stray database behind.
        guard FileManager.default.fileExists(atPath: options.schemaPath) else {
            throw MissingResources(path: options.schemaPath)
        }
        let store = try BillingStore(path: db, concurrentQueries: options.concurrentExecutions)
        try await store.seedDemo()
        let host = self.host
        let app = try buildApplication(store: store, options: options, logger: logger) { port in
            // Written straight to the descriptor: a test or script waits for this line to learn the port.
            FileHandle.standardOutput.write(Data("BillingPortal listening on http://\(host):\(port)\n".utf8))
        }
        try await app.runService()
    }
}
