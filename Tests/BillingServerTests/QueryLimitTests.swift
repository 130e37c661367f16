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
            #expect(response.errorCodes == ["QUERY_TOO_COMPLEX", "BAD_USER_INPUT"])
            #expect(
                response.errorMessages == [
                    "Query cost 15002 exceeds the maximum of 10000.", #"Argument "first" must be at most 100; got 5000."#,
                ])
            #expect(response.json["data"] == nil)
            let cost = (response.json["extensions"] as? [String: Any])?["cost"] as? [String: Any]
            #expect(cost?["requestedQueryCost"] as? Int == 15002)
            let legacy = try await client.graphQL(query, variables: #"{"n": 5000}"#, accept: "application/json", token: token)
            #expect(legacy.status == .ok)
            #expect(legacy.errorCodes == ["QUERY_TOO_COMPLEX", "BAD_USER_INPUT"])
        }
        // Only the token lookup of the refused requests' viewers would touch SQL; none ran.
        #expect(server.store.statementCounter.count == statementsBefore)
    }

    /// A page size out of range is refused before execution: one request error, not an `account: null` carried up
    /// from the connection through every non-null parent, with the rest of the account lost.
    @Test func aPageSizeOutOfRangeIsARequestErrorAndNothingRuns() async throws {
        let server = try await TestServer()
        let token = try await server.token(for: "admin@acme.test")
        let statementsBefore = server.store.statementCounter.count
        try await server.test { client in
            let query = "query($n: Int) { account { name invoices(first: 5) { totalCount } orders(first: $n) { totalCount } } }"
            for (size, message) in [
                (101, #"Argument "first" must be at most 100; got 101."#), (-1, #"Argument "first" must not be negative; got -1."#),
            ] {
                let response = try await client.graphQL(query, variables: #"{"n": \#(size)}"#, token: token)
                #expect(response.status == .badRequest)
                #expect(response.errorCodes == ["BAD_USER_INPUT"])
                #expect(response.errorMessages == [message])
                #expect(response.json["data"] == nil)
            }
        }
        #expect(server.store.statementCounter.count == statementsBefore)
        try await server.test { client in
            let response = try await client.graphQL(
                "{ account { orders(first: 100) { totalCount } invoices(first: 0) { totalCount } } }", token: token)
            #expect(response.status == .ok)
            #expect(response.errorMessages.isEmpty)
        }
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
