import Testing

@testable import GraphQLEngine

/// One malformed input and the error graphql-js gives for it (messages taken from graphql-core 3.2,
/// quoted the graphql-js way).
struct SyntaxCase: Sendable, CustomTestStringConvertible {
    enum Entry: Sendable { case document, value, constValue, type }

    let entry: Entry
    let source: String
    let message: String
    let line: Int
    let column: Int

    init(_ entry: Entry, _ source: String, _ message: String, _ line: Int, _ column: Int) {
        self.entry = entry
        self.source = source
        self.message = message
        self.line = line
        self.column = column
    }

    var testDescription: String { "\(entry) \(source.debugDescription)" }

    /// The error the parser raises for `source`, or nil when it parses.
    func parseError() -> GraphQLError? {
        do {
            switch entry {
            case .document: _ = try Parser.parse(source)
            case .value: _ = try Parser.parseValue(source)
            case .constValue: _ = try Parser.parseConstValue(source)
            case .type: _ = try Parser.parseType(source)
            }
            return nil
        } catch {
            return error
        }
    }
}

@Suite struct SyntaxErrorTests {
    static let cases: [SyntaxCase] = [
        SyntaxCase(.document, "", "Syntax Error: Unexpected <EOF>.", 1, 1),
        SyntaxCase(.document, "   ", "Syntax Error: Unexpected <EOF>.", 1, 4),
        SyntaxCase(.document, "{", "Syntax Error: Expected Name, found <EOF>.", 1, 2),
        SyntaxCase(.document, "{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3),
        SyntaxCase(.document, "{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4),
        SyntaxCase(.document, "}", "Syntax Error: Unexpected \"}\".", 1, 1),
        SyntaxCase(.document, "query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6),
        SyntaxCase(.document, "query Q(", "Syntax Error: Expected \"$\", found <EOF>.", 1, 9),
        SyntaxCase(.document, "query Q() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9),
        SyntaxCase(.document, "notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1),
        SyntaxCase(.document, "...", "Syntax Error: Unexpected \"...\".", 1, 1),
        SyntaxCase(.document, "{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        SyntaxCase(.document, "fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10),
        SyntaxCase(.document, "fragment X($v: Int) on T { a }", "Syntax Error: Expected \"on\", found \"(\".", 1, 11),
        SyntaxCase(.document, "{ a(b: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9),
        SyntaxCase(.document, "{ a(b:) }", "Syntax Error: Unexpected \")\".", 1, 7),
        SyntaxCase(.document, "{ a(b: 1 }", "Syntax Error: Expected Name, found \"}\".", 1, 10),
        SyntaxCase(.document, "query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19),
        SyntaxCase(.document, "query Q($a: Int = [$b]) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 20),
        SyntaxCase(.document, "query Q($a: Int = {x: $b}) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 23),
        SyntaxCase(.document, "query Q($a: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 19),
        SyntaxCase(.document, "{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7),
        SyntaxCase(.document, "{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8),
        SyntaxCase(.document, "{ a(b: {c}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 10),
        SyntaxCase(.document, "{ a(b: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13),
        SyntaxCase(.document, "?", "Syntax Error: Unexpected character: \"?\".", 1, 1),
        SyntaxCase(.document, "{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 5),
        SyntaxCase(.document, "'x'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1),
        SyntaxCase(.document, "é", "Syntax Error: Unexpected character: U+00E9.", 1, 1),
        SyntaxCase(.document, "😀", "Syntax Error: Unexpected character: U+1F600.", 1, 1),
        SyntaxCase(.document, "\u{0}", "Syntax Error: Unexpected character: U+0000.", 1, 1),
        SyntaxCase(.document, "\u{7}", "Syntax Error: Unexpected character: U+0007.", 1, 1),
        SyntaxCase(.document, "..", "Syntax Error: Unexpected character: \".\".", 1, 1),
        SyntaxCase(.document, ".", "Syntax Error: Unexpected character: \".\".", 1, 1),
        SyntaxCase(.document, "{ a(b: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9),
        SyntaxCase(.document, "{ a(b: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9),
        SyntaxCase(.document, "{ a(b: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10),
        SyntaxCase(.document, "{ a(b: 1.a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 10),
        SyntaxCase(.document, "{ a(b: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10),
        SyntaxCase(.document, "{ a(b: 1e+) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 11),
        SyntaxCase(.document, "{ a(b: 0x1) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9),
        SyntaxCase(.document, "{ a(b: .5) }", "Syntax Error: Unexpected character: \".\".", 1, 8),
        SyntaxCase(.document, "{ a(b: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9),
        SyntaxCase(.document, "{ a(b: -a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9),
        SyntaxCase(.document, "{ a(b: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11),
        SyntaxCase(.document, "{ a(b: 1_000) }", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 9),
        SyntaxCase(.document, "{ a(b: 12abc) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 10),
        SyntaxCase(.document, "{ a(b: 1.0e5x) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 13),
        SyntaxCase(.document, "{ a(b: \"abc) }", "Syntax Error: Unterminated string.", 1, 15),
        SyntaxCase(.document, "{ a(b: \"abc\n\") }", "Syntax Error: Unterminated string.", 1, 12),
        SyntaxCase(.document, "{ a(b: \"a\rb\") }", "Syntax Error: Unterminated string.", 1, 10),
        SyntaxCase(.document, "{ a(b: \"\\z\") }", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\x41\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\u12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\")\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\u12G4\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12G4\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\uDC00\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDC00\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\uD83D\\u0041\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\uD83Dx\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\u{D800}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\u{1F60\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{1F60\"\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\u{000000041}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000041\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\u{12x}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12x\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\\u{FFFFFFFFFFFF}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFFF\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\"\"abc) }", "Syntax Error: Unterminated string.", 1, 17),
        SyntaxCase(.document, "{ a(b: \"\"\"abc\\\"\"\") }", "Syntax Error: Unterminated string.", 1, 21),
        SyntaxCase(
            .document, "\"desc\" query Q { a }",
            "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1),
        SyntaxCase(.document, "\"desc\" { a }", "Syntax Error: Unexpected \"{\".", 1, 8),
        SyntaxCase(
            .document, "\"desc\" extend type T @d",
            "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1),
        SyntaxCase(
            .document, "\"desc\" fragment F on T { a }",
            "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1),
        SyntaxCase(.document, "schema { }", "Syntax Error: Expected Name, found \"}\".", 1, 10),
        SyntaxCase(.document, "schema { query }", "Syntax Error: Expected \":\", found \"}\".", 1, 16),
        SyntaxCase(.document, "schema { foo: Q }", "Syntax Error: Unexpected Name \"foo\".", 1, 10),
        SyntaxCase(.document, "type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        SyntaxCase(.document, "type T { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 12),
        SyntaxCase(.document, "type T { a(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 12),
        SyntaxCase(.document, "type T implements { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19),
        SyntaxCase(.document, "type T implements A & { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 23),
        SyntaxCase(.document, "union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11),
        SyntaxCase(.document, "union U = | ", "Syntax Error: Expected Name, found <EOF>.", 1, 13),
        SyntaxCase(.document, "union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14),
        SyntaxCase(.document, "enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10),
        SyntaxCase(.document, "enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10),
        SyntaxCase(.document, "enum E { false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 10),
        SyntaxCase(.document, "enum E { }", "Syntax Error: Expected Name, found \"}\".", 1, 10),
        SyntaxCase(.document, "input I { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 13),
        SyntaxCase(.document, "input I { a: Int = $v }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 20),
        SyntaxCase(.document, "directive @d on", "Syntax Error: Expected Name, found <EOF>.", 1, 16),
        SyntaxCase(.document, "directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17),
        SyntaxCase(.document, "directive @d repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 24),
        SyntaxCase(.document, "directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11),
        SyntaxCase(.document, "directive @d(a: Int) on FIELD | | QUERY", "Syntax Error: Expected Name, found \"|\".", 1, 33),
        SyntaxCase(.document, "extend", "Syntax Error: Unexpected <EOF>.", 1, 7),
        SyntaxCase(.document, "extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8),
        SyntaxCase(.document, "extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14),
        SyntaxCase(.document, "extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16),
        SyntaxCase(.document, "extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14),
        SyntaxCase(.document, "extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19),
        SyntaxCase(.document, "extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15),
        SyntaxCase(.document, "extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14),
        SyntaxCase(.document, "extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15),
        SyntaxCase(.document, "extend type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 16),
        SyntaxCase(.document, "scalar S @d(a: $v)", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 16),
        SyntaxCase(.document, "type T { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21),
        SyntaxCase(.document, "query Q($v: Int) @d(a: $v) { a }\nquery", "Syntax Error: Expected \"{\", found <EOF>.", 2, 6),
        SyntaxCase(.document, "{ a }\n\n  b", "Syntax Error: Unexpected Name \"b\".", 3, 3),
        SyntaxCase(.document, "{ a(b: [) }", "Syntax Error: Unexpected \")\".", 1, 9),
        SyntaxCase(.document, "subscription S", "Syntax Error: Expected \"{\", found <EOF>.", 1, 15),
        SyntaxCase(.document, "query Q { a } fragment", "Syntax Error: Expected Name, found <EOF>.", 1, 23),
        SyntaxCase(.document, "{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6),
        SyntaxCase(.document, "{ a: b: c }", "Syntax Error: Expected Name, found \":\".", 1, 7),
        SyntaxCase(.document, "{ a(b: \"x\" }", "Syntax Error: Expected Name, found \"}\".", 1, 12),
        SyntaxCase(.document, "{ a(\"s\": 1) }", "Syntax Error: Expected Name, found String \"s\".", 1, 5),
        SyntaxCase(.document, "{ a(b: 1) (c: 2) }", "Syntax Error: Expected Name, found \"(\".", 1, 11),
        SyntaxCase(.document, "query Q($a: [Int!) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 18),
        SyntaxCase(.document, "query Q($a: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17),
        SyntaxCase(.document, "query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11),
        SyntaxCase(.document, "query Q(a: Int) { a }", "Syntax Error: Expected \"$\", found Name \"a\".", 1, 9),
        SyntaxCase(.document, "{ a(b: \"\"\"x\"\"\" }", "Syntax Error: Expected Name, found \"}\".", 1, 16),
        SyntaxCase(.document, "# only a comment", "Syntax Error: Unexpected <EOF>.", 1, 17),
        SyntaxCase(.document, "\u{FEFF}", "Syntax Error: Unexpected <EOF>.", 1, 2),
        SyntaxCase(.document, "{ a }\n\"\"\"unterminated", "Syntax Error: Unterminated string.", 2, 16),
        SyntaxCase(.document, "{ a } 123", "Syntax Error: Unexpected Int \"123\".", 1, 7),
        SyntaxCase(.document, "{ a } 1.5", "Syntax Error: Unexpected Float \"1.5\".", 1, 7),
        SyntaxCase(.document, "{ a } \"s\"", "Syntax Error: Unexpected <EOF>.", 1, 10),
        SyntaxCase(.document, "{ a } $", "Syntax Error: Unexpected \"$\".", 1, 7),
        SyntaxCase(.document, "{ ... @skip(if: true) }", "Syntax Error: Expected \"{\", found \"}\".", 1, 23),
        SyntaxCase(.document, "{ ... on T }", "Syntax Error: Expected \"{\", found \"}\".", 1, 12),
        SyntaxCase(
            .document, "type T { f: Int @d(a: [1, {b: $c}]) }", "Syntax Error: Unexpected variable \"$c\" in constant value.", 1, 31),
        // graphql-core miscounts lines after "\r\n" (it says 2:9); graphql-js and the spec say 3:1.
        SyntaxCase(.document, "{\r\n  a(b: 0\r\n1)\r\n}", "Syntax Error: Expected Name, found Int \"1\".", 3, 1),
        SyntaxCase(.document, "{\r  a(b: ?)\r}", "Syntax Error: Unexpected character: \"?\".", 2, 8),
        SyntaxCase(.document, "interface I implements & { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 26),
        SyntaxCase(.document, "{ a(b: \"\\u{1F600}\" c) }", "Syntax Error: Expected \":\", found \")\".", 1, 21),
        SyntaxCase(.document, "{ a(b: true, c: false, d: null, e: \"\\t\")  @ }", "Syntax Error: Expected Name, found \"}\".", 1, 45),
        SyntaxCase(.value, "", "Syntax Error: Unexpected <EOF>.", 1, 1),
        SyntaxCase(.value, "$", "Syntax Error: Expected Name, found <EOF>.", 1, 2),
        SyntaxCase(.value, "[1, 2", "Syntax Error: Unexpected <EOF>.", 1, 6),
        SyntaxCase(.value, "{a 1}", "Syntax Error: Expected \":\", found Int \"1\".", 1, 4),
        SyntaxCase(.value, "1 2", "Syntax Error: Expected <EOF>, found Int \"2\".", 1, 3),
        SyntaxCase(.value, "$v x", "Syntax Error: Expected <EOF>, found Name \"x\".", 1, 4),
        SyntaxCase(.constValue, "$v", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 1),
        SyntaxCase(.constValue, "[$v]", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 2),
        SyntaxCase(.constValue, "{a: $v}", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 5),
        SyntaxCase(.constValue, "$", "Syntax Error: Unexpected \"$\".", 1, 1),
        SyntaxCase(.constValue, "$1", "Syntax Error: Unexpected \"$\".", 1, 1),
        SyntaxCase(.type, "", "Syntax Error: Expected Name, found <EOF>.", 1, 1),
        SyntaxCase(.type, "[Int", "Syntax Error: Expected \"]\", found <EOF>.", 1, 5),
        SyntaxCase(.type, "Int!!", "Syntax Error: Expected <EOF>, found \"!\".", 1, 5),
        SyntaxCase(.type, "[]", "Syntax Error: Expected Name, found \"]\".", 1, 2),
        SyntaxCase(.type, "!", "Syntax Error: Expected Name, found \"!\".", 1, 1),
        SyntaxCase(.type, "Int x", "Syntax Error: Expected <EOF>, found Name \"x\".", 1, 5),
        // graphql-core crashes on a backslash at the very end; graphql-js reports the lone backslash.
        SyntaxCase(.document, "\"\\", "Syntax Error: Invalid character escape sequence: \"\\\".", 1, 2),
    ]

    @Test(arguments: cases)
    func errorMessageAndLocation(_ testCase: SyntaxCase) throws {
        let error = try #require(testCase.parseError())
        #expect(error.message == testCase.message)
        #expect(error.locations == [SourceLocation(line: testCase.line, column: testCase.column)])
    }
}
