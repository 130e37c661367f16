import Testing

@testable import GraphQLEngine

@Suite struct SourceTests {
    @Test func linesAndColumnsAreOneBased() {
        let source = Source("query {\n  a\r\n  b\rc 😀d")
        #expect(source.location(of: 0) == SourceLocation(line: 1, column: 1))
        #expect(source.location(of: 10) == SourceLocation(line: 2, column: 3))
        #expect(source.location(of: 15) == SourceLocation(line: 3, column: 3))
        #expect(source.location(of: 17) == SourceLocation(line: 4, column: 1))
        // The emoji is four bytes and two UTF-16 units, as graphql-js counts columns.
        #expect(source.location(of: 23) == SourceLocation(line: 4, column: 5))
    }

    @Test func locationsDoNotTakePartInEquality() {
        let a = Name("viewer", loc: Location(start: 0, end: 6))
        let b = Name("viewer", loc: Location(start: 10, end: 16))
        #expect(a == b)
        #expect(Name("viewer") != Name("account"))
    }
}
