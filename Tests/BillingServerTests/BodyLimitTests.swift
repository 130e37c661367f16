import Hummingbird
import Testing

@testable import BillingServer

/// The 413 check by counting: a chunked body declares no Content-Length, so only counting its bytes can stop it.
@Suite struct BodyLimitTests {
    static func request(chunks: [String], contentLength: Int? = nil) -> Request {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let contentLength { headers[.contentLength] = String(contentLength) }
        let buffers = chunks.map { ByteBuffer(string: $0) }
        return Request(
            head: HTTPRequest(method: .post, scheme: "http", authority: "localhost", path: "/graphql", headerFields: headers),
            body: RequestBody(asyncSequence: AsyncChunks(buffers: buffers)))
    }

    @Test func countsStreamedBytesWithoutAContentLength() async throws {
        let small = try await GraphQLParameters.readBody(
            of: Self.request(chunks: [#"{"query":"#, #""{ a }"}"#]), maximumSize: 64)
        #expect(String(decoding: small, as: UTF8.self) == #"{"query":"{ a }"}"#)
        await #expect(throws: RequestRejection.self) {
            _ = try await GraphQLParameters.readBody(
                of: Self.request(chunks: Array(repeating: String(repeating: " ", count: 30), count: 3)), maximumSize: 64)
        }
    }

    @Test func refusesAnOversizedContentLengthBeforeReading() async throws {
        do {
            _ = try await GraphQLParameters.readBody(of: Self.request(chunks: ["{}"], contentLength: 65), maximumSize: 64)
            Issue.record("accepted")
        } catch let rejection as RequestRejection {
            #expect(rejection.status == .contentTooLarge)
        }
    }
}

/// Buffers delivered one at a time, as a chunked upload arrives.
struct AsyncChunks: AsyncSequence, Sendable {
    let buffers: [ByteBuffer]

    struct AsyncIterator: AsyncIteratorProtocol {
        var remaining: [ByteBuffer]

        mutating func next() async -> ByteBuffer? {
            remaining.isEmpty ? nil : remaining.removeFirst()
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(remaining: buffers) }
}
