/// Input Object Field Uniqueness: no input object literal gives the same field twice (spec 5.6.3).
public final class UniqueInputFieldNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterVariableDefinition, .enterArgument]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterVariableDefinition(_ node: VariableDefinition) {
        if let value = node.defaultValue { check(value) }
    }

    public func enterArgument(_ node: Argument) { check(node.value) }

    private func check(_ value: Value) {
        switch value {
        case .list(let items, _):
            for item in items { check(item) }
        case .object(let fields, _):
            let names = fields.map(\.name)
            var seen: [String: Int] = [:]
            let mayRepeat = names.count > 1 && hasDuplicate(names)
            for field in fields {
                if mayRepeat {
                    let name = field.name.value
                    if let first = seen[name] {
                        context.report(
                            "There can be only one input field named \"\(name)\".", first, field.name.loc.start)
                    } else {
                        seen[name] = field.name.loc.start
                    }
                }
                check(field.value)
            }
        default:
            return
        }
    }
}
