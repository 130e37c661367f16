import BenchData
import Foundation
import GraphQL

/// GraphQLSwift 4.3.0 ("theirs"), driven through its public API only.
struct Theirs: Sendable {
    let schema: GraphQLSchema
    let dataset: Dataset
    let dashboard: String
    let dashboardAST: Document

    init(sdl: String, dashboard: String, dataset: Dataset) throws {
        schema = try TheirsSchema.make(sdl: sdl)
        self.dataset = dataset
        self.dashboard = dashboard
        dashboardAST = try GraphQL.parse(source: dashboard)
        let schemaErrors = validateSchema(schema: schema)
        guard schemaErrors.isEmpty else {
            throw BenchFailure("GraphQLSwift rejects the contract schema: \(schemaErrors.map(\.message))")
        }
    }

    /// Parses a document; returns its number of definitions.
    static func parse(_ text: String) throws -> Int {
        try GraphQL.parse(source: text).definitions.count
    }

    /// Builds the schema of an SDL text and validates it, as `graphql(...)` does on first use; returns its
    /// type names (introspection types left out).
    static func buildSchemaTypeNames(_ sdl: String) throws -> Set<String> {
        let schema = try buildSchema(source: sdl)
        let errors = validateSchema(schema: schema)
        guard errors.isEmpty else { throw BenchFailure("GraphQLSwift rejects the schema: \(errors.map(\.message))") }
        return Set(schema.typeMap.keys.filter { !$0.hasPrefix("__") })
    }

    /// Parses a document for the cases that time later stages.
    func parseDocument(_ text: String) throws -> Document {
        try GraphQL.parse(source: text)
    }

    /// Validates a parsed document against the contract; returns the error messages.
    func validate(_ document: Document) -> [String] {
        GraphQL.validate(schema: schema, ast: document).map(\.message)
    }

    /// Parses a text, then validates it against the contract.
    func parseAndValidate(_ text: String) throws -> [String] {
        validate(try GraphQL.parse(source: text))
    }

    /// The normal entry point, `graphql(schema:request:...)`: parse, validate, execute.
    func execute() async throws -> GraphQLResult {
        try await graphql(schema: schema, request: dashboard, rootValue: dataset, context: dataset)
    }

    /// Execution alone, on the document parsed once up front.
    func executeParsed() async throws -> GraphQLResult {
        try await GraphQL.execute(schema: schema, documentAST: dashboardAST, rootValue: dataset, context: dataset)
    }

    /// The response bytes, as a server using GraphQLSwift sends them.
    static func encode(_ result: GraphQLResult) throws -> Data {
        try JSONEncoder().encode(result)
    }

    /// The whole request: `graphql(...)` and JSON encoding.
    func request() async throws -> Data {
        try Theirs.encode(try await execute())
    }
}
