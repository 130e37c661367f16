import Testing

@testable import GraphQLEngine

@Suite struct LexerTests {
    /// Every significant token of `text`, as kind and source text, up to and including `<EOF>`.
    func tokens(_ text: String) throws(GraphQLError) -> [String] {
        let source = Source(text)
        let result: Result<[String], GraphQLError> = source.bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(bytes: buffer)
            var printed: [String] = []
            do throws(GraphQLError) {
                while true {
                    let token = try lexer.next()
                    printed.append("\(token.kind.rawValue) \(lexer.text(from: token.start, to: token.end))")
                    if token.kind == .eof { return .success(printed) }
                }
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    @Test func punctuators() throws {
        #expect(
            try tokens("! $ & ( ) ... : = @ [ ] { | }")
                == ["! !", "$ $", "& &", "( (", ") )", "... ...", ": :", "= =", "@ @", "[ [", "] ]", "{ {", "| |", "} }", "<EOF> "])
    }

    @Test func namesNumbersAndStrings() throws {
        #expect(
            try tokens("_a9 Z -12 0 3.5e-2 \"s\\n\" \"\"\"b\"\"\"")
                == ["Name _a9", "Name Z", "Int -12", "Int 0", "Float 3.5e-2", "String \"s\\n\"", "BlockString \"\"\"b\"\"\"", "<EOF> "])
    }

    @Test func ignoredTokensProduceNothing() throws {
        #expect(try tokens("\u{FEFF} ,\t\r\n# comment\r# another\n,,") == ["<EOF> "])
        #expect(try tokens("a#b\nc") == ["Name a", "Name c", "<EOF> "])
    }

    @Test func adjacentTokensNeedNoSpace() throws {
        #expect(try tokens("a(b:1){c}") == ["Name a", "( (", "Name b", ": :", "Int 1", ") )", "{ {", "Name c", "} }", "<EOF> "])
        #expect(try tokens("[1,-2]") == ["[ [", "Int 1", "Int -2", "] ]", "<EOF> "])
        #expect(try tokens("$v...F") == ["$ $", "Name v", "... ...", "Name F", "<EOF> "])
    }

    @Test func tokenKindsPrintLikeGraphQLJS() {
        #expect(TokenKind.eof.description == "<EOF>")
        #expect(TokenKind.braceR.description == "\"}\"")
        #expect(TokenKind.spread.description == "\"...\"")
        #expect(TokenKind.name.description == "Name")
        #expect(TokenKind.blockString.description == "BlockString")
    }

    @Test func lookaheadDoesNotConsume() throws {
        let source = Source("extend type")
        let kinds: [TokenKind] = try source.bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(bytes: buffer)
            let first = try lexer.next()
            let peeked = try lexer.lookahead()
            let second = try lexer.next()
            #expect(peeked.start == second.start)
            return [first.kind, peeked.kind, second.kind, try lexer.next().kind]
        }
        #expect(kinds == [.name, .name, .name, .eof])
    }

    @Test func namesEndAtEveryByteThatIsNotNameContinue() throws {
        // Names are read eight bytes at a time: each length around the word size, ended by each kind of byte, at the
        // end of the document and not.
        for length in 1...19 {
            let name = String((0..<length).map { Array("aZ_9y")[$0 % 5] })
            let expected = "Name \(name)"
            #expect(try tokens(name) == [expected, "<EOF> "])
            for end in ["(", ")", ":", "{", "}", "[", "]", " ", "\n", ",", "@", "$", "!", "=", "|", "&", "...", "\"s\"", "#c\n"] {
                let printedEnd = try tokens(end).dropLast()
                #expect(try tokens(name + end + " x") == [expected] + printedEnd + ["Name x", "<EOF> "])
            }
            for byte in [0x2F, 0x3B, 0x3C, 0x5C, 0x60, 0x7E, 0x7F] as [UInt8] {
                let text = name + String(decoding: [byte], as: UTF8.self)
                #expect(throws: GraphQLError.self) { try tokens(text) }
            }
            #expect(throws: GraphQLError.self) { try tokens(name + "é") }
        }
    }

    @Test func nonASCIIAfterANameIsReportedWhereItIs() {
        do {
            _ = try tokens("abcdefghijk\u{E9}")
            Issue.record("no error")
        } catch {
            #expect(error.message == "Syntax Error: Unexpected character: U+00E9.")
            #expect(error.locations == [SourceLocation(line: 1, column: 12)])
        }
    }

    @Test func stringsEndAtTheirQuoteWhereverItFallsInAWord() throws {
        // Strings are searched eight bytes at a time for a quote, backslash or line terminator.
        for length in 0...20 {
            let text = String(repeating: "x", count: length)
            #expect(try tokens("\"\(text)\" a") == ["String \"\(text)\"", "Name a", "<EOF> "])
            #expect(try tokens("\"\(text)\\n\(text)\"") == ["String \"\(text)\\n\(text)\"", "<EOF> "])
            for terminator in ["\n", "\r", ""] {
                do {
                    _ = try tokens("\"\(text)\(terminator)\(text)")
                    Issue.record("no error")
                } catch {
                    #expect(error.message == "Syntax Error: Unterminated string.")
                    let column = terminator.isEmpty ? 2 * length + 2 : length + 2
                    #expect(error.locations == [SourceLocation(line: 1, column: column)])
                }
            }
        }
    }
}
