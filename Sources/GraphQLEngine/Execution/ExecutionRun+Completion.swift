/// CompleteValue: result coercion of leaves, and the next level for objects, with null propagation.
///
/// A nil result means "null because of an error here": a non-null position passes it up to the nearest
/// nullable one, which turns it into `null`.
extension ExecutionRun {
    func completeLeaf(
        _ value: JSONValue, type: GraphQLType, place: FieldPlace, item: Int, listPath: inout [Int]
    ) -> JSONValue? {
        switch type {
        case .nonNull(let inner):
            if value.isNull {
                nonNullViolation(place: place, item: item, listPath: listPath)
                return nil
            }
            return completeLeaf(value, type: inner, place: place, item: item, listPath: &listPath)
        case .list(let itemType):
            if value.isNull { return .null }
            guard case .list(let items) = value else {
                fieldError(
                    "Expected Iterable, but did not find one for field \"\(place.parentType.name).\(place.field.name)\".",
                    place: place, item: item, listPath: listPath)
                return nil
            }
            var completed: [JSONValue] = []
            completed.reserveCapacity(items.count)
            for (index, element) in items.enumerated() {
                listPath.append(index)
                let result = completeLeaf(element, type: itemType, place: place, item: item, listPath: &listPath)
                listPath.removeLast()
                guard let result else {
                    if itemType.isNonNull { return nil }
                    completed.append(.null)
                    continue
                }
                completed.append(result)
            }
            return .list(completed)
        case .named(let named):
            if value.isNull { return .null }
            return serialize(value, as: named, place: place, item: item, listPath: listPath)
        }
    }

    private func serialize(
        _ value: JSONValue, as type: GraphQLNamedType, place: FieldPlace, item: Int, listPath: [Int]
    ) -> JSONValue? {
        switch type {
        case .scalar(let scalar):
            // The common cases need no coercion: a string for String or ID, a boolean for Boolean.
            if case .string = value, scalar === GraphQLScalarType.string || scalar === GraphQLScalarType.id { return value }
            if case .bool = value, scalar === GraphQLScalarType.boolean { return value }
            do {
                return try scalar.serialize(value)
            } catch {
                fieldError(error.message, place: place, item: item, listPath: listPath)
                return nil
            }
        case .enumType(let enumType):
            if case .string(let name) = value, enumType.valueMap[name] != nil { return value }
            fieldError(
                "Enum \"\(enumType.name)\" cannot represent value: \(inspect(value))", place: place, item: item,
                listPath: listPath)
            return nil
        default:
            fieldError(
                "Field \"\(place.parentType.name).\(place.field.name)\" returned a leaf value for \(type.name).",
                place: place, item: item, listPath: listPath)
            return nil
        }
    }

    private func nonNullViolation(place: FieldPlace, item: Int, listPath: [Int]) {
        fieldError(
            "Cannot return null for non-nullable field \(place.parentType.name).\(place.field.name).", place: place,
            item: item, listPath: listPath)
    }

    private func fieldError(_ message: String, place: FieldPlace, item: Int, listPath: [Int]) {
        record(GraphQLError(message), at: place.path(item: item, listPath: listPath), nodes: place.nodes)
    }

    /// Runs the next level for the objects a field returned, then writes each parent's value as shape codes
    /// with nulls propagated.
    func completeChildren(
        codes: [Int32], children: any ObjectBatch, place: FieldPlace, failed: [Bool]?, into rows: inout Rows
    ) async {
        let parentCount = place.group.batch.count
        let childTrail = Trail(
            parent: place.group.trail, key: place.key, codes: codes, parentPositions: place.group.trailIndex)
        let targets = await executeChildren(children, place: place, trail: childTrail)
        let shape = TypeShape(place.field.type)
        let childIsNull = targets.nullTable(count: children.count)
        // Most columns need no completion: no parent failed, no null where the type forbids one, no child object
        // nulled. Their codes are kept as they are, and a column of one code per parent needs no starts either.
        if failed == nil {
            let clean = codes.withUnsafeBufferPointer { codes in
                childIsNull.withUnsafeBufferPointer { childIsNull in
                    var position = 0
                    for _ in 0..<parentCount {
                        guard isClean(codes, &position, shape: shape, depth: 0, childIsNull: childIsNull) else {
                            return false
                        }
                    }
                    return position == codes.count
                }
            }
            if clean {
                let starts = codes.count == parentCount ? [] : Self.starts(of: codes, parentCount: parentCount)
                rows.add(place.key, children: ChildColumn(codes: codes, starts: starts, targets: targets))
                return
            }
        }
        var position = 0
        var listPath: [Int] = []
        var completed: [Int32] = []
        completed.reserveCapacity(codes.count)
        var starts: [Int32] = []
        starts.reserveCapacity(parentCount)
        codes.withUnsafeBufferPointer { codes in
            childIsNull.withUnsafeBufferPointer { childIsNull in
                for parent in 0..<parentCount {
                    starts.append(Int32(completed.count))
                    if failed?[parent] == true {
                        Self.skipValue(codes, &position)
                        completed.append(ShapeEncoder<Never>.nullCode)
                        if shape.isNonNull(0) { rows.markNulled(parent) }
                        continue
                    }
                    let mark = completed.count
                    let valid = decode(
                        codes, &position, shape: shape, depth: 0, childIsNull: childIsNull, place: place,
                        item: parent, listPath: &listPath, into: &completed)
                    if !valid {
                        completed.removeSubrange(mark...)
                        completed.append(ShapeEncoder<Never>.nullCode)
                        if shape.isNonNull(0) { rows.markNulled(parent) }
                    }
                }
            }
        }
        rows.add(place.key, children: ChildColumn(codes: completed, starts: starts, targets: targets))
    }

    /// Where each parent's value starts in `codes`.
    private static func starts(of codes: [Int32], parentCount: Int) -> [Int32] {
        var starts: [Int32] = []
        starts.reserveCapacity(parentCount)
        codes.withUnsafeBufferPointer { codes in
            var position = 0
            for _ in 0..<parentCount {
                starts.append(Int32(position))
                skipValue(codes, &position)
            }
        }
        return starts
    }

    /// Whether a value needs no completion: what `decode` would copy unchanged and without an error.
    private func isClean(
        _ codes: UnsafeBufferPointer<Int32>, _ position: inout Int, shape: TypeShape, depth: Int,
        childIsNull: UnsafeBufferPointer<Bool>
    ) -> Bool {
        guard position < codes.count else { return false }
        let code = codes[position]
        position += 1
        var depth = depth
        if shape.isNonNull(depth) {
            if code == ShapeEncoder<Never>.nullCode { return false }
            depth += 1
        }
        if code == ShapeEncoder<Never>.nullCode { return true }
        if shape.isList(depth) {
            guard code == ShapeEncoder<Never>.listCode, position < codes.count else { return false }
            let count = Int(codes[position])
            position += 1
            for _ in 0..<count {
                guard isClean(codes, &position, shape: shape, depth: depth + 1, childIsNull: childIsNull) else {
                    return false
                }
            }
            return true
        }
        guard code >= 0 else { return false }
        return childIsNull.isEmpty || !childIsNull.checked(Int(code))
    }

    private static func skipValue(_ codes: UnsafeBufferPointer<Int32>, _ position: inout Int) {
        let code = codes.checked(position)
        position += 1
        guard code == ShapeEncoder<Never>.listCode else { return }
        let count = Int(codes.checked(position))
        position += 1
        for _ in 0..<count { Self.skipValue(codes, &position) }
    }

    /// Completes one value: appends its codes, or returns false for a null caused by an error, which the nearest
    /// nullable position turns into null. `depth` is the value's place among the field type's wrappers.
    private func decode(
        _ codes: UnsafeBufferPointer<Int32>, _ position: inout Int, shape: TypeShape, depth: Int,
        childIsNull: UnsafeBufferPointer<Bool>, place: FieldPlace, item: Int, listPath: inout [Int],
        into completed: inout [Int32]
    ) -> Bool {
        let code = codes.checked(position)
        var depth = depth
        if shape.isNonNull(depth) {
            if code == ShapeEncoder<Never>.nullCode {
                position += 1
                nonNullViolation(place: place, item: item, listPath: listPath)
                return false
            }
            depth += 1
        }
        if code == ShapeEncoder<Never>.nullCode {
            position += 1
            completed.append(code)
            return true
        }
        if shape.isList(depth) {
            guard code == ShapeEncoder<Never>.listCode else {
                position += 1
                fieldError(
                    "Expected Iterable, but did not find one for field \"\(place.parentType.name).\(place.field.name)\".",
                    place: place, item: item, listPath: listPath)
                return false
            }
            let count = codes.checked(position + 1)
            position += 2
            completed.append(code)
            completed.append(count)
            let itemDepth = depth + 1
            let itemIsNonNull = shape.isNonNull(itemDepth)
            var propagate = false
            for index in 0..<Int(count) {
                listPath.append(index)
                let mark = completed.count
                let valid = decode(
                    codes, &position, shape: shape, depth: itemDepth, childIsNull: childIsNull, place: place,
                    item: item, listPath: &listPath, into: &completed)
                listPath.removeLast()
                if !valid {
                    if itemIsNonNull {
                        propagate = true
                    } else {
                        completed.removeSubrange(mark...)
                        completed.append(ShapeEncoder<Never>.nullCode)
                    }
                }
            }
            return !propagate
        }
        if code == ShapeEncoder<Never>.listCode {
            Self.skipValue(codes, &position)
            fieldError(
                "Field \"\(place.parentType.name).\(place.field.name)\" returned a list where one object was expected.",
                place: place, item: item, listPath: listPath)
            return false
        }
        position += 1
        if !childIsNull.isEmpty && childIsNull.checked(Int(code)) { return false }
        completed.append(code)
        return true
    }

    /// Executes the selection below a field for all of its child objects; abstract types split them by object type.
    private func executeChildren(_ children: any ObjectBatch, place: FieldPlace, trail: Trail) async -> ChildTargets {
        let selectionSets = place.nodes.selectionSets
        let namedType = place.field.type.namedType
        if case .object(let objectType) = namedType {
            guard let bound = objects[ObjectIdentifier(objectType)] else { return .none }
            let group = await executeGroup(bound, batch: children, selectionSets: selectionSets, trail: trail, trailIndex: nil)
            return ChildTargets(groups: [group])
        }
        guard let abstract = abstracts[namedType.id] else { return .none }
        var groupOf = [Int32](repeating: -1, count: children.count)
        var rowOf = [Int32](repeating: 0, count: children.count)
        var results: [ResultGroup] = []
        let members = abstract.split(children)
        var groups: [String: (indices: [Int32], values: [any Sendable])] = [:]
        var order: [String] = []
        for (index, member) in members.enumerated() {
            if groups[member.typeName] == nil {
                groups[member.typeName] = ([], [])
                order.append(member.typeName)
            }
            groups[member.typeName]!.indices.append(Int32(index))
            groups[member.typeName]!.values.append(member.value)
        }
        for typeName in order {
            let group = groups[typeName]!
            guard case .object(let objectType)? = schema.type(named: typeName),
                schema.isPossibleType(abstract: namedType, object: objectType),
                let bound = objects[ObjectIdentifier(objectType)],
                let batch = bound.makeBatch(group.values)
            else {
                for index in group.indices {
                    record(
                        GraphQLError("Runtime Object type \"\(typeName)\" is not a possible type for \"\(namedType.name)\"."),
                        at: trail.path(of: Int(index)), nodes: place.nodes)
                }
                continue
            }
            let result = await executeGroup(
                bound, batch: batch, selectionSets: selectionSets, trail: trail, trailIndex: group.indices)
            for (offset, index) in group.indices.enumerated() {
                groupOf[Int(index)] = Int32(results.count)
                rowOf[Int(index)] = Int32(offset)
            }
            results.append(result)
        }
        return ChildTargets(groups: results, groupOf: groupOf, rowOf: rowOf)
    }
}

/// A field type's list and non-null wrappers, outermost first, so that completing each value of a column tests
/// bits instead of taking the type's `indirect` enum apart (a retain and release of a box per wrapper and value).
/// Layer `i` is non-null, a list, or (neither) the named type.
struct TypeShape {
    private var nonNullBits: UInt64 = 0
    private var listBits: UInt64 = 0
    /// Layers past the 64th, for absurdly nested types.
    private var deepNonNull: [Bool] = []
    private var deepList: [Bool] = []

    init(_ type: GraphQLType) {
        var layer = 0
        var current = type
        while true {
            let isNonNull: Bool
            switch current {
            case .nonNull(let inner):
                isNonNull = true
                current = inner
            case .list(let inner):
                isNonNull = false
                current = inner
            case .named: return
            }
            if layer < 64 {
                if isNonNull { nonNullBits |= 1 << UInt64(layer) } else { listBits |= 1 << UInt64(layer) }
            } else {
                deepNonNull.append(isNonNull)
                deepList.append(!isNonNull)
            }
            layer += 1
        }
    }

    @inline(__always)
    func isNonNull(_ layer: Int) -> Bool {
        if layer < 64 { return nonNullBits & (1 << UInt64(layer)) != 0 }
        return layer - 64 < deepNonNull.count && deepNonNull[layer - 64]
    }

    @inline(__always)
    func isList(_ layer: Int) -> Bool {
        if layer < 64 { return listBits & (1 << UInt64(layer)) != 0 }
        return layer - 64 < deepList.count && deepList[layer - 64]
    }
}
