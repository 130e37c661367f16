/// Variables Are Input Types: a variable's type is a scalar, enum or input object, possibly wrapped (spec 5.8.2).
public final class VariablesAreInputTypesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterVariableDefinition]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterVariableDefinition(_ node: VariableDefinition) {
        guard let type = context.schema.type(from: node.type), !type.isInputType else { return }
        context.report(
            "Variable \"$\(node.variable.name.value)\" cannot be non-input type \"\(type.description)\".",
            node.type.loc.start)
    }
}
