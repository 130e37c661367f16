/// CollectFields, `@skip`/`@include`, and the introspection meta fields.
extension ExecutionRun {
    /// The fields a group selects, by response key in document order, merging the nodes of one key.
    func collectFields(_ objectType: GraphQLObjectType, selectionSets: [SelectionSet]) -> [(String, [Field])] {
        var collected = CollectedFields()
        for selectionSet in selectionSets {
            collect(selectionSet, objectType: objectType, into: &collected)
        }
        return collected.fields
    }

    private func collect(_ selectionSet: SelectionSet, objectType: GraphQLObjectType, into collected: inout CollectedFields) {
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
    private func shouldInclude(_ directives: [Directive]) -> Bool {
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
        guard name.hasPrefix("__"), objectType === schema.queryType else { return nil }
        if name == "__schema" { return schema.schemaMetaField }
        if name == "__type" { return schema.typeMetaField }
        return nil
    }

    func resolveMetaField(_ field: GraphQLField, node: Field, count: Int) -> Result<ResolverOutput, GraphQLError> {
        if field === schema.schemaMetaField {
            var encoder = ShapeEncoder<IntrospectedSchema>(expectedCount: count)
            for _ in 0..<count { encoder.appendObject(IntrospectedSchema(schema: schema)) }
            return .success(ResolverOutput(.children(codes: encoder.codes, batch: TypedBatch(encoder.objects))))
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
            return .success(ResolverOutput(.children(codes: encoder.codes, batch: TypedBatch(encoder.objects))))
        }
    }
}

/// CollectFields' state: fields by response key, and the fragments already spread.
///
/// Selection sets are small, so keys and fragment names are searched linearly; hash tables are built only
/// past `linearLimit` entries, which keeps a huge hostile selection set from taking quadratic time.
struct CollectedFields {
    static let linearLimit = 16

    var fields: [(String, [Field])] = []
    private var positions: [String: Int]?
    private var visited: [String] = []
    private var visitedSet: Set<String>?

    mutating func add(_ field: Field) {
        let key = field.responseKey
        if let position = position(of: key) {
            fields[position].1.append(field)
            return
        }
        positions?[key] = fields.count
        fields.append((key, [field]))
        if positions == nil, fields.count > Self.linearLimit {
            var table: [String: Int] = [:]
            for (position, entry) in fields.enumerated() { table[entry.0] = position }
            positions = table
        }
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return fields.firstIndex { $0.0 == key }
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
