/// A scalar type: a leaf value with its three coercions.
///
/// Instances are mutated only while a schema is being built and are immutable afterwards,
/// which is what makes the `@unchecked Sendable` conformance sound.
///
/// ```swift
/// let value = try GraphQLScalarType.int.parseValue(.int(3))  // .int(3)
/// ```
public final class GraphQLScalarType: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    /// The URL from `@specifiedBy(url:)`, reported by `__Type.specifiedByURL`.
    @exclusivity(unchecked) public internal(set) var specifiedByURL: String?
    /// Result coercion: a resolver's value to the response value.
    @exclusivity(unchecked) public internal(set) var serialize: @Sendable (JSONValue) throws(GraphQLError) -> JSONValue
    /// Input coercion of a variable's JSON value.
    @exclusivity(unchecked) public internal(set) var parseValue: @Sendable (JSONValue) throws(GraphQLError) -> JSONValue
    /// Input coercion of a literal without variables.
    @exclusivity(unchecked) public internal(set) var parseLiteral: @Sendable (Value) throws(GraphQLError) -> JSONValue
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: ScalarTypeDefinition?
    @exclusivity(unchecked) public internal(set) var extensionASTNodes: [ScalarTypeExtension] = []
    /// True when `serialize` returns every value unchanged, so the executor may skip calling it.
    let serializesUnchanged: Bool

    /// A scalar; coercions not given pass values through unchanged (the default for custom scalars).
    public init(
        name: String, description: String? = nil, specifiedByURL: String? = nil,
        coercion: ScalarCoercion = ScalarCoercion()
    ) {
        self.name = name
        self.description = description
        self.specifiedByURL = specifiedByURL
        self.serialize = coercion.serialize
        self.serializesUnchanged = coercion.serializesUnchanged
        self.parseValue = coercion.parseValue
        self.parseLiteral = coercion.parseLiteral
    }

    /// True for Int, Float, String, Boolean and ID instances of this module.
    public var isSpecifiedScalar: Bool {
        GraphQLScalarType.specifiedScalars.contains { $0 === self }
    }
}

/// The three coercions of a scalar, supplied by the application for its custom scalars.
///
/// ```swift
/// let date = ScalarCoercion(parseValue: { value throws(GraphQLError) in
///     guard case .string = value else { throw GraphQLError("Date must be a string") }
///     return value
/// })
/// ```
public struct ScalarCoercion: Sendable {
    public var serialize: @Sendable (JSONValue) throws(GraphQLError) -> JSONValue {
        didSet { serializesUnchanged = false }
    }
    public var parseValue: @Sendable (JSONValue) throws(GraphQLError) -> JSONValue
    public var parseLiteral: @Sendable (Value) throws(GraphQLError) -> JSONValue
    /// True while `serialize` is the identity this type supplies when none is given.
    var serializesUnchanged: Bool

    /// Coercions; `parseLiteral` defaults to converting the literal to JSON and applying `parseValue`.
    public init(
        serialize: (@Sendable (JSONValue) throws(GraphQLError) -> JSONValue)? = nil,
        parseValue: (@Sendable (JSONValue) throws(GraphQLError) -> JSONValue)? = nil,
        parseLiteral: (@Sendable (Value) throws(GraphQLError) -> JSONValue)? = nil
    ) {
        let identity: @Sendable (JSONValue) throws(GraphQLError) -> JSONValue = { value throws(GraphQLError) in value }
        let parse = parseValue ?? identity
        self.serialize = serialize ?? identity
        self.serializesUnchanged = serialize == nil
        self.parseValue = parse
        if let parseLiteral {
            self.parseLiteral = parseLiteral
        } else {
            self.parseLiteral = { literal throws(GraphQLError) in
                try parse(valueFromASTUntyped(literal, variables: nil))
            }
        }
    }
}
