/// Fragment Spread Target Defined: every spread names a fragment of the document (spec 5.5.2.1).
public final class KnownFragmentNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterFragmentSpread]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterFragmentSpread(_ node: FragmentSpread) {
        if context.fragmentIndex(named: node.name.value) == nil {
            context.report("Unknown fragment \"\(node.name.value)\".", node.name.loc.start)
        }
    }
}
