/// A schema bound to resolvers, ready to execute validated documents.
///
/// ```swift
/// let result = await executable.execute(
///     document: document, source: source, variables: [("orders", .int(5))], context: context, rootValue: Root())
/// result.data  // the response's `data`
/// ```
public struct ExecutableSchema<Context: Sendable>: Sendable {
    public let schema: GraphQLSchema
    let objects: [ObjectIdentifier: BoundObjectType]
    let abstracts: [ObjectIdentifier: BoundAbstractType]
    let fieldGuard: (@Sendable (GraphQLField, GraphQLObjectType, Context) -> GraphQLError?)?
    /// Turns an error a resolver threw into the error the response shows. By default a `GraphQLError` is kept
    /// and any other error shows its description; a server masks internal errors here.
    public var errorMapper: @Sendable (any Error) -> GraphQLError = { error in
        (error as? GraphQLError) ?? GraphQLError(String(describing: error))
    }

    init(
        schema: GraphQLSchema, objects: [ObjectIdentifier: BoundObjectType],
        abstracts: [ObjectIdentifier: BoundAbstractType],
        fieldGuard: (@Sendable (GraphQLField, GraphQLObjectType, Context) -> GraphQLError?)?
    ) {
        self.schema = schema
        self.objects = objects
        self.abstracts = abstracts
        self.fieldGuard = fieldGuard
    }

    /// Executes one operation of a validated document (section 6 of the specification).
    ///
    /// Request errors (no such operation, invalid variables) give a result without `data`.
    public func execute(
        document: Document, source: Source, operationName: String? = nil, variables: [(String, JSONValue)] = [],
        context: Context, rootValue: any Sendable
    ) async -> ExecutionResult {
        let operation: OperationDefinition
        switch document.selectOperation(named: operationName) {
        case .success(let selected): operation = selected
        case .failure(let error): return ExecutionResult(data: nil, errors: [error.coded(RequestErrorCode.operationResolutionFailure)])
        }
        guard let rootType = schema.rootType(for: operation.operation), let bound = objects[ObjectIdentifier(rootType)]
        else {
            return ExecutionResult(
                data: nil,
                errors: [
                    GraphQLError("Schema is not configured to execute \(operation.operation.rawValue) operation.")
                        .coded(RequestErrorCode.operationResolutionFailure)
                ])
        }
        let coercedVariables: [String: JSONValue]
        switch ValueCoercion.coerceVariables(operation.variableDefinitions, inputs: variables, schema: schema, source: source) {
        case .success(let values): coercedVariables = values
        case .failure(let failure):
            return ExecutionResult(data: nil, errors: failure.errors.map { $0.coded(RequestErrorCode.badUserInput) })
        }
        guard let rootBatch = bound.makeBatch([rootValue]) else {
            return ExecutionResult(data: nil, errors: [GraphQLError("The root value does not fit type \(rootType.name).")])
        }
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions { fragments[fragment.name.value] = fragment }
        let fieldGuard = fieldGuard.map { check in { (field: GraphQLField, type: GraphQLObjectType) in check(field, type, context) } }
        let run = ExecutionRun(
            schema: schema, objects: objects, abstracts: abstracts, fieldGuard: fieldGuard, errorMapper: errorMapper,
            source: source, fragments: fragments, variables: coercedVariables, contextBox: ContextBox(context))
        let root = await run.executeGroup(
            bound, batch: rootBatch, selectionSets: [operation.selectionSet], trail: Trail(root: ()), trailIndex: nil)
        return ExecutionResult(root: root, errors: run.errors)
    }
}

/// The outcome of executing an operation: `data` is nil when a request error stopped it before execution.
///
/// An executed operation keeps its data as the executor's columns: `writeResponse(into:)` streams the response
/// from them, and `data` builds the `JSONValue` tree only when asked.
public struct ExecutionResult: Sendable, Equatable {
    private var storage: Storage
    public var errors: [GraphQLError]

    private enum Storage: Sendable {
        case value(JSONValue?)
        /// The root group's only object; nulled: `data` is null.
        case root(ResultGroup)
    }

    public init(data: JSONValue?, errors: [GraphQLError]) {
        self.storage = .value(data)
        self.errors = errors
    }

    init(root: ResultGroup, errors: [GraphQLError]) {
        self.storage = .root(root)
        self.errors = errors
    }

    /// The response's `data`; built from the executor's columns on every read, so read it once.
    public var data: JSONValue? {
        get {
            switch storage {
            case .value(let value): return value
            case .root(let root): return root.isNulled(0) ? .null : root.value(row: 0)
            }
        }
        set { storage = .value(newValue) }
    }

    /// False when a request error stopped the operation before execution (the response has no `data` key).
    public var hasData: Bool {
        if case .value(nil) = storage { return false }
        return true
    }

    public static func == (lhs: ExecutionResult, rhs: ExecutionResult) -> Bool {
        lhs.errors == rhs.errors && lhs.data == rhs.data
    }

    /// The response as the specification lays it out: `errors` first when there are any, then `data`.
    public func response(extensions: [(String, JSONValue)] = []) -> JSONValue {
        var entries: [(String, JSONValue)] = []
        if !errors.isEmpty { entries.append(("errors", .list(errors.map(\.jsonValue)))) }
        if let data { entries.append(("data", data)) }
        if !extensions.isEmpty { entries.append(("extensions", .object(extensions))) }
        return .object(entries)
    }

    /// Writes the same JSON as `response(extensions:)` gives, straight from the executor's columns.
    public func writeResponse(into writer: inout JSONWriter, extensions: [(String, JSONValue)] = []) {
        writer.appendByte(0x7B)  // {
        var first = true
        if !errors.isEmpty {
            writer.append("\"errors\":")
            writer.write(.list(errors.map(\.jsonValue)))
            first = false
        }
        switch storage {
        case .value(nil): break
        case .value(let value?):
            writer.append(first ? "\"data\":" : ",\"data\":")
            writer.write(value)
            first = false
        case .root(let root):
            writer.append(first ? "\"data\":" : ",\"data\":")
            if root.isNulled(0) { writer.append("null") } else { root.write(row: 0, into: &writer) }
            first = false
        }
        if !extensions.isEmpty {
            writer.append(first ? "\"extensions\":" : ",\"extensions\":")
            writer.write(.object(extensions))
        }
        writer.appendByte(0x7D)  // }
    }

    /// The response as compact JSON bytes (what `writeResponse(into:extensions:)` writes).
    ///
    /// The buffer is sized from `estimatedResponseBytes` unless `capacity` is given, so a large response is written
    /// without growing (and copying) its buffer on the way.
    ///
    /// The bytes go straight into the array's memory, as `writeResponse(into:extensions:)` writes into a server's
    /// buffer: a writer of its own array would check, on every write, that nothing else shares the array.
    public func responseBytes(extensions: [(String, JSONValue)] = [], capacity: Int? = nil) -> [UInt8] {
        var outgrown: [UInt8]? = nil
        let bytes = [UInt8](unsafeUninitializedCapacity: max(capacity ?? estimatedResponseBytes, 64)) { buffer, initialized in
            switch writeResponse(into: UnsafeMutableRawBufferPointer(buffer), extensions: extensions) {
            case .written(let count): initialized = count
            case .tooLarge(let all):
                outgrown = all
                initialized = 0
            }
        }
        return outgrown ?? bytes
    }

    /// A guess at the size of the response, from the shape of the executed data: a little above it as a rule.
    public var estimatedResponseBytes: Int {
        var bytes = 256 + errors.count * 256
        if case .root(let root) = storage {
            let data = root.estimatedBytes()
            bytes += data + data / 8
        }
        return bytes
    }
}

extension GraphQLError {
    /// The error as a response shows it: `message`, `locations`, `path`, `extensions`.
    public var jsonValue: JSONValue {
        var entries: [(String, JSONValue)] = [("message", .string(message))]
        if !locations.isEmpty {
            entries.append(
                ("locations", .list(locations.map { .object([("line", .int($0.line)), ("column", .int($0.column))]) })))
        }
        if !path.isEmpty {
            entries.append(
                (
                    "path",
                    .list(
                        path.map { component in
                            switch component {
                            case .key(let key): return .string(key)
                            case .index(let index): return .int(index)
                            }
                        })
                ))
        }
        if !extensions.isEmpty { entries.append(("extensions", .object(extensions.map { ($0.key, $0.value) }))) }
        return .object(entries)
    }
}

extension Document {
    /// GetOperation: the named operation, or the only one when no name is given.
    public func selectOperation(named name: String?) -> Result<OperationDefinition, GraphQLError> {
        var found: OperationDefinition?
        for case .operation(let operation) in definitions {
            if let name {
                if operation.name?.value == name { return .success(operation) }
            } else {
                if found != nil {
                    return .failure(GraphQLError("Must provide operation name if query contains multiple operations."))
                }
                found = operation
            }
        }
        if let found { return .success(found) }
        if let name { return .failure(GraphQLError("Unknown operation named \"\(name)\".")) }
        return .failure(GraphQLError("Must provide an operation."))
    }
}
