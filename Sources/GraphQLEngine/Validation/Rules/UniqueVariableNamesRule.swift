/// Variable Uniqueness: no two variables of an operation share a name (spec 5.8.1).
public final class UniqueVariableNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterOperation]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterOperation(_ node: OperationDefinition) {
        let definitions = node.variableDefinitions
        guard definitions.count > 1, hasDuplicate(definitions.map(\.variable.name)) else { return }
        for (name, offsets) in groupedOffsets(node.variableDefinitions.map(\.variable.name)) where offsets.count > 1 {
            context.report("There can be only one variable named \"$\(name)\".", offsets: offsets)
        }
    }
}

/// True when two of the names are equal; pairwise, as name lists are short.
func hasDuplicate(_ names: [Name]) -> Bool {
    for i in names.indices {
        for j in (i + 1)..<names.count where names[i].value == names[j].value { return true }
    }
    return false
}

/// Names grouped by value in order of first appearance, each with the offsets of its occurrences.
func groupedOffsets(_ names: [Name]) -> [(String, [Int])] {
    var groups: [(String, [Int])] = []
    if names.count < 2 { return names.map { ($0.value, [$0.loc.start]) } }
    var indexByName: [String: Int] = [:]
    for name in names {
        if let index = indexByName[name.value] {
            groups[index].1.append(name.loc.start)
        } else {
            indexByName[name.value] = groups.count
            groups.append((name.value, [name.loc.start]))
        }
    }
    return groups
}
