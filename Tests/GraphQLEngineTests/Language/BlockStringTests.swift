import Testing

@testable import GraphQLEngine

@Suite struct BlockStringTests {
    /// BlockStringValue over raw text, as the parser applies it.
    func value(_ raw: String) -> String {
        Array(raw.utf8).withUnsafeBufferPointer { BlockString.value(ofRaw: $0) }
    }

    @Test func removesCommonIndentationButNotFromTheFirstLine() {
        #expect(value("  first\n    second\n      third") == "  first\nsecond\n  third")
        #expect(value("\n    a\n      b\n    c") == "a\n  b\nc")
    }

    @Test func removesLeadingAndTrailingBlankLines() {
        #expect(value("\n\n   \n  a\n  b\n \t \n\n") == "a\nb")
        #expect(value("   \n \n") == "")
        #expect(value("") == "")
    }

    @Test func keepsBlankLinesInside() {
        #expect(value("\n  a\n\n  b\n") == "a\n\nb")
        #expect(value("\n  a\n      \n  b") == "a\n    \nb")
    }

    @Test func whitespaceOnlyLinesDoNotSetTheIndent() {
        #expect(value("\n      a\n  \n      b") == "a\n\nb")
    }

    @Test func tabsAndSpacesBothIndent() {
        #expect(value("\n\t\ta\n\t\tb") == "a\nb")
        #expect(value("\n \ta\n \t b") == "a\n b")
    }

    @Test func lineTerminatorsAllSplit() {
        #expect(value("\r\n  a\r  b\n  c") == "a\nb\nc")
    }

    @Test func unescapesTripleQuotes() {
        #expect(value("a \\\"\"\" b") == "a \"\"\" b")
        #expect(value("a \\\"\" b") == "a \\\"\" b")
    }

    @Test func printsLikeGraphQLJS() {
        #expect(BlockString.print("") == "\"\"\"\"\"\"")
        #expect(BlockString.print("short") == "\"\"\"short\"\"\"")
        #expect(BlockString.print("two\nlines") == "\"\"\"\ntwo\nlines\n\"\"\"")
        #expect(BlockString.print("  leading space") == "\"\"\"  leading space\"\"\"")
        #expect(BlockString.print("ends with quote\"") == "\"\"\"\nends with quote\"\n\"\"\"")
        #expect(BlockString.print("ends with slash\\") == "\"\"\"\nends with slash\\\n\"\"\"")
        #expect(BlockString.print("has \"\"\" inside") == "\"\"\"has \\\"\"\" inside\"\"\"")
        #expect(BlockString.print("ends \"\"\"") == "\"\"\"\nends \\\"\"\"\n\"\"\"")
        #expect(BlockString.print("first\n  indented") == "\"\"\"\nfirst\n  indented\n\"\"\"")
        #expect(BlockString.print("  first\n  second") == "\"\"\"\n  first\n  second\n\"\"\"")
        let long = String(repeating: "x", count: 71)
        #expect(BlockString.print(long) == "\"\"\"\n\(long)\n\"\"\"")
        #expect(BlockString.print("two\nlines", minimize: true) == "\"\"\"two\nlines\"\"\"")
    }

    /// Values a parsed block string can hold (parsing never leaves common indentation on the lines after the first).
    @Test(arguments: [
        "", "a", "  a", "a\nb", "\ta\nb", "a\n\n  b", "a \"\"\" b", "ends\"", "ends\\", "ends \"\"\"", "é 😀\n  x",
    ])
    func printedBlockStringsParseBack(_ text: String) throws {
        let printed = BlockString.print(text)
        #expect(try Parser.parseValue(printed) == .string(text, block: true, .synthetic))
    }
}
