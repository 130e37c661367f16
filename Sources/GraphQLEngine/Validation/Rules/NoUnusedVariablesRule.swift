/// All Variables Used: every variable an operation defines is used by it or its fragments (spec 5.8.4).
public final class NoUnusedVariablesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.leaveOperation, .leaveDocument]
    let context: ValidationContext
    /// Operations to check once every fragment's usages are known.
    private var operations: [(index: Int, node: OperationDefinition)] = []

    public init(context: ValidationContext) { self.context = context }

    public func leaveOperation(_ node: OperationDefinition) {
        if !node.variableDefinitions.isEmpty { operations.append((context.currentDefinitionIndex, node)) }
    }

    public func leaveDocument(_ node: Document) {
        for (index, operation) in operations {
            let used = NameLookup(context.recursiveVariableUsages(ofDefinition: index).map(\.variable.name.value))
            for definition in operation.variableDefinitions where !used.contains(definition.variable.name.value) {
                let name = definition.variable.name.value
                let message =
                    operation.name.map { "Variable \"$\(name)\" is never used in operation \"\($0.value)\"." }
                    ?? "Variable \"$\(name)\" is never used."
                context.report(message, definition.loc.start)
            }
        }
    }
}
