/// Known Type Names: variable types and type conditions name types of the schema (spec 5.5.1.2, 5.8.2).
public final class KnownTypeNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterVariableDefinition, .enterFragment, .enterInlineFragment]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterVariableDefinition(_ node: VariableDefinition) { check(node.type.namedType) }

    public func enterFragment(_ node: FragmentDefinition) { check(node.typeCondition) }

    public func enterInlineFragment(_ node: InlineFragment) {
        if let typeCondition = node.typeCondition { check(typeCondition) }
    }

    private func check(_ node: NamedType) {
        let name = node.name.value
        if context.schema.typeMap[name] != nil { return }
        let suggestions = SchemaSuggestions.list(name, options: context.schema.types.map(\.name))
        context.report("Unknown type \"\(name)\"." + SchemaSuggestions.didYouMean(suggestions), node.loc.start)
    }
}
