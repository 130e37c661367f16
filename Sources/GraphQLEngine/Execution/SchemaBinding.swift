/// Binds a schema's object types to Swift types and their fields to typed resolver closures.
///
/// Every resolver receives a whole level at once: `field` closures are called per object on a synchronous
/// fast path, `batch` closures once with every parent object of the level, which is how a list of 50 orders
/// with their line items costs one load per level instead of one per row.
///
/// ```swift
/// var binding = SchemaBinding<RequestContext>(schema: schema)
/// binding.object("Query", as: Root.self) { query in
///     query.field("viewer") { _, info in info.context.viewer }
/// }
/// binding.object("Order", as: OrderRow.self) { order in
///     order.field("number") { $0.number }
///     order.batch("lineItems") { orders, info in try await info.context.loadLineItems(orders) }
/// }
/// let executable = try binding.bind()
/// ```
public struct SchemaBinding<Context: Sendable> {
    public let schema: GraphQLSchema
    var objects: [String: ObjectRegistration] = [:]
    var abstracts: [String: AbstractRegistration] = [:]
    /// Decides, once per field and level, whether the viewer may read a field; an error makes the field null.
    /// `__schema` and `__type` pass through it too (as fields of the query root), so a server can keep its schema
    /// from anonymous clients; `__typename` never does.
    public var fieldGuard: (@Sendable (GraphQLField, GraphQLObjectType, Context) -> GraphQLError?)?

    public init(schema: GraphQLSchema) {
        self.schema = schema
        bindIntrospection()
    }

    /// Binds an object type to a Swift type and, in `build`, its fields to resolvers.
    public mutating func object<T: Sendable>(
        _ typeName: String, as type: T.Type, _ build: (inout ObjectBinding<T, Context>) -> Void
    ) {
        var object =
            objects[typeName].map { ObjectBinding<T, Context>(typeName: typeName, fields: $0.fields) }
            ?? ObjectBinding<T, Context>(typeName: typeName, fields: [:])
        build(&object)
        objects[typeName] = ObjectRegistration(
            swiftType: ObjectIdentifier(T.self),
            swiftTypeName: String(describing: T.self),
            fields: object.fields,
            makeBatch: { values in
                var items: [T] = []
                items.reserveCapacity(values.count)
                for value in values {
                    guard let item = value as? T else { return nil }
                    items.append(item)
                }
                return TypedBatch(items)
            }
        )
    }

    /// Binds an interface or union to a Swift type whose values name their object type.
    ///
    /// `resolveType` gives each value's object type name and the value bound to that object type.
    public mutating func abstract<T: Sendable>(
        _ typeName: String, as type: T.Type,
        resolveType: @escaping @Sendable (T) -> (typeName: String, value: any Sendable)
    ) {
        abstracts[typeName] = AbstractRegistration(
            swiftType: ObjectIdentifier(T.self),
            swiftTypeName: String(describing: T.self),
            split: { batch in unsafeDowncast(batch, to: TypedBatch<T>.self).items.map(resolveType) }
        )
    }

    /// Checks that every field of every object type has a resolver whose kind and Swift type fit the schema,
    /// and returns the schema ready to execute. Errors name each field that does not fit.
    public func bind() throws(SchemaBindingError) -> ExecutableSchema<Context> {
        try bind(partially: false)
    }

    /// Binds what is registered and skips the rest: for tools and tests that only introspect a schema.
    func bind(partially: Bool) throws(SchemaBindingError) -> ExecutableSchema<Context> {
        var problems: [String] = []
        var bound: [ObjectIdentifier: BoundObjectType] = [:]
        var boundAbstracts: [ObjectIdentifier: BoundAbstractType] = [:]
        for namedType in schema.types {
            switch namedType {
            case .object(let objectType):
                guard let registration = objects[objectType.name] else {
                    if !partially { problems.append("Type \(objectType.name) is not bound to a Swift type.") }
                    continue
                }
                var fields: [BoundField?] = Array(repeating: nil, count: objectType.fields.count)
                for field in objectType.fields {
                    guard let resolver = registration.fields[field.name] else {
                        if partially { continue }
                        problems.append("Field \(objectType.name).\(field.name) has no resolver.")
                        continue
                    }
                    if let problem = check(resolver, of: field, on: objectType) {
                        problems.append(problem)
                        continue
                    }
                    fields[field.index] = resolver
                }
                for name in registration.fields.keys.sorted() where objectType.fieldMap[name] == nil {
                    problems.append("Resolver for \(objectType.name).\(name) names no field of the schema.")
                }
                bound[ObjectIdentifier(objectType)] = BoundObjectType(
                    type: objectType, swiftType: registration.swiftType, fields: fields, makeBatch: registration.makeBatch)
            case .interface, .union:
                guard let registration = abstracts[namedType.name] else {
                    if !partially && isUsedAsFieldType(namedType) {
                        problems.append("Abstract type \(namedType.name) is not bound to a Swift type.")
                    }
                    continue
                }
                boundAbstracts[namedType.id] = BoundAbstractType(swiftType: registration.swiftType, split: registration.split)
            default:
                continue
            }
        }
        for name in objects.keys.sorted() where schema.type(named: name) == nil {
            problems.append("Type \(name) is bound but not in the schema.")
        }
        guard problems.isEmpty else { throw SchemaBindingError(problems: problems) }
        return ExecutableSchema(schema: schema, objects: bound, abstracts: boundAbstracts, fieldGuard: fieldGuard)
    }

    private func check(_ resolver: BoundField, of field: GraphQLField, on objectType: GraphQLObjectType) -> String? {
        let named = field.type.namedType
        let fieldName = "\(objectType.name).\(field.name)"
        switch (named.isLeafType, resolver.childSwiftType) {
        case (true, nil):
            return nil
        case (true, .some):
            return "Field \(fieldName) is a \(named.name) but its resolver returns objects."
        case (false, nil):
            return "Field \(fieldName) returns \(named.name) but its resolver returns leaf values."
        case (false, .some(let childType)):
            let expected: (ObjectIdentifier, String)?
            if named.isAbstractType {
                expected = abstracts[named.name].map { ($0.swiftType, $0.swiftTypeName) }
            } else {
                expected = objects[named.name].map { ($0.swiftType, $0.swiftTypeName) }
            }
            guard let expected else { return nil }  // reported as an unbound type
            if expected.0 != childType {
                return "Field \(fieldName) returns \(resolver.childSwiftTypeName) but \(named.name) is bound to \(expected.1)."
            }
            return nil
        }
    }

    private func isUsedAsFieldType(_ type: GraphQLNamedType) -> Bool {
        schema.types.contains { candidate in
            guard case .object(let object) = candidate else { return false }
            return object.fields.contains { $0.type.namedType == type }
        }
    }
}

/// Why a schema could not be bound to resolvers: one line per field or type that does not fit.
public struct SchemaBindingError: Error, Sendable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}

struct ObjectRegistration {
    var swiftType: ObjectIdentifier
    var swiftTypeName: String
    var fields: [String: BoundField]
    var makeBatch: @Sendable ([any Sendable]) -> (any ObjectBatch)?
}

struct AbstractRegistration {
    var swiftType: ObjectIdentifier
    var swiftTypeName: String
    var split: @Sendable (any ObjectBatch) -> [(typeName: String, value: any Sendable)]
}
