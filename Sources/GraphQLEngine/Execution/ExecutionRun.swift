/// One execution of one operation: level by level, each field resolved once for every object of its level.
///
/// A level (a "group") is a batch of objects of one object type at one place in the response. Its fields are
/// resolved column by column; the objects a field returns form the next group, so the number of resolver calls
/// depends on the shape of the query, never on the number of rows.
final class ExecutionRun<Context: Sendable> {
    let executable: ExecutableSchema<Context>
    let source: Source
    let fragments: [String: FragmentDefinition]
    let variables: [String: JSONValue]
    let context: Context
    var errors: [GraphQLError] = []

    init(
        executable: ExecutableSchema<Context>, source: Source, fragments: [String: FragmentDefinition],
        variables: [String: JSONValue], context: Context
    ) {
        self.executable = executable
        self.source = source
        self.fragments = fragments
        self.variables = variables
        self.context = context
    }

    var schema: GraphQLSchema { executable.schema }

    /// Executes a selection for every object of a group; nil marks an object that became null because a
    /// non-null field of it failed.
    func executeGroup(
        _ bound: BoundObjectType<Context>, batch: any ObjectBatch, selectionSets: [SelectionSet], trail: Trail,
        trailIndex: [Int32]?
    ) async -> [JSONValue?] {
        let count = batch.count
        let fields = collectFields(bound.type, selectionSets: selectionSets)
        var rows: [[(String, JSONValue)]] = Array(repeating: [], count: count)
        for index in 0..<count { rows[index].reserveCapacity(fields.count) }
        var nulled = [Bool](repeating: false, count: count)
        let group = GroupPlace(bound: bound, batch: batch, trail: trail, trailIndex: trailIndex)
        for (key, nodes) in fields {
            let name = nodes[0].name.value
            if name == "__typename" {
                let value = JSONValue.string(bound.type.name)
                for index in 0..<count { rows[index].append((key, value)) }
                continue
            }
            let values = await executeField(key: key, nodes: nodes, in: group)
            for index in 0..<count {
                if let value = values[index] {
                    rows[index].append((key, value))
                } else {
                    nulled[index] = true
                }
            }
        }
        var results: [JSONValue?] = []
        results.reserveCapacity(count)
        for index in 0..<count { results.append(nulled[index] ? nil : .object(rows[index])) }
        return results
    }

    /// Resolves and completes one field for every object of a group.
    private func executeField(key: String, nodes: [Field], in group: GroupPlace<Context>) async -> [JSONValue?] {
        let objectType = group.bound.type
        let name = nodes[0].name.value
        let field: GraphQLField
        let output: ResolverOutput
        if let meta = metaField(named: name, on: objectType) {
            field = meta
            switch resolveMetaField(meta, node: nodes[0], count: group.batch.count) {
            case .success(let resolved): output = resolved
            case .failure(let error): return failAll(error, field: meta, key: key, nodes: nodes, in: group)
            }
        } else {
            guard let definition = objectType.fieldMap[name], let resolver = group.bound.fields[definition.index] else {
                // Validation rules out unknown fields; an unvalidated document just skips them.
                return Array(repeating: .null, count: group.batch.count)
            }
            field = definition
            if let fieldGuard = executable.fieldGuard, let denied = fieldGuard(definition, objectType, context) {
                return failAll(denied, field: definition, key: key, nodes: nodes, in: group)
            }
            let arguments: ArgumentValues
            switch ValueCoercion.coerceArguments(definition.args, nodes: nodes[0].arguments, variables: variables) {
            case .success(let values): arguments = values
            case .failure(let problem):
                let location = problem.node.map { source.location(of: $0.loc.start) } ?? source.location(of: nodes[0].loc.start)
                return failAll(
                    GraphQLError(problem.message, locations: [location]), field: definition, key: key, nodes: nodes, in: group)
            }
            let info = ResolveInfo(
                context: context, arguments: arguments, field: definition, parentType: objectType, fieldNodes: nodes,
                fragments: fragments)
            do {
                switch resolver.resolver {
                case .sync(let resolve): output = try resolve(group.batch, info)
                case .async(let resolve): output = try await resolve(group.batch, info)
                }
            } catch {
                return failAll(executable.errorMapper(error), field: definition, key: key, nodes: nodes, in: group)
            }
        }
        var failed: [Bool]? = nil
        if !output.errors.isEmpty {
            var marks = [Bool](repeating: false, count: group.batch.count)
            for (index, error) in output.errors {
                marks[index] = true
                record(executable.errorMapper(error), at: group.path(of: index) + [.key(key)], nodes: nodes)
            }
            failed = marks
        }
        let place = FieldPlace(field: field, parentType: objectType, key: key, nodes: nodes, group: group)
        switch output.output {
        case .leaves(let values):
            var results: [JSONValue?] = []
            results.reserveCapacity(values.count)
            var listPath: [Int] = []
            for index in 0..<values.count {
                if failed?[index] == true {
                    results.append(field.type.isNonNull ? nil : .null)
                    continue
                }
                let completed = completeLeaf(values[index], type: field.type, place: place, item: index, listPath: &listPath)
                results.append(completed ?? (field.type.isNonNull ? nil : .null))
            }
            return results
        case .children(let codes, let children):
            return await completeChildren(codes: codes, children: children, place: place, failed: failed)
        }
    }

    /// Every object of the group gets null for the field, with the error at each object's path.
    private func failAll(
        _ error: GraphQLError, field: GraphQLField, key: String, nodes: [Field], in group: GroupPlace<Context>
    ) -> [JSONValue?] {
        for index in 0..<group.batch.count { record(error, at: group.path(of: index) + [.key(key)], nodes: nodes) }
        return Array(repeating: field.type.isNonNull ? nil : .null, count: group.batch.count)
    }

    /// Adds a field error with the field's location and a response path.
    func record(_ error: GraphQLError, at path: [PathComponent], nodes: [Field]) {
        var error = error
        if error.locations.isEmpty { error.locations = [source.location(of: nodes[0].loc.start)] }
        error.path = path
        errors.append(error)
    }
}

/// Where a group sits: its bound type, its objects, and how to find each object's response path.
struct GroupPlace<Context: Sendable> {
    let bound: BoundObjectType<Context>
    let batch: any ObjectBatch
    let trail: Trail
    /// Maps a group index to the trail's index when a group is a part of a level (abstract types).
    let trailIndex: [Int32]?

    func trailPosition(of index: Int) -> Int { trailIndex.map { Int($0[index]) } ?? index }

    func path(of index: Int) -> [PathComponent] { trail.path(of: trailPosition(of: index)) }
}

/// The field being completed, for error messages and paths.
struct FieldPlace<Context: Sendable> {
    let field: GraphQLField
    let parentType: GraphQLObjectType
    let key: String
    let nodes: [Field]
    let group: GroupPlace<Context>

    func path(item: Int, listPath: [Int]) -> [PathComponent] {
        group.path(of: item) + [.key(key)] + listPath.map { .index($0) }
    }
}

/// Response paths of a level's objects, kept per level rather than per object: each object records its parent's
/// index in the level above and the list indices between them; a path is rebuilt only when an error needs it.
final class Trail {
    let parent: Trail?
    let key: String
    var parentIndex: [Int32] = []
    var listStart: [Int32] = []
    var listIndices: [Int32] = []

    init(root: Void) {
        parent = nil
        key = ""
    }

    init(parent: Trail, key: String) {
        self.parent = parent
        self.key = key
    }

    func path(of index: Int) -> [PathComponent] {
        var reversed: [PathComponent] = []
        var trail = self
        var position = index
        while let parent = trail.parent {
            let start = Int(trail.listStart[position])
            let end = position + 1 < trail.listStart.count ? Int(trail.listStart[position + 1]) : trail.listIndices.count
            for offset in stride(from: end - 1, through: start, by: -1) {
                reversed.append(.index(Int(trail.listIndices[offset])))
            }
            reversed.append(.key(trail.key))
            position = Int(trail.parentIndex[position])
            trail = parent
        }
        return reversed.reversed()
    }
}
