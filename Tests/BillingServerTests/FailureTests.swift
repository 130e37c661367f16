import BillingStore
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

@testable import BillingServer

/// What clients see when the server cannot answer: masked internal errors, a full execution queue.
@Suite struct FailureTests {
    @Test func internalErrorsAreMaskedAndLoggedWithTheRequestID() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("billing.sqlite").path
        let capture = LogCapture()
        let logger = Logger(label: "test") { _ in CapturingLogHandler(capture: capture) }
        let server = try await TestServer(store: try BillingStore(path: path), logger: logger)
        let token = try await server.token(for: "admin@acme.test")
        // Break the database under the running service: the orders table disappears.
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in try db.execute(sql: "ALTER TABLE orders RENAME TO orders_gone") }
        try await server.test { client in
            let response = try await client.graphQL("{ account { name orders(first: 2) { nodes { number } } } }", token: token)
            #expect(response.status == .ok)
            #expect(response.errorMessages == ["Internal server error."])
            #expect(response.errorCodes == ["INTERNAL_SERVER_ERROR"])
            #expect(!response.text.contains("orders_gone") && !response.text.contains("no such table"))
            let requestID = try #require(response.headers[HTTPFields.Element.Name("X-Request-Id")!])
            let errors = capture.entries.filter { $0.level == .error }
            #expect(
                errors.contains { $0.metadata["hb.request.id"] == requestID && $0.metadata["error"]?.contains("orders") == true },
                "\(errors)")
        }
    }

    @Test func aFullQueueAnswers503WithRetryAfter() async throws {
        let server = try await TestServer()
        let gate = ExecutionGate(capacity: 1, queueLimit: 0)
        #expect(await gate.enter())
        let app = Application(router: buildRouter(service: server.service, options: server.options, gate: gate))
        try await app.test(.router) { client in
            let busy = try await client.graphQL("{ __typename }")
            #expect(busy.status == .serviceUnavailable)
            #expect(busy.headers[.retryAfter] == "1")
            #expect(busy.errorCodes == ["OVERLOADED"])
            gate.leave()
            let served = try await client.graphQL("{ __typename }")
            #expect(served.status == .ok)
            #expect(gate.load == (running: 0, waiting: 0))
        }
    }
}

/// Log entries kept in memory: level, message and metadata as text.
final class LogCapture: Sendable {
    struct Entry: Sendable {
        let level: Logger.Level
        let message: String
        let metadata: [String: String]
    }

    private let storage = Mutex<[Entry]>([])

    var entries: [Entry] { storage.withLock { $0 } }

    func append(_ entry: Entry) {
        storage.withLock { $0.append(entry) }
    }
}

struct CapturingLogHandler: LogHandler {
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        capture.append(
            LogCapture.Entry(
                level: event.level, message: event.message.description, metadata: merged.mapValues(\.description)))
    }
}
