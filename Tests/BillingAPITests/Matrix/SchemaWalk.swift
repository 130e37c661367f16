import GraphQLEngine

/// One step of a route from `Query` into the schema: a field, or an inline fragment on a possible type.
enum WalkStep: Sendable {
    case field(GraphQLField)
    case fragment(GraphQLObjectType)
}

/// A field of the schema and one route from `Query` that reaches it.
struct FieldRoute: Sendable, CustomStringConvertible {
    /// The steps to the field's parent object, from `Query`.
    var steps: [WalkStep]
    var parent: GraphQLObjectType
    var field: GraphQLField
    /// True when the route enters through an interface or union field (such as `Query.node`).
    var throughAbstractType: Bool
    /// The operation's root type (`Query` or `Mutation`).
    var rootType: GraphQLObjectType

    /// Every field of the route with the object type it is selected on, the target field last.
    var hops: [(parent: GraphQLObjectType, field: GraphQLField)] {
        var hops: [(parent: GraphQLObjectType, field: GraphQLField)] = []
        var current: GraphQLObjectType? = rootType
        for step in steps {
            switch step {
            case .field(let field):
                if let current { hops.append((current, field)) }
                if case .object(let object) = field.type.namedType { current = object } else { current = nil }
            case .fragment(let type): current = type
            }
        }
        return hops + [(parent, field)]
    }

    /// The response keys of the route's fields, the target field last.
    var keys: [String] { hops.map { $0.field.name } }

    /// The response keys from the root to the field, e.g. `account.orders.nodes.total`.
    var description: String {
        var parts: [String] = []
        for step in steps {
            switch step {
            case .field(let field): parts.append(field.name)
            case .fragment(let type): parts.append("(\(type.name))")
            }
        }
        return (parts + ["\(parent.name).\(field.name)"]).joined(separator: ".")
    }
}

/// Walks the type graph from `Query`: through lists and non-null wrappers, and into interfaces and unions through
/// their possible types, so every field a client can reach is listed. Nothing here names a field or a type.
enum SchemaWalk {
    /// Every field of every object type reachable from `Query`, each by a shortest route.
    ///
    /// Routes prefer concrete object fields; a type reachable only through an interface or union gets a route
    /// through it. Then, for every field that returns an interface or union, each possible type's fields are also
    /// listed through that field, so `node(id:)` cannot open what the graph keeps closed.
    static func routes(in schema: GraphQLSchema) -> [FieldRoute] {
        guard let query = schema.queryType else { return [] }
        var routeTo: [String: [WalkStep]] = [query.name: []]
        var order: [GraphQLObjectType] = [query]
        for allowAbstract in [false, true] {
            var queue = order
            while !queue.isEmpty {
                var next: [GraphQLObjectType] = []
                for type in queue {
                    for field in type.fields {
                        for (target, steps) in children(of: field, in: schema, allowAbstract: allowAbstract)
                        where routeTo[target.name] == nil {
                            routeTo[target.name] = routeTo[type.name]! + steps
                            order.append(target)
                            next.append(target)
                        }
                    }
                }
                queue = next
            }
        }
        var routes: [FieldRoute] = []
        for type in order {
            let steps = routeTo[type.name]!
            let abstract = steps.contains { if case .fragment = $0 { true } else { false } }
            routes += type.fields.map { FieldRoute(steps: steps, parent: type, field: $0, throughAbstractType: abstract, rootType: query) }
        }
        for type in order {
            for field in type.fields where field.type.namedType.isAbstractType {
                for possible in schema.possibleTypes(of: field.type.namedType) {
                    let steps = routeTo[type.name]! + [.field(field), .fragment(possible)]
                    if routeTo[possible.name].map({ key($0) == key(steps) }) == true { continue }
                    routes += possible.fields.map {
                        FieldRoute(steps: steps, parent: possible, field: $0, throughAbstractType: true, rootType: query)
                    }
                }
            }
        }
        return routes
    }

    /// A route's identity: the names of its fields and fragments.
    static func key(_ steps: [WalkStep]) -> String {
        steps.map { step in
            switch step {
            case .field(let field): field.name
            case .fragment(let type): "on " + type.name
            }
        }.joined(separator: ".")
    }

    /// The object types a field leads to, with the steps that select them.
    static func children(of field: GraphQLField, in schema: GraphQLSchema, allowAbstract: Bool) -> [(GraphQLObjectType, [WalkStep])] {
        switch field.type.namedType {
        case .object(let object): return [(object, [.field(field)])]
        case .interface, .union:
            guard allowAbstract else { return [] }
            return schema.possibleTypes(of: field.type.namedType).map { ($0, [.field(field), .fragment($0)]) }
        default: return []
        }
    }

    /// The roles `@auth` allows on `field` of `type` (the field's directive, else its type's); nil when open.
    static func roles(_ field: GraphQLField, on type: GraphQLObjectType) -> Set<String>? {
        guard let directive = field.directive(named: "auth") ?? type.directive(named: "auth") else { return nil }
        guard case .list(let roles)? = directive.argument("requires") else { return [] }
        return Set(roles.compactMap { role -> String? in if case .string(let name) = role { name } else { nil } })
    }

    /// Whether a composite type has an `id` field (objects and interfaces; unions have no fields).
    static func hasID(_ type: GraphQLNamedType) -> Bool {
        switch type {
        case .object(let object): return object.field(named: "id") != nil
        case .interface(let interface): return interface.field(named: "id") != nil
        default: return false
        }
    }
}
