import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct QueryLimitTests {
    static let dashboard = try! String(
        contentsOfFile: TestServer.resources + "/Tests/GraphQLEngineTests/Fixtures/dashboard.graphql", encoding: .utf8)

    @Test func theDashboardQueryFitsTheLimits() async throws {
        let server = try await TestServer()
        let token = try await server.token(for: "admin@acme.test")
        try await server.test { client in
            let response = try await client.graphQL(Self.dashboard, token: token)
            #expect(response.status == .ok)
            #expect(response.errorMessages.isEmpty, "\(response.errorMessages)")
            let cost = (response.json["extensions"] as? [String: Any])?["cost"] as? [String: Any]
            let requested = try #require(cost?["requestedQueryCost"] as? Int)
            #expect(requested > 1_000 && requested <= 10_000)
        }
    }

    @Test func anExpensiveQueryIsRefusedBeforeItRuns() async throws {
        let server = try await TestServer()
        let token = try await server.token(for: "admin@acme.test")
        let statementsBefore = server.store.statementCounter.count
        try await server.test { client in
            let query = "query($n: Int) { account { orders(first: $n) { nodes { lineItems { description } } } } }"
            let response = try await client.graphQL(query, variables: #"{"n": 5000}"#, token: token)
            #expect(response.status == .badRequest)
            #expect(response.errorCodes == ["QUERY_TOO_COMPLEX"])
            #expect(response.errorMessages == ["Query cost 15002 exceeds the maximum of 10000."])
            #expect(response.json["data"] == nil)
            let cost = (response.json["extensions"] as? [String: Any])?["cost"] as? [String: Any]
            #expect(cost?["requestedQueryCost"] as? Int == 15002)
            let legacy = try await client.graphQL(query, variables: #"{"n": 5000}"#, accept: "application/json", token: token)
            #expect(legacy.status == .ok)
            #expect(legacy.errorCodes == ["QUERY_TOO_COMPLEX"])
        }
        // Only the token lookup of the refused requests' viewers would touch SQL; none ran.
        #expect(server.store.statementCounter.count == statementsBefore)
    }

    @Test func aDeepQueryIsRefusedNamingTheDepth() async throws {
        let server = try await TestServer { $0.limits.maximumDepth = 3 }
        try await server.test { client in
            let response = try await client.graphQL("{ account { orders { nodes { number } } } }")
            #expect(response.status == .badRequest)
            #expect(response.errorMessages == ["Query depth 4 exceeds the maximum of 3."])
        }
    }
}
