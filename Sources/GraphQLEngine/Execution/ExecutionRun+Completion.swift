/// CompleteValue: result coercion of leaves, and the next level for objects, with null propagation.
///
/// A nil result means "null because of an error here": a non-null position passes it up to the nearest
/// nullable one, which turns it into `null`.
extension ExecutionRun {
    func completeLeaf(
        _ value: JSONValue, type: GraphQLType, place: FieldPlace<Context>, item: Int, listPath: inout [Int]
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
        _ value: JSONValue, as type: GraphQLNamedType, place: FieldPlace<Context>, item: Int, listPath: [Int]
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

    private func nonNullViolation(place: FieldPlace<Context>, item: Int, listPath: [Int]) {
        fieldError(
            "Cannot return null for non-nullable field \(place.parentType.name).\(place.field.name).", place: place,
            item: item, listPath: listPath)
    }

    private func fieldError(_ message: String, place: FieldPlace<Context>, item: Int, listPath: [Int]) {
        record(GraphQLError(message), at: place.path(item: item, listPath: listPath), nodes: place.nodes)
    }

    /// Runs the next level for the objects a field returned, then rebuilds each parent's value from the shape codes.
    func completeChildren(
        codes: [Int32], children: any ObjectBatch, place: FieldPlace<Context>, failed: [Bool]?, into rows: inout Rows
    ) async {
        let parentCount = place.group.batch.count
        let childTrail = Trail(
            parent: place.group.trail, key: place.key, codes: codes, parentPositions: place.group.trailIndex)
        let childResults = await executeChildren(children, place: place, trail: childTrail)
        var position = 0
        var listPath: [Int] = []
        let fieldType = place.field.type
        for parent in 0..<parentCount {
            if failed?[parent] == true {
                skipValue(codes, &position)
                rows.store(fieldType.isNonNull ? nil : .null, key: place.key, at: parent)
                continue
            }
            let value = decode(
                codes, &position, type: fieldType, childResults: childResults, place: place, item: parent,
                listPath: &listPath)
            rows.store(value ?? (fieldType.isNonNull ? nil : .null), key: place.key, at: parent)
        }
    }

    private func skipValue(_ codes: [Int32], _ position: inout Int) {
        let code = codes[position]
        position += 1
        guard code == ShapeEncoder<Never>.listCode else { return }
        let count = Int(codes[position])
        position += 1
        for _ in 0..<count { skipValue(codes, &position) }
    }

    private func decode(
        _ codes: [Int32], _ position: inout Int, type: GraphQLType, childResults: [JSONValue?],
        place: FieldPlace<Context>, item: Int, listPath: inout [Int]
    ) -> JSONValue? {
        let code = codes[position]
        switch type {
        case .nonNull(let inner):
            if code == ShapeEncoder<Never>.nullCode {
                position += 1
                nonNullViolation(place: place, item: item, listPath: listPath)
                return nil
            }
            return decode(codes, &position, type: inner, childResults: childResults, place: place, item: item, listPath: &listPath)
        case .list(let itemType):
            if code == ShapeEncoder<Never>.nullCode {
                position += 1
                return .null
            }
            guard code == ShapeEncoder<Never>.listCode else {
                position += 1
                fieldError(
                    "Expected Iterable, but did not find one for field \"\(place.parentType.name).\(place.field.name)\".",
                    place: place, item: item, listPath: listPath)
                return nil
            }
            let count = Int(codes[position + 1])
            position += 2
            var items: [JSONValue] = []
            items.reserveCapacity(count)
            var propagate = false
            for index in 0..<count {
                listPath.append(index)
                let value = decode(
                    codes, &position, type: itemType, childResults: childResults, place: place, item: item, listPath: &listPath)
                listPath.removeLast()
                if let value {
                    items.append(value)
                } else if itemType.isNonNull {
                    propagate = true
                } else {
                    items.append(.null)
                }
            }
            return propagate ? nil : .list(items)
        case .named:
            if code == ShapeEncoder<Never>.nullCode {
                position += 1
                return .null
            }
            if code == ShapeEncoder<Never>.listCode {
                skipValue(codes, &position)
                fieldError(
                    "Field \"\(place.parentType.name).\(place.field.name)\" returned a list where one object was expected.",
                    place: place, item: item, listPath: listPath)
                return nil
            }
            position += 1
            return childResults[Int(code)]
        }
    }

    /// Executes the selection below a field for all of its child objects; abstract types split them by object type.
    private func executeChildren(_ children: any ObjectBatch, place: FieldPlace<Context>, trail: Trail) async -> [JSONValue?] {
        let selectionSets = place.nodes.compactMap(\.selectionSet)
        let namedType = place.field.type.namedType
        if case .object(let objectType) = namedType {
            guard let bound = executable.objects[ObjectIdentifier(objectType)] else {
                return Array(repeating: nil, count: children.count)
            }
            return await executeGroup(bound, batch: children, selectionSets: selectionSets, trail: trail, trailIndex: nil)
        }
        var results = [JSONValue?](repeating: nil, count: children.count)
        guard let abstract = executable.abstracts[namedType.id] else { return results }
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
                let bound = executable.objects[ObjectIdentifier(objectType)],
                let batch = bound.makeBatch(group.values)
            else {
                for index in group.indices {
                    record(
                        GraphQLError("Runtime Object type \"\(typeName)\" is not a possible type for \"\(namedType.name)\"."),
                        at: trail.path(of: Int(index)), nodes: place.nodes)
                }
                continue
            }
            let values = await executeGroup(
                bound, batch: batch, selectionSets: selectionSets, trail: trail, trailIndex: group.indices)
            for (offset, index) in group.indices.enumerated() { results[Int(index)] = values[offset] }
        }
        return results
    }
}
