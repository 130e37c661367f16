/// Argument Uniqueness: no field or directive is given the same argument twice (spec 5.4.2).
public final class UniqueArgumentNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterField, .enterDirective]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterField(_ node: Field) { check(node.arguments) }

    public func enterDirective(_ node: Directive, location: DirectiveLocation) { check(node.arguments) }

    private func check(_ arguments: NodeList<Argument>) {
        if arguments.count < 2 || !hasDuplicate(arguments.map(\.name)) { return }
        for (name, offsets) in groupedOffsets(arguments.map(\.name)) where offsets.count > 1 {
            context.report("There can be only one argument named \"\(name)\".", offsets: offsets)
        }
    }

}
