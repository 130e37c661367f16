public import BillingAPI
public import BillingStore
import Foundation
public import Hummingbird
public import Logging

/// Builds the application `billing-portal serve` runs: the service over `store`, the router, the server.
///
/// ```swift
/// let app = try buildApplication(store: try BillingStore(path: "billing.sqlite"), options: ServerOptions(), logger: logger)
/// try await app.runService()  // SIGTERM and SIGINT shut down gracefully: in-flight requests finish
/// ```
public func buildApplication(
    store: BillingStore, options: ServerOptions, logger: Logger,
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    let service = try makeService(store: store, options: options, logger: logger)
    let router = buildRouter(service: service, options: options)
    return Application(
        router: router,
        server: .http1(configuration: .init(idleTimeout: .seconds(Int64(options.idleTimeoutSeconds)))),
        configuration: ApplicationConfiguration(
            address: .hostname(options.hostname, port: options.port), serverName: "BillingPortal"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? options.port) },
        logger: logger)
}

/// The billing service over `store`, built from `<resources>/schema/billing.graphql`, reporting masked internal
/// errors to the log of the request they happened in.
public func makeService(store: BillingStore, options: ServerOptions, logger: Logger) throws -> BillingService {
    guard let sdl = try? String(contentsOfFile: options.schemaPath, encoding: .utf8) else {
        throw MissingResources(path: options.schemaPath)
    }
    var billingOptions = BillingOptions(reportInternalError: { error in
        (ServerLog.logger ?? logger).error("internal error", metadata: ["error": "\(String(reflecting: error))"])
    })
    billingOptions.documentCacheCapacity = options.documentCacheCapacity
    billingOptions.loginThrottle = options.loginThrottle
    billingOptions.basePath = options.publicURL
    return try BillingService(store: store, schemaSDL: sdl, options: billingOptions)
}

/// Every route: `/graphql`, the playground (`/`, `/playground/<file>`, `/schema.graphql`), invoice PDFs,
/// `/healthz` and `/metrics` (and `/ceiling` when `options.ceilingRoute` is on); each response carries
/// `X-Request-Id`, the id on every log line of the request.
public func buildRouter(service: BillingService, options: ServerOptions) -> Router<BasicRequestContext> {
    buildRouter(
        service: service, options: options,
        gate: ExecutionGate(capacity: options.concurrentExecutions, queueLimit: options.queuedExecutions))
}

/// The router with a given execution gate, so tests can fill it and see the 503.
func buildRouter(service: BillingService, options: ServerOptions, gate: ExecutionGate) -> Router<BasicRequestContext> {
    let router = Router()
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: HeaderLimitMiddleware(maximumSize: options.maximumHeaderSize))
    let metrics = ServerMetrics()
    let graphQL = GraphQLEndpoint(
        service: service, limits: options.limits, maximumBodySize: options.maximumBodySize,
        bodyTimeout: .seconds(options.bodyTimeoutSeconds), gate: gate, metrics: metrics, retryAfterSeconds: options.retryAfterSeconds)
    router.get("/graphql") { request, context in await graphQL.handle(request, context: context) }
    router.post("/graphql") { request, context in await graphQL.handle(request, context: context) }
    for method in [HTTPRequest.Method.put, .delete, .patch] {
        router.on("/graphql", method: method) { request, context in await graphQL.handle(request, context: context) }
    }
    let invoices = InvoiceEndpoint(service: service, gate: gate, retryAfterSeconds: options.retryAfterSeconds)
    router.get("/invoices/:file") { request, context in await invoices.handle(request, context: context) }
    let files = StaticFiles(resources: options.resources)
    router.get("/") { _, _ in files.response(forPlaygroundFile: "index.html") }
    router.get("/playground/:file") { _, context in
        files.response(forPlaygroundFile: context.parameters.get("file") ?? "")
    }
    // The SDL, with its @auth map, is for signed-in clients only, as introspection is.
    router.get("/schema.graphql") { request, _ in
        guard let token = try? BearerToken.parse(request.headers[.authorization]),
            (try? await service.viewer(forToken: token)) != nil
        else {
            var response = InvoiceEndpoint.text(.unauthorized, "Sign in to read the schema: send Authorization: Bearer <token>.")
            response.headers[.wwwAuthenticate] = "Bearer"
            return response
        }
        return files.schemaResponse()
    }
    if options.ceilingRoute {
        let ceiling = CeilingRoute(maximumBodySize: options.maximumBodySize)
        router.get("/ceiling") { request, _ in try await ceiling.respond(to: request) }
        router.post("/ceiling") { request, _ in try await ceiling.respond(to: request) }
    }
    let store = service.store
    router.get("/healthz") { _, context in
        do {
            _ = try await store.appliedMigrations()
            return InvoiceEndpoint.text(.ok, "ok")
        } catch {
            context.logger.error("health check failed", metadata: ["error": "\(String(reflecting: error))"])
            return InvoiceEndpoint.text(.serviceUnavailable, "The database is unavailable.")
        }
    }
    let documents = service.runtime.documents
    router.get("/metrics") { _, _ in
        let statistics = documents.statistics
        let text = metrics.exposition(
            statements: store.statementCounter.count, cacheHits: statistics.hits, cacheMisses: statistics.misses,
            load: gate.load)
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: text)))
    }
    return router
}

/// Adds `X-Request-Id` to every response: the id Hummingbird puts on each log line of the request.
struct RequestIDMiddleware<Context: Hummingbird.RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        var response = try await next(request, context)
        response.headers[HTTPFields.Element.Name("X-Request-Id")!] = context.id
        return response
    }
}

/// Logs each request's method and path, without the URL query: a GET's query string may hold variables (a
/// password typed into a GET login) and an invoice link's signature, which must not reach the log.
struct RequestLogMiddleware<Context: Hummingbird.RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        context.logger.info(
            "Request", metadata: ["hb.request.method": "\(request.method)", "hb.request.path": "\(request.uri.path)"])
        return try await next(request, context)
    }
}

/// The schema file is not where the options say: the server runs from the checkout, or with `--resources DIR`.
public struct MissingResources: Error, CustomStringConvertible {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public var description: String {
        "No schema at \(path): run from the checkout, or pass --resources with the folder holding schema/ and playground/."
    }
}
