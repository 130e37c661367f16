/// Fragment Name Uniqueness: no two fragments of a document share a name (spec 5.5.1.1).
public final class UniqueFragmentNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterFragment]
    let context: ValidationContext
    private var known: [String: Int] = [:]

    public init(context: ValidationContext) { self.context = context }

    public func enterFragment(_ node: FragmentDefinition) {
        let name = node.name
        guard context.hasRepeatedFragmentNames else { return }
        if let first = known[name.value] {
            context.report("There can be only one fragment named \"\(name.value)\".", first, name.loc.start)
        } else {
            known[name.value] = name.loc.start
        }
    }
}
