import BillingAPI
import BillingStore
import Dispatch
import Foundation
import GraphQLEngine
import Synchronization

/// libFuzzer's entry point: one GraphQL request against the billing API, as the demo's Billing Admin.
///
/// The input is `query NUL variables-JSON NUL operationName`, the last two parts optional. The request goes the
/// server's way: parse and validate, the depth and cost limits, then `BillingService.execute` (resolvers, the
/// `@auth` guard, loaders, SQLite) and serialization. Only queries execute: mutations and subscriptions are
/// parsed, validated and measured but not run, so every input sees the same database and a crash reproduces
/// from its input alone.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExecutor(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let request = FuzzRequest(bytes)
    let harness = FuzzHarness.shared
    let prepared = harness.runtime.prepare(request.query)
    let operation = prepared.operation(named: request.operationName)
    if let document = prepared.document, prepared.errors.isEmpty, let operation {
        let complexity = QueryComplexity(
            operation: operation, document: document, schema: harness.runtime.schema, variables: request.variables)
        guard FuzzHarness.limits.errors(for: complexity).isEmpty else { return 0 }
    }
    if let operation, operation.operation != .query { return 0 }
    let graphQLRequest = GraphQLRequest(
        query: request.query, operationName: request.operationName, variables: request.variables)
    let result = runBlocking {
        await harness.service.execute(
            prepared, request: graphQLRequest, viewer: harness.viewer, token: nil, requestID: "fuzz")
    }
    let body = result.response().jsonBytes()
    if FuzzHarness.verbose { print(String(decoding: body, as: UTF8.self)) }
    if let violation = ResponseInvariants.violation(in: result) {
        fatalError("inconsistent response: \(violation)\n\(String(decoding: body, as: UTF8.self))")
    }
    // The response must be JSON our own parser reads back (what every client does with it).
    guard (try? JSONParser.parse(body, maxDepth: 10_000)) != nil else {
        fatalError("the response is not valid JSON: \(String(decoding: body, as: UTF8.self))")
    }
    return 0
}

/// libFuzzer calls this once before any input: the one-time setup (schema, database, demo data, bcrypt hashes)
/// happens here rather than inside the first input, whose time and coverage it would distort.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzExecutorInitialize(
    _ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> Int32 {
    FuzzHarness.shared.warmUp()
    return 0
}

/// The fuzzer's input split into the request's parts at NUL bytes.
struct FuzzRequest {
    var query: String
    var variables: [(String, JSONValue)] = []
    var operationName: String?

    init(_ bytes: [UInt8]) {
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
        query = String(decoding: parts[0], as: UTF8.self)
        // Variables that are not a JSON object are dropped (the server answers 400), so the query still runs.
        if parts.count > 1, case .object(let entries)? = try? JSONParser.parse(Array(parts[1]), maxDepth: 64) {
            variables = entries
        }
        if parts.count > 2 { operationName = String(decoding: parts[2], as: UTF8.self) }
    }
}

/// What every input shares: a demo database in a temporary file, the service over it, and the viewer.
final class FuzzHarness: Sendable {
    static let shared = FuzzHarness()
    /// The server's default limits (`ServerOptions.limits`).
    static let limits = QueryLimits(maximumDepth: 15, maximumCost: 10_000)
    /// `FUZZ_VERBOSE=1` prints every response: to see what a saved input does.
    static let verbose = ProcessInfo.processInfo.environment["FUZZ_VERBOSE"] != nil

    let directory: URL
    let service: BillingService
    /// The service's schema without the document cache, so an input is parsed and validated every time it runs.
    let runtime: GraphQLRuntime<RequestContext>
    let viewer: Viewer

    private init() {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "billing-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        self.directory = directory
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let store = try BillingStore(path: directory.appendingPathComponent("fuzz.sqlite").path)
            let sdl = try String(contentsOfFile: Self.schemaPath(), encoding: .utf8)
            // A fixed clock: the signed invoice links are the same on every run.
            let fixedNow = Date(timeIntervalSince1970: 1_767_225_600)
            service = try BillingService(
                store: store, schemaSDL: sdl,
                options: BillingOptions(now: { fixedNow }, reportInternalError: { error in Self.internalError(error) }))
            runtime = GraphQLRuntime(executable: service.runtime.executable, cacheCapacity: 0)
            viewer = try runBlockingThrowing {
                try await store.seedDemo()
                guard let admin = try await store.user(email: "admin@acme.test") else {
                    throw CocoaError(.fileReadCorruptFile)
                }
                return Viewer(admin)
            }
        } catch {
            fatalError("FuzzExecutor setup failed: \(error)")
        }
        atexit { FuzzHarness.removeDatabase() }
    }

    /// Runs the dashboard and an introspection query once, so lazily built shared values (the introspection
    /// schema, statement caches) exist before the first input.
    func warmUp() {
        let queries = ["{ __schema { types { name fields { name type { name } } } } }", Self.dashboardQuery]
        for query in queries {
            _ = runBlocking { [service, viewer] in
                await service.execute(GraphQLRequest(query: query), viewer: viewer).response().jsonBytes()
            }
        }
    }

    static let dashboardQuery = """
        { viewer { name role } account { name orders(first: 5) { totalCount nodes { number total { formatted } } }
          invoices(first: 5) { nodes { number status downloadUrl } } purchasedProducts { quantity product { name } }
          dialerMinutes { balanceMinutes } paymentMethods { brand last4 isDefault } billingAdmins { name } } }
        """

    /// `schema/billing.graphql` of this checkout, or `$BILLING_SCHEMA`.
    static func schemaPath() -> String {
        if let path = ProcessInfo.processInfo.environment["BILLING_SCHEMA"] { return path }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("schema/billing.graphql").path
    }

    /// A resolver threw something other than a GraphQL or input error: on a healthy demo database that is a bug.
    static func internalError(_ error: any Error) -> Never {
        fatalError("a resolver failed with an internal error: \(String(reflecting: error))")
    }

    static func removeDatabase() {
        try? FileManager.default.removeItem(at: shared.directory)
    }
}

/// Runs async work to completion from libFuzzer's synchronous callback (never called from a concurrency thread).
func runBlocking<Value: Sendable>(_ body: @escaping @Sendable () async -> Value) -> Value {
    let result = ResultBox<Value>()
    let done = DispatchSemaphore(value: 0)
    Task {
        result.set(await body())
        done.signal()
    }
    done.wait()
    return result.take()
}

/// `runBlocking` for throwing work.
func runBlockingThrowing<Value: Sendable>(_ body: @escaping @Sendable () async throws -> Value) throws -> Value {
    try runBlocking { () async -> Result<Value, any Error> in
        do { return .success(try await body()) } catch { return .failure(error) }
    }.get()
}

/// The value a task hands back to the thread waiting for it.
final class ResultBox<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)

    func set(_ newValue: Value) { value.withLock { $0 = newValue } }

    func take() -> Value {
        guard let taken = value.withLock({ $0.take() }) else { fatalError("the task finished without a value") }
        return taken
    }
}
