/// A GraphQL document's text, held as UTF-8 bytes so the lexer can read it by integer index.
///
/// ```swift
/// let source = Source("{ viewer { name } }", name: "Dashboard")
/// source.location(of: 2)  // SourceLocation(line: 1, column: 3)
/// ```
public struct Source: Sendable {
    /// The document's bytes, UTF-8.
    public let bytes: [UInt8]
    /// A name for error messages, such as a file name.
    public let name: String

    public init(_ text: String, name: String = "GraphQL request") {
        self.bytes = Array(text.utf8)
        self.name = name
    }

    public init(bytes: [UInt8], name: String = "GraphQL request") {
        self.bytes = bytes
        self.name = name
    }

    /// The text of the document.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The 1-based line and column of a byte offset.
    ///
    /// Columns count Unicode scalars, as graphql-js counts UTF-16 code units for the Basic Multilingual Plane;
    /// line terminators are `\n`, `\r\n` and a lone `\r`, as the specification says.
    public func location(of offset: Int) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            } else if byte == 0x0D {
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A {
                    index += 1
                }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        var cursor = lineStart
        while cursor < end {
            let byte = bytes[cursor]
            // Count only the first byte of each UTF-8 sequence; a 4-byte sequence is two UTF-16 units in graphql-js.
            if byte & 0xC0 != 0x80 {
                column += byte >= 0xF0 ? 2 : 1
            }
            cursor += 1
        }
        return SourceLocation(line: line, column: column)
    }
}

/// A 1-based line and column in a `Source`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// The byte range of a syntax node in its source.
///
/// Locations never take part in AST equality: two documents that differ only in layout are equal,
/// which is what printer round trips compare.
///
/// The offsets are stored as 32 bits each, so a location is 8 bytes instead of 16: every node holds one and most
/// hold several (each `Name` has its own), and the parser moves nodes around while it builds the tree. Offsets past
/// 4 GiB, which no accepted document reaches, are clamped.
public struct Location: Sendable, Hashable {
    private var storedStart: UInt32
    private var storedEnd: UInt32

    /// Offset of the node's first byte.
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = UInt32(clamping: newValue) }
    }

    /// Offset just past the node's last byte.
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = UInt32(clamping: newValue) }
    }

    @inline(__always)
    public init(start: Int, end: Int) {
        storedStart = UInt32(clamping: start)
        storedEnd = UInt32(clamping: end)
    }

    /// A location for nodes built in code rather than parsed.
    public static let synthetic = Location(start: 0, end: 0)

    public static func == (lhs: Location, rhs: Location) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
