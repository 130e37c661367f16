/// Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node (spec 5.7.3).
public final class UniqueDirectivesPerLocationRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterOperation, .enterDirectives]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    // An operation's directives are checked on entering it, before its variable definitions, as graphql-js does.
    public func enterOperation(_ node: OperationDefinition) { check(node.directives) }

    public func enterDirectives(_ nodes: NodeList<Directive>, location: DirectiveLocation) {
        switch location {
        case .query, .mutation, .subscription: return
        default: check(nodes)
        }
    }

    private func check(_ nodes: NodeList<Directive>) {
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
