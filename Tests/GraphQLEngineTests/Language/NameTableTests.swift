import Testing

@testable import GraphQLEngine

@Suite struct NameTableTests {
    /// Field names of the first selection set of a one-operation document.
    func fieldNames(_ text: String) throws -> [String] {
        guard case .operation(let operation) = try Parser.parse(text).definitions.first else { return [] }
        return operation.selectionSet.selections.compactMap {
            if case .field(let field) = $0 { return field.name.value }
            return nil
        }
    }

    @Test func repeatedAndDistinctNamesKeepTheirSpelling() throws {
        let names = ["id", "idx", "i", "name", "id", "a_very_long_field_name_indeed", "a_very_long_field_name_indeeD", "id"]
        #expect(try fieldNames("{ " + names.joined(separator: " ") + " }") == names)
    }

    @Test func moreNamesThanTheTableHolds() throws {
        let names = (0..<5_000).map { "field\($0)" }
        #expect(try fieldNames("{" + names.joined(separator: " ") + "}") == names)
    }

    @Test func collidingNamesStayDistinctAndFast() throws {
        // Same length, same first and last eight bytes: the hash sees only those, so all of these collide.
        let names = (0..<20_000).map { "prefix00_\(String($0 + 100_000))_suffix00" }
        let clock = ContinuousClock()
        var parsed: [String] = []
        let elapsed = try clock.measure { parsed = try fieldNames("{" + names.joined(separator: " ") + "}") }
        #expect(parsed == names)
        #expect(elapsed < .seconds(5))
    }
}
