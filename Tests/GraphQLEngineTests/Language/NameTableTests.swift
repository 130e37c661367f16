import Testing

@testable import GraphQLEngine

/// The parser reuses the string of a recurring name: names that share a slot's key must still come out right.
@Suite struct NameTableTests {
    /// Every field name of a document, in order.
    func fieldNames(_ text: String) throws -> [String] {
        let document = try Parser.parse(text)
        guard case .operation(let operation) = try #require(document.definitions.first) else {
            Issue.record("not an operation")
            return []
        }
        return operation.selectionSet.selections.compactMap { selection in
            guard case .field(let field) = selection else { return nil }
            return field.name.value
        }
    }

    @Test func namesThatDifferOnlyInTheMiddleStayDistinct() throws {
        // Same first and last eight bytes and the same length: only the middle tells them apart.
        let names = ["abcdefgh_one_ijklmnop", "abcdefgh_two_ijklmnop", "abcdefgh_one_ijklmnop", "abcdefgh_six_ijklmnop"]
        #expect(try fieldNames("{ \(names.joined(separator: " ")) }") == names)
    }

    /// The table is kept from one parse for the next (see `ParserScratch`): a name at the same offset in the next
    /// document, with the same first and last bytes, must not come back from the earlier one; nor after a syntax error.
    @Test func documentsParsedOneAfterAnotherKeepTheirOwnNames() throws {
        for round in 0..<3 {
            #expect(try fieldNames("{ abcdefgh_one_ijklmnop }") == ["abcdefgh_one_ijklmnop"])
            #expect(throws: GraphQLError.self) { try Parser.parse("{ abcdefgh_bad_ijklmnop(a: [1, 2 }") }
            #expect(try fieldNames("{ abcdefgh_two_ijklmnop }") == ["abcdefgh_two_ijklmnop"], "round \(round)")
            #expect(try fieldNames(String(repeating: " ", count: 40_000) + "{ abcdefgh_six_ijklmnop }") == ["abcdefgh_six_ijklmnop"])
        }
    }

    @Test func namesOfEveryLengthAroundTheWordSize() throws {
        let names = (1...20).map { String(repeating: "a", count: $0) } + (1...20).map { "b" + String(repeating: "c", count: $0) }
        let text = "{ " + (names + names.reversed()).joined(separator: " ") + " }"
        #expect(try fieldNames(text) == names + names.reversed())
    }

    @Test func prefixesOfAName() throws {
        // A shorter name is a prefix of a longer one, and the loaded word of the shorter one runs into the next.
        #expect(
            try fieldNames("{ ab abc a abcdefghi abcdefgh abcdefghij abcdefgh }") == [
                "ab", "abc", "a", "abcdefghi", "abcdefgh", "abcdefghij", "abcdefgh",
            ])
    }

    @Test func namesAtTheVeryEndOfTheDocument() throws {
        // The last tokens are too close to the end for eight-byte loads.
        #expect(try fieldNames("{a b}") == ["a", "b"])
        let document = try Parser.parse("query Q { x } fragment F on T { y }")
        #expect(document.definitions.count == 2)
        #expect(throws: GraphQLError.self) { try Parser.parse("{ a } fragment") }
    }

    @Test func enumValuesAndNumbersShareTheTableWithNames() throws {
        let value = try Parser.parseValue("[ASC, 10, ASC, 10.5, DESC, 10, ASCENDING_ORDER_OF_IT, ASC]")
        guard case .list(let items, _) = value else {
            Issue.record("not a list")
            return
        }
        #expect(
            items == [
                .enumValue("ASC", .synthetic), .int("10", .synthetic), .enumValue("ASC", .synthetic),
                .float("10.5", .synthetic), .enumValue("DESC", .synthetic), .int("10", .synthetic),
                .enumValue("ASCENDING_ORDER_OF_IT", .synthetic), .enumValue("ASC", .synthetic),
            ])
    }

    @Test func smallStringsMadeFromWordsEqualDecodedOnes() {
        // Every length a small string holds, with junk past the end of the text that the masks must drop.
        let text = Array("abcdefghijklmno_pqrstuvwxyz".utf8)
        for count in 0...SmallASCII.capacity {
            let head = text.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let tail = text.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self) }
            let made = SmallASCII.string(UInt64(littleEndian: head), UInt64(littleEndian: tail), count: count)
            let decoded = String(decoding: text[0..<count], as: UTF8.self)
            #expect(made == decoded)
            #expect(made.utf8.count == count)
            #expect(made.hashValue == decoded.hashValue)
            #expect(Array(made.utf8) == Array(decoded.utf8))
            #expect(made + "!" == decoded + "!")
        }
    }

    @Test func shortStringValuesAndNonASCIIOnes() throws {
        let value = try Parser.parseValue(#"["", "a", "2026-11-27", "fifteen_bytes_x", "sixteen_bytes_xy", "café", "\u00e9", "x"]"#)
        guard case .list(let items, _) = value else {
            Issue.record("not a list")
            return
        }
        let strings = items.compactMap { item -> String? in
            guard case .string(let string, _, _) = item else { return nil }
            return string
        }
        #expect(strings == ["", "a", "2026-11-27", "fifteen_bytes_x", "sixteen_bytes_xy", "café", "é", "x"])
    }
}
