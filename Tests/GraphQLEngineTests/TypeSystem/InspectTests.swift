import Testing

@testable import GraphQLEngine

/// Values shown in messages as graphql-js `inspect` and JavaScript's number printing show them.
@Suite struct InspectTests {
    @Test(arguments: [
        (1.5, "1.5"), (2.0, "2"), (-0.25, "-0.25"), (1e21, "1e+21"), (1e20, "100000000000000000000"),
        (1e-7, "1e-7"), (0.000001, "0.000001"), (123456.789, "123456.789"), (1.5e-10, "1.5e-10"), (0.1 + 0.2, "0.30000000000000004"),
    ])
    func numbers(value: Double, expected: String) {
        #expect(javaScriptNumberText(value) == expected)
    }

    @Test func nestedValues() {
        #expect(inspect(.object([])) == "{}")
        #expect(inspect(.list([.list([.list([.int(1)])])])) == "[[[Array]]]")
        #expect(inspect(.object([("a", .object([("b", .object([("c", .int(1))]))]))])) == "{ a: { b: [Object] } }")
        #expect(inspect(.list((1...12).map { .int($0) })) == "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")
        #expect(inspect(.string("a\"b")) == "\"a\\\"b\"")
    }
}
