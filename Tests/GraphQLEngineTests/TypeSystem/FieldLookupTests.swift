import Testing

@testable import GraphQLEngine

/// `field(named:)` goes through `FieldLookup`, an open-addressing table of its own: it must find exactly the fields
/// `fieldMap` holds, for types of every size, and nothing else.
@Suite struct FieldLookupTests {
    @Test(arguments: [1, 2, 7, 8, 9, 40, 300])
    func everyFieldIsFoundAndNoOtherName(count: Int) throws {
        // Short names (small strings) and long ones (stored on the heap), and names that share long prefixes.
        let names = (0..<count).map { $0 % 2 == 0 ? "f\($0)" : "aFieldNameLongerThanFifteenBytes\($0)" }
        let sdl =
            "type Query { " + names.map { "\($0): Int" }.joined(separator: " ") + " } interface Node { "
            + names.map { "\($0): Int" }.joined(separator: " ") + " }"
        let schema = try buildSchema(sdl)
        guard let query = schema.queryType, case .interface(let node)? = schema.type(named: "Node") else {
            Issue.record("no types")
            return
        }
        #expect(query.fieldMap.count == count)
        for name in names {
            #expect(query.field(named: name) === query.fieldMap[name])
            #expect(query.field(named: name)?.name == name)
            #expect(node.field(named: name)?.name == name)
        }
        for missing in ["", "f", "f\(count)", "aFieldNameLongerThanFifteenBytes", "F0", "f0 ", "__typename"] {
            #expect(query.field(named: missing) == nil)
            #expect(node.field(named: missing) == nil)
        }
    }

    @Test func extensionsAddToTheTable() throws {
        let schema = try buildSchema("type Query { a: Int } extend type Query { b: Int }")
        #expect(schema.queryType?.field(named: "a")?.name == "a")
        #expect(schema.queryType?.field(named: "b")?.name == "b")
        #expect(schema.queryType?.field(named: "c") == nil)
    }
}
