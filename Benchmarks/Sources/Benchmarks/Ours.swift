import BenchData
import GraphQLEngine

/// Our hand-written engine ("ours"), the `GraphQLEngine` product of the root package.
///
/// Every case's "ours" side comes from here, through the engine's public API only.
enum Ours {
    /// Parses a document; returns its number of definitions (checked against GraphQLSwift's count).
    static func parse(_ text: String) throws -> Int {
        try Parser.parse(text).definitions.count
    }

    /// Builds and validates the schema of an SDL text; returns its type names (introspection types left out).
    static func buildSchemaTypeNames(_ sdl: String) throws -> Set<String> {
        Set(try buildSchema(sdl).typeMap.keys.filter { !$0.hasPrefix("__") })
    }

    /// The validator's errors for a parsed document (all of section 5's rules, `specifiedRules`).
    static func validate(_ schema: GraphQLSchema, _ document: Document, _ source: Source) -> [GraphQLError] {
        Validator.validate(schema: schema, document: document, source: source)
    }

    /// Validation against the contract schema, which is built once from the SDL.
    struct DocumentValidator {
        /// Parses a text once, untimed, and returns the timed work: validating that parsed document,
        /// which gives the error messages (expected empty for the dashboard and the generated document).
        let prepare: (String) throws -> () -> [String]
    }

    static func makeValidator(sdl: String) throws -> DocumentValidator {
        let schema = try buildSchema(sdl)
        return DocumentValidator { text in
            let source = Source(text)
            let document = try Parser.parse(source)
            return { validate(schema, document, source).map(\.message) }
        }
    }

    /// The dashboard request through our engine over the shared in-memory `Dataset`.
    struct Pipeline {
        /// Parse, validate, execute and encode the dashboard query: the response body bytes.
        let request: () async throws -> [UInt8]
        /// Execution alone, on a document parsed and validated up front.
        let executeOnly: () async throws -> Void
        /// JSON encoding alone, of a result computed up front; returns the byte count.
        let encodeOnly: () throws -> Int
    }

    /// What the server does for one POST of the dashboard with no variables, minus HTTP.
    static func makePipeline(sdl: String, dashboard: String, dataset: Dataset) async throws -> Pipeline {
        let schema = try buildSchema(sdl)
        let executable = try OursBinding.make(schema: schema)
        let parsedSource = Source(dashboard)
        let parsed = try Parser.parse(parsedSource)
        let computed = await executable.execute(document: parsed, source: parsedSource, context: dataset, rootValue: dataset)
        guard computed.errors.isEmpty else {
            throw BenchFailure("our dashboard response has errors: \(computed.errors.prefix(3).map(\.message))")
        }
        return Pipeline(
            request: {
                let source = Source(dashboard)
                let document = try Parser.parse(source)
                let errors = validate(schema, document, source)
                guard errors.isEmpty else { return encode(ExecutionResult(data: nil, errors: errors)) }
                let result = await executable.execute(document: document, source: source, context: dataset, rootValue: dataset)
                return encode(result)
            },
            executeOnly: {
                blackHole(await executable.execute(document: parsed, source: parsedSource, context: dataset, rootValue: dataset))
            },
            encodeOnly: { encode(computed).count })
    }

    /// The response body as the server writes it: streamed from the executor's result.
    private static func encode(_ result: ExecutionResult) -> [UInt8] {
        result.responseBytes()
    }
}
