/// A field of an object or interface type.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
///
/// ```swift
/// let roles = field.directive(named: "auth")?.argument("requires")  // .list([.string("BILLING_ADMIN")])
/// ```
public final class GraphQLField: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    @exclusivity(unchecked) public internal(set) var type: GraphQLType
    /// Arguments in definition order; `args[i].index == i`.
    @exclusivity(unchecked) public internal(set) var args: [GraphQLArgument] = []
    @exclusivity(unchecked) public internal(set) var deprecationReason: String?
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: FieldDefinition?
    /// Position of the field in its type's `fields`, stable for the schema's life.
    @exclusivity(unchecked) public internal(set) var index: Int = 0
    /// Name of the object or interface type declaring the field (`""` for the meta fields).
    @exclusivity(unchecked) public internal(set) var parentTypeName: String = ""

    public init(name: String, type: GraphQLType, description: String? = nil, deprecationReason: String? = nil) {
        self.name = name
        self.type = type
        self.description = description
        self.deprecationReason = deprecationReason
    }

    public var isDeprecated: Bool { deprecationReason != nil }

    /// An argument by name.
    public func argument(named name: String) -> GraphQLArgument? {
        for arg in args where arg.name == name { return arg }
        return nil
    }

    /// The first applied directive of that name on the field.
    public func directive(named name: String) -> GraphQLAppliedDirective? {
        appliedDirectives.first { $0.name == name }
    }
}

/// An argument of a field or directive.
public typealias GraphQLArgument = GraphQLInputValue
/// A field of an input object type.
public typealias GraphQLInputField = GraphQLInputValue

/// An argument or input field: a name, an input type and an optional default value.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
public final class GraphQLInputValue: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    @exclusivity(unchecked) public internal(set) var type: GraphQLType
    /// The default value as written in SDL; nil when there is none.
    @exclusivity(unchecked) public internal(set) var defaultValueAST: Value?
    /// The default value coerced to the type; nil when there is none (`.null` for an explicit `= null`).
    @exclusivity(unchecked) public internal(set) var defaultValue: JSONValue?
    @exclusivity(unchecked) public internal(set) var deprecationReason: String?
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: InputValueDefinition?
    /// Position in the owning field's `args` or input object's `fields`.
    @exclusivity(unchecked) public internal(set) var index: Int = 0

    public init(
        name: String, type: GraphQLType, description: String? = nil, defaultValueAST: Value? = nil,
        defaultValue: JSONValue? = nil, deprecationReason: String? = nil
    ) {
        self.name = name
        self.type = type
        self.description = description
        self.defaultValueAST = defaultValueAST
        self.defaultValue = defaultValue
        self.deprecationReason = deprecationReason
    }

    /// True when a default applies: written in SDL and valid for the type (graphql-js drops invalid ones).
    public var hasDefaultValue: Bool { defaultValue != nil }
    public var isDeprecated: Bool { deprecationReason != nil }
    /// A non-null type without a default: the value must be given.
    public var isRequired: Bool { type.isNonNull && !hasDefaultValue }

    public func directive(named name: String) -> GraphQLAppliedDirective? {
        appliedDirectives.first { $0.name == name }
    }
}

/// A directive applied in SDL, such as `@auth(requires: [BILLING_ADMIN])`, with coerced arguments.
public struct GraphQLAppliedDirective: Sendable {
    public var name: String
    /// Arguments in the directive definition's order, coerced; defaults filled in, absent ones left out.
    public var arguments: [(name: String, value: JSONValue)]
    public var astNode: Directive?

    public init(name: String, arguments: [(name: String, value: JSONValue)] = [], astNode: Directive? = nil) {
        self.name = name
        self.arguments = arguments
        self.astNode = astNode
    }

    /// The coerced value of an argument; nil when absent.
    public func argument(_ name: String) -> JSONValue? {
        for entry in arguments where entry.name == name { return entry.value }
        return nil
    }
}
