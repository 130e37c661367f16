/// Directives Are Defined and In Valid Locations: every directive is known and allowed where it stands (spec 5.7.1, 5.7.2).
public final class KnownDirectivesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterDirective]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterDirective(_ node: Directive, location: DirectiveLocation) {
        guard let definition = context.typeInfo.directive else {
            context.report("Unknown directive \"@\(node.name.value)\".", node.loc.start)
            return
        }
        if !definition.locations.contains(location) {
            context.report(
                "Directive \"@\(node.name.value)\" may not be used on \(location.rawValue).", node.loc.start)
        }
    }
}
