/// Fragment Spread Is Possible: a fragment's type can overlap the type it is spread into (spec 5.5.2.3).
public final class PossibleFragmentSpreadsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterInlineFragment, .enterFragmentSpread]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterInlineFragment(_ node: InlineFragment) {
        guard let fragmentType = context.typeInfo.type?.namedType, fragmentType.isCompositeType,
            let parentType = context.typeInfo.parentType,
            !context.schema.doTypesOverlap(fragmentType, parentType)
        else { return }
        context.report(
            "Fragment cannot be spread here as objects of type \"\(parentType.name)\" can never be of type "
                + "\"\(fragmentType.name)\".",
            node.loc.start)
    }

    public func enterFragmentSpread(_ node: FragmentSpread) {
        let name = node.name.value
        guard let typeConditionName = context.fragmentTypeConditionName(named: name),
            let fragmentType = context.schema.typeMap[typeConditionName], fragmentType.isCompositeType,
            let parentType = context.typeInfo.parentType,
            !context.schema.doTypesOverlap(fragmentType, parentType)
        else { return }
        context.report(
            "Fragment \"\(name)\" cannot be spread here as objects of type \"\(parentType.name)\" can never be of type "
                + "\"\(fragmentType.name)\".",
            node.loc.start)
    }
}
