/// Fragments Must Be Used: every fragment is spread by some operation, directly or through fragments (spec 5.5.1.4).
public final class NoUnusedFragmentsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.leaveDocument]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func leaveDocument(_ node: Document) {
        var used = Set<String>()
        for (index, definition) in node.definitions.enumerated() {
            guard case .operation = definition else { continue }
            for fragmentIndex in context.recursivelyReferencedFragments(ofDefinition: index) {
                if case .fragment(let fragment) = node.definitions[fragmentIndex] { used.insert(fragment.name.value) }
            }
        }
        for definition in node.definitions {
            if case .fragment(let fragment) = definition, !used.contains(fragment.name.value) {
                context.report("Fragment \"\(fragment.name.value)\" is never used.", fragment.loc.start)
            }
        }
    }
}
