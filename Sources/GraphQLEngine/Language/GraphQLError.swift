/// An error in a GraphQL request: a syntax error, a validation error or a field error.
///
/// Messages use graphql-js's wording word for word, so clients, tools and the differential
/// tester recognise them.
///
/// ```swift
/// GraphQLError("Cannot query field \"nam\" on type \"User\".", locations: [SourceLocation(line: 1, column: 11)])
/// ```
public struct GraphQLError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var locations: [SourceLocation]
    /// Response path of a field error: field names and list indices.
    public var path: [PathComponent]
    /// `extensions` of the error in the response; `code` comes first when present.
    public var extensions: [(key: String, value: JSONValue)]

    public init(
        _ message: String,
        locations: [SourceLocation] = [],
        path: [PathComponent] = [],
        extensions: [(key: String, value: JSONValue)] = []
    ) {
        self.message = message
        self.locations = locations
        self.path = path
        self.extensions = extensions
    }

    /// An error at byte offsets of a source, converted to lines and columns.
    public init(_ message: String, source: Source, offsets: [Int], code: String? = nil) {
        self.init(
            message,
            locations: offsets.map { source.location(of: $0) },
            extensions: code.map { [(key: "code", value: .string($0))] } ?? []
        )
    }

    /// The value of `extensions.code`, when set.
    public var code: String? {
        get {
            for entry in extensions where entry.key == "code" {
                if case .string(let value) = entry.value { return value }
            }
            return nil
        }
        set {
            extensions.removeAll { $0.key == "code" }
            if let newValue { extensions.insert((key: "code", value: .string(newValue)), at: 0) }
        }
    }

    public var description: String {
        guard let first = locations.first else { return message }
        return "\(message) (\(first))"
    }

    public static func == (lhs: GraphQLError, rhs: GraphQLError) -> Bool {
        lhs.message == rhs.message && lhs.locations == rhs.locations && lhs.path == rhs.path
            && lhs.extensions.elementsEqual(rhs.extensions) { $0.key == $1.key && $0.value == $1.value }
    }
}

/// One step of a response path: a field's response key or a list index.
public enum PathComponent: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case .key(let key): return key
        case .index(let index): return String(index)
        }
    }
}
