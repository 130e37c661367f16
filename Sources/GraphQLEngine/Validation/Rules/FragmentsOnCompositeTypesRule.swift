/// Fragments On Composite Types: a fragment's type condition is an object, interface or union (spec 5.5.1.3).
public final class FragmentsOnCompositeTypesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterFragment, .enterInlineFragment]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterInlineFragment(_ node: InlineFragment) {
        guard let condition = node.typeCondition, let type = context.schema.typeMap[condition.name.value],
            !type.isCompositeType
        else { return }
        context.report(
            "Fragment cannot condition on non composite type \"\(condition.name.value)\".", condition.loc.start)
    }

    public func enterFragment(_ node: FragmentDefinition) {
        let condition = node.typeCondition
        guard let type = context.schema.typeMap[condition.name.value], !type.isCompositeType else { return }
        context.report(
            "Fragment \"\(node.name.value)\" cannot condition on non composite type \"\(condition.name.value)\".",
            condition.loc.start)
    }
}
