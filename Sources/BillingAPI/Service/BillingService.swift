public import BillingStore
public import GraphQLEngine
import Synchronization

/// The billing API without HTTP: the schema bound to its resolvers, authorization, and the invoice download check.
///
/// ```swift
/// let service = try BillingService(store: store, schemaSDL: String(contentsOfFile: "schema/billing.graphql"))
/// let viewer = try await service.viewer(forToken: token)
/// let prepared = service.runtime.prepare(query)
/// let result = await service.execute(prepared, request: request, viewer: viewer, token: token, requestID: "r1")
/// ```
public final class BillingService: Sendable {
    public let runtime: GraphQLRuntime<RequestContext>
    public let store: BillingStore
    let options: BillingOptions
    let policy: AuthorizationPolicy
    /// The key that signs invoice links, read from the database on first use.
    private let linkKey = Mutex<[UInt8]?>(nil)
    /// Download URLs already signed for the current expiry: expiries are rounded to a fifth of the lifetime, so
    /// every request within that window reuses the same links instead of computing an HMAC per invoice.
    private let signedLinks = Mutex<(expires: Int, urls: [Int64: String])>((0, [:]))

    /// Builds the schema from SDL, binds every resolver (fails at start-up naming unbound fields).
    public init(store: BillingStore, schemaSDL: String, options: BillingOptions = BillingOptions()) throws {
        self.store = store
        self.options = options
        let schema = try buildSchema(schemaSDL, scalars: BillingScalars.coercions)
        let policy = AuthorizationPolicy(schema: schema)
        self.policy = policy
        var binding = SchemaBinding<RequestContext>(schema: schema)
        Resolvers.bindQueries(into: &binding)
        Resolvers.bindSession(into: &binding)
        bindMutations(into: &binding)
        binding.fieldGuard = { field, parentType, context in policy.check(field, on: parentType, context: context) }
        var executable = try binding.bind()
        let report = options.reportInternalError
        executable.errorMapper = { error in Self.responseError(for: error, report: report) }
        runtime = GraphQLRuntime(executable: executable, cacheCapacity: options.documentCacheCapacity)
    }

    /// The viewer for a bearer token; nil for a missing, unknown, expired or revoked token.
    public func viewer(forToken token: String?) async throws -> Viewer? {
        guard let token, !token.isEmpty else { return nil }
        return try await store.user(forToken: token, now: options.now()).map(Viewer.init)
    }

    /// Executes a prepared request as `viewer` (nil = anonymous: only `login` works, everything else UNAUTHENTICATED).
    ///
    /// A query reads from one snapshot of the database (`BillingStore.withReadSnapshot`): one read transaction for
    /// the whole request, so its lists, counts and nested objects agree with each other. A mutation reads as usual,
    /// so that what it reads after its writes sees them.
    public func execute(
        _ prepared: PreparedDocument, request: GraphQLRequest, viewer: Viewer?, token: String?, requestID: String
    ) async -> ExecutionResult {
        guard prepared.operation(named: request.operationName)?.operation == .query else {
            return await run(prepared, request: request, viewer: viewer, token: token, requestID: requestID)
        }
        return await store.withReadSnapshot {
            await run(prepared, request: request, viewer: viewer, token: token, requestID: requestID)
        }
    }

    private func run(
        _ prepared: PreparedDocument, request: GraphQLRequest, viewer: Viewer?, token: String?, requestID: String
    ) async -> ExecutionResult {
        let context = RequestContext(service: self, viewer: viewer, token: token, requestID: requestID)
        if let viewer, viewer.role == .member, let accountID = viewer.accountID {
            // A member's FORBIDDEN errors name whom to ask; the guard is synchronous, so load them first. Without them
            // the request still runs (the errors then say only what was denied), but the failure is reported.
            do {
                let sentence = try await contactsSentence(accountID: accountID)
                context.contactsSentence.withLock { $0 = sentence }
            } catch {
                options.reportInternalError?(error)
            }
        }
        return await runtime.execute(prepared, request: request, context: context, rootValue: Root())
    }

    /// Parses (cached), validates and executes `query`: a shortcut for tools and tests.
    public func execute(
        _ request: GraphQLRequest, viewer: Viewer?, token: String? = nil, requestID: String = ""
    ) async
        -> ExecutionResult
    {
        await execute(runtime.prepare(request.query), request: request, viewer: viewer, token: token, requestID: requestID)
    }

    func contactsSentence(accountID: Int64) async throws -> String {
        async let admins = store.billingAdmins(accountIDs: [accountID])
        async let csm = store.csm(accountIDs: [accountID])
        return AuthorizationPolicy.contactsSentence(billingAdmins: try await admins[accountID] ?? [], csm: try await csm[accountID])
    }

    /// The secret that signs invoice download links.
    func linkSigningKey() async throws -> [UInt8] {
        if let key = linkKey.withLock({ $0 }) { return key }
        let key = try await store.serverSecret(named: "invoice-download-links")
        linkKey.withLock { $0 = key }
        return key
    }

    /// The download URLs of these (non-historical) invoices, signed for the current expiry window.
    func downloadURLs(invoiceIDs: [Int64]) async throws -> [Int64: String] {
        let lifetime = max(options.downloadLinkLifetime, 1)
        let window = max(lifetime / 5, 1)
        let expires = (Int(options.now().timeIntervalSince1970) + lifetime) / window * window
        var urls = signedLinks.withLock { cache in cache.expires == expires ? cache.urls : [:] }
        let missing = invoiceIDs.filter { urls[$0] == nil }
        guard !missing.isEmpty else { return urls }
        let key = try await linkSigningKey()
        for id in missing { urls[id] = InvoiceLinks.url(invoiceID: id, expires: expires, key: key, basePath: options.basePath) }
        signedLinks.withLock { cache in
            if cache.expires != expires { cache = (expires, [:]) }
            // Bounded: a server signing links for very many invoices starts over rather than growing without end.
            if cache.urls.count > 10_000 { cache.urls = [:] }
            for id in missing { cache.urls[id] = urls[id] }
        }
        return urls
    }

    /// The largest page (`first`) any list returns; the server's query limits refuse more before execution.
    public static let maximumPageSize = Resolvers.maxPageSize

    /// What the response shows for an error a resolver threw: GraphQL errors as they are, store errors about the
    /// client's input as BAD_USER_INPUT, anything else masked.
    static func responseError(for error: any Error, report: (@Sendable (any Error) -> Void)?) -> GraphQLError {
        if let error = error as? GraphQLError { return error }
        if let error = error as? BillingStoreError {
            switch error {
            case .invalidCursor(let cursor):
                return GraphQLError.badUserInput(
                    "Invalid cursor \(BillingScalars.describe(.string(cursor))): pass an endCursor of this list with the same sort.")
            case .invalidPageSize(let size):
                return GraphQLError.badUserInput("Argument \"first\" must be between 0 and \(Resolvers.maxPageSize); got \(size).")
            case .alreadySeeded:
                break
            }
        }
        report?(error)
        return GraphQLError.internalError("Internal server error.")
    }
}

extension GraphQLError {
    /// An error about the client's arguments, with `extensions.code` BAD_USER_INPUT.
    static func badUserInput(_ message: String) -> GraphQLError {
        GraphQLError(message, extensions: [(key: "code", value: .string("BAD_USER_INPUT"))])
    }

    /// A failure the client did not cause, with `extensions.code` INTERNAL_SERVER_ERROR.
    static func internalError(_ message: String) -> GraphQLError {
        GraphQLError(message, extensions: [(key: "code", value: .string("INTERNAL_SERVER_ERROR"))])
    }
}
