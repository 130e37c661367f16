/// A complete, validated schema: root types, every named type, and directives.
///
/// Built once by `buildSchema(_:)`; mutated only while being built, immutable afterwards
/// (hence `@unchecked Sendable`). Lookups used per field at run time are dictionary or identity based.
///
/// ```swift
/// let schema = try buildSchema("type Query { hello: String }")
/// schema.field(named: "hello", on: .object(schema.queryType!))?.type.description  // "String"
/// ```
public final class GraphQLSchema: @unchecked Sendable {
    @exclusivity(unchecked) public internal(set) var description: String?
    @exclusivity(unchecked) public internal(set) var queryType: GraphQLObjectType?
    @exclusivity(unchecked) public internal(set) var mutationType: GraphQLObjectType?
    @exclusivity(unchecked) public internal(set) var subscriptionType: GraphQLObjectType?
    /// Every named type by name: declared types, the built-in scalars in use and the introspection types.
    @exclusivity(unchecked) public internal(set) var typeMap: [String: GraphQLNamedType] = [:]
    /// The named types in graphql-js order (what `__schema.types` lists).
    @exclusivity(unchecked) public internal(set) var types: [GraphQLNamedType] = []
    /// Built-in directives first, then declared ones, in definition order.
    @exclusivity(unchecked) public internal(set) var directives: [GraphQLDirective] = []
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: SchemaDefinition?
    @exclusivity(unchecked) public internal(set) var extensionASTNodes: [SchemaExtension] = []

    /// `__typename: String!`, valid on every composite type.
    @exclusivity(unchecked) public internal(set) var typeNameMetaField: GraphQLField
    /// `__schema: __Schema!`, valid on the query root type.
    @exclusivity(unchecked) public internal(set) var schemaMetaField: GraphQLField
    /// `__type(name: String!): __Type`, valid on the query root type.
    @exclusivity(unchecked) public internal(set) var typeMetaField: GraphQLField

    var possibleTypesByAbstract: [ObjectIdentifier: [GraphQLObjectType]] = [:]
    var subTypesByAbstract: [ObjectIdentifier: Set<ObjectIdentifier>] = [:]
    var implementationsByInterface: [ObjectIdentifier: (objects: [GraphQLObjectType], interfaces: [GraphQLInterfaceType])] =
        [:]
    var directiveMap: [String: GraphQLDirective] = [:]

    init(typeNameMetaField: GraphQLField, schemaMetaField: GraphQLField, typeMetaField: GraphQLField) {
        self.typeNameMetaField = typeNameMetaField
        self.schemaMetaField = schemaMetaField
        self.typeMetaField = typeMetaField
    }

    /// A named type by name.
    public func type(named name: String) -> GraphQLNamedType? { typeMap[name] }

    /// A directive definition by name.
    public func directive(named name: String) -> GraphQLDirective? { directiveMap[name] }

    /// The root type of an operation kind; nil when the schema has none.
    public func rootType(for operation: OperationType) -> GraphQLObjectType? {
        switch operation {
        case .query: return queryType
        case .mutation: return mutationType
        case .subscription: return subscriptionType
        }
    }

    /// The object types an abstract type may resolve to: a union's members, an interface's implementing objects.
    ///
    /// For an object type, the type itself; for other kinds, empty.
    public func possibleTypes(of type: GraphQLNamedType) -> [GraphQLObjectType] {
        switch type {
        case .union(let union): return union.types
        case .interface(let interface): return possibleTypesByAbstract[ObjectIdentifier(interface)] ?? []
        case .object(let object): return [object]
        default: return []
        }
    }

    /// Objects and interfaces that declare they implement the interface.
    public func implementations(
        of interface: GraphQLInterfaceType
    ) -> (
        objects: [GraphQLObjectType], interfaces: [GraphQLInterfaceType]
    ) {
        implementationsByInterface[ObjectIdentifier(interface)] ?? (objects: [], interfaces: [])
    }

    /// True when `maybeSub` is a member of the union, or an object or interface implementing the interface.
    public func isSubType(abstract: GraphQLNamedType, maybeSub: GraphQLNamedType) -> Bool {
        subTypesByAbstract[abstract.id]?.contains(maybeSub.id) ?? false
    }

    /// True when the object type is one of the abstract type's possible types.
    public func isPossibleType(abstract: GraphQLNamedType, object: GraphQLObjectType) -> Bool {
        subTypesByAbstract[abstract.id]?.contains(ObjectIdentifier(object)) ?? false
    }

    /// A field as graphql-js `getFieldDef` finds it: the meta fields `__typename` (any composite type),
    /// `__schema` and `__type` (query root only), else the type's own field.
    public func field(named name: String, on parentType: GraphQLNamedType) -> GraphQLField? {
        if name.utf8.first == UInt8(ascii: "_") {
            if name == "__typename" && parentType.isCompositeType { return typeNameMetaField }
            if case .object(let object) = parentType, object === queryType {
                if name == "__schema" { return schemaMetaField }
                if name == "__type" { return typeMetaField }
            }
        }
        return parentType.field(named: name)
    }

    /// Variant of `field(named:on:)` for an object type.
    public func field(named name: String, on object: GraphQLObjectType) -> GraphQLField? {
        if let field = object.field(named: name) { return field }
        return field(named: name, on: .object(object))
    }
}
