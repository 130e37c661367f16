import Foundation
import Testing

@testable import GraphQLEngine

/// Holds the parser and validator to graphql-core's verdicts on the generated documents of
/// `Fixtures/conformance.jsonl`, made by `graphql_diff.py --schema schema/ --dump ... --seed 1 --count 2000`
/// against `schema/billing.graphql`, which the tests read from the package's `schema/` folder (no copy to drift).
@Suite struct ConformanceTests {
    struct Case {
        var name: String
        var query: String
        var verdict: String
        var messages: [String]
    }

    static func loadCases() throws -> [Case] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/conformance", withExtension: "jsonl"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Case(
                name: object["name"] as? String ?? "",
                query: object["query"] as? String ?? "",
                verdict: object["verdict"] as? String ?? "",
                messages: object["messages"] as? [String] ?? [])
        }
    }

    /// The product's schema, the one the server loads.
    static func loadSchema() throws -> GraphQLSchema {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = packageRoot.appendingPathComponent("schema/billing.graphql")
        return try buildSchema(Parser.parse(String(contentsOf: url, encoding: .utf8)))
    }

    /// A schema among the test fixtures.
    static func loadSchema(fixture name: String) throws -> GraphQLSchema {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/" + name, withExtension: "graphql"))
        return try buildSchema(Parser.parse(String(contentsOf: url, encoding: .utf8)))
    }

    /// graphql-core names directive locations in lower case (`field`); graphql-js, and this engine, print the
    /// enum value (`FIELD`).
    static func graphQLJSWording(_ message: String) -> String {
        let marker = " may not be used on "
        guard let range = message.range(of: marker), message.hasSuffix(".") else { return message }
        let location = message[range.upperBound...].dropLast()
        return message[..<range.upperBound] + location.uppercased().replacingOccurrences(of: " ", with: "_") + "."
    }

    @Test func verdictsAndMessagesAgreeWithGraphQLCore() throws {
        let cases = try Self.loadCases()
        let schema = try Self.loadSchema()
        #expect(cases.count >= 2000)
        var verdictMismatches: [String] = []
        var messageMismatches: [String] = []
        for testCase in cases {
            let source = Source(testCase.query)
            var verdict: String
            var messages: [String]
            do {
                let document = try Parser.parse(source)
                messages = Validator.validate(schema: schema, document: document, source: source).map(\.message)
                verdict = messages.isEmpty ? "valid" : "invalid"
            } catch {
                verdict = "syntax"
                messages = [error.message]
            }
            let expected = testCase.messages.map(Self.graphQLJSWording)
            if verdict != testCase.verdict {
                verdictMismatches.append("\(testCase.name): expected \(testCase.verdict) \(expected), got \(verdict) \(messages)")
            } else if expected.sorted() != messages.sorted() {
                messageMismatches.append("\(testCase.name): expected \(expected.sorted()), got \(messages.sorted())")
            }
        }
        for line in verdictMismatches + messageMismatches { print("CONFORMANCE", line) }
        #expect(verdictMismatches.isEmpty)
        #expect(messageMismatches.count <= 5)
    }
}
