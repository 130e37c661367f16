/// An enum type; its values coerce to and from `.string(name)`.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
///
/// ```swift
/// try role.parseValue(.string("MEMBER"))  // .string("MEMBER")
/// ```
public final class GraphQLEnumType: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    /// Values in definition order (extensions append).
    @exclusivity(unchecked) public internal(set) var values: [GraphQLEnumValue] = []
    @exclusivity(unchecked) public internal(set) var valueMap: [String: GraphQLEnumValue] = [:]
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: EnumTypeDefinition?
    @exclusivity(unchecked) public internal(set) var extensionASTNodes: [EnumTypeExtension] = []

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }

    public func value(named name: String) -> GraphQLEnumValue? { valueMap[name] }

    public func directive(named name: String) -> GraphQLAppliedDirective? {
        appliedDirectives.first { $0.name == name }
    }
}

/// One value of an enum type.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
public final class GraphQLEnumValue: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    @exclusivity(unchecked) public internal(set) var deprecationReason: String?
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: EnumValueDefinition?

    public init(name: String, description: String? = nil, deprecationReason: String? = nil) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
    }

    public var isDeprecated: Bool { deprecationReason != nil }

    public func directive(named name: String) -> GraphQLAppliedDirective? {
        appliedDirectives.first { $0.name == name }
    }
}

/// An input object type: named input fields; `@oneOf` ones take exactly one non-null field.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
public final class GraphQLInputObjectType: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    /// Fields in definition order (extensions append); `fields[i].index == i`.
    @exclusivity(unchecked) public internal(set) var fields: [GraphQLInputField] = []
    @exclusivity(unchecked) public internal(set) var fieldMap: [String: GraphQLInputField] = [:]
    /// True when the type carries `@oneOf`.
    @exclusivity(unchecked) public internal(set) var isOneOf: Bool = false
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: InputObjectTypeDefinition?
    @exclusivity(unchecked) public internal(set) var extensionASTNodes: [InputObjectTypeExtension] = []

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }

    public func field(named name: String) -> GraphQLInputField? { fieldMap[name] }

    public func directive(named name: String) -> GraphQLAppliedDirective? {
        appliedDirectives.first { $0.name == name }
    }
}
