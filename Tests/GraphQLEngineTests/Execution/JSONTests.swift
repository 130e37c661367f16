import Testing

@testable import GraphQLEngine

@Suite struct JSONTests {
    @Test func writesEveryKindOfValue() {
        let value: JSONValue = .object([
            ("a", .null), ("b", .bool(true)), ("c", .int(-1234567)), ("d", .double(1.5)), ("e", .double(3)),
            ("f", .list([.int(0), .string("x")])), ("g", .object([])),
        ])
        #expect(value.jsonString == #"{"a":null,"b":true,"c":-1234567,"d":1.5,"e":3,"f":[0,"x"],"g":{}}"#)
    }

    /// `appendShort` copies by bytes below 4, two 4-byte words below 8, two 8-byte words up to 16, memmove past:
    /// every count from 0 to 40, after a prefix of every length below 8, lands whole and only where it should.
    @Test func shortAppendsCopyEveryCountExactly() {
        let source: [UInt8] = (0..<40).map { UInt8(0x41 + $0) }
        for prefix in 0..<8 {
            for count in 0...40 {
                var writer = JSONWriter(capacity: 64)
                for _ in 0..<prefix { writer.appendByte(0x2E) }
                source.withUnsafeBufferPointer { writer.appendShort($0.baseAddress!, count: count) }
                writer.appendByte(0x21)
                let expected = [UInt8](repeating: 0x2E, count: prefix) + source[..<count] + [0x21]
                #expect(writer.bytes == expected, "prefix \(prefix), count \(count)")
            }
        }
    }

    @Test func escapesEveryCharacterJSONRequires() throws {
        let text = "q\"b\\n\nr\rt\tb\u{8}f\u{C}\u{1}\u{1F}é😀"
        #expect(JSONValue.string(text).jsonString == #""q\"b\\n\nr\rt\tb\bf\f\u0001\u001fé😀""#)
        // What the writer escapes, the parser reads back unchanged.
        #expect(try JSONParser.parse(JSONValue.string(text).jsonString) == .string(text))
    }

    /// The writer scans eight bytes at a time for bytes to escape: put each escapable byte at every offset of
    /// strings longer than a word, next to multi-byte characters, and compare with a byte-by-byte reference.
    @Test func escapesAtEveryOffsetOfLongStrings() {
        let fillers = ["abcdefghijklmnopqrstu", "é😀ñabcdefghijklm"]
        for filler in fillers {
            for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{7F}"] {
                for offset in 0...filler.count {
                    var text = filler
                    text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: offset))
                    #expect(JSONValue.string(text).jsonString == Self.referenceEscape(text))
                }
            }
            #expect(JSONValue.string(filler).jsonString == "\"" + filler + "\"")
        }
    }

    private static func referenceEscape(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The buffer is sized from an estimate; a wrong estimate only costs growth, never different bytes.
    @Test func responseBytesDoNotDependOnTheBufferEstimate() async throws {
        let result = try await Shop.run(#"{ orders(first: 3) { id number lineItems { sku product { id name } } } }"#)
        let bytes = result.responseBytes()
        #expect(result.estimatedResponseBytes >= bytes.count / 2 && result.estimatedResponseBytes <= bytes.count * 4)
        #expect(result.responseBytes(capacity: 1) == bytes)
    }

    @Test func writesExtremeIntegers() {
        #expect(JSONValue.int(Int.min).jsonString == String(Int.min))
        #expect(JSONValue.int(Int.max).jsonString == String(Int.max))
        #expect(JSONValue.double(.nan).jsonString == "null")
    }

    @Test func parsesNumbersAsIntOrDouble() throws {
        #expect(
            try JSONParser.parse("[0, -7, 1.25, 1e3, 9223372036854775808]")
                == .list([.int(0), .int(-7), .double(1.25), .double(1000), .double(9_223_372_036_854_775_808)]))
    }

    @Test func keepsObjectKeyOrder() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": {"y": [], "b": null}}"#)
        #expect(value == .object([("z", .int(1)), ("a", .object([("y", .list([])), ("b", .null)]))]))
        #expect(value["z"] == .int(1))
    }

    @Test func decodesUnicodeEscapesAndSurrogatePairs() throws {
        #expect(try JSONParser.parse(#""\u00e9\ud83d\ude00\/""#) == .string("é😀/"))
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\":1,}", "01", "1.", "-", "tru", "\"abc", "\"\\x\"", "\"\\ud800\"", "\"a\u{1}\"",
        "{} x", "{a:1}", "[1 2]", "\"\\u12G4\"", "nul",
    ])
    func refusesMalformedJSON(text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(text) }
    }

    @Test func refusesInvalidUTF8() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test func refusesDeepNestingWithoutOverflowingTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(deep) }
        #expect(throws: Never.self) { try JSONParser.parse(String(repeating: "[", count: 100) + String(repeating: "]", count: 100)) }
    }
}

@Suite struct LRUCacheTests {
    @Test func evictsTheLeastRecentlyUsedEntry() {
        let cache = LRUCache<String, Int>(capacity: 2)
        cache.insert(1, for: "a")
        cache.insert(2, for: "b")
        #expect(cache.value(for: "a") == 1)  // "b" is now the oldest
        cache.insert(3, for: "c")
        #expect(cache.value(for: "b") == nil)
        #expect(cache.value(for: "a") == 1)
        #expect(cache.value(for: "c") == 3)
        #expect(cache.count == 2)
        #expect(cache.statistics.hits == 3)
        #expect(cache.statistics.misses == 1)
    }

    @Test func replacingAValueKeepsOneEntry() {
        let cache = LRUCache<String, Int>(capacity: 3)
        cache.insert(1, for: "a")
        cache.insert(2, for: "a")
        #expect(cache.count == 1)
        #expect(cache.value(for: "a") == 2)
    }

    @Test func staysBoundedUnderManyKeys() {
        let cache = LRUCache<Int, Int>(capacity: 16)
        for key in 0..<1000 { cache.insert(key, for: key) }
        #expect(cache.count == 16)
        #expect(cache.value(for: 999) == 999)
        #expect(cache.value(for: 983) == nil)
        #expect(cache.value(for: 984) == 984)
    }
}
