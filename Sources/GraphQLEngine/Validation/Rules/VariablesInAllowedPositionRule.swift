/// All Variable Usages Are Allowed: a variable's type fits every position it is used in (spec 5.8.5).
public final class VariablesInAllowedPositionRule: ValidationRule {
    public static let hooks: ValidationHooks = [.leaveOperation, .leaveDocument]
    let context: ValidationContext
    /// Operations to check once every fragment's usages are known.
    private var operations: [(index: Int, node: OperationDefinition)] = []

    public init(context: ValidationContext) { self.context = context }

    public func leaveOperation(_ node: OperationDefinition) {
        if !node.variableDefinitions.isEmpty { operations.append((context.currentDefinitionIndex, node)) }
    }

    public func leaveDocument(_ node: Document) {
        let schema = context.schema
        for (index, operation) in operations {
            let definitions = operation.variableDefinitions
            // Resolved once per definition; the last definition of a name wins, as in a map built from them.
            let types = definitions.map { schema.type(from: $0.type) }
            for usage in context.recursiveVariableUsages(ofDefinition: index) {
                let name = usage.variable.name.value
                guard let position = definitions.lastIndex(where: { $0.variable.name.value == name }),
                    let locationType = usage.type, let variableType = types[position]
                else { continue }
                let definition = definitions[position]
                if isAllowed(variableType, definition.defaultValue, in: locationType, usage.hasLocationDefault) { continue }
                context.report(
                    "Variable \"$\(name)\" of type \"\(variableType.description)\" used in position expecting type "
                        + "\"\(locationType.description)\".",
                    definition.loc.start, usage.variable.loc.start)
            }
        }
    }

    /// A nullable variable fits a non-null position only when it or the position has a non-null default.
    private func isAllowed(
        _ variableType: GraphQLType, _ variableDefault: Value?, in locationType: GraphQLType, _ locationHasDefault: Bool
    ) -> Bool {
        if case .nonNull(let nullableLocation) = locationType, !variableType.isNonNull {
            var hasNonNullDefault = false
            if let variableDefault {
                if case .null = variableDefault {} else { hasNonNullDefault = true }
            }
            if !hasNonNullDefault && !locationHasDefault { return false }
            return context.schema.isTypeSubType(variableType, of: nullableLocation)
        }
        return context.schema.isTypeSubType(variableType, of: locationType)
    }
}
