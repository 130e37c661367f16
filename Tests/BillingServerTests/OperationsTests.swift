import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct OperationsTests {
    @Test func healthzChecksTheDatabase() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(response.text == "ok\n")
        }
    }

    @Test func metricsCountRequestsStatementsAndTheDocumentCache() async throws {
        let server = try await TestServer()
        let token = try await server.token(for: "admin@acme.test")
        try await server.test { client in
            for _ in 0..<3 { _ = try await client.graphQL("query Who { viewer { name } }", token: token) }
            _ = try await client.graphQL("query Who { viewer { nme } }", token: token)
            _ = try await client.graphQL("{ viewer { name } }")
            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            let lines = response.text.split(separator: "\n").map(String.init)
            #expect(lines.contains(#"graphql_requests_total{operation="Who",outcome="success"} 3"#), "\(response.text)")
            #expect(lines.contains(#"graphql_requests_total{operation="Who",outcome="rejected"} 1"#))
            #expect(lines.contains(#"graphql_requests_total{operation="anonymous",outcome="partial"} 1"#))
            #expect(lines.contains("graphql_request_duration_seconds_count 5"))
            #expect(lines.contains("graphql_document_cache_hits_total 2"))
            #expect(lines.contains("graphql_document_cache_misses_total 3"))
            #expect(lines.contains("graphql_executions_running 0.0"))
            let statements = lines.first { $0.hasPrefix("sql_statements_total ") }.flatMap { Int($0.split(separator: " ")[1]) }
            #expect((statements ?? 0) >= 4)
        }
    }
}
