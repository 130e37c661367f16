/// Executable Definitions: a document sent for execution holds only operations and fragments (spec 5.1.1).
public final class ExecutableDefinitionsRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterDocument]
    let context: ValidationContext

    public init(context: ValidationContext) { self.context = context }

    public func enterDocument(_ node: Document) {
        for definition in node.definitions where !definition.isExecutable {
            let name: String
            switch definition {
            case .schema, .schemaExtension: name = "schema"
            default: name = "\"\(definition.typeSystemName ?? "")\""
            }
            context.report("The \(name) definition is not executable.", definition.loc.start)
        }
    }
}

extension Definition {
    /// The name a type-system definition or extension declares.
    var typeSystemName: String? {
        switch self {
        case .scalar(let node): return node.name.value
        case .object(let node): return node.name.value
        case .interface(let node): return node.name.value
        case .union(let node): return node.name.value
        case .enumType(let node): return node.name.value
        case .inputObject(let node): return node.name.value
        case .directive(let node): return node.name.value
        case .scalarExtension(let node): return node.name.value
        case .objectExtension(let node): return node.name.value
        case .interfaceExtension(let node): return node.name.value
        case .unionExtension(let node): return node.name.value
        case .enumExtension(let node): return node.name.value
        case .inputObjectExtension(let node): return node.name.value
        case .operation, .fragment, .schema, .schemaExtension: return nil
        }
    }
}
