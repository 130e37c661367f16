/// Parses SDL and builds a schema from it; a syntax error is thrown as a `SchemaError` holding it.
///
/// ```swift
/// let schema = try buildSchema("type Query { hello: String }")
/// schema.queryType?.field(named: "hello")?.type.description  // "String"
/// ```
public func buildSchema(_ sdl: String, scalars: [String: ScalarCoercion] = [:]) throws(SchemaError) -> GraphQLSchema {
    let source = Source(sdl)
    let document: Document
    do {
        document = try Parser.parse(source)
    } catch {
        throw SchemaError(errors: [error])
    }
    return try buildSchema(document, source: source, scalars: scalars)
}

/// Builds a schema from a parsed SDL document, as graphql-js `buildASTSchema` followed by `validateSchema`.
///
/// Custom scalars get the coercions named in `scalars`, else pass-through ones. A document that breaks
/// the SDL or type-system rules throws a `SchemaError` listing every problem.
///
/// ```swift
/// let schema = try buildSchema(document, scalars: ["Date": dateCoercion])
/// ```
public func buildSchema(
    _ document: Document, source: Source? = nil, scalars: [String: ScalarCoercion] = [:]
) throws(SchemaError) -> GraphQLSchema {
    var builder = SchemaBuilder(document: document, source: source, scalarCoercions: scalars)
    return try builder.build()
}

/// The types and directives of an SDL document being turned into a schema.
struct SchemaBuilder {
    let document: Document
    let source: Source?
    let scalarCoercions: [String: ScalarCoercion]
    /// Types every document may name without defining them.
    let standardTypes: [String: GraphQLNamedType]

    var errors: [GraphQLError] = []
    /// Wrong kinds in `implements` and union members, reported along with the schema validation errors.
    var structuralErrors: [GraphQLError] = []
    /// Set when a query root type was named but is not an object type.
    var queryRootIsNotObject = false
    var typeDefinitions: [Definition] = []
    var typeDefinitionsByName: [String: Definition] = [:]
    var extensionsByName: [String: [Definition]] = [:]
    var directiveDefinitions: [DirectiveDefinition] = []
    var schemaDefinitions: [SchemaDefinition] = []
    var schemaExtensions: [SchemaExtension] = []

    /// Declared types by name, with standard types standing in for redefined standard names.
    var namedTypes: [String: GraphQLNamedType] = [:]
    var declaredTypes: [GraphQLNamedType] = []
    var directives: [String: GraphQLDirective] = [:]

    init(
        document: Document, source: Source?, scalarCoercions: [String: ScalarCoercion],
        standardTypes: [String: GraphQLNamedType]? = nil
    ) {
        self.document = document
        self.source = source
        self.scalarCoercions = scalarCoercions
        self.standardTypes = standardTypes ?? IntrospectionSchema.standardTypes
        for definition in document.definitions { collect(definition) }
    }

    private mutating func collect(_ definition: Definition) {
        switch definition {
        case .operation, .fragment: break
        case .schema(let node): schemaDefinitions.append(node)
        case .schemaExtension(let node): schemaExtensions.append(node)
        case .directive(let node): directiveDefinitions.append(node)
        case .scalar(let node): addType(node.name.value, definition)
        case .object(let node): addType(node.name.value, definition)
        case .interface(let node): addType(node.name.value, definition)
        case .union(let node): addType(node.name.value, definition)
        case .enumType(let node): addType(node.name.value, definition)
        case .inputObject(let node): addType(node.name.value, definition)
        case .scalarExtension(let node): extensionsByName[node.name.value, default: []].append(definition)
        case .objectExtension(let node): extensionsByName[node.name.value, default: []].append(definition)
        case .interfaceExtension(let node): extensionsByName[node.name.value, default: []].append(definition)
        case .unionExtension(let node): extensionsByName[node.name.value, default: []].append(definition)
        case .enumExtension(let node): extensionsByName[node.name.value, default: []].append(definition)
        case .inputObjectExtension(let node): extensionsByName[node.name.value, default: []].append(definition)
        }
    }

    private mutating func addType(_ name: String, _ definition: Definition) {
        typeDefinitions.append(definition)
        if typeDefinitionsByName[name] == nil { typeDefinitionsByName[name] = definition }
    }

    /// An error at the given nodes' locations, when the source is known.
    func error(_ message: String, _ locations: [Location] = []) -> GraphQLError {
        guard let source else { return GraphQLError(message) }
        return GraphQLError(message, locations: locations.map { source.location(of: $0.start) })
    }

    mutating func report(_ message: String, _ locations: [Location] = []) {
        errors.append(error(message, locations))
    }

    /// A named type by name: declared or standard.
    func lookup(_ name: String) -> GraphQLNamedType? {
        namedTypes[name] ?? standardTypes[name]
    }

    /// A type reference resolved against the known types; nil when a name is unknown.
    func resolve(_ reference: TypeReference) -> GraphQLType? {
        switch reference.shape {
        case .named(let named): return lookup(named.name.value).map { .named($0) }
        case .list(let inner, _): return resolve(inner).map { .list($0) }
        case .nonNull(let inner, _): return resolve(inner).map { .nonNull($0) }
        }
    }

    mutating func build() throws(SchemaError) -> GraphQLSchema {
        validateSDL()
        if !errors.isEmpty { throw SchemaError(errors: errors) }
        createTypes()
        createDirectives()
        completeTypes()
        let schema = assembleSchema()
        if !errors.isEmpty { throw SchemaError(errors: errors) }
        var validator = SchemaValidator(schema: schema, source: source, queryRootMissing: !queryRootIsNotObject)
        errors = structuralErrors + validator.validate()
        if !errors.isEmpty { throw SchemaError(errors: errors) }
        return schema
    }

    /// Builds only the named types, without a schema around them: for the introspection types.
    mutating func buildTypesOnly() throws(SchemaError) -> [GraphQLNamedType] {
        validateSDL()
        if !errors.isEmpty { throw SchemaError(errors: errors) }
        createTypes()
        createDirectives()
        completeTypes()
        if !errors.isEmpty { throw SchemaError(errors: errors) }
        return declaredTypes
    }
}
