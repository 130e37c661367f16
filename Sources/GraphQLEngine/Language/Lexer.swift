/// Splits a document's UTF-8 bytes into tokens, one pass, reading bytes by integer index.
///
/// Ignored tokens (whitespace, line terminators, commas, comments, the byte order mark) are skipped;
/// `next()` returns only significant tokens. The lexer only borrows the bytes: it lives inside
/// `withUnsafeBufferPointer` on a source's byte array or `withUTF8` on a string.
struct Lexer {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next token's scan begins.
    var position: Int = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The byte at `index`, or 0 past the end (callers that care about a real NUL check the index).
    @inline(__always)
    func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    /// Reads the next significant token and moves past it.
    @inline(__always)
    mutating func next() throws(GraphQLError) -> Token {
        let token = try scan(from: position)
        position = token.end
        return token
    }

    /// The significant token after the one just read, without consuming it.
    func lookahead() throws(GraphQLError) -> Token {
        try scan(from: position)
    }

    /// Skips ignored tokens from `start`, then reads one significant token.
    ///
    /// Spaces, newlines, names and one-byte punctuators are nearly every byte of a document: they are read here,
    /// where nothing is called, so the function needs no stack frame of its own. Anything else (commas, tabs,
    /// comments, `...`, strings, numbers, errors) goes to `scanGeneral`, which reads every token.
    func scan(from start: Int) throws(GraphQLError) -> Token {
        var index = start
        let count = bytes.count
        while index < count {
            let code = bytes[index]
            if code == 0x20 || code == 0x0A {  // space \n
                index = skipSpaces(from: index &+ 1)
                continue
            }
            if isNameStart(code) { return Token(.name, index, nameEnd(from: index &+ 1)) }
            let kind: TokenKind
            switch code {
            case 0x21: kind = .bang  // !
            case 0x24: kind = .dollar  // $
            case 0x26: kind = .amp  // &
            case 0x28: kind = .parenL  // (
            case 0x29: kind = .parenR  // )
            case 0x3A: kind = .colon  // :
            case 0x3D: kind = .equals  // =
            case 0x40: kind = .at  // @
            case 0x5B: kind = .bracketL  // [
            case 0x5D: kind = .bracketR  // ]
            case 0x7B: kind = .braceL  // {
            case 0x7C: kind = .pipe  // |
            case 0x7D: kind = .braceR  // }
            default: return try scanGeneral(from: index)
            }
            return Token(kind, index, index &+ 1)
        }
        return Token(.eof, count, count)
    }

    /// The offset just past a name whose continuation starts at `start`, eight bytes at a time.
    ///
    /// NameContinue :: Letter | Digit | `_`. For each byte of a word, the high bit of a sum says whether the byte is at
    /// least the low end of a range, or above its high end; the seven low bits are summed so no carry crosses bytes.
    @inline(__always)
    func nameEnd(from start: Int) -> Int {
        var index = start
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let others = Lexer.nonNameBytes(word)
            if others != 0 { return index &+ others.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        while index < count && Lexer.isNameContinue(bytes[index]) { index &+= 1 }
        return index
    }

    /// The high bit of each byte of `word` that is not a NameContinue character; the others are zero.
    @inline(__always)
    static func nonNameBytes(_ word: UInt64) -> UInt64 {
        let ones = WordBytes.ones
        let high = WordBytes.highBits
        let low = word & ~high
        // A letter of either case is a lowercase letter once bit 5 is set, and nothing else is.
        let folded = low | ones &* 0x20
        let letter = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x7F - 0x7A))  // a-z
        let digit = (low &+ ones &* (0x80 - 0x30)) & ~(low &+ ones &* (0x7F - 0x39))  // 0-9
        let underscore = ~((low ^ ones &* 0x5F) &+ ones &* 0x7F)  // _
        // Bytes of 0x80 and above (UTF-8 sequences) end a name too.
        return ~((letter | digit | underscore) & ~word) & high
    }

    @inline(__always)
    static func isNameContinue(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || byte == 0x5F || (byte | 0x20) &- 0x61 < 26
    }

    /// Skips ignored tokens from `start`, then reads one significant token: every kind, the rare ones included.
    @inline(never)
    func scanGeneral(from start: Int) throws(GraphQLError) -> Token {
        var index = start
        let count = bytes.count
        while index < count {
            let code = bytes[index]
            // Spaces, newlines and names are most of a document: test for them before the general switch.
            if code == 0x20 || code == 0x0A {
                index = skipSpaces(from: index + 1)
                continue
            }
            if isNameStart(code) { return readName(from: index) }
            switch code {
            // WhiteSpace :: Horizontal Tab, Space; Comma :: ,; LineTerminator :: New Line, Carriage Return
            case 0x09, 0x20, 0x2C, 0x0A, 0x0D:  // \t space , \n \r
                index += 1
            // UnicodeBOM :: Byte Order Mark (U+FEFF)
            case 0xEF where byte(at: index + 1) == 0xBB && byte(at: index + 2) == 0xBF:
                index += 3
            // Comment :: # CommentChar*
            case 0x23:  // #
                index = skipComment(from: index + 1)
            // Punctuator :: one of ! $ & ( ) ... : = @ [ ] { | }
            case 0x21: return Token(.bang, index, index + 1)  // !
            case 0x24: return Token(.dollar, index, index + 1)  // $
            case 0x26: return Token(.amp, index, index + 1)  // &
            case 0x28: return Token(.parenL, index, index + 1)  // (
            case 0x29: return Token(.parenR, index, index + 1)  // )
            case 0x2E where byte(at: index + 1) == 0x2E && byte(at: index + 2) == 0x2E:  // ...
                return Token(.spread, index, index + 3)
            case 0x3A: return Token(.colon, index, index + 1)  // :
            case 0x3D: return Token(.equals, index, index + 1)  // =
            case 0x40: return Token(.at, index, index + 1)  // @
            case 0x5B: return Token(.bracketL, index, index + 1)  // [
            case 0x5D: return Token(.bracketR, index, index + 1)  // ]
            case 0x7B: return Token(.braceL, index, index + 1)  // {
            case 0x7C: return Token(.pipe, index, index + 1)  // |
            case 0x7D: return Token(.braceR, index, index + 1)  // }
            // StringValue :: `"""` BlockStringCharacter* `"""` | `"` StringCharacter* `"`
            case 0x22:  // "
                if byte(at: index + 1) == 0x22 && byte(at: index + 2) == 0x22 {
                    return try readBlockString(from: index)
                }
                return try readString(from: index)
            // IntValue :: IntegerPart; FloatValue :: IntegerPart FractionalPart? ExponentPart?
            case 0x2D, 0x30...0x39:  // - 0-9
                return try readNumber(from: index)
            // Name :: NameStart NameContinue*
            case 0x41...0x5A, 0x5F, 0x61...0x7A:  // A-Z _ a-z
                return readName(from: index)
            case 0x27:  // '
                throw syntaxError(
                    "Unexpected single quote character ('), did you mean to use a double quote (\")?", at: index)
            default:
                throw unexpectedCharacter(at: index)
            }
        }
        return Token(.eof, count, count)
    }

    /// The offset of the first byte from `start` on that is not a space, reading eight bytes at a time.
    ///
    /// Indentation is most of a formatted document's bytes; a byte-at-a-time loop spends one dispatch on each.
    @inline(__always)
    func skipSpaces(from start: Int) -> Int {
        let spaces: UInt64 = 0x2020_2020_2020_2020
        var index = start
        let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        while index &+ 8 <= bytes.count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if word != spaces {
                // The lowest differing byte is the first that is not a space.
                return index &+ (word ^ spaces).trailingZeroBitCount &>> 3
            }
            index &+= 8
        }
        return index
    }

    /// The offset of the line terminator (or the end) that ends a comment, reading eight bytes at a time.
    func skipComment(from start: Int) -> Int {
        var index = start
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let found = WordBytes.equal(word, 0x0A) | WordBytes.equal(word, 0x0D)  // \n \r
            if found != 0 { return index &+ found.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        while index < count && bytes[index] != 0x0A && bytes[index] != 0x0D { index += 1 }
        return index
    }

    @inline(never)
    func unexpectedCharacter(at index: Int) -> GraphQLError {
        syntaxError("Unexpected character: \(describeCharacter(at: index)).", at: index)
    }

    /// Name :: NameStart NameContinue* (NameContinue :: Letter | Digit | `_`)
    @inline(__always)
    func readName(from start: Int) -> Token {
        Token(.name, start, nameEnd(from: start + 1))
    }

    /// IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*, then FractionalPart? ExponentPart?
    ///
    /// A number may not run straight into a `.` or a NameStart: `1.`, `1e`, `0x1` and `1a` are errors.
    func readNumber(from start: Int) throws(GraphQLError) -> Token {
        var index = start
        var isFloat = false
        if bytes[index] == 0x2D { index += 1 }  // -
        if byte(at: index) == 0x30 {  // 0
            index += 1
            if isDigit(byte(at: index)) {
                throw syntaxError(
                    "Invalid number, unexpected digit after 0: \(describeCharacter(at: index)).", at: index)
            }
        } else {
            index = try readDigits(from: index)
        }
        // FractionalPart :: . Digit+
        if byte(at: index) == 0x2E {  // .
            isFloat = true
            index = try readDigits(from: index + 1)
        }
        // ExponentPart :: ExponentIndicator Sign? Digit+
        if byte(at: index) | 0x20 == 0x65 {  // e E
            isFloat = true
            index += 1
            if byte(at: index) == 0x2B || byte(at: index) == 0x2D { index += 1 }  // + -
            index = try readDigits(from: index)
        }
        let next = byte(at: index)
        if next == 0x2E || isNameStart(next) {
            throw syntaxError("Invalid number, expected digit but got: \(describeCharacter(at: index)).", at: index)
        }
        return Token(isFloat ? .float : .int, start, index)
    }

    /// Digit+ from `start`; returns the offset after the last digit.
    func readDigits(from start: Int) throws(GraphQLError) -> Int {
        guard isDigit(byte(at: start)) else {
            throw syntaxError("Invalid number, expected digit but got: \(describeCharacter(at: start)).", at: start)
        }
        var index = start + 1
        while isDigit(byte(at: index)) { index += 1 }
        return index
    }

    @inline(__always)
    func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    func isNameStart(_ byte: UInt8) -> Bool {
        byte == 0x5F || (byte | 0x20) &- 0x61 < 26
    }

    /// A syntax error at a byte offset, with graphql-js's `Syntax Error: ` prefix.
    ///
    /// Only an error needs a `Source` (for its line and column), so one is made here rather than for every parse.
    func syntaxError(_ message: String, at offset: Int) -> GraphQLError {
        GraphQLError("Syntax Error: " + message, source: Source(bytes: Array(bytes)), offsets: [offset])
    }

    /// The character at `offset` as graphql-js prints it: `"x"` when printable ASCII, else `U+XXXX`, or `<EOF>`.
    func describeCharacter(at offset: Int) -> String {
        guard offset < bytes.count else { return TokenKind.eof.rawValue }
        let (scalar, _) = decodeScalar(at: offset)
        if scalar >= 0x20 && scalar <= 0x7E {
            return scalar == 0x22 ? "'\"'" : "\"\(Character(Unicode.Scalar(UInt8(scalar))))\""
        }
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The Unicode scalar starting at `offset` and its length in bytes; U+FFFD for malformed UTF-8.
    func decodeScalar(at offset: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[offset]
        let length: Int
        var value: UInt32
        switch lead {
        case 0x00...0x7F: return (UInt32(lead), 1)
        case 0xC0...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF7: (length, value) = (4, UInt32(lead & 0x07))
        default: return (0xFFFD, 1)
        }
        guard offset + length <= bytes.count else { return (0xFFFD, 1) }
        for index in offset + 1..<offset + length {
            let continuation = bytes[index]
            guard continuation & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return (value, length)
    }
}
