/// A user's mistake in one input field, found before anything is written; reported as a userError with code INVALID.
struct InvalidInput: Error, Equatable, Sendable {
    /// The path below the validated value, e.g. `["country"]` for an address; empty for the value itself.
    var path: [String]
    /// Written for the person who typed the value.
    var message: String

    init(_ path: [String], _ message: String) {
        self.path = path
        self.message = message
    }

    /// A problem with the validated value as a whole.
    init(_ message: String) {
        self.init([], message)
    }
}

/// Every mistake found in one value (an address can have several), so the user fixes them in one go.
struct InvalidInputs: Error, Equatable, Sendable {
    var problems: [InvalidInput]
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmed: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return self[start...end]
    }

    /// True when the text holds a control character (line breaks, tabs, NUL, ...), never wanted in a one-line field.
    var hasControlCharacter: Bool {
        unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
}
