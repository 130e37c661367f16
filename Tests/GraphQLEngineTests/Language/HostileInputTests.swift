import Testing

@testable import GraphQLEngine

@Suite struct HostileInputTests {
    static let megabyte = 1 << 20

    @Test func megabyteOfOpeningBracesFailsAtTheSecond() {
        let text = String(repeating: "{", count: Self.megabyte)
        #expect(throws: GraphQLError("Syntax Error: Expected Name, found \"{\".", locations: [SourceLocation(line: 1, column: 2)])) {
            try Parser.parse(text)
        }
    }

    @Test func deepSelectionSetsHitTheNestingLimit() {
        let text = String(repeating: "{a", count: Self.megabyte / 2)
        let expected = GraphQLError(
            "Syntax Error: Document nesting is deeper than 256 levels. Parsing aborted.",
            locations: [SourceLocation(line: 1, column: 2 * 256 + 2)])
        #expect(throws: expected) { try Parser.parse(text) }
    }

    @Test func megabyteOfListBracketsHitsTheNestingLimit() {
        let text = String(repeating: "[", count: Self.megabyte)
        #expect(throws: GraphQLError.self) { try Parser.parseValue(text) }
        #expect(throws: GraphQLError.self) { try Parser.parse("{ f(a: \(text)) }") }
        #expect(throws: GraphQLError.self) { try Parser.parse("query Q($a: \(text)) { f }") }
        #expect(throws: GraphQLError.self) { try Parser.parseType(text) }
    }

    @Test func deepObjectValuesHitTheNestingLimit() throws {
        let text = String(repeating: "{a:", count: 100_000)
        let error = try #require(throws: GraphQLError.self) { try Parser.parseValue(text) }
        #expect(error.message == "Syntax Error: Document nesting is deeper than 256 levels. Parsing aborted.")
    }

    @Test func nestingUpToTheLimitParses() throws {
        let depth = 256
        let selections = String(repeating: "{a", count: depth) + String(repeating: "}", count: depth)
        _ = try Parser.parse(selections)
        let list = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        _ = try Parser.parseValue(list)
        let type = String(repeating: "[", count: depth) + "Int" + String(repeating: "]", count: depth)
        _ = try Parser.parseType(type)
        #expect(throws: GraphQLError.self) { try Parser.parse("{a" + selections + "}") }
    }

    @Test func nestingLimitIsConfigurable() throws {
        let text = "{ a { b { c } } }"
        _ = try Parser.parse(text, options: ParseOptions(maxDepth: 3))
        let error = try #require(throws: GraphQLError.self) { try Parser.parse(text, options: ParseOptions(maxDepth: 2)) }
        #expect(error.message == "Syntax Error: Document nesting is deeper than 2 levels. Parsing aborted.")
        #expect(error.locations == [SourceLocation(line: 1, column: 11)])
    }

    @Test func tenMegabyteDocumentHitsTheTokenLimit() throws {
        let text = "{" + String(repeating: "field ", count: 10 * Self.megabyte / 6) + "}"
        let error = try #require(throws: GraphQLError.self) { try Parser.parse(text) }
        #expect(error.message == "Syntax Error: Document contains more than 100000 tokens. Parsing aborted.")
        // Token 100 001 is the 100 000th field, after the opening brace.
        #expect(error.locations == [SourceLocation(line: 1, column: 2 + 6 * 99_999)])
    }

    @Test func tokenLimitCountsEveryTokenButEndOfFile() throws {
        _ = try Parser.parse("{ a }", options: ParseOptions(maxTokens: 3))
        let error = try #require(throws: GraphQLError.self) {
            try Parser.parse("{ a b }", options: ParseOptions(maxTokens: 3))
        }
        #expect(error.message == "Syntax Error: Document contains more than 3 tokens. Parsing aborted.")
        #expect(error.locations == [SourceLocation(line: 1, column: 7)])
        // Comments are not significant tokens.
        _ = try Parser.parse("# one\n# two\n{ a }", options: ParseOptions(maxTokens: 3))
    }

    @Test func longStringsAndCommentsParse() throws {
        let long = String(repeating: "x", count: Self.megabyte)
        let document = try Parser.parse("# \(long)\n{ f(a: \"\(long)\", b: \"\"\"\(long)\"\"\") }")
        guard case .operation(let operation) = document.definitions[0], case .field(let field) = operation.selectionSet.selections[0]
        else {
            Issue.record("expected a field")
            return
        }
        #expect(field.arguments.map(\.value) == [.string(long, block: false, .synthetic), .string(long, block: true, .synthetic)])
    }
}
