/// Fragments Must Be Used: every fragment is spread by some operation, directly or through fragments (spec 5.5.1.4).
public final class NoUnusedFragmentsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.leaveDocument]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func leaveDocument(_ node: Document) {
        // Marked by the index of the fragment a name resolves to, so a used name covers every definition of it.
        var used = [Bool](repeating: false, count: node.definitions.count)
        for (index, definition) in node.definitions.enumerated() {
            guard case .operation = definition else { continue }
            for fragmentIndex in context.recursivelyReferencedFragments(ofDefinition: index) { used[fragmentIndex] = true }
        }
        for definition in node.definitions {
            guard case .fragment(let fragment) = definition else { continue }
            if let index = context.fragmentIndex(named: fragment.name.value), used[index] { continue }
            context.report("Fragment \"\(fragment.name.value)\" is never used.", fragment.loc.start)
        }
    }
}
