/// An enum type; its values coerce to and from `.string(name)`.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
///
/// ```swift
/// try role.parseValue(.string("MEMBER"))  // .string("MEMBER")
/// ```
public final class GraphQLEnumType: @unchecked Sendable {
    public let name: String
    public internal(set) var description: String?
    /// Values in definition order (extensions append).
    public internal(set) var values: [GraphQLEnumValue] = []
    public internal(set) var valueMap: [String: GraphQLEnumValue] = [:]
    public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    public internal(set) var astNode: EnumTypeDefinition?
    public internal(set) var extensionASTNodes: [EnumTypeExtension] = []

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
    public internal(set) var description: String?
    public internal(set) var deprecationReason: String?
    public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    public internal(set) var astNode: EnumValueDefinition?

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
    public internal(set) var description: String?
    /// Fields in definition order (extensions append); `fields[i].index == i`.
    public internal(set) var fields: [GraphQLInputField] = []
    public internal(set) var fieldMap: [String: GraphQLInputField] = [:]
    /// True when the type carries `@oneOf`.
    public internal(set) var isOneOf: Bool = false
    public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    public internal(set) var astNode: InputObjectTypeDefinition?
    public internal(set) var extensionASTNodes: [InputObjectTypeExtension] = []

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }

    public func field(named name: String) -> GraphQLInputField? { fieldMap[name] }

    public func directive(named name: String) -> GraphQLAppliedDirective? {
        appliedDirectives.first { $0.name == name }
    }
}
