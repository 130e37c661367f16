import Foundation
import Testing

@testable import GraphQLEngine

/// The pets-style schema every rule test validates against, built once from `Fixtures/validation-schema.graphql`.
let validationTestSchema: GraphQLSchema = {
    let url = Bundle.module.url(forResource: "Fixtures/validation-schema", withExtension: "graphql")!
    let sdl = try! String(contentsOf: url, encoding: .utf8)
    return try! buildSchema(Parser.parse(sdl))
}()

/// One expected validation error: its message and its 1-based (line, column) locations.
struct ExpectedError: Equatable, CustomStringConvertible {
    var message: String
    var locations: [GraphQLEngine.SourceLocation]

    init(_ message: String, _ locations: [(Int, Int)]) {
        self.message = message
        self.locations = locations.map { GraphQLEngine.SourceLocation(line: $0.0, column: $0.1) }
    }

    init(_ error: GraphQLError) {
        self.message = error.message
        self.locations = error.locations
    }

    var description: String { "\(message) at \(locations.map(\.description).joined(separator: ", "))" }
}

/// Validates `query` against the test schema with only `rule`, returning its errors.
func validationErrors(
    _ rule: any ValidationRule.Type, _ query: String, schema: GraphQLSchema = validationTestSchema
) -> [ExpectedError] {
    let source = Source(query)
    let document: Document
    do {
        document = try Parser.parse(source)
    } catch {
        Issue.record("test document does not parse: \(error)")
        return []
    }
    return Validator.validate(schema: schema, document: document, source: source, rules: [rule]).map(ExpectedError.init)
}

/// Asserts that `rule` reports exactly `expected`, in order.
func expectErrors(
    _ rule: any ValidationRule.Type, _ query: String, _ expected: [ExpectedError],
    schema: GraphQLSchema = validationTestSchema, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let actual = validationErrors(rule, query, schema: schema)
    #expect(actual == expected, sourceLocation: sourceLocation)
}

/// Asserts that `rule` reports nothing.
func expectValid(
    _ rule: any ValidationRule.Type, _ query: String,
    schema: GraphQLSchema = validationTestSchema, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    expectErrors(rule, query, [], schema: schema, sourceLocation: sourceLocation)
}
