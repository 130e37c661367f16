import Testing

@testable import GraphQLEngine

@Suite struct LiteralTests {
    @Test(arguments: ["0", "-0", "7", "-7", "1234567890", "9007199254740993000"])
    func integers(_ text: String) throws {
        #expect(try Parser.parseValue(text) == .int(text, .synthetic))
    }

    @Test(arguments: ["0.0", "-0.5", "1.5", "1e10", "1E10", "1e+10", "1e-10", "-1.25E-3", "0e0", "6.02e23"])
    func floats(_ text: String) throws {
        #expect(try Parser.parseValue(text) == .float(text, .synthetic))
    }

    @Test(arguments: ["00", "01", "-01", "1.", "1.e1", "1e", "1e+", "0x1", "1a", "1.5_", "1e5.0", ".5", "-", "--1", "+1"])
    func malformedNumbers(_ text: String) {
        #expect(throws: GraphQLError.self) { try Parser.parseValue(text) }
    }

    @Test func keywordsAndEnums() throws {
        #expect(try Parser.parseValue("true") == .boolean(true, .synthetic))
        #expect(try Parser.parseValue("false") == .boolean(false, .synthetic))
        #expect(try Parser.parseValue("null") == .null(.synthetic))
        #expect(try Parser.parseValue("True") == .enumValue("True", .synthetic))
        #expect(try Parser.parseValue("nullable") == .enumValue("nullable", .synthetic))
        #expect(try Parser.parseValue("_") == .enumValue("_", .synthetic))
    }

    @Test func stringEscapes() throws {
        let cases: [(String, String)] = [
            (#""plain""#, "plain"),
            (#""""#, ""),
            (#""\" \\ \/ \b \f \n \r \t""#, "\" \\ / \u{8} \u{C} \n \r \t"),
            (#""\u0041\u00e9\u20AC""#, "Aé€"),
            (#""\u{41}\u{1F600}\u{10FFFF}\u{0}""#, "A😀\u{10FFFF}\u{0}"),
            (#""\u{000000041}""#.replacing("000000041", with: "00000041"), "A"),
            (#""\uD83D\uDE00 pair""#, "😀 pair"),
            (#""\ud83d\ude00""#, "😀"),
            ("\"unicode é 😀 \u{7} kept\"", "unicode é 😀 \u{7} kept"),
            ("\"a,b#c\"", "a,b#c"),
        ]
        for (source, expected) in cases {
            #expect(try Parser.parseValue(source) == .string(expected, block: false, .synthetic), "\(source)")
        }
    }

    @Test(arguments: [
        #""\u{D800}""#, #""\u{DFFF}""#, #""\uD800""#, #""\uDE00""#, #""\uD83D\u0041""#, #""\uD83D""#, #""\u{110000}""#,
        #""\u{}""#, #""\u{123456789}""#, #""\uXYZW""#, #""\q""#, #""\u{1F600""#, "\"line\nbreak\"", "\"open",
    ])
    func invalidStrings(_ source: String) {
        #expect(throws: GraphQLError.self) { try Parser.parseValue(source) }
    }

    @Test func blockStrings() throws {
        let cases: [(String, String)] = [
            ("\"\"\"\"\"\"", ""),
            ("\"\"\"simple\"\"\"", "simple"),
            ("\"\"\"  leading kept on first line\"\"\"", "  leading kept on first line"),
            ("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL."),
            ("\"\"\"\r\n  crlf\r\n  lines\r  cr\r\n\"\"\"", "crlf\nlines\ncr"),
            ("\"\"\"escaped \\\"\"\" quotes\"\"\"", "escaped \"\"\" quotes"),
            ("\"\"\"no \\n escapes \\u0041\"\"\"", "no \\n escapes \\u0041"),
            ("\"\"\"\n\n  \n  trailing and leading blank lines\n  \n\n\"\"\"", "trailing and leading blank lines"),
            ("\"\"\"\n\ttab\n\t  indented\n\"\"\"", "tab\n  indented"),
            ("\"\"\"quote \" and \"\" inside\"\"\"", "quote \" and \"\" inside"),
        ]
        for (source, expected) in cases {
            #expect(try Parser.parseValue(source) == .string(expected, block: true, .synthetic), "\(source)")
        }
    }

    @Test func ignoredTokens() throws {
        let text = "\u{FEFF}# leading comment\r\n{ ,,a\t, # comment with \"quotes\" and { braces\n b ,}\u{FEFF}"
        let document = try Parser.parse(text)
        #expect(Printer.print(document) == "{\n  a\n  b\n}")
    }

    @Test func locationsAreByteOffsets() throws {
        let document = try Parser.parse("query Q {\n  alias: field(arg: \"é\") \n}")
        guard case .operation(let operation) = document.definitions[0], case .field(let field) = operation.selectionSet.selections[0]
        else {
            Issue.record("expected an operation with a field")
            return
        }
        #expect(operation.loc.start == 0 && operation.loc.end == 38)
        #expect(field.loc.start == 12 && field.loc.end == 35)
        #expect(field.alias?.loc.start == 12 && field.alias?.loc.end == 17)
        // The string token is 4 bytes: two quotes and the two bytes of "é".
        #expect(field.arguments[0].value.loc.start == 30 && field.arguments[0].value.loc.end == 34)
        #expect(document.loc.end == 38)
    }

    @Test func unicodeColumnsCountUTF16Units() throws {
        // "😀" is two UTF-16 units, as graphql-js counts: the ")" after "c" is column 15.
        let error = try #require(throws: GraphQLError.self) { try Parser.parse("{ a(b: \"😀é\" c) }") }
        #expect(error.message == "Syntax Error: Expected \":\", found \")\".")
        #expect(error.locations == [SourceLocation(line: 1, column: 15)])
    }
}
