/// An object type: named fields, possibly implementing interfaces.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
///
/// ```swift
/// let idField = schema.queryType?.fieldMap["viewer"]
/// ```
public final class GraphQLObjectType: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    /// Fields in definition order (extensions append); `fields[i].index == i`.
    @exclusivity(unchecked) public internal(set) var fields: [GraphQLField] = []
    @exclusivity(unchecked) public internal(set) var fieldMap: [String: GraphQLField] = [:]
    @exclusivity(unchecked) public internal(set) var interfaces: [GraphQLInterfaceType] = []
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: ObjectTypeDefinition?
    @exclusivity(unchecked) public internal(set) var extensionASTNodes: [ObjectTypeExtension] = []

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }

    public func field(named name: String) -> GraphQLField? { fieldMap[name] }

    /// The first applied directive of that name on the type.
    public func directive(named name: String) -> GraphQLAppliedDirective? {
        appliedDirectives.first { $0.name == name }
    }
}

/// An interface type: fields that implementing objects and interfaces must provide.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
public final class GraphQLInterfaceType: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    /// Fields in definition order (extensions append); `fields[i].index == i`.
    @exclusivity(unchecked) public internal(set) var fields: [GraphQLField] = []
    @exclusivity(unchecked) public internal(set) var fieldMap: [String: GraphQLField] = [:]
    @exclusivity(unchecked) public internal(set) var interfaces: [GraphQLInterfaceType] = []
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: InterfaceTypeDefinition?
    @exclusivity(unchecked) public internal(set) var extensionASTNodes: [InterfaceTypeExtension] = []

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }

    public func field(named name: String) -> GraphQLField? { fieldMap[name] }

    public func directive(named name: String) -> GraphQLAppliedDirective? {
        appliedDirectives.first { $0.name == name }
    }
}

/// A union type: one of several object types.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
public final class GraphQLUnionType: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    @exclusivity(unchecked) public internal(set) var types: [GraphQLObjectType] = []
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: UnionTypeDefinition?
    @exclusivity(unchecked) public internal(set) var extensionASTNodes: [UnionTypeExtension] = []

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }

    public func directive(named name: String) -> GraphQLAppliedDirective? {
        appliedDirectives.first { $0.name == name }
    }
}
