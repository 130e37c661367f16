import Hummingbird

/// Refuses a request whose header fields add up to more than `maximumSize` bytes with 431, before any route runs.
///
/// SwiftNIO's parser already drops header sections past about 80 KB with an empty 400; this lower bound (Node.js's
/// default) gives clients a readable answer and keeps each request's headers small, since every header is held in
/// memory while the request is served. Our own headers are a few hundred bytes: a 43-character token, a media type.
struct HeaderLimitMiddleware<Context: Hummingbird.RequestContext>: RouterMiddleware {
    let maximumSize: Int

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        var size = 0
        for field in request.headers { size += field.name.rawName.utf8.count + field.value.utf8.count + 4 }
        guard size <= maximumSize else {
            context.logger.notice("request headers too large", metadata: ["size": "\(size)"])
            let message = "The request headers are larger than \(maximumSize) bytes."
            let body = #"{"errors":[{"message":"\#(message)","extensions":{"code":"HEADERS_TOO_LARGE"}}]}"#
            return Response(
                status: .requestHeaderFieldsTooLarge,
                headers: [.contentType: "application/json; charset=utf-8", .connection: "close"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
        return try await next(request, context)
    }
}
