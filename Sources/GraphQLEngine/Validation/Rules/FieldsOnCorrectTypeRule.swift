/// Field Selections: every selected field is defined on the type it is selected on (spec 5.3.1).
public final class FieldsOnCorrectTypeRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterField]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterField(_ node: Field) {
        guard context.typeInfo.fieldDef == nil, let parentType = context.typeInfo.parentType else { return }
        let name = node.name.value
        var suggestion = SchemaSuggestions.didYouMean(
            suggestedTypeNames(parentType, fieldName: name), subMessage: "to use an inline fragment on")
        if suggestion.isEmpty {
            suggestion = SchemaSuggestions.didYouMean(
                SchemaSuggestions.list(name, options: parentType.fields.map(\.name)))
        }
        context.report("Cannot query field \"\(name)\" on type \"\(parentType.name)\"." + suggestion, node.loc.start)
    }

    /// Types under an abstract type that define the field: most used first, interfaces before their implementations.
    private func suggestedTypeNames(_ type: GraphQLNamedType, fieldName: String) -> [String] {
        guard type.isAbstractType else { return [] }
        let schema = context.schema
        var suggested: [GraphQLNamedType] = []
        var usageCount: [String: Int] = [:]
        for object in schema.possibleTypes(of: type) where object.field(named: fieldName) != nil {
            suggested.append(.object(object))
            usageCount[object.name] = 1
            for interface in object.interfaces where interface.field(named: fieldName) != nil {
                if usageCount[interface.name] == nil { suggested.append(.interface(interface)) }
                usageCount[interface.name, default: 0] += 1
            }
        }
        suggested.sort { lhs, rhs in
            let difference = usageCount[rhs.name, default: 0] - usageCount[lhs.name, default: 0]
            if difference != 0 { return difference < 0 }
            if case .interface = lhs, schema.isSubType(abstract: lhs, maybeSub: rhs) { return true }
            if case .interface = rhs, schema.isSubType(abstract: rhs, maybeSub: lhs) { return false }
            return naturalOrder(lhs.name, rhs.name)
        }
        return suggested.map(\.name)
    }
}
