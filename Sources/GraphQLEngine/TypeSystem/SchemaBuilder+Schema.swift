/// Putting the built types together: root types, the type map in graphql-js order, and abstract type tables.
extension SchemaBuilder {
    mutating func assembleSchema() -> GraphQLSchema {
        let introspection = IntrospectionSchema.shared
        let schema = GraphQLSchema(
            typeNameMetaField: introspection.typeNameMetaField, schemaMetaField: introspection.schemaMetaField,
            typeMetaField: introspection.typeMetaField)
        schema.astNode = schemaDefinitions.first
        schema.extensionASTNodes = schemaExtensions
        schema.description = schemaDefinitions.first?.description?.value
        // Duplicate definitions were refused by SDL validation, so the declared list has no repeats.
        schema.directives = directiveDefinitions.compactMap { directives[$0.name.value] }
        for directive in GraphQLDirective.specifiedDirectives where directives[directive.name] === directive {
            schema.directives.append(directive)
        }
        schema.directiveMap = directives
        schema.appliedDirectives = coerceApplied(
            (schemaDefinitions.first?.directives ?? []) + schemaExtensions.flatMap(\.directives))
        assignRootTypes(schema)
        collectTypes(schema)
        computeAbstractTables(schema)
        return schema
    }

    /// Roots from `schema { }` and `extend schema { }`; without a schema definition, the types named
    /// Query, Mutation and Subscription, as graphql-js `buildASTSchema` does.
    private mutating func assignRootTypes(_ schema: GraphQLSchema) {
        var roots: [OperationType: (GraphQLNamedType, Location)] = [:]
        let operations = (schemaDefinitions.first?.operationTypes ?? []) + schemaExtensions.flatMap(\.operationTypes)
        for operation in operations {
            if let type = lookup(operation.type.name.value) { roots[operation.operation] = (type, operation.type.loc) }
        }
        if schemaDefinitions.isEmpty {
            for operation in [OperationType.query, .mutation, .subscription] {
                if let type = namedTypes[operation.rootTypeName] { roots[operation] = (type, type.astLocation) }
            }
        }
        for operation in [OperationType.query, .mutation, .subscription] {
            guard let (type, loc) = roots[operation] else { continue }
            guard case .object(let object) = type else {
                if operation == .query { queryRootIsNotObject = true }
                let kind = operation.rootTypeName
                let suffix = operation == .query ? "" : " if provided"
                structuralErrors.append(
                    error("\(kind) root type must be Object type\(suffix), it cannot be \(type.name).", [loc]))
                continue
            }
            switch operation {
            case .query: schema.queryType = object
            case .mutation: schema.mutationType = object
            case .subscription: schema.subscriptionType = object
            }
        }
    }

    /// Named types in graphql-js order: the declared types in definition order, each followed by the
    /// undeclared types it is first to reference (depth first), then those of the roots, the directives'
    /// arguments and the introspection types.
    private func collectTypes(_ schema: GraphQLSchema) {
        var ordered: [GraphQLNamedType] = []
        // graphql-js seeds its type set with the declared types, so references to them add nothing.
        var seen = Set(declaredTypes.map(\.id))
        func visit(_ type: GraphQLNamedType) {
            guard seen.insert(type.id).inserted else { return }
            ordered.append(type)
            visitReferences(type)
        }
        func visitReferences(_ type: GraphQLNamedType) {
            switch type {
            case .union(let union): for member in union.types { visit(.object(member)) }
            case .object(let object): visitFields(object.interfaces, object.fields)
            case .interface(let interface): visitFields(interface.interfaces, interface.fields)
            case .inputObject(let inputObject): for field in inputObject.fields { visit(field.type.namedType) }
            case .scalar, .enumType: break
            }
        }
        func visitFields(_ interfaces: [GraphQLInterfaceType], _ fields: [GraphQLField]) {
            for interface in interfaces { visit(.interface(interface)) }
            for field in fields {
                visit(field.type.namedType)
                for arg in field.args { visit(arg.type.namedType) }
            }
        }
        for type in declaredTypes {
            ordered.append(type)
            visitReferences(type)
        }
        for root in [schema.queryType, schema.mutationType, schema.subscriptionType].compactMap({ $0 }) {
            visit(.object(root))
        }
        for directive in schema.directives {
            for arg in directive.args { visit(arg.type.namedType) }
        }
        visit(IntrospectionSchema.shared.schemaType)
        schema.types = ordered
        schema.typeMap = Dictionary(ordered.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private func computeAbstractTables(_ schema: GraphQLSchema) {
        var implementations: [ObjectIdentifier: (objects: [GraphQLObjectType], interfaces: [GraphQLInterfaceType])] =
            [:]
        for type in schema.types {
            switch type {
            case .object(let object):
                for interface in object.interfaces {
                    implementations[ObjectIdentifier(interface), default: ([], [])].objects.append(object)
                }
            case .interface(let implementing):
                for interface in implementing.interfaces {
                    implementations[ObjectIdentifier(interface), default: ([], [])].interfaces.append(implementing)
                }
            case .union(let union):
                schema.possibleTypesByAbstract[ObjectIdentifier(union)] = union.types
                schema.subTypesByAbstract[ObjectIdentifier(union)] = Set(union.types.map { ObjectIdentifier($0) })
            default:
                break
            }
        }
        for (id, entry) in implementations {
            schema.possibleTypesByAbstract[id] = entry.objects
            schema.subTypesByAbstract[id] = Set(
                entry.objects.map { ObjectIdentifier($0) } + entry.interfaces.map { ObjectIdentifier($0) })
        }
        schema.implementationsByInterface = implementations
    }
}

extension OperationType {
    /// The conventional root type name: Query, Mutation, Subscription.
    var rootTypeName: String {
        switch self {
        case .query: return "Query"
        case .mutation: return "Mutation"
        case .subscription: return "Subscription"
        }
    }
}

extension GraphQLNamedType {
    /// Where the type is defined in SDL; synthetic for built-in types.
    var astLocation: Location {
        switch self {
        case .scalar(let type): return type.astNode?.loc ?? .synthetic
        case .object(let type): return type.astNode?.loc ?? .synthetic
        case .interface(let type): return type.astNode?.loc ?? .synthetic
        case .union(let type): return type.astNode?.loc ?? .synthetic
        case .enumType(let type): return type.astNode?.loc ?? .synthetic
        case .inputObject(let type): return type.astNode?.loc ?? .synthetic
        }
    }
}
