/// Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node (spec 5.7.3).
public final class UniqueDirectivesPerLocationRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterDirectives]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterDirectives(_ nodes: [Directive], location: DirectiveLocation) {
        if nodes.count < 2 { return }
        var seen: [String: Int] = [:]
        for node in nodes {
            let name = node.name.value
            guard let definition = context.schema.directive(named: name), !definition.isRepeatable else { continue }
            if let first = seen[name] {
                context.report(
                    "The directive \"@\(name)\" can only be used once at this location.", first, node.loc.start)
            } else {
                seen[name] = node.loc.start
            }
        }
    }
}
