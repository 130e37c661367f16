import GraphQLEngine
import Hummingbird

extension GraphQLParameters {
    /// Reads the parameters of a GET (URL query) or POST (JSON body) request.
    init(request: Request, maximumBodySize: Int, bodyTimeout: Duration) async throws {
        switch request.method {
        case .get:
            try self.init(urlQuery: request.uri.query)
        case .post:
            let bytes = try await Self.readBody(of: request, maximumSize: maximumBodySize, timeout: bodyTimeout)
            let json: JSONValue
            do {
                json = try JSONParser.parse(bytes, maxDepth: 64)
            } catch {
                throw RequestRejection.badRequest("The request body is not valid JSON: \(error).")
            }
            try self.init(json: json)
        default:
            throw RequestRejection(
                status: .methodNotAllowed, message: "Send GraphQL requests with GET or POST.", code: "METHOD_NOT_ALLOWED",
                headers: [.allow: "GET, POST"])
        }
    }

    /// The body of a JSON POST, refused (415) for another media type or charset, (413) past `maximumSize`: first
    /// by its Content-Length, then by counting the bytes as they stream in, for chunked bodies; and (408) when the
    /// whole body has not arrived within `timeout`. The idle timeout alone cannot stop a client that drips a body
    /// a byte at a time, since every byte restarts it; cancelling the read ends the connection's input, so
    /// Hummingbird closes the connection once the 408 is written.
    ///
    /// A body whose Content-Length its first chunk fills, as nearly every JSON POST's does, is read without a timer:
    /// a cancelled `Task.sleep` keeps its task and its dispatch timer alive until the deadline, so a timer per
    /// request held about 750 bytes for 60 s, tens of MiB at a few thousand requests a second. Only the wait for
    /// that first chunk is then left to the idle timeout; every later byte is timed from the start of the read.
    static func readBody(of request: Request, maximumSize: Int, timeout: Duration) async throws -> [UInt8] {
        try checkContentType(request.headers[.contentType])
        let tooLarge = RequestRejection(
            status: .contentTooLarge, message: "The request body is larger than \(maximumSize) bytes.",
            code: "PAYLOAD_TOO_LARGE")
        let declared = request.headers[.contentLength].flatMap { Int($0) }
        if let declared, declared > maximumSize { throw tooLarge }
        let started = ContinuousClock.now
        var iterator = request.body.makeAsyncIterator()
        var bytes: [UInt8] = []
        if let declared {
            if declared > 0, let first = try await iterator.next() {
                guard first.readableBytes <= maximumSize else { throw tooLarge }
                bytes += first.readableBytesView
            }
            if bytes.count >= declared {
                // The end of the body follows its last byte in the same parse, so this returns at once.
                guard let extra = try await iterator.next() else { return bytes }
                guard bytes.count + extra.readableBytes <= maximumSize else { throw tooLarge }
                bytes += extra.readableBytesView
            }
        }
        let remaining = timeout - (ContinuousClock.now - started)
        let handoff = Handoff((bytes, iterator))
        return try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
            group.addTask {
                var (bytes, iterator) = handoff.value
                while let buffer = try await iterator.next() {
                    guard bytes.count + buffer.readableBytes <= maximumSize else { throw tooLarge }
                    bytes += buffer.readableBytesView
                }
                return bytes
            }
            group.addTask {
                try await Task.sleep(for: remaining)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let bytes = first else {
                throw RequestRejection(
                    status: .requestTimeout, message: "The request body did not arrive within \(timeout.components.seconds) seconds.",
                    code: "REQUEST_TIMEOUT", headers: [.connection: "close"])
            }
            return bytes
        }
    }

    /// Accepts `application/json` with no charset or UTF-8.
    static func checkContentType(_ header: String?) throws(RequestRejection) {
        let unsupported = RequestRejection(
            status: .unsupportedMediaType, message: "Send the request body as application/json (UTF-8).",
            code: "UNSUPPORTED_MEDIA_TYPE")
        guard let header else { throw unsupported }
        let parts = header.split(separator: ";").map { $0.trimmingSpaces().lowercased() }
        guard parts.first == "application/json" else { throw unsupported }
        for parameter in parts.dropFirst() where parameter.hasPrefix("charset=") {
            let charset = parameter.dropFirst("charset=".count).filter { $0 != "\"" }
            guard charset == "utf-8" || charset == "utf8" else { throw unsupported }
        }
    }
}

/// Hands a value that is not `Sendable` (a request body's iterator) from the task that made it to one child task.
///
/// Sound only as a transfer: the making task stops using the value before the child starts, and nothing else
/// ever sees it.
private final class Handoff<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }
}
