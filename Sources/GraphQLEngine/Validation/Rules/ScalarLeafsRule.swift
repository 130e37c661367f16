/// Leaf Field Selections: scalar and enum fields have no selection set, all others have one (spec 5.3.3).
public final class ScalarLeafsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterField]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterField(_ node: Field) {
        guard let type = context.typeInfo.type else { return }
        let name = node.name.value
        if type.hasLeafNamedType {
            if let selectionSet = node.selectionSet {
                context.report(
                    "Field \"\(name)\" must not have a selection since type \"\(type.description)\" has no subfields.",
                    selectionSet.loc.start)
            }
        } else if node.selectionSet == nil {
            context.report(
                "Field \"\(name)\" of type \"\(type.description)\" must have a selection of subfields. "
                    + "Did you mean \"\(name) { ... }\"?",
                node.loc.start)
        }
    }
}
