/// Lone Anonymous Operation: an operation without a name must be the document's only operation (spec 5.2.3.1).
public final class LoneAnonymousOperationRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterDocument, .enterOperation]
    let context: ValidationContext
    private var operationCount = 0

    public init(context: ValidationContext) { self.context = context }

    public func enterDocument(_ node: Document) {
        for definition in node.definitions {
            if case .operation = definition { operationCount += 1 }
        }
    }

    public func enterOperation(_ node: OperationDefinition) {
        if node.name == nil && operationCount > 1 {
            context.report("This anonymous operation must be the only defined operation.", node.loc.start)
        }
    }
}
