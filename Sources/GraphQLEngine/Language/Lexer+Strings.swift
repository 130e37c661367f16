/// String and block string tokens: validation while lexing, decoding when the parser asks for the value.
extension Lexer {
    /// StringValue :: `"` StringCharacter* `"`
    ///
    /// StringCharacter :: SourceCharacter but not `"` or `\` or LineTerminator | `\u` EscapedUnicode | `\` EscapedCharacter
    ///
    /// SourceCharacter is any Unicode scalar value, control characters included, as in graphql-js.
    func readString(from start: Int) throws(GraphQLError) -> Token {
        var index = start + 1
        var hasEscape = false
        let count = bytes.count
        while index < count {
            index = nextSpecialStringByte(from: index)
            guard index < count else { break }
            switch bytes[index] {
            case 0x22:  // "
                return Token(.string, start, index + 1, hasEscape: hasEscape)
            case 0x5C:  // \
                hasEscape = true
                index += try escapeLength(at: index)
            case 0x0A, 0x0D:  // \n \r
                throw syntaxError("Unterminated string.", at: index)
            default:
                index += 1
            }
        }
        throw syntaxError("Unterminated string.", at: index)
    }

    /// The offset of the first `"`, `\`, `\n` or `\r` from `start` on, eight bytes at a time (descriptions are long
    /// runs of plain text); or, when none is found, the offset where fewer than eight bytes remain, which the caller
    /// reads one by one.
    @inline(__always)
    func nextSpecialStringByte(from start: Int) -> Int {
        var index = start
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let found =
                WordBytes.equal(word, 0x22) | WordBytes.equal(word, 0x5C)  // " \
                | WordBytes.equal(word, 0x0A) | WordBytes.equal(word, 0x0D)  // \n \r
            if found != 0 { return index &+ found.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        return index
    }

    /// The length in bytes of the valid escape sequence at `offset` (which holds `\`), or a syntax error.
    func escapeLength(at offset: Int) throws(GraphQLError) -> Int {
        switch byte(at: offset + 1) {
        // EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
            return 2
        case 0x75:  // u
            if byte(at: offset + 2) == 0x7B { return try variableWidthEscapeLength(at: offset) }  // {
            return try fixedWidthEscapeLength(at: offset)
        default:
            throw syntaxError(
                "Invalid character escape sequence: \"\(text(at: offset, scalars: 2))\".", at: offset)
        }
    }

    /// EscapedUnicode :: `{` HexDigit+ `}`, at most eight digits, a Unicode scalar value.
    func variableWidthEscapeLength(at offset: Int) throws(GraphQLError) -> Int {
        var point = 0
        var size = 3
        let maxSize = min(12, bytes.count - offset)
        while size < maxSize {
            let char = bytes[offset + size]
            size += 1
            if char == 0x7D {  // }
                if size < 5 || !isScalarValue(point) { break }
                return size
            }
            let digit = hexValue(char)
            if digit < 0 {
                if char >= 0x80 { size += decodeScalar(at: offset + size - 1).length - 1 }
                break
            }
            point = point << 4 | digit
        }
        throw syntaxError(
            "Invalid Unicode escape sequence: \"\(text(from: offset, to: offset + size))\".", at: offset)
    }

    /// EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit, or a surrogate pair `\uD83D\uDE00`.
    func fixedWidthEscapeLength(at offset: Int) throws(GraphQLError) -> Int {
        let code = fourHexDigits(at: offset + 2)
        if isScalarValue(code) { return 6 }
        if code >= 0xD800 && code <= 0xDBFF && byte(at: offset + 6) == 0x5C && byte(at: offset + 7) == 0x75 {
            let trailing = fourHexDigits(at: offset + 8)
            if trailing >= 0xDC00 && trailing <= 0xDFFF { return 12 }
        }
        throw syntaxError(
            "Invalid Unicode escape sequence: \"\(text(at: offset, scalars: 6))\".", at: offset)
    }

    /// The value of four hex digits at `offset`, or -1 when any is missing or not a hex digit.
    func fourHexDigits(at offset: Int) -> Int {
        var value = 0
        for index in offset..<offset + 4 {
            let digit = hexValue(byte(at: index))
            if digit < 0 { return -1 }
            value = value << 4 | digit
        }
        return value
    }

    @inline(__always)
    func hexValue(_ char: UInt8) -> Int {
        switch char {
        case 0x30...0x39: return Int(char - 0x30)  // 0-9
        case 0x41...0x46: return Int(char - 0x37)  // A-F
        case 0x61...0x66: return Int(char - 0x57)  // a-f
        default: return -1
        }
    }

    func isScalarValue(_ point: Int) -> Bool {
        (point >= 0 && point <= 0xD7FF) || (point >= 0xE000 && point <= 0x10FFFF)
    }

    /// BlockString :: `"""` BlockStringCharacter* `"""`; `\"""` stands for `"""`.
    func readBlockString(from start: Int) throws(GraphQLError) -> Token {
        var index = start + 3
        let count = bytes.count
        while index < count {
            switch bytes[index] {
            case 0x22 where byte(at: index + 1) == 0x22 && byte(at: index + 2) == 0x22:  // """
                return Token(.blockString, start, index + 3)
            case 0x5C where byte(at: index + 1) == 0x22 && byte(at: index + 2) == 0x22 && byte(at: index + 3) == 0x22:
                index += 4
            default:
                index += 1
            }
        }
        throw syntaxError("Unterminated string.", at: index)
    }

    /// The source text between two offsets, clamped to the document.
    func text(from start: Int, to end: Int) -> String {
        String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
    }

    /// The source text of `scalars` Unicode scalars from `offset`, fewer at the end of the document.
    func text(at offset: Int, scalars: Int) -> String {
        var end = offset
        var remaining = scalars
        while remaining > 0 && end < bytes.count {
            end += decodeScalar(at: end).length
            remaining -= 1
        }
        return text(from: offset, to: end)
    }

    // MARK: - Values

    /// The text of a token exactly as written (names, numbers).
    func value(of token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
    }

    /// The decoded value of a `String` or `BlockString` token.
    func stringValue(of token: Token) -> String {
        if token.kind == .blockString {
            return BlockString.value(ofRaw: UnsafeBufferPointer(rebasing: bytes[token.start + 3..<token.end - 3]))
        }
        let content = UnsafeBufferPointer(rebasing: bytes[token.start + 1..<token.end - 1])
        guard token.hasEscape else {
            // Short ASCII text (dates, codes, names) becomes a small string straight from the bytes.
            if content.count <= SmallASCII.capacity && token.start &+ 17 <= bytes.count {
                let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
                let head = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: token.start &+ 1, as: UInt64.self))
                let tail = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: token.start &+ 9, as: UInt64.self))
                if SmallASCII.isASCII(head, tail, count: content.count) {
                    return SmallASCII.string(head, tail, count: content.count)
                }
            }
            return String(decoding: content, as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: content.count) { output in
            decodeEscapes(content, into: output)
        }
    }

    /// Writes `content` with its (already validated) escapes decoded; returns the bytes written.
    ///
    /// A decoded escape is never longer than its source text, so `output` needs only `content.count` bytes.
    private func decodeEscapes(_ content: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var read = 0
        var written = 0
        while read < content.count {
            let char = content[read]
            guard char == 0x5C else {
                output[written] = char
                written += 1
                read += 1
                continue
            }
            let escaped = content[read + 1]
            switch escaped {
            case 0x62: output[written] = 0x08  // \b
            case 0x66: output[written] = 0x0C  // \f
            case 0x6E: output[written] = 0x0A  // \n
            case 0x72: output[written] = 0x0D  // \r
            case 0x74: output[written] = 0x09  // \t
            case 0x75:  // \u
                var point = 0
                if content[read + 2] == 0x7B {  // {
                    read += 3
                    while content[read] != 0x7D {
                        point = point << 4 | hexValue(content[read])
                        read += 1
                    }
                    read += 1
                } else {
                    point = fourHex(content, read + 2)
                    read += 6
                    if point >= 0xD800 && point <= 0xDBFF {
                        point = 0x10000 + (point - 0xD800) << 10 + (fourHex(content, read + 2) - 0xDC00)
                        read += 6
                    }
                }
                written += encodeUTF8(point, into: output, at: written)
                continue
            default: output[written] = escaped  // \" \\ \/
            }
            written += 1
            read += 2
        }
        return written
    }

    private func fourHex(_ content: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        hexValue(content[offset]) << 12 | hexValue(content[offset + 1]) << 8 | hexValue(content[offset + 2]) << 4
            | hexValue(content[offset + 3])
    }

    private func encodeUTF8(_ point: Int, into output: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        switch point {
        case 0..<0x80:
            output[offset] = UInt8(point)
            return 1
        case 0x80..<0x800:
            output[offset] = UInt8(0xC0 | point >> 6)
            output[offset + 1] = UInt8(0x80 | point & 0x3F)
            return 2
        case 0x800..<0x10000:
            output[offset] = UInt8(0xE0 | point >> 12)
            output[offset + 1] = UInt8(0x80 | point >> 6 & 0x3F)
            output[offset + 2] = UInt8(0x80 | point & 0x3F)
            return 3
        default:
            output[offset] = UInt8(0xF0 | point >> 18)
            output[offset + 1] = UInt8(0x80 | point >> 12 & 0x3F)
            output[offset + 2] = UInt8(0x80 | point >> 6 & 0x3F)
            output[offset + 3] = UInt8(0x80 | point & 0x3F)
            return 4
        }
    }
}
