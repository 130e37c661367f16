/// Maximum Introspection Depth: introspection queries nest list fields of `__Type` at most three deep (graphql-js).
///
/// Not a rule of the specification: graphql-js and graphql-core apply it with the specified rules to refuse
/// introspection queries built to be expensive.
public final class MaxIntrospectionDepthRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterField]
    static let maxListDepth = 3
    let context: ValidationContext
    /// Fragments on the current path; spreading one again inside itself is a cycle reported elsewhere.
    private var visiting = Set<String>()

    public init(context: ValidationContext) { self.context = context }

    public func enterField(_ node: Field) {
        let name = node.name.value
        // Most fields do not start with an underscore; that byte decides before any string comparison.
        guard name.utf8.first == UInt8(ascii: "_"), name == "__schema" || name == "__type" else { return }
        if exceedsDepth(node.selectionSet, depth: 0) {
            context.report("Maximum introspection depth exceeded", node.loc.start)
        }
    }

    private func exceedsDepth(_ selectionSet: SelectionSet?, depth: Int) -> Bool {
        guard let selectionSet else { return false }
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                var fieldDepth = depth
                switch field.name.value {
                case "fields", "interfaces", "possibleTypes", "inputFields":
                    fieldDepth += 1
                    if fieldDepth >= Self.maxListDepth { return true }
                default: break
                }
                if exceedsDepth(field.selectionSet, depth: fieldDepth) { return true }
            case .inlineFragment(let inline):
                if exceedsDepth(inline.selectionSet, depth: depth) { return true }
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard !visiting.contains(name), let fragment = context.fragment(named: name) else { continue }
                visiting.insert(name)
                let exceeded = exceedsDepth(fragment.selectionSet, depth: depth)
                visiting.remove(name)
                if exceeded { return true }
            }
        }
        return false
    }
}
