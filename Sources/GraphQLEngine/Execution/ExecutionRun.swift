/// One execution of one operation: level by level, each field resolved once for every object of its level.
///
/// A level (a "group") is a batch of objects of one object type at one place in the response. Its fields are
/// resolved column by column; the objects a field returns form the next group, so the number of resolver calls
/// depends on the shape of the query, never on the number of rows.
///
/// Not generic over the request's context: generic code that the client module cannot specialize looks up the
/// metadata of every generic type it touches at run time (5 % of an execution). The context travels boxed, and
/// the resolvers' bindings, inlined where the context type is known, unbox it.
final class ExecutionRun {
    let schema: GraphQLSchema
    let objects: [ObjectIdentifier: BoundObjectType]
    let abstracts: [ObjectIdentifier: BoundAbstractType]
    /// The schema's field guard, applied to this request's context.
    let fieldGuard: ((GraphQLField, GraphQLObjectType) -> GraphQLError?)?
    let errorMapper: @Sendable (any Error) -> GraphQLError
    let source: Source
    let fragments: [String: FragmentDefinition]
    let variables: [String: JSONValue]
    let contextBox: any AnyObject & Sendable
    var errors: [GraphQLError] = []

    init(
        schema: GraphQLSchema, objects: [ObjectIdentifier: BoundObjectType],
        abstracts: [ObjectIdentifier: BoundAbstractType], fieldGuard: ((GraphQLField, GraphQLObjectType) -> GraphQLError?)?,
        errorMapper: @escaping @Sendable (any Error) -> GraphQLError, source: Source,
        fragments: [String: FragmentDefinition], variables: [String: JSONValue], contextBox: any AnyObject & Sendable
    ) {
        self.schema = schema
        self.objects = objects
        self.abstracts = abstracts
        self.fieldGuard = fieldGuard
        self.errorMapper = errorMapper
        self.source = source
        self.fragments = fragments
        self.variables = variables
        self.contextBox = contextBox
    }

    /// Executes a selection for every object of a group, column by column; an object whose non-null field
    /// failed is marked nulled.
    func executeGroup(
        _ bound: BoundObjectType, batch: any ObjectBatch, selectionSets: [SelectionSet], trail: Trail,
        trailIndex: [Int32]?
    ) async -> ResultGroup {
        let count = batch.count
        let fields = collectFields(bound.type, selectionSets: selectionSets)
        var rows = Rows(count: count, fieldCount: fields.count)
        let group = GroupPlace(bound: bound, batch: batch, trail: trail, trailIndex: trailIndex)
        for index in 0..<fields.count {
            let key = fields.keys[index]
            if fields.firsts[index].name.value == "__typename" {
                rows.add(key, values: Array(repeating: .string(bound.type.name), count: count))
                continue
            }
            await executeField(key: key, nodes: fields[index], in: group, into: &rows)
        }
        return ResultGroup(rows)
    }

    /// Resolves and completes one field for every object of a group.
    private func executeField(key: String, nodes: FieldNodes, in group: GroupPlace, into rows: inout Rows) async {
        let objectType = group.bound.type
        let (name, argumentNodes) = nodes.withFirst { ($0.name.value, $0.arguments) }
        let field: GraphQLField
        let output: ResolverOutput
        if let meta = metaField(named: name, on: objectType) {
            field = meta
            if let fieldGuard, let denied = fieldGuard(meta, objectType) {
                return failAll(denied, field: meta, key: key, nodes: nodes, in: group, into: &rows)
            }
            switch resolveMetaField(meta, node: nodes.first, count: group.batch.count) {
            case .success(let resolved): output = resolved
            case .failure(let error): return failAll(error, field: meta, key: key, nodes: nodes, in: group, into: &rows)
            }
        } else {
            guard let definition = objectType.field(named: name), let resolver = group.bound.fields[definition.index] else {
                // Validation rules out unknown fields; an unvalidated document just skips them.
                return
            }
            field = definition
            if let fieldGuard, let denied = fieldGuard(definition, objectType) {
                return failAll(denied, field: definition, key: key, nodes: nodes, in: group, into: &rows)
            }
            let arguments: ArgumentValues
            switch ValueCoercion.coerceArguments(definition.args, nodes: argumentNodes, variables: variables) {
            case .success(let values): arguments = values
            case .failure(let problem):
                let location = problem.node.map { source.location(of: $0.loc.start) } ?? source.location(of: nodes.first.loc.start)
                return failAll(
                    GraphQLError(problem.message, locations: [location]).coded(RequestErrorCode.badUserInput),
                    field: definition, key: key, nodes: nodes, in: group,
                    into: &rows)
            }
            let info = FieldInfo(
                contextBox: contextBox, arguments: arguments, field: definition, parentType: objectType, fieldNodes: nodes,
                fragments: fragments)
            do {
                switch resolver.resolver {
                case .sync(let resolve): output = try resolve(group.batch, info)
                case .async(let resolve): output = try await resolve(group.batch, info)
                }
            } catch {
                return failAll(errorMapper(error), field: definition, key: key, nodes: nodes, in: group, into: &rows)
            }
        }
        var failed: [Bool]? = nil
        if !output.errors.isEmpty {
            var marks = [Bool](repeating: false, count: group.batch.count)
            for (index, error) in output.errors {
                marks[index] = true
                record(errorMapper(error), at: group.path(of: index) + [.key(key)], nodes: nodes)
            }
            failed = marks
        }
        let place = FieldPlace(field: field, parentType: objectType, key: key, nodes: nodes, group: group)
        switch output.output {
        case .leaves(var column):
            var shortcut = LeafShortcut(field.type)
            let nonNull = field.type.isNonNull
            var listPath: [Int] = []
            let count = column.count
            var index = 0
            while index < count {
                // Most values need no completion: find the next one that does while only borrowing the column.
                index = column.withUnsafeBufferPointer { values in
                    var next = index
                    while next < count, failed?[next] != true, shortcut.accepts(values[next]) { next += 1 }
                    return next
                }
                guard index < count else { break }
                if failed?[index] == true {
                    rows.fail(&column, at: index, nonNull: nonNull)
                } else if let completed = completeLeaf(
                    column[index], type: field.type, place: place, item: index, listPath: &listPath)
                {
                    column[index] = completed
                } else {
                    rows.fail(&column, at: index, nonNull: nonNull)
                }
                index += 1
            }
            rows.add(key, values: consume column)
        case .children(let codes, let children):
            await completeChildren(codes: codes, children: children, place: place, failed: failed, into: &rows)
        }
    }

    /// Every object of the group gets null for the field, with the error at each object's path.
    private func failAll(
        _ error: GraphQLError, field: GraphQLField, key: String, nodes: FieldNodes, in group: GroupPlace,
        into rows: inout Rows
    ) {
        var column = [JSONValue](repeating: .null, count: group.batch.count)
        for index in 0..<group.batch.count {
            record(error, at: group.path(of: index) + [.key(key)], nodes: nodes)
            rows.fail(&column, at: index, nonNull: field.type.isNonNull)
        }
        rows.add(key, values: consume column)
    }

    /// Adds a field error with the field's location and a response path.
    func record(_ error: GraphQLError, at path: [PathComponent], nodes: FieldNodes) {
        var error = error
        if error.locations.isEmpty { error.locations = [source.location(of: nodes.first.loc.start)] }
        error.path = path
        errors.append(error)
    }
}

/// The columns of a group being filled field by field; a nulled object became null because a non-null field
/// of it failed.
struct Rows {
    var keys: [String] = []
    /// Where each column is, in key order; the group fills in the key ends.
    var layout: [ColumnEntry] = []
    var leafColumns: [[JSONValue]] = []
    var childColumns: [ChildColumn] = []
    /// Made at the first nulled object; empty: none is.
    private(set) var nulled: [Bool] = []
    let rowCount: Int

    init(count: Int, fieldCount: Int) {
        keys.reserveCapacity(fieldCount)
        layout.reserveCapacity(fieldCount)
        leafColumns.reserveCapacity(fieldCount)
        rowCount = count
    }

    /// The object at `index` becomes null: a non-null field of it failed.
    mutating func markNulled(_ index: Int) {
        if nulled.isEmpty { nulled = Array(repeating: false, count: rowCount) }
        nulled[index] = true
    }

    /// A column of leaf values, one per object.
    mutating func add(_ key: String, values: consuming [JSONValue]) {
        keys.append(key)
        layout.append(ColumnEntry(keyEnd: 0, slot: Int32(leafColumns.count)))
        leafColumns.append(values)
    }

    mutating func add(_ key: String, children: ChildColumn) {
        keys.append(key)
        layout.append(ColumnEntry(keyEnd: 0, slot: -1 - Int32(childColumns.count)))
        // Reserved at the first: most groups have none, and growing by doubling allocates again and again.
        if childColumns.capacity == 0 { childColumns.reserveCapacity(keys.capacity - keys.count + 1) }
        childColumns.append(children)
    }

    /// The field of an object failed: null, or the whole object null when the field is non-null.
    mutating func fail(_ column: inout [JSONValue], at index: Int, nonNull: Bool) {
        column[index] = .null
        if nonNull { markNulled(index) }
    }
}

/// Leaf values whose result coercion would return them unchanged: a string for String or ID, a boolean for
/// Boolean, a 32-bit integer for Int, a defined name for an enum, anything for a scalar without `serialize`,
/// and null where null is allowed.
struct LeafShortcut {
    private enum Kind {
        case other
        case stringLike
        case boolean
        case int
        case unchanged
        case enumeration(GraphQLEnumType)
    }

    private let kind: Kind
    private let nullable: Bool
    /// Enum names already found in the enum, so repeated values skip the lookup.
    private var knownNames: [String] = []

    init(_ type: GraphQLType) {
        var named = type
        if case .nonNull(let inner) = type { named = inner }
        nullable = !type.isNonNull
        switch named {
        case .named(.scalar(let scalar)):
            if scalar === GraphQLScalarType.string || scalar === GraphQLScalarType.id {
                kind = .stringLike
            } else if scalar === GraphQLScalarType.boolean {
                kind = .boolean
            } else if scalar === GraphQLScalarType.int {
                kind = .int
            } else {
                kind = scalar.serializesUnchanged ? .unchanged : .other
            }
        case .named(.enumType(let enumType)): kind = .enumeration(enumType)
        default: kind = .other
        }
    }

    /// Tests the kind first and the value's case after, so the value is only looked at, never put into a tuple
    /// with the kind (which may copy it: a retain and release of its string for every leaf of the column).
    mutating func accepts(_ value: JSONValue) -> Bool {
        if case .null = value { return nullable }
        switch kind {
        case .unchanged: return true
        case .stringLike:
            if case .string = value { return true }
            return false
        case .boolean:
            if case .bool = value { return true }
            return false
        case .int:
            guard case .int(let number) = value else { return false }
            return number >= GraphQLScalarType.minInt && number <= GraphQLScalarType.maxInt
        case .enumeration(let enumType):
            guard case .string(let name) = value else { return false }
            if knownNames.contains(name) { return true }
            guard enumType.valueMap[name] != nil else { return false }
            if knownNames.count < 8 { knownNames.append(name) }
            return true
        case .other: return false
        }
    }
}

/// Where a group sits: its bound type, its objects, and how to find each object's response path.
struct GroupPlace {
    let bound: BoundObjectType
    let batch: any ObjectBatch
    let trail: Trail
    /// Maps a group index to the trail's index when a group is a part of a level (abstract types).
    let trailIndex: [Int32]?

    func trailPosition(of index: Int) -> Int { trailIndex.map { Int($0[index]) } ?? index }

    func path(of index: Int) -> [PathComponent] { trail.path(of: trailPosition(of: index)) }
}

/// The field being completed, for error messages and paths.
struct FieldPlace {
    let field: GraphQLField
    let parentType: GraphQLObjectType
    let key: String
    let nodes: FieldNodes
    let group: GroupPlace

    func path(item: Int, listPath: [Int]) -> [PathComponent] {
        group.path(of: item) + [.key(key)] + listPath.map { .index($0) }
    }
}

/// Response paths of a level's objects, kept per level rather than per object: each object's parent in the level
/// above and the list indices between them are worked out from the shape codes only when an error needs a path.
final class Trail {
    let parent: Trail?
    let key: String
    private let codes: [Int32]
    /// The parent trail's position of each parent object, in the order the codes list them; nil: identity.
    private let parentPositions: [Int32]?
    private var parentIndex: [Int32] = []
    private var listStart: [Int32] = []
    private var listIndices: [Int32] = []
    private var resolved = false

    init(root: Void) {
        parent = nil
        key = ""
        codes = []
        parentPositions = nil
    }

    init(parent: Trail, key: String, codes: [Int32], parentPositions: [Int32]?) {
        self.parent = parent
        self.key = key
        self.codes = codes
        self.parentPositions = parentPositions
    }

    func path(of index: Int) -> [PathComponent] {
        var reversed: [PathComponent] = []
        var trail = self
        var position = index
        while let parent = trail.parent {
            trail.resolve()
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

    private func resolve() {
        guard !resolved else { return }
        resolved = true
        var position = 0
        var stack: [Int32] = []
        var parent = 0
        while position < codes.count {
            let parentPosition = parentPositions.map { $0[parent] } ?? Int32(parent)
            assign(&position, parent: parentPosition, stack: &stack)
            parent += 1
        }
    }

    private func assign(_ position: inout Int, parent: Int32, stack: inout [Int32]) {
        let code = codes[position]
        position += 1
        if code >= 0 {
            parentIndex.append(parent)
            listStart.append(Int32(listIndices.count))
            listIndices.append(contentsOf: stack)
        } else if code == ShapeEncoder<Never>.listCode {
            let count = Int(codes[position])
            position += 1
            for index in 0..<count {
                stack.append(Int32(index))
                assign(&position, parent: parent, stack: &stack)
                stack.removeLast()
            }
        }
    }
}
