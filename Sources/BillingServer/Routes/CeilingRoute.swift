import Hummingbird
import Synchronization

/// `/ceiling?bytes=N`: a constant JSON body of exactly N bytes, with no GraphQL and no SQL.
///
/// The load test compares `/graphql` with it: what the same server, router and middleware cost when the answer
/// costs nothing. A POST body is read and dropped, as `/graphql` reads it. Only routed when
/// `ServerOptions.ceilingRoute` is on (`billing-portal serve --ceiling-route`).
///
/// ```sh
/// curl -s 'http://127.0.0.1:8080/ceiling?bytes=45000' | wc -c   # 45000
/// ```
struct CeilingRoute: Sendable {
    /// The size when `bytes` is absent: about the dashboard's answer on the demo data.
    static let defaultBytes = 45_000
    /// The largest body it makes (the same as the request body limit), so a request cannot ask for gigabytes.
    static let maximumBytes = 1 << 20
    /// The smallest JSON body of this shape: `{"ceiling":""}`.
    static let minimumBytes = 14
    /// Bodies by size, made once each: every request for a size gets the same bytes without building them.
    private static let bodies = Mutex([Int: ByteBuffer]())

    let maximumBodySize: Int

    func respond(to request: Request) async throws -> Response {
        if request.method == .post { _ = try await request.body.collect(upTo: maximumBodySize) }
        let requested = request.uri.queryParameters.get("bytes", as: Int.self) ?? Self.defaultBytes
        let size = min(max(requested, Self.minimumBytes), Self.maximumBytes)
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: Self.body(size: size)))
    }

    /// `{"ceiling":"xxx…"}`, `size` bytes long.
    static func body(size: Int) -> ByteBuffer {
        bodies.withLock { bodies in
            if let body = bodies[size] { return body }
            var bytes = Array(#"{"ceiling":""#.utf8)
            bytes += repeatElement(UInt8(ascii: "x"), count: size - minimumBytes)
            bytes += Array(#""}"#.utf8)
            let body = ByteBuffer(bytes: bytes)
            // A handful of sizes is all a load test asks for; any more start the table over.
            if bodies.count >= 16 { bodies.removeAll() }
            bodies[size] = body
            return body
        }
    }
}
