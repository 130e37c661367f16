import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct PlaygroundTests {
    @Test func servesThePageItsFilesAndTheSchemaToSignedInClients() async throws {
        let server = try await TestServer()
        let token = try await server.token(for: "member@acme.test")
        try await server.test { client in
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains("BillingPortal GraphQL playground"))
            let files: [(String, String)] = [
                ("app.js", "text/javascript; charset=utf-8"), ("style.css", "text/css; charset=utf-8"),
            ]
            for (name, type) in files {
                let file = try await client.execute(uri: "/playground/\(name)", method: .get)
                #expect(file.status == .ok, "\(name)")
                #expect(file.headers[.contentType] == type)
                #expect(file.body.readableBytes > 100)
            }
            let anonymous = try await client.execute(uri: "/schema.graphql", method: .get)
            #expect(anonymous.status == .unauthorized)
            #expect(!anonymous.text.contains("type Query"))
            let forged = try await client.execute(uri: "/schema.graphql", method: .get, headers: [.authorization: "Bearer not-a-token"])
            #expect(forged.status == .unauthorized)
            let schema = try await client.execute(uri: "/schema.graphql", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(schema.status == .ok)
            #expect(schema.text.contains("type Query {"))
            #expect(schema.text.contains("@auth"))
        }
    }

    @Test func servesNothingOutsideThePlaygroundFolder() async throws {
        let server = try await TestServer()
        try await server.test { client in
            for path in ["/playground/missing.js", "/playground/..%2FPackage.swift", "/playground/../Package.swift"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .notFound, "\(path)")
            }
        }
    }
}
