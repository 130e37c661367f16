/// Walking type system definitions and extensions.
extension ASTWalker {
    public mutating func walk(_ node: SchemaDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.directives)
        for operationType in node.operationTypes { walk(operationType) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: OperationTypeDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.type)
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: ScalarTypeDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.directives)
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: ObjectTypeDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        for interface in node.interfaces { walk(interface) }
        walk(node.directives)
        for field in node.fields { walk(field) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: FieldDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        for argument in node.arguments { walk(argument) }
        walk(node.type)
        walk(node.directives)
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: InputValueDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.type)
        if let value = node.defaultValue { walk(value) }
        walk(node.directives)
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: InterfaceTypeDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        for interface in node.interfaces { walk(interface) }
        walk(node.directives)
        for field in node.fields { walk(field) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: UnionTypeDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.directives)
        for type in node.types { walk(type) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: EnumTypeDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.directives)
        for value in node.values { walk(value) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: EnumValueDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.directives)
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: InputObjectTypeDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.directives)
        for field in node.fields { walk(field) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: DirectiveDefinition) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        for argument in node.arguments { walk(argument) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: SchemaExtension) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.directives)
        for operationType in node.operationTypes { walk(operationType) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: ScalarTypeExtension) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.directives)
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: ObjectTypeExtension) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        for interface in node.interfaces { walk(interface) }
        walk(node.directives)
        for field in node.fields { walk(field) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: InterfaceTypeExtension) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        for interface in node.interfaces { walk(interface) }
        walk(node.directives)
        for field in node.fields { walk(field) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: UnionTypeExtension) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.directives)
        for type in node.types { walk(type) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: EnumTypeExtension) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.directives)
        for value in node.values { walk(value) }
        if !stopped { visitor.leave(node) }
    }

    public mutating func walk(_ node: InputObjectTypeExtension) {
        guard !stopped, descend(visitor.enter(node)) else { return }
        walk(node.directives)
        for field in node.fields { walk(field) }
        if !stopped { visitor.leave(node) }
    }
}
