/// The whole pipeline: parse and validate (cached by query text), then execute.
///
/// ```swift
/// let runtime = GraphQLRuntime(executable: try binding.bind())
/// let result = await runtime.execute(GraphQLRequest(query: "{ viewer { name } }"), context: context, rootValue: Root())
/// let body = result.response().jsonBytes()
/// ```
public final class GraphQLRuntime<Context: Sendable>: Sendable {
    public let executable: ExecutableSchema<Context>
    public let parseOptions: ParseOptions
    /// Parsed and validated documents by query text; never keyed by variables.
    public let documents: LRUCache<String, PreparedDocument>
    let cacheEnabled: Bool
    /// Longer query texts are prepared every time rather than kept: the cache's memory stays bounded by
    /// `cacheCapacity` times this, whatever clients send.
    public let maximumCachedQueryBytes: Int

    public init(
        executable: ExecutableSchema<Context>, cacheCapacity: Int = 512, maximumCachedQueryBytes: Int = 64 * 1024,
        parseOptions: ParseOptions = ParseOptions()
    ) {
        self.executable = executable
        self.parseOptions = parseOptions
        self.documents = LRUCache(capacity: max(cacheCapacity, 1))
        self.cacheEnabled = cacheCapacity > 0
        self.maximumCachedQueryBytes = maximumCachedQueryBytes
    }

    public var schema: GraphQLSchema { executable.schema }

    /// Parses and validates a query, or returns the cached outcome for the same text.
    public func prepare(_ query: String) -> PreparedDocument {
        let cacheable = cacheEnabled && query.utf8.count <= maximumCachedQueryBytes
        if cacheable, let cached = documents.value(for: query) { return cached }
        let prepared = PreparedDocument(query: query, schema: executable.schema, parseOptions: parseOptions)
        if cacheable { documents.insert(prepared, for: query) }
        return prepared
    }

    /// Runs a request: request errors (syntax, validation, operation, variables) give a result without data.
    public func execute(_ request: GraphQLRequest, context: Context, rootValue: any Sendable) async -> ExecutionResult {
        let prepared = prepare(request.query)
        return await execute(prepared, request: request, context: context, rootValue: rootValue)
    }

    /// Runs a request whose document the caller already prepared (to inspect its operation first).
    public func execute(
        _ prepared: PreparedDocument, request: GraphQLRequest, context: Context, rootValue: any Sendable
    ) async -> ExecutionResult {
        guard let document = prepared.document, prepared.errors.isEmpty else {
            return ExecutionResult(data: nil, errors: prepared.errors)
        }
        return await executable.execute(
            document: document, source: prepared.source, operationName: request.operationName,
            variables: request.variables, context: context, rootValue: rootValue)
    }
}

/// One GraphQL request: the query text, the operation to run and the variables' JSON.
public struct GraphQLRequest: Sendable {
    public var query: String
    public var operationName: String?
    public var variables: [(String, JSONValue)]

    public init(query: String, operationName: String? = nil, variables: [(String, JSONValue)] = []) {
        self.query = query
        self.operationName = operationName
        self.variables = variables
    }
}

/// A query after parsing and validation: its document, or the errors that stop it.
public struct PreparedDocument: Sendable {
    public let source: Source
    public let document: Document?
    public let errors: [GraphQLError]

    init(query: String, schema: GraphQLSchema, parseOptions: ParseOptions) {
        let source = Source(query)
        self.source = source
        do {
            let document = try Parser.parse(source, options: parseOptions)
            self.document = document
            self.errors = Validator.validate(schema: schema, document: document, source: source).map {
                $0.coded(RequestErrorCode.validationFailed)
            }
        } catch {
            self.document = nil
            self.errors = [error.coded(RequestErrorCode.parseFailed)]
        }
    }

    /// The operation a request would run (GetOperation), or nil when there is none or the choice is ambiguous.
    public func operation(named name: String?) -> OperationDefinition? {
        guard let document, case .success(let operation) = document.selectOperation(named: name) else { return nil }
        return operation
    }
}
