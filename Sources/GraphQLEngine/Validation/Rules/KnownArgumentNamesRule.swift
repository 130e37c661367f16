/// Argument Names: every argument is defined by its field or directive (spec 5.4.1).
public final class KnownArgumentNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterDirective, .enterArgument]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterDirective(_ node: Directive, location: DirectiveLocation) {
        guard let definition = context.typeInfo.directive else { return }
        for argument in node.arguments where definition.argument(named: argument.name.value) == nil {
            let name = argument.name.value
            let suggestions = SchemaSuggestions.list(name, options: definition.args.map(\.name))
            context.report(
                "Unknown argument \"\(name)\" on directive \"@\(node.name.value)\"."
                    + SchemaSuggestions.didYouMean(suggestions),
                argument.loc.start)
        }
    }

    public func enterArgument(_ node: Argument) {
        let typeInfo = context.typeInfo
        guard !typeInfo.isInDirective, typeInfo.argument == nil, let fieldDef = typeInfo.fieldDef,
            let parentType = typeInfo.parentType
        else { return }
        let name = node.name.value
        let suggestions = SchemaSuggestions.list(name, options: fieldDef.args.map(\.name))
        context.report(
            "Unknown argument \"\(name)\" on field \"\(parentType.name).\(fieldDef.name)\"."
                + SchemaSuggestions.didYouMean(suggestions),
            node.loc.start)
    }
}
