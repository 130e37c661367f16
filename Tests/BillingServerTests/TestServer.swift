import BillingAPI
import BillingServer
import BillingStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging

/// The application the binary runs, over an in-memory demo database, for `app.test(.router)`.
struct TestServer {
    /// The checkout's root, which holds `playground/` and `schema/`.
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    let store: BillingStore
    let service: BillingService
    let options: ServerOptions
    let logger: Logger

    /// A server over `store` (a new in-memory demo database by default), logging to `logger`.
    init(
        store: BillingStore? = nil, logger: Logger = Logger(label: "test"),
        configure: (inout ServerOptions) -> Void = { _ in }
    ) async throws {
        let store = try store ?? BillingStore.inMemory()
        try await store.seedDemo()
        self.store = store
        self.logger = logger
        var options = ServerOptions()
        options.resources = Self.resources
        configure(&options)
        self.options = options
        service = try makeService(store: store, options: options, logger: logger)
    }

    /// A fresh API token for a demo user.
    func token(for email: String) async throws -> String {
        guard let user = try await store.user(email: email) else { throw TestFailure("no user \(email)") }
        return try await store.createToken(userID: user.id)
    }

    /// Runs `body` against the router `buildRouter` makes, through HummingbirdTesting.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: buildRouter(service: service, options: options), logger: logger)
        try await app.test(.router, body)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension TestClientProtocol {
    /// POSTs a GraphQL request as JSON with the given Accept header and token.
    func graphQL(
        _ query: String, variables: String? = nil, accept: String? = "application/graphql-response+json",
        token: String? = nil
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let accept { headers[.accept] = accept }
        if let token { headers[.authorization] = "Bearer \(token)" }
        var body = #"{"query":"# + jsonString(query)
        if let variables { body += #","variables":"# + variables }
        body += "}"
        return try await execute(uri: "/graphql", method: .post, headers: headers, body: ByteBuffer(string: body))
    }
}

/// A Swift string as a JSON string literal.
func jsonString(_ text: String) -> String {
    let data = try! JSONSerialization.data(withJSONObject: [text], options: [])
    let array = String(decoding: data, as: UTF8.self)
    return String(array.dropFirst().dropLast())
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body parsed as JSON (Foundation is fine in tests).
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    var errorMessages: [String] {
        (json["errors"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
    }

    var errorCodes: [String] {
        (json["errors"] as? [[String: Any]] ?? []).compactMap { ($0["extensions"] as? [String: Any])?["code"] as? String }
    }
}
