/// Drives an `ASTVisitor` over a syntax tree, depth first, in document order.
///
/// Values are entered at every level (list items, object field values); types are entered at every
/// wrapper, and their named type as a `NamedType`. Names are not visited on their own.
public struct ASTWalker<Visitor: ASTVisitor> {
    public var visitor: Visitor
    /// Set once a visitor returns `.stop`; nothing more is entered or left.
    public private(set) var stopped = false

    public init(_ visitor: Visitor) {
        self.visitor = visitor
    }

    /// Walks `document` with `visitor`, which keeps whatever state it gathered.
    public static func walk(_ document: Document, with visitor: inout Visitor) {
        var walker = ASTWalker(visitor)
        walker.walk(document)
        visitor = walker.visitor
    }

    /// Whether to descend into a node, given what `enter` returned.
    @inline(__always)
    mutating func descend(_ action: VisitAction) -> Bool {
        switch action {
        case .continue: return true
        case .skipChildren: return false
        case .stop:
            stopped = true
            return false
        }
    }

    public mutating func walk(_ node: Document) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        for definition in node.definitions { walk(definition) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ definition: Definition) {
        switch definition {
        case .operation(let node): walk(node)
        case .fragment(let node): walk(node)
        case .schema(let node): walk(node)
        case .scalar(let node): walk(node)
        case .object(let node): walk(node)
        case .interface(let node): walk(node)
        case .union(let node): walk(node)
        case .enumType(let node): walk(node)
        case .inputObject(let node): walk(node)
        case .directive(let node): walk(node)
        case .schemaExtension(let node): walk(node)
        case .scalarExtension(let node): walk(node)
        case .objectExtension(let node): walk(node)
        case .interfaceExtension(let node): walk(node)
        case .unionExtension(let node): walk(node)
        case .enumExtension(let node): walk(node)
        case .inputObjectExtension(let node): walk(node)
        }
    }

    // MARK: - Executable definitions

    public mutating func walk(_ node: OperationDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        for variable in node.variableDefinitions { walk(variable) }
        walk(node.directives)
        walk(node.selectionSet)
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: VariableDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.type)
        if let value = node.defaultValue { walk(value) }
        walk(node.directives)
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: SelectionSet) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        for selection in node.selections {
            switch selection {
            case .field(let field): walk(field)
            case .fragmentSpread(let spread): walk(spread)
            case .inlineFragment(let fragment): walk(fragment)
            }
        }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: Field) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.arguments)
        walk(node.directives)
        if let selectionSet = node.selectionSet { walk(selectionSet) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: FragmentSpread) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.directives)
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: InlineFragment) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        if let typeCondition = node.typeCondition { walk(typeCondition) }
        walk(node.directives)
        walk(node.selectionSet)
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: FragmentDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.typeCondition)
        walk(node.directives)
        walk(node.selectionSet)
        if !stopped { visitor.leave(node) }
    }

    // MARK: - Arguments, directives, values, types

    public mutating func walk(_ arguments: NodeList<Argument>) {
        for node in arguments {
            guard !stopped, descend(visitor.enter(node)) else { continue }
            walk(node.value)
            if !stopped { visitor.leave(node) }
        }
    }

    public mutating func walk(_ directives: NodeList<Directive>) {
        for node in directives {
            guard !stopped, descend(visitor.enter(node)) else { continue }
            walk(node.arguments)
            if !stopped { visitor.leave(node) }
        }
    }

    public mutating func walk(_ node: Value) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        switch node {
        case .list(let values, _):
            for value in values { walk(value) }
        case .object(let fields, _):
            for field in fields {
                guard !stopped, descend(visitor.enter(field)) else { continue }
                walk(field.value)
                if !stopped { visitor.leave(field) }
            }
        default:
            break
        }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: TypeReference) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        switch node.shape {
        case .named(let named): walk(named)
        case .list(let inner, _), .nonNull(let inner, _): walk(inner)
        }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: NamedType) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        visitor.leave(node)
    }
}
