import Testing

@testable import GraphQLEngine

@Suite struct PrinterTests {
    /// Each fixture beside the text graphql-core's `print_ast` gives for it (graphql-js 16 layout).
    static let fixtures = ["kitchen-sink", "schema-kitchen-sink", "api-contract", "dashboard"]

    @Test(arguments: fixtures)
    func printsLikeGraphQLJS(_ name: String) throws {
        let document = try Parser.parse(try Fixture.text("\(name).graphql"))
        let expected = try Fixture.text("\(name).printed.graphql")
        #expect(Printer.print(document) == expected)
    }

    @Test(arguments: fixtures)
    func roundTripsToAnEqualDocument(_ name: String) throws {
        let document = try Parser.parse(try Fixture.text("\(name).graphql"))
        let printed = Printer.print(document)
        let reparsed = try Parser.parse(printed)
        #expect(reparsed == document)
        #expect(Printer.print(reparsed) == printed)
    }

    @Test func printsObjectValuesCompactly() throws {
        let value = try Parser.parseValue("{ field : ORDER_DATE , direction : DESC, tags: [ \"a\" , $v ] }")
        #expect(Printer.print(value) == "{field: ORDER_DATE, direction: DESC, tags: [\"a\", $v]}")
    }

    @Test func printsTypes() throws {
        #expect(Printer.print(try Parser.parseType("[ [ String ! ] ] !")) == "[[String!]]!")
        #expect(Printer.print(try Parser.parseType("ID")) == "ID")
    }

    @Test func escapesStrings() {
        #expect(Printer.printString("a\"b\\c\n\t\u{8}\u{C}\r") == #""a\"b\\c\n\t\b\f\r""#)
        #expect(Printer.printString("\u{0}\u{1F}\u{7F}\u{9F}\u{A0}é😀") == "\"\\u0000\\u001F\\u007F\\u009F\u{A0}é😀\"")
        #expect(Printer.printString("/") == "\"/\"")
    }

    @Test func usesQueryShorthandOnlyWhenPlain() throws {
        #expect(Printer.print(try Parser.parse("query { a }")) == "{\n  a\n}")
        #expect(Printer.print(try Parser.parse("query Q { a }")) == "query Q {\n  a\n}")
        #expect(Printer.print(try Parser.parse("query @d { a }")) == "query @d {\n  a\n}")
        #expect(Printer.print(try Parser.parse("query ($v: Int) { a }")) == "query ($v: Int) {\n  a\n}")
        #expect(Printer.print(try Parser.parse("mutation { a }")) == "mutation {\n  a\n}")
    }

    @Test func breaksLongArgumentListsOverLines() throws {
        let short = try Parser.parse("{ f(a: 1, b: 2) }")
        #expect(Printer.print(short) == "{\n  f(a: 1, b: 2)\n}")
        let long = try Parser.parse("{ f(first: \"aaaaaaaaaaaaaaaaaaaaaaaaa\", second: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\") }")
        #expect(
            Printer.print(long)
                == "{\n  f(\n    first: \"aaaaaaaaaaaaaaaaaaaaaaaaa\"\n    second: \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"\n  )\n}")
    }

    @Test func printsDescribedArgumentsOnePerLine() throws {
        let document = try Parser.parse("type T { f(\"about a\" a: Int, b: Int): Int }")
        #expect(Printer.print(document) == "type T {\n  f(\n    \"about a\"\n    a: Int\n    b: Int\n  ): Int\n}")
    }

    @Test func printsSyntheticNodes() {
        let field = Field(alias: Name("total"), name: Name("sum"), arguments: [Argument(name: Name("x"), value: .null(.synthetic))])
        let document = Document(definitions: [
            .operation(OperationDefinition(operation: .query, selectionSet: SelectionSet(selections: [.field(field)])))
        ])
        #expect(Printer.print(document) == "{\n  total: sum(x: null)\n}")
    }
}
