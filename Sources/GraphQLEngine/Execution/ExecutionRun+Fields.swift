/// CollectFields, `@skip`/`@include`, and the introspection meta fields.
extension ExecutionRun {
    /// The fields a group selects, by response key in document order, merging the nodes of one key.
    func collectFields(_ objectType: GraphQLObjectType, selectionSets: [SelectionSet]) -> CollectedFields {
        var collector = FieldCollector()
        // Room for every selection of the first set: most keys come from it, and growing two arrays by doubling
        // allocated each of them three or four times per group.
        if let first = selectionSets.first { collector.reserve(first.selections.count) }
        for selectionSet in selectionSets {
            collect(selectionSet, objectType: objectType, into: &collector)
        }
        return CollectedFields(collector)
    }

    private func collect(_ selectionSet: SelectionSet, objectType: GraphQLObjectType, into collected: inout FieldCollector) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                guard shouldInclude(field.directives) else { continue }
                collected.add(field)
            case .inlineFragment(let fragment):
                guard shouldInclude(fragment.directives) else { continue }
                if let condition = fragment.typeCondition, !applies(condition, to: objectType) { continue }
                collect(fragment.selectionSet, objectType: objectType, into: &collected)
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard shouldInclude(spread.directives), collected.visit(name) else { continue }
                guard let fragment = fragments[name], applies(fragment.typeCondition, to: objectType) else { continue }
                collect(fragment.selectionSet, objectType: objectType, into: &collected)
            }
        }
    }

    /// DoesFragmentTypeApply.
    private func applies(_ condition: NamedType, to objectType: GraphQLObjectType) -> Bool {
        guard let type = schema.type(named: condition.name.value) else { return false }
        switch type {
        case .object(let object): return object === objectType
        case .interface, .union: return schema.isPossibleType(abstract: type, object: objectType)
        default: return false
        }
    }

    /// `@skip(if:)` and `@include(if:)`, with literal or variable conditions.
    private func shouldInclude(_ directives: NodeList<Directive>) -> Bool {
        for directive in directives {
            let name = directive.name.value
            guard name == "skip" || name == "include" else { continue }
            guard let argument = directive.arguments.first(where: { $0.name.value == "if" }) else { continue }
            let condition: Bool
            switch argument.value {
            case .boolean(let flag, _): condition = flag
            case .variable(let variable):
                guard case .bool(let flag)? = variables[variable.name.value] else { continue }
                condition = flag
            default: continue
            }
            if name == "skip" && condition { return false }
            if name == "include" && !condition { return false }
        }
        return true
    }

    /// `__schema` and `__type` on the query root type.
    func metaField(named name: String, on objectType: GraphQLObjectType) -> GraphQLField? {
        guard objectType === schema.queryType, name.hasPrefix("__") else { return nil }
        if name == "__schema" { return schema.schemaMetaField }
        if name == "__type" { return schema.typeMetaField }
        return nil
    }

    func resolveMetaField(_ field: GraphQLField, node: Field, count: Int) -> Result<ResolverOutput, GraphQLError> {
        if field === schema.schemaMetaField {
            var encoder = ShapeEncoder<IntrospectedSchema>(expectedCount: count)
            for _ in 0..<count { encoder.appendObject(IntrospectedSchema(schema: schema)) }
            return .success(ResolverOutput(.children(codes: encoder.codes, batch: encoder.makeBatch())))
        }
        switch ValueCoercion.coerceArguments(field.args, nodes: node.arguments, variables: variables) {
        case .failure(let problem):
            let location = source.location(of: (problem.node?.loc ?? node.loc).start)
            return .failure(GraphQLError(problem.message, locations: [location]))
        case .success(let arguments):
            var encoder = ShapeEncoder<IntrospectedType>(expectedCount: count)
            let found = arguments.string("name").flatMap { schema.type(named: $0) }
            for _ in 0..<count {
                if let found { encoder.appendObject(IntrospectedType(.named(found), schema: schema)) } else { encoder.appendNull() }
            }
            return .success(ResolverOutput(.children(codes: encoder.codes, batch: encoder.makeBatch())))
        }
    }
}

/// CollectFields' state: fields by response key, and the fragments already spread.
///
/// Selection sets are small, so keys and fragment names are searched linearly; hash tables are built only
/// past `linearLimit` entries, which keeps a huge hostile selection set from taking quadratic time.
struct FieldCollector {
    static let linearLimit = 16

    var keys: [String] = []
    /// The first node of each key.
    var firsts: [Field] = []
    /// The other nodes of the keys selected more than once, by key index.
    var others: [Int: [Field]] = [:]
    private var positions: [String: Int]?
    private var visited: [String] = []
    private var visitedSet: Set<String>?

    mutating func reserve(_ count: Int) {
        keys.reserveCapacity(count)
        firsts.reserveCapacity(count)
    }

    /// Takes the field: it is moved into the collection, not copied.
    mutating func add(_ field: consuming Field) {
        let key = field.responseKey
        if let position = position(of: key) {
            others[position, default: []].append(field)
            return
        }
        positions?[key] = keys.count
        keys.append(key)
        firsts.append(field)
        if positions == nil, keys.count > Self.linearLimit {
            var table: [String: Int] = [:]
            for (position, key) in keys.enumerated() { table[key] = position }
            positions = table
        }
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return keys.firstIndex(of: key)
    }

    /// Records a fragment spread; false when the fragment was already spread.
    mutating func visit(_ name: String) -> Bool {
        if visitedSet != nil { return visitedSet?.insert(name).inserted ?? false }
        if visited.contains(name) { return false }
        visited.append(name)
        if visited.count > Self.linearLimit { visitedSet = Set(visited) }
        return true
    }
}

/// The fields a group selects: response keys in document order, each with its field nodes.
///
/// One object per group, so a key's nodes travel as a reference and an index (`FieldNodes`): no array per key,
/// and no copy of the nodes, with their lists, each time they are passed on.
final class CollectedFields: Sendable {
    let keys: [String]
    /// The first node of each key.
    let firsts: [Field]
    /// The other nodes of the keys selected more than once, by key index.
    let others: [Int: [Field]]

    init(_ collector: consuming FieldCollector) {
        keys = collector.keys
        firsts = collector.firsts
        others = collector.others
    }

    var count: Int { keys.count }

    subscript(index: Int) -> FieldNodes { FieldNodes(collected: self, index: index) }
}

/// The nodes of one response key: nearly always one field; more when the query selects the key twice.
struct FieldNodes: Sendable {
    let collected: CollectedFields
    let index: Int

    var first: Field { collected.firsts[index] }

    /// Calls `body` with the first node, lent rather than copied: a copy of a field retains its name and lists.
    func withFirst<R>(_ body: (Field) -> R) -> R { withBorrowed(collected.firsts, at: index, body) }

    var all: [Field] {
        guard let others = collected.others[index] else { return [first] }
        return [first] + others
    }

    /// The selection sets below the key, in document order.
    var selectionSets: [SelectionSet] {
        guard collected.others[index] != nil else { return withFirst { $0.selectionSet.map { [$0] } ?? [] } }
        return all.compactMap(\.selectionSet)
    }

    func contains(where predicate: (Field) -> Bool) -> Bool {
        if predicate(first) { return true }
        return collected.others[index]?.contains(where: predicate) ?? false
    }
}
