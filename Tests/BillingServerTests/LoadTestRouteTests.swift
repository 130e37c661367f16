import Hummingbird
import HummingbirdTesting
import Testing

/// The switches the load test uses: the `/ceiling` route (off by default) and the document cache capacity.
@Suite struct LoadTestRouteTests {
    @Test func theCeilingRouteIsOffByDefault() async throws {
        let server = try await TestServer()
        #expect(server.options.ceilingRoute == false)
        try await server.test { client in
            #expect(try await client.execute(uri: "/ceiling", method: .get).status == .notFound)
            let post = try await client.execute(uri: "/ceiling?bytes=100", method: .post, body: ByteBuffer(string: "{}"))
            #expect(post.status == .notFound)
        }
    }

    @Test func theCeilingRouteAnswersAConstantBodyOfTheAskedSize() async throws {
        let server = try await TestServer { $0.ceilingRoute = true }
        try await server.test { client in
            let small = try await client.execute(uri: "/ceiling?bytes=1000", method: .get)
            #expect(small.status == .ok)
            #expect(small.headers[.contentType] == "application/json")
            #expect(small.body.readableBytes == 1000)
            #expect(small.json["ceiling"] as? String == String(repeating: "x", count: 1000 - 14))
            let body = ByteBuffer(string: #"{"query":"{ viewer { name } }"}"#)
            let posted = try await client.execute(uri: "/ceiling?bytes=1000", method: .post, body: body)
            #expect(posted.status == .ok)
            #expect(posted.text == small.text)
            let unsized = try await client.execute(uri: "/ceiling", method: .get)
            #expect(unsized.body.readableBytes == 45_000)
            let huge = try await client.execute(uri: "/ceiling?bytes=999999999", method: .get)
            #expect(huge.body.readableBytes == 1 << 20)
            let tiny = try await client.execute(uri: "/ceiling?bytes=1", method: .get)
            #expect(tiny.text == #"{"ceiling":""}"#)
        }
    }

    @Test func aZeroCapacityTurnsTheDocumentCacheOff() async throws {
        for (capacity, hits) in [(512, "1"), (0, "0")] {
            let server = try await TestServer { $0.documentCacheCapacity = capacity }
            let token = try await server.token(for: "admin@acme.test")
            try await server.test { client in
                for _ in 0..<2 { #expect(try await client.graphQL("{ viewer { name } }", token: token).status == .ok) }
                let metrics = try await client.execute(uri: "/metrics", method: .get).text
                let lines = metrics.split(separator: "\n").map(String.init)
                #expect(lines.contains("graphql_document_cache_hits_total \(hits)"), "capacity \(capacity): \(metrics)")
            }
        }
    }
}
