import BillingAPI
import GraphQLEngine
import Hummingbird
import Logging

/// `/graphql`: GraphQL over HTTP in front of `BillingService`.
///
/// The order of checks follows the graphql-over-http specification: the response media type (406), the method
/// (405), the body's media type and size (415, 413), the parameters (400), the Authorization header (401), then
/// parsing and validation (cached), the query limits, admission through the execution gate (503), execution.
/// With `application/graphql-response+json` a response without `data` is a 400; with `application/json` every
/// well-formed request gets 200.
struct GraphQLEndpoint: Sendable {
    let service: BillingService
    let limits: QueryLimits
    let maximumBodySize: Int
    /// How long the whole request body may take to arrive (408 past it).
    let bodyTimeout: Duration
    let gate: ExecutionGate
    let metrics: ServerMetrics
    let retryAfterSeconds: Int
    let sizeHints = ResponseSizeHints()
    let complexities = ComplexityMemo()

    func handle(_ request: Request, context: some Hummingbird.RequestContext) async -> Response {
        let started = ContinuousClock.now
        var operationLabel = "unknown"
        let (response, outcome) = await respond(to: request, context: context, operationLabel: &operationLabel)
        metrics.recordRequest(operation: operationLabel, outcome: outcome, duration: ContinuousClock.now - started)
        return response
    }

    private func respond(
        to request: Request, context: some Hummingbird.RequestContext, operationLabel: inout String
    ) async
        -> (Response, ServerMetrics.Outcome)
    {
        guard let mediaType = GraphQLMediaType.negotiate(accept: request.headers[.accept]) else {
            let rejection = RequestRejection(
                status: .notAcceptable,
                message: "The Accept header must allow application/graphql-response+json or application/json.",
                code: "NOT_ACCEPTABLE")
            return (reject(rejection, as: .json), .rejected)
        }
        do {
            let parameters = try await GraphQLParameters(
                request: request, maximumBodySize: maximumBodySize, bodyTimeout: bodyTimeout)
            let token = try BearerToken.parse(request.headers[.authorization])
            let prepared = service.runtime.prepare(parameters.query)
            let operation = prepared.operation(named: parameters.operationName)
            if let operation {
                operationLabel = operation.name?.value ?? "anonymous"
            }
            if request.method == .get, let operation, operation.operation != .query {
                throw RequestRejection(
                    status: .methodNotAllowed,
                    message: "Only queries may be sent with GET; send a \(operation.operation.rawValue) with POST.",
                    code: "METHOD_NOT_ALLOWED", headers: [.allow: "POST"])
            }
            guard let document = prepared.document, prepared.errors.isEmpty else {
                return (respond(ExecutionResult(data: nil, errors: prepared.errors), cost: 0, as: mediaType), .rejected)
            }
            var cost = 0
            if let operation {
                let schema = service.runtime.schema
                let complexity = complexities.complexity(
                    query: parameters.query, operationName: parameters.operationName, variables: parameters.variables
                ) {
                    QueryComplexity(operation: operation, document: document, schema: schema, variables: parameters.variables)
                }
                cost = complexity.cost
                let errors = limits.errors(for: complexity)
                if !errors.isEmpty {
                    return (respond(ExecutionResult(data: nil, errors: errors), cost: cost, as: mediaType), .rejected)
                }
            }
            guard await gate.enter() else {
                context.logger.warning("execution queue full", metadata: ["operation": "\(operationLabel)"])
                let rejection = RequestRejection(
                    status: .serviceUnavailable, message: "The server is busy; retry in a moment.", code: "OVERLOADED",
                    headers: [.retryAfter: String(retryAfterSeconds)])
                return (reject(rejection, as: mediaType), .overloaded)
            }
            defer { gate.leave() }
            let viewer = try await service.viewer(forToken: token)
            let result = await ServerLog.$logger.withValue(context.logger) {
                await service.execute(
                    prepared, request: parameters.request, viewer: viewer, token: token, requestID: context.id)
            }
            let outcome: ServerMetrics.Outcome =
                !result.hasData ? .rejected : (result.errors.isEmpty ? .success : .partial)
            return (respond(result, cost: cost, as: mediaType, operation: operationLabel), outcome)
        } catch let rejection as RequestRejection {
            return (reject(rejection, as: mediaType), .rejected)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            let internalError = RequestRejection(
                status: .internalServerError, message: "Internal server error.", code: "INTERNAL_SERVER_ERROR")
            return (reject(internalError, as: mediaType), .rejected)
        }
    }

    /// A GraphQL response; a 400 when it has no `data` and the client reads graphql-response+json.
    ///
    /// The answer is written straight into the `ByteBuffer` it is sent from, sized from the last answer of the same
    /// `operation`; one that outgrows it is copied in once.
    func respond(_ result: ExecutionResult, cost: Int, as mediaType: GraphQLMediaType, operation: String? = nil) -> Response {
        let status: HTTPResponse.Status = mediaType == .graphQLResponse && !result.hasData ? .badRequest : .ok
        let capacity = operation.map(sizeHints.capacity(for:)) ?? ResponseSizeHints.initialCapacity
        let body = Self.responseBody(result, extensions: costExtension(cost), capacity: capacity)
        if let operation { sizeHints.record(body.readableBytes, for: operation) }
        return Self.response(status: status, buffer: body, as: mediaType)
    }

    /// `result`'s response bytes in a buffer of at least `capacity` bytes, written in place when they fit.
    static func responseBody(_ result: ExecutionResult, extensions: [(String, JSONValue)], capacity: Int) -> ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: capacity)
        var overflow: [UInt8] = []
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: capacity) { memory in
            switch result.writeResponse(into: memory, extensions: extensions) {
            case .written(let count): return count
            case .tooLarge(let bytes):
                overflow = bytes
                return 0
            }
        }
        if !overflow.isEmpty { buffer.writeBytes(overflow) }
        return buffer
    }

    /// A response with the rejection's status and headers and one error carrying its code.
    func reject(_ rejection: RequestRejection, as mediaType: GraphQLMediaType) -> Response {
        let error = GraphQLError(rejection.message, extensions: [(key: "code", value: .string(rejection.code))])
        let body = ExecutionResult(data: nil, errors: [error]).response(extensions: costExtension(0))
        var response = Self.response(status: rejection.status, body: body, as: mediaType)
        for field in rejection.headers { response.headers.append(field) }
        return response
    }

    /// `extensions.cost`: what the request was measured at and the most a request may cost.
    func costExtension(_ cost: Int) -> [(String, JSONValue)] {
        [("cost", .object([("requestedQueryCost", .int(cost)), ("maximumAvailable", .int(limits.maximumCost))]))]
    }

    static func response(status: HTTPResponse.Status, body: JSONValue, as mediaType: GraphQLMediaType) -> Response {
        response(status: status, bytes: body.jsonBytes(), as: mediaType)
    }

    static func response(status: HTTPResponse.Status, bytes: [UInt8], as mediaType: GraphQLMediaType) -> Response {
        response(status: status, buffer: ByteBuffer(bytes: bytes), as: mediaType)
    }

    /// Every answer is `Cache-Control: private, no-store`: billing data fetched with GET must not stay in a browser's
    /// or a proxy's cache.
    static func response(status: HTTPResponse.Status, buffer: ByteBuffer, as mediaType: GraphQLMediaType) -> Response {
        Response(
            status: status, headers: [.contentType: mediaType.contentType, .cacheControl: "private, no-store"],
            body: ResponseBody(byteBuffer: buffer))
    }
}
