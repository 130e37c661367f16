/// Field Selection Merging: fields with the same response name are the same field with the same arguments,
/// or sit under parent types that can never both apply, and their shapes agree (spec 5.3.2).
///
/// Follows graphql-js's algorithm: field sets are collected once per selection set and cached; fragment pairs
/// already compared are remembered, so each conflict is reported once, at the nearest common selection set.
public final class OverlappingFieldsCanBeMergedRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterSelectionSet]
    let context: ValidationContext
    @exclusivity(unchecked) private var cache: [Int: FieldsAndFragments] = [:]
    @exclusivity(unchecked) private var comparedFragmentPairs = FragmentPairSet()

    public init(context: ValidationContext) { self.context = context }

    public func enterSelectionSet(_ node: SelectionSet) {
        if hasOnlyDistinctFields(node) { return }
        for conflict in conflictsWithin(node, parentType: context.typeInfo.parentType) {
            context.report(
                "Fields \"\(conflict.responseName)\" conflict because \(conflict.reason.message). "
                    + "Use different aliases on the fields to fetch both if this was intentional.",
                offsets: conflict.fields1 + conflict.fields2)
        }
    }

    /// Response keys of the selection set being checked, kept between calls to spare allocations.
    @exclusivity(unchecked) private var keys: [String] = []

    /// True when a selection set spreads no fragment and no two of its fields, inline fragments flattened,
    /// share a response key: nothing in it can conflict, and most selection sets are like that.
    private func hasOnlyDistinctFields(_ node: SelectionSet) -> Bool {
        keys.removeAll(keepingCapacity: true)
        guard gatherKeys(node) else { return false }
        if keys.count > 32 { return Set(keys).count == keys.count }
        for i in keys.indices {
            for j in (i + 1)..<keys.count where keys[i] == keys[j] { return false }
        }
        return true
    }

    private func gatherKeys(_ node: SelectionSet) -> Bool {
        var fieldsOnly = true
        forEachBorrowed(node.selections) { selection, _ in
            guard fieldsOnly else { return }
            switch selection {
            case .field(let field): keys.append(field.alias?.value ?? field.name.value)
            case .inlineFragment(let inline): fieldsOnly = gatherKeys(inline.selectionSet)
            case .fragmentSpread: fieldsOnly = false
            }
        }
        return fieldsOnly
    }

    // MARK: - Comparing

    private func conflictsWithin(_ selectionSet: SelectionSet, parentType: GraphQLNamedType?) -> [FieldConflict] {
        var conflicts: [FieldConflict] = []
        let collected = fieldsAndFragments(selectionSet, parentType: parentType)
        for (responseName, fields) in collected.fields where fields.count > 1 {
            for i in 0..<fields.count {
                for j in (i + 1)..<fields.count {
                    if let conflict = findConflict(false, responseName, fields[i], fields[j]) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
        let names = collected.fragmentNames
        for i in 0..<names.count {
            collectBetweenFieldsAndFragment(&conflicts, false, collected, names[i])
            for j in (i + 1)..<names.count {
                collectBetweenFragments(&conflicts, false, names[i], names[j])
            }
        }
        return conflicts
    }

    private func collectBetweenFieldsAndFragment(
        _ conflicts: inout [FieldConflict], _ mutuallyExclusive: Bool, _ fields: FieldsAndFragments,
        _ fragmentName: String
    ) {
        guard let fragment = context.fragmentSelection(named: fragmentName) else { return }
        let referencedNames: [String]
        if fields.fields.isEmpty {
            // Nothing to compare the fragment's fields with: only the fragments it spreads matter.
            referencedNames = fragmentNames(of: fragment)
        } else {
            let referenced = referencedFieldsAndFragments(fragment)
            // A fragment's fields are not compared with themselves.
            if fields === referenced { return }
            collectBetween(&conflicts, mutuallyExclusive, fields, referenced)
            referencedNames = referenced.fragmentNames
        }
        for referencedName in referencedNames {
            if comparedFragmentPairs.contains(referencedName, fragmentName, mutuallyExclusive) { continue }
            comparedFragmentPairs.insert(referencedName, fragmentName, mutuallyExclusive)
            collectBetweenFieldsAndFragment(&conflicts, mutuallyExclusive, fields, referencedName)
        }
    }

    private func collectBetweenFragments(
        _ conflicts: inout [FieldConflict], _ mutuallyExclusive: Bool, _ name1: String, _ name2: String
    ) {
        if name1 == name2 { return }
        if comparedFragmentPairs.contains(name1, name2, mutuallyExclusive) { return }
        comparedFragmentPairs.insert(name1, name2, mutuallyExclusive)
        guard let fragment1 = context.fragmentSelection(named: name1),
            let fragment2 = context.fragmentSelection(named: name2)
        else {
            return
        }
        let referenced1 = referencedFieldsAndFragments(fragment1)
        let referenced2 = referencedFieldsAndFragments(fragment2)
        collectBetween(&conflicts, mutuallyExclusive, referenced1, referenced2)
        for name in referenced2.fragmentNames {
            collectBetweenFragments(&conflicts, mutuallyExclusive, name1, name)
        }
        for name in referenced1.fragmentNames {
            collectBetweenFragments(&conflicts, mutuallyExclusive, name, name2)
        }
    }

    private func conflictsBetweenSubSelections(
        _ mutuallyExclusive: Bool, _ parentType1: GraphQLNamedType?, _ selectionSet1: SelectionSet,
        _ parentType2: GraphQLNamedType?, _ selectionSet2: SelectionSet
    ) -> [FieldConflict] {
        var conflicts: [FieldConflict] = []
        let collected1 = fieldsAndFragments(selectionSet1, parentType: parentType1)
        let collected2 = fieldsAndFragments(selectionSet2, parentType: parentType2)
        collectBetween(&conflicts, mutuallyExclusive, collected1, collected2)
        for name in collected2.fragmentNames {
            collectBetweenFieldsAndFragment(&conflicts, mutuallyExclusive, collected1, name)
        }
        for name in collected1.fragmentNames {
            collectBetweenFieldsAndFragment(&conflicts, mutuallyExclusive, collected2, name)
        }
        for name1 in collected1.fragmentNames {
            for name2 in collected2.fragmentNames {
                collectBetweenFragments(&conflicts, mutuallyExclusive, name1, name2)
            }
        }
        return conflicts
    }

    private func collectBetween(
        _ conflicts: inout [FieldConflict], _ mutuallyExclusive: Bool, _ map1: FieldsAndFragments,
        _ map2: FieldsAndFragments
    ) {
        for (responseName, fields1) in map1.fields {
            guard let fields2 = map2.fields(for: responseName) else { continue }
            for field1 in fields1 {
                for field2 in fields2 {
                    if let conflict = findConflict(mutuallyExclusive, responseName, field1, field2) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    private func findConflict(
        _ parentsMutuallyExclusive: Bool, _ responseName: String, _ field1: CollectedField, _ field2: CollectedField
    ) -> FieldConflict? {
        var mutuallyExclusive = parentsMutuallyExclusive
        if !mutuallyExclusive, case .object(let object1) = field1.parentType, case .object(let object2) = field2.parentType {
            mutuallyExclusive = object1 !== object2
        }
        let node1 = field1.node
        let node2 = field2.node
        let conflict = { (reason: String) in
            FieldConflict(responseName: responseName, reason: .message(reason), fields1: [node1.loc.start], fields2: [node2.loc.start])
        }
        if !mutuallyExclusive {
            if node1.name.value != node2.name.value {
                return conflict("\"\(node1.name.value)\" and \"\(node2.name.value)\" are different fields")
            }
            if !sameArguments(node1.arguments, node2.arguments) {
                return conflict("they have differing arguments")
            }
        }
        let type1 = field1.definition?.type
        let type2 = field2.definition?.type
        if let type1, let type2, typesConflict(type1, type2) {
            return conflict("they return conflicting types \"\(type1.description)\" and \"\(type2.description)\"")
        }
        guard let selectionSet1 = node1.selectionSet, let selectionSet2 = node2.selectionSet else { return nil }
        let subConflicts = conflictsBetweenSubSelections(
            mutuallyExclusive, type1?.namedType, selectionSet1, type2?.namedType, selectionSet2)
        if subConflicts.isEmpty { return nil }
        return FieldConflict(
            responseName: responseName,
            reason: .subfields(subConflicts.map { ($0.responseName, $0.reason) }),
            fields1: [node1.loc.start] + subConflicts.flatMap(\.fields1),
            fields2: [node2.loc.start] + subConflicts.flatMap(\.fields2))
    }

    /// Two output types conflict when their list and non-null wrappers differ or their leaf types differ.
    private func typesConflict(_ type1: GraphQLType, _ type2: GraphQLType) -> Bool {
        switch (type1, type2) {
        case (.list(let item1), .list(let item2)): return typesConflict(item1, item2)
        case (.list, _), (_, .list): return true
        case (.nonNull(let inner1), .nonNull(let inner2)): return typesConflict(inner1, inner2)
        case (.nonNull, _), (_, .nonNull): return true
        case (.named(let named1), .named(let named2)):
            if named1.isLeafType || named2.isLeafType { return named1 != named2 }
            return false
        }
    }

    // MARK: - Collecting

    private func fieldsAndFragments(_ selectionSet: SelectionSet, parentType: GraphQLNamedType?) -> FieldsAndFragments {
        let key = selectionSet.loc.start
        let cacheable = selectionSet.loc.end > 0
        if cacheable, let cached = cache[key] { return cached }
        let collected = FieldsAndFragments()
        collect(selectionSet, parentType: parentType, into: collected)
        if cacheable {
            // Most documents that get here cache a handful of sets: room for them at once spares regrowing.
            if cache.isEmpty { cache.reserveCapacity(16) }
            cache[key] = collected
        }
        return collected
    }

    private func referencedFieldsAndFragments(_ fragment: FragmentSelection) -> FieldsAndFragments {
        let selectionSet = fragment.selectionSet
        if selectionSet.loc.end > 0, let cached = cache[selectionSet.loc.start] { return cached }
        return fieldsAndFragments(selectionSet, parentType: context.schema.typeMap[fragment.typeConditionName])
    }

    /// The fragments a fragment spreads outside its fields, as its collected fields would list them.
    private func fragmentNames(of fragment: FragmentSelection) -> [String] {
        let selectionSet = fragment.selectionSet
        if selectionSet.loc.end > 0, let cached = cache[selectionSet.loc.start] { return cached.fragmentNames }
        var names: [String] = []
        gatherFragmentNames(selectionSet, into: &names)
        return names
    }

    private func gatherFragmentNames(_ selectionSet: SelectionSet, into names: inout [String]) {
        for selection in selectionSet.selections {
            switch selection {
            case .field: continue
            case .fragmentSpread(let spread): if !names.contains(spread.name.value) { names.append(spread.name.value) }
            case .inlineFragment(let inline): gatherFragmentNames(inline.selectionSet, into: &names)
            }
        }
    }

    private func collect(_ selectionSet: SelectionSet, parentType: GraphQLNamedType?, into collected: FieldsAndFragments) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                collected.append(field.responseKey, CollectedField(parentType: parentType, node: field))
            case .fragmentSpread(let spread):
                if !collected.fragmentNames.contains(spread.name.value) { collected.fragmentNames.append(spread.name.value) }
            case .inlineFragment(let inline):
                let type = inline.typeCondition.map { context.schema.typeMap[$0.name.value] } ?? parentType
                collect(inline.selectionSet, parentType: type, into: collected)
            }
        }
    }
}

/// Arguments are the same when each has a counterpart of that name printing the same, object fields sorted.
private func sameArguments(_ arguments1: NodeList<Argument>, _ arguments2: NodeList<Argument>) -> Bool {
    if arguments1.isEmpty { return arguments2.isEmpty }
    if arguments1.count != arguments2.count { return false }
    for argument1 in arguments1 {
        guard let argument2 = arguments2.last(where: { $0.name.value == argument1.name.value }) else { return false }
        if Printer.print(sortedValue(argument1.value)) != Printer.print(sortedValue(argument2.value)) { return false }
    }
    return true
}

/// The value with the fields of every object sorted by name (stable), as graphql-js `sortValueNode`.
private func sortedValue(_ value: Value) -> Value {
    switch value {
    case .list(let items, let loc):
        return .list(NodeList(items.map(sortedValue)), loc)
    case .object(let fields, let loc):
        let sorted = fields.enumerated().sorted { lhs, rhs in
            if lhs.element.name.value == rhs.element.name.value { return lhs.offset < rhs.offset }
            return naturalOrder(lhs.element.name.value, rhs.element.name.value)
        }
        return .object(
            NodeList(
                sorted.map { ObjectField(name: $0.element.name, value: sortedValue($0.element.value), loc: $0.element.loc) }),
            loc)
    default:
        return value
    }
}

/// A field found in a selection set, with the type it was selected on.
private struct CollectedField {
    var parentType: GraphQLNamedType?
    var node: Field

    /// The field's definition on its parent type, looked up only when two fields are compared.
    /// Meta fields have none here, as in graphql-js: only the type's own fields count.
    var definition: GraphQLField? { parentType?.field(named: node.name.value) }
}

/// The fields of a selection set by response name, in order, and the fragments it spreads.
private final class FieldsAndFragments {
    var fields: [(String, [CollectedField])] = []
    /// Built once there are too many response names to search in order.
    var indexByResponseName: [String: Int]?
    var fragmentNames: [String] = []

    func index(of responseName: String) -> Int? {
        if let indexByResponseName { return indexByResponseName[responseName] }
        for index in fields.indices where fields[index].0 == responseName { return index }
        return nil
    }

    func append(_ responseName: String, _ field: CollectedField) {
        if let index = index(of: responseName) {
            fields[index].1.append(field)
            return
        }
        indexByResponseName?[responseName] = fields.count
        fields.append((responseName, [field]))
        if indexByResponseName == nil && fields.count > 16 {
            var index: [String: Int] = [:]
            for (position, entry) in fields.enumerated() { index[entry.0] = position }
            indexByResponseName = index
        }
    }

    func fields(for responseName: String) -> [CollectedField]? {
        index(of: responseName).map { fields[$0].1 }
    }
}

/// Why two fields cannot merge: a reason, or conflicts between their subfields.
private indirect enum ConflictReason {
    case message(String)
    case subfields([(String, ConflictReason)])

    var message: String {
        switch self {
        case .message(let text): return text
        case .subfields(let reasons):
            return reasons.map { "subfields \"\($0.0)\" conflict because \($0.1.message)" }.joined(separator: " and ")
        }
    }
}

private struct FieldConflict {
    var responseName: String
    var reason: ConflictReason
    var fields1: [Int]
    var fields2: [Int]
}

/// Fragment pairs already compared, and whether under mutually exclusive parents.
private struct FragmentPairSet {
    private var data: [String: [String: Bool]] = [:]

    func contains(_ a: String, _ b: String, _ mutuallyExclusive: Bool) -> Bool {
        let (first, second) = a < b ? (a, b) : (b, a)
        guard let result = data[first]?[second] else { return false }
        // A pair compared as mutually exclusive says nothing about the stricter, non-exclusive comparison.
        return mutuallyExclusive ? true : result == mutuallyExclusive
    }

    mutating func insert(_ a: String, _ b: String, _ mutuallyExclusive: Bool) {
        let (first, second) = a < b ? (a, b) : (b, a)
        data[first, default: [:]][second] = mutuallyExclusive
    }
}
