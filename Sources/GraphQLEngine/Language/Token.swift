/// The kind of a lexical token; the raw value is how error messages print it.
public enum TokenKind: String, Sendable {
    case sof = "<SOF>"
    case eof = "<EOF>"
    case bang = "!"
    case dollar = "$"
    case amp = "&"
    case parenL = "("
    case parenR = ")"
    case spread = "..."
    case colon = ":"
    case equals = "="
    case at = "@"
    case bracketL = "["
    case bracketR = "]"
    case braceL = "{"
    case pipe = "|"
    case braceR = "}"
    case name = "Name"
    case int = "Int"
    case float = "Float"
    case string = "String"
    case blockString = "BlockString"
    case comment = "Comment"

    /// True for the punctuators, which error messages print in quotes.
    var isPunctuator: Bool {
        switch self {
        case .bang, .dollar, .amp, .parenL, .parenR, .spread, .colon, .equals, .at, .bracketL, .bracketR, .braceL, .pipe,
            .braceR:
            return true
        default:
            return false
        }
    }

    /// The kind as graphql-js describes it in errors: punctuators quoted, the others by name.
    var description: String { isPunctuator ? "\"\(rawValue)\"" : rawValue }
}

/// A lexical token: its kind and byte range only, so lexing allocates nothing.
///
/// The parser decodes a token's value from the source bytes only when it needs it.
struct Token {
    var kind: TokenKind
    /// For a `String` token: whether it holds an escape sequence and needs decoding beyond a plain copy.
    var hasEscape: Bool
    /// Offset of the first byte.
    var start: Int
    /// Offset just past the last byte.
    var end: Int

    init(_ kind: TokenKind, _ start: Int, _ end: Int, hasEscape: Bool = false) {
        self.kind = kind
        self.hasEscape = hasEscape
        self.start = start
        self.end = end
    }
}
