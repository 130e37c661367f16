/// All Variable Uses Defined: every variable an operation uses, through fragments too, is defined by it (spec 5.8.3).
public final class NoUndefinedVariablesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.leaveOperation, .leaveDocument]
    let context: ValidationContext
    /// Operations to check once every fragment's usages are known.
    private var operations: [(index: Int, node: OperationDefinition)] = []

    public init(context: ValidationContext) { self.context = context }

    public func leaveOperation(_ node: OperationDefinition) {
        operations.append((context.currentDefinitionIndex, node))
    }

    public func leaveDocument(_ node: Document) {
        for (index, operation) in operations {
            let defined = NameLookup(operation.variableDefinitions.map(\.variable.name.value))
            for usage in context.recursiveVariableUsages(ofDefinition: index)
            where !defined.contains(usage.variable.name.value) {
                let name = usage.variable.name.value
                let message =
                    operation.name.map { "Variable \"$\(name)\" is not defined by operation \"\($0.value)\"." }
                    ?? "Variable \"$\(name)\" is not defined."
                context.report(message, usage.variable.loc.start, operation.loc.start)
            }
        }
    }
}
