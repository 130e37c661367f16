/// Operation Name Uniqueness: no two operations of a document share a name (spec 5.2.2.1).
public final class UniqueOperationNamesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterOperation]
    let context: ValidationContext
    private var known: [String: Int] = [:]

    public init(context: ValidationContext) { self.context = context }

    public func enterOperation(_ node: OperationDefinition) {
        guard let name = node.name else { return }
        if let first = known[name.value] {
            context.report("There can be only one operation named \"\(name.value)\".", first, name.loc.start)
        } else {
            known[name.value] = name.loc.start
        }
    }
}
