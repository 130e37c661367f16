import Hummingbird
import Synchronization
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
    /// A body its first chunk completes is read in the request's own task, with no timer task beside it: a
    /// cancelled `Task.sleep` holds its memory until the deadline. A body that needs more chunks is still timed.
    @Test func aBodyCompleteInItsFirstChunkIsReadWithoutATimer() async throws {
        let text = #"{"query":"{ a }"}"#
        let caller = withUnsafeCurrentTask { $0.map { $0.hashValue } }
        let whole = TaskRecorder(chunks: [text])
        let bytes = try await GraphQLParameters.readBody(
            of: Self.request(recorder: whole, contentLength: text.utf8.count), maximumSize: 64, timeout: .seconds(60))
        #expect(String(decoding: bytes, as: UTF8.self) == text)
        #expect(whole.tasks.count == 2)  // the chunk, then the end
        #expect(whole.tasks.allSatisfy { $0 == caller })

        let split = TaskRecorder(chunks: [#"{"query":"#, #""{ a }"}"#])
        let joined = try await GraphQLParameters.readBody(
            of: Self.request(recorder: split, contentLength: text.utf8.count), maximumSize: 64, timeout: .seconds(60))
        #expect(String(decoding: joined, as: UTF8.self) == text)
        #expect(split.tasks.count == 3)
        #expect(split.tasks.first == caller)
        #expect(split.tasks.dropFirst().allSatisfy { $0 != caller })

        // More bytes than declared are still counted against the limit, not dropped.
        let over = TaskRecorder(chunks: [String(repeating: " ", count: 40), String(repeating: " ", count: 40)])
        await #expect(throws: RequestRejection.self) {
            _ = try await GraphQLParameters.readBody(
                of: Self.request(recorder: over, contentLength: 40), maximumSize: 64, timeout: .seconds(60))
        }
    }

    static func request(recorder: TaskRecorder, contentLength: Int) -> Request {
        let headers: HTTPFields = [.contentType: "application/json", .contentLength: String(contentLength)]
        return Request(
            head: HTTPRequest(method: .post, scheme: "http", authority: "localhost", path: "/graphql", headerFields: headers),
            body: RequestBody(asyncSequence: recorder))
    }
}

/// Buffers delivered one at a time, noting the task each read ran in.
final class TaskRecorder: AsyncSequence, Sendable {
    let buffers: [ByteBuffer]
    private let reads = Mutex<[Int?]>([])

    init(chunks: [String]) { buffers = chunks.map { ByteBuffer(string: $0) } }

    /// The hash of the task of each `next()`, the end included.
    var tasks: [Int?] { reads.withLock { $0 } }

    struct AsyncIterator: AsyncIteratorProtocol {
        let recorder: TaskRecorder
        var index = 0

        mutating func next() async -> ByteBuffer? {
            let task = withUnsafeCurrentTask { $0.map { $0.hashValue } }
            recorder.reads.withLock { $0.append(task) }
            guard index < recorder.buffers.count else { return nil }
            defer { index += 1 }
            return recorder.buffers[index]
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(recorder: self) }
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
