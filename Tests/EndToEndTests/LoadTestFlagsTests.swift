import Foundation
import Testing

/// `serve`'s load-test switches on the real binary: `--ceiling-route` (off by default) and
/// `--document-cache-capacity` (0 turns the cache off).
@Suite struct LoadTestFlagsTests {
    @Test func theCeilingRouteNeedsItsFlag() async throws {
        let folder = try TemporaryFolder()
        let plain = try PortalServer(database: folder.path("plain.sqlite"))
        #expect(try await plain.request("/ceiling?bytes=500").status == 404)
        #expect(plain.stop().status == 0)

        let flagged = try PortalServer(database: folder.path("flagged.sqlite"), options: ["--ceiling-route"])
        let response = try await flagged.request("/ceiling?bytes=500")
        #expect(response.status == 200)
        #expect(response.body.count == 500)
        #expect(flagged.stop().status == 0)
    }

    @Test func aZeroDocumentCacheCapacityParsesEveryRequest() async throws {
        let folder = try TemporaryFolder()
        for (options, hits) in [([String](), 2), (["--document-cache-capacity", "0"], 0)] {
            let server = try PortalServer(database: folder.path("cache\(hits).sqlite"), options: options)
            for _ in 0..<3 { _ = try await server.graphQL("{ viewer { name } }") }
            let metrics = String(decoding: try await server.request("/metrics").body, as: UTF8.self)
            #expect(metrics.contains("graphql_document_cache_hits_total \(hits)\n"), "\(options): \(metrics)")
            #expect(server.stop().status == 0)
        }
    }

    @Test func oneConcurrentExecutionStillServesParallelRequests() async throws {
        let folder = try TemporaryFolder()
        let server = try PortalServer(database: folder.path("gate.sqlite"), options: ["--concurrent-executions", "1"])
        let token = try await server.login("admin@acme.test")
        let names = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let answer = try await server.graphQL("{ account { name orders(first: 20) { nodes { number } } } }", token: token)
                    return ((answer.json["data"] as? [String: Any])?["account"] as? [String: Any])?["name"] as? String
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(names == Array(repeating: "Acme Corp", count: 8))
        #expect(server.stop().status == 0)
        let refused = try PortalBinary.run(["serve", "--concurrent-executions", "0", "--db", "/nonexistent/never.sqlite"])
        #expect(refused.status != 0 && refused.errors.contains("--concurrent-executions must be at least 1."))
    }

    @Test func aNegativeDocumentCacheCapacityIsRefused() throws {
        let run = try PortalBinary.run(["serve", "--document-cache-capacity=-1", "--db", "/nonexistent/never.sqlite"])
        #expect(run.status != 0)
        #expect(run.errors.contains("--document-cache-capacity must not be negative."))
    }
}
