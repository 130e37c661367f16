import Hummingbird
import Testing

@testable import BillingServer

/// The 413 check by counting: a chunked body declares no Content-Length, so only counting its bytes can stop it;
/// and the 408 for a body that takes too long to arrive.
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
            of: Self.request(chunks: [#"{"query":"#, #""{ a }"}"#]), maximumSize: 64, timeout: .seconds(60))
        #expect(String(decoding: small, as: UTF8.self) == #"{"query":"{ a }"}"#)
        await #expect(throws: RequestRejection.self) {
            _ = try await GraphQLParameters.readBody(
                of: Self.request(chunks: Array(repeating: String(repeating: " ", count: 30), count: 3)), maximumSize: 64,
                timeout: .seconds(60))
        }
    }

    @Test func refusesAnOversizedContentLengthBeforeReading() async throws {
        do {
            _ = try await GraphQLParameters.readBody(
                of: Self.request(chunks: ["{}"], contentLength: 65), maximumSize: 64, timeout: .seconds(60))
            Issue.record("accepted")
        } catch let rejection as RequestRejection {
            #expect(rejection.status == .contentTooLarge)
        }
    }

    @Test func aBodyDrippedPastTheTimeoutIsA408() async throws {
        let dripping = Request(
            head: HTTPRequest(
                method: .post, scheme: "http", authority: "localhost", path: "/graphql",
                headerFields: [.contentType: "application/json"]),
            body: RequestBody(asyncSequence: DrippingBytes(interval: .milliseconds(50))))
        // The body never ends, so returning at all shows the deadline cut it.
        do {
            _ = try await GraphQLParameters.readBody(of: dripping, maximumSize: 1 << 20, timeout: .milliseconds(400))
            Issue.record("accepted")
        } catch let rejection as RequestRejection {
            #expect(rejection.status == .requestTimeout)
            #expect(rejection.code == "REQUEST_TIMEOUT")
            #expect(rejection.headers[.connection] == "close")
        }
        let prompt = try await GraphQLParameters.readBody(
            of: Self.request(chunks: [#"{"query":"#, #""{ a }"}"#]), maximumSize: 64, timeout: .milliseconds(400))
        #expect(prompt.count == 17)
    }
}

/// One byte every `interval`, for ever: a client dripping its body to hold the connection.
struct DrippingBytes: AsyncSequence, Sendable {
    let interval: Duration

    struct AsyncIterator: AsyncIteratorProtocol {
        let interval: Duration

        mutating func next() async throws -> ByteBuffer? {
            try await Task.sleep(for: interval)
            return ByteBuffer(string: " ")
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(interval: interval) }
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
