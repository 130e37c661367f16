/// Operation Type Existence: the schema has a root type for every operation's type (spec 5.2.1.1, September 2025).
public final class OperationTypeExistenceRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterOperation]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterOperation(_ node: OperationDefinition) {
        if context.schema.rootType(for: node.operation) == nil {
            context.report("The \(node.operation.rawValue) operation is not supported by the schema.", node.loc.start)
        }
    }
}
