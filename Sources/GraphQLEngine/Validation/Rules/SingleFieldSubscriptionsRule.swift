/// Single Root Field: a subscription selects exactly one root field, not an introspection one, and its top level
/// uses neither `@skip` nor `@include` (spec 5.2.4.1).
///
/// Follows graphql-js 17 and the September 2025 specification: fields are collected from the document alone,
/// so no variable value is needed to decide the root field.
public final class SingleFieldSubscriptionsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterOperation]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterOperation(_ node: OperationDefinition) {
        guard node.operation == .subscription, context.schema.subscriptionType != nil else { return }
        var collector = RootFieldCollector(context: context)
        collector.collect(node.selectionSet)
        let subject = node.name.map { "Subscription \"\($0.value)\"" } ?? "Anonymous Subscription"
        if !collector.conditionalDirectives.isEmpty {
            context.report(
                "\(subject) must not use `@skip` or `@include` directives in the top level selection.",
                offsets: collector.conditionalDirectives)
            return
        }
        if collector.groups.count > 1 {
            context.report(
                "\(subject) must select only one top level field.",
                offsets: collector.groups.dropFirst().flatMap { $0.offsets })
        }
        for group in collector.groups where group.fieldName.hasPrefix("__") {
            context.report("\(subject) must not select an introspection top level field.", offsets: group.offsets)
        }
    }
}

/// The root fields of a subscription grouped by response key, through fragments, without evaluating directives.
private struct RootFieldCollector {
    let context: ValidationContext
    var groups: [(fieldName: String, offsets: [Int])] = []
    var indexByResponseKey: [String: Int] = [:]
    var conditionalDirectives: [Int] = []
    var visitedFragments = Set<String>()

    init(context: ValidationContext) { self.context = context }

    mutating func collect(_ selectionSet: SelectionSet) {
        for selection in selectionSet.selections {
            for directive in selection.directives where directive.name.value == "skip" || directive.name.value == "include" {
                conditionalDirectives.append(directive.loc.start)
            }
            switch selection {
            case .field(let field):
                if let index = indexByResponseKey[field.responseKey] {
                    groups[index].offsets.append(field.loc.start)
                } else {
                    indexByResponseKey[field.responseKey] = groups.count
                    groups.append((field.name.value, [field.loc.start]))
                }
            case .inlineFragment(let inline):
                collect(inline.selectionSet)
            case .fragmentSpread(let spread):
                guard visitedFragments.insert(spread.name.value).inserted,
                    let fragment = context.fragment(named: spread.name.value)
                else { continue }
                collect(fragment.selectionSet)
            }
        }
    }
}
