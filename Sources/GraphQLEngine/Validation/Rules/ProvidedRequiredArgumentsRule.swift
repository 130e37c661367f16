/// Required Arguments: every required argument of a field or directive is given (spec 5.4.2.1).
public final class ProvidedRequiredArgumentsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.leaveField, .enterDirective]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func leaveField(_ node: Field) {
        guard let fieldDef = context.typeInfo.fieldDef else { return }
        for argument in fieldDef.args where argument.isRequired && !node.arguments.contains(named: argument.name) {
            context.report(
                "Field \"\(fieldDef.name)\" argument \"\(argument.name)\" of type \"\(argument.type.description)\" "
                    + "is required, but it was not provided.",
                node.loc.start)
        }
    }

    // graphql-js checks directives when leaving them; nothing inside a directive reports for this rule,
    // so entering gives the same errors in the same order.
    public func enterDirective(_ node: Directive, location: DirectiveLocation) {
        guard let definition = context.typeInfo.directive else { return }
        for argument in definition.args where argument.isRequired && !node.arguments.contains(named: argument.name) {
            context.report(
                "Directive \"@\(definition.name)\" argument \"\(argument.name)\" of type "
                    + "\"\(argument.type.description)\" is required, but it was not provided.",
                node.loc.start)
        }
    }
}

extension NodeList<Argument> {
    func contains(named name: String) -> Bool {
        for argument in self where argument.name.value == name { return true }
        return false
    }
}
