/// The specification's block string algorithms: `BlockStringValue()` for parsing, and graphql-js's
/// `printBlockString` rules for printing.
enum BlockString {
    /// BlockStringValue(rawValue): split into lines, remove the common indentation of all lines but the first,
    /// drop leading and trailing blank lines, join with `\n`. `\"""` in the raw text stands for `"""`.
    static func value(ofRaw raw: UnsafeBufferPointer<UInt8>) -> String {
        var lines: [[UInt8]] = []
        var line: [UInt8] = []
        var index = 0
        while index < raw.count {
            let char = raw[index]
            switch char {
            case 0x0A, 0x0D:  // \n \r
                lines.append(line)
                line.removeAll(keepingCapacity: true)
                index += char == 0x0D && index + 1 < raw.count && raw[index + 1] == 0x0A ? 2 : 1
            case 0x5C where index + 3 < raw.count && raw[index + 1] == 0x22 && raw[index + 2] == 0x22 && raw[index + 3] == 0x22:
                line.append(contentsOf: [0x22, 0x22, 0x22])
                index += 4
            default:
                line.append(char)
                index += 1
            }
        }
        lines.append(line)
        return String(decoding: dedent(lines), as: UTF8.self)
    }

    /// Joins dedented lines with `\n`: the heart of BlockStringValue over lines already split.
    static func dedent(_ lines: [[UInt8]]) -> [UInt8] {
        var commonIndent = Int.max
        var firstNonEmpty: Int?
        var lastNonEmpty = -1
        for (number, line) in lines.enumerated() {
            let indent = line.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? line.count
            if indent == line.count { continue }
            if firstNonEmpty == nil { firstNonEmpty = number }
            lastNonEmpty = number
            if number > 0 && indent < commonIndent { commonIndent = indent }
        }
        guard let first = firstNonEmpty else { return [] }
        var result: [UInt8] = []
        for number in first...lastNonEmpty {
            if number > first { result.append(0x0A) }
            let line = lines[number]
            if number == 0 {
                result.append(contentsOf: line)
            } else {
                result.append(contentsOf: line.dropFirst(min(commonIndent, line.count)))
            }
        }
        return result
    }

    /// Prints `value` as a block string the way graphql-js's `printBlockString` does.
    static func print(_ value: String, minimize: Bool = false) -> String {
        let escaped = value.replacing("\"\"\"", with: "\\\"\"\"")
        let lines = splitLines(escaped)
        let isSingleLine = lines.count == 1
        // Common indentation on every line after the first would be stripped; a leading newline keeps it.
        let forceLeadingNewLine =
            lines.count > 1 && lines.dropFirst().allSatisfy { $0.isEmpty || $0.first == " " || $0.first == "\t" }
        let hasTrailingTripleQuotes = escaped.hasSuffix("\\\"\"\"")
        let hasTrailingQuote = value.hasSuffix("\"") && !hasTrailingTripleQuotes
        let hasTrailingSlash = value.hasSuffix("\\")
        let forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash
        let printAsMultipleLines =
            !minimize
            && (!isSingleLine || value.utf16.count > 70 || forceTrailingNewLine || forceLeadingNewLine
                || hasTrailingTripleQuotes)
        let skipLeadingNewLine = isSingleLine && (value.first == " " || value.first == "\t")
        let before = (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine ? "\n" : ""
        let after = printAsMultipleLines || forceTrailingNewLine ? "\n" : ""
        return "\"\"\"" + before + escaped + after + "\"\"\""
    }

    /// Lines split on `\r\n`, `\r` and `\n`, as JavaScript's `split` does: a trailing terminator leaves an empty last line.
    private static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let char = text[index]
            if char == "\n" || char == "\r" || char == "\r\n" {
                lines.append(text[start..<index])
                index = text.index(after: index)
                start = index
            } else {
                index = text.index(after: index)
            }
        }
        lines.append(text[start..<text.endIndex])
        return lines
    }
}
