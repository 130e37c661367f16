import Foundation
import Testing

/// A real failure inside the running server: the client sees only INTERNAL_SERVER_ERROR, the log has the detail.
@Suite(.serialized) struct ErrorMaskingTests {
    @Test func aBrokenTableIsMaskedForTheClientAndLoggedWithTheRequestID() async throws {
        let folder = try TemporaryFolder()
        let database = folder.path("broken.sqlite")
        let server = try PortalServer(database: database)
        let token = try await server.login("admin@acme.test")
        let auth = ["Authorization": "Bearer \(token)"]

        // Another process renames a table the orders resolver reads, under the running server.
        try TestDatabase.write("ALTER TABLE orders RENAME TO orders_gone", database: database)
        let resolver = try await server.post(json: ["query": "{ account { name orders(first: 2) { nodes { number } } } }"], headers: auth)
        #expect(resolver.status == 200)
        #expect(resolver.errorMessages == ["Internal server error."])
        #expect(resolver.errorCodes == ["INTERNAL_SERVER_ERROR"])

        // The tokens table goes too: the request fails before execution, in the endpoint.
        try TestDatabase.write("ALTER TABLE api_tokens RENAME TO api_tokens_gone", database: database)
        let endpoint = try await server.post(json: ["query": "{ viewer { email } }"], headers: auth)
        #expect(endpoint.status == 500)
        #expect(endpoint.errorMessages == ["Internal server error."])
        #expect(endpoint.errorCodes == ["INTERNAL_SERVER_ERROR"])

        for answer in [resolver, endpoint] {
            for leak in [
                "orders_gone", "api_tokens", "no such table", "SQLite", "sqlite", "SELECT", "FROM", ".swift", "/", "DatabaseError",
            ] {
                #expect(!answer.text.contains(leak), "the response shows \(leak): \(answer.text)")
            }
        }
        let ids = try [resolver, endpoint].map { try #require($0.headers["x-request-id"]) }
        let stopped = server.stop()
        let lines = stopped.log.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
        let errorLines = lines.filter { $0["level"] as? String == "error" }
        let resolverLine = errorLines.first { $0["request_id"] as? String == ids[0] }
        #expect(resolverLine?["message"] as? String == "internal error", "\(errorLines)")
        #expect((resolverLine?["error"] as? String)?.contains("no such table: orders") == true, "\(resolverLine ?? [:])")
        let endpointLine = errorLines.first { $0["request_id"] as? String == ids[1] }
        #expect(endpointLine?["message"] as? String == "request failed", "\(errorLines)")
        #expect((endpointLine?["error"] as? String)?.contains("no such table: api_tokens") == true, "\(endpointLine ?? [:])")
    }
}
