/// Creating the named types and directives of the document, then filling in their fields and values.
extension SchemaBuilder {
    mutating func createTypes() {
        for definition in typeDefinitions {
            guard let name = definitionName(definition), namedTypes[name] == nil else { continue }
            let type: GraphQLNamedType
            if let standard = standardTypes[name] {
                type = standard
            } else {
                switch definition {
                case .scalar:
                    type = .scalar(
                        GraphQLScalarType(name: name, coercion: scalarCoercions[name] ?? ScalarCoercion()))
                case .object: type = .object(GraphQLObjectType(name: name))
                case .interface: type = .interface(GraphQLInterfaceType(name: name))
                case .union: type = .union(GraphQLUnionType(name: name))
                case .enumType: type = .enumType(GraphQLEnumType(name: name))
                case .inputObject: type = .inputObject(GraphQLInputObjectType(name: name))
                default: continue
                }
            }
            namedTypes[name] = type
            declaredTypes.append(type)
        }
    }

    mutating func createDirectives() {
        for node in directiveDefinitions where directives[node.name.value] == nil {
            let directive = GraphQLDirective(
                name: node.name.value, description: node.description?.value,
                locations: node.locations.compactMap { DirectiveLocation(rawValue: $0.value) },
                args: makeInputValues(node.arguments), isRepeatable: node.repeatable)
            directive.astNode = node
            directives[directive.name] = directive
        }
        for directive in GraphQLDirective.specifiedDirectives where directives[directive.name] == nil {
            directives[directive.name] = directive
        }
    }

    /// Fills every declared type from its definition and extensions, then coerces defaults and applied directives.
    mutating func completeTypes() {
        for type in declaredTypes where standardTypes[type.name] == nil {
            completeStructure(type)
        }
        var done: Set<ObjectIdentifier> = []
        for type in declaredTypes {
            switch type {
            case .object(let object): for field in object.fields { coerceDefaults(field.args, done: &done) }
            case .interface(let interface): for field in interface.fields { coerceDefaults(field.args, done: &done) }
            case .inputObject(let inputObject): coerceInputObjectDefaults(inputObject, done: &done)
            default: break
            }
        }
        for directive in directives.values where !directive.isSpecifiedDirective {
            coerceDefaults(directive.args, done: &done)
        }
        for type in declaredTypes where standardTypes[type.name] == nil {
            applyDirectives(to: type)
        }
        applyDirectiveDefinitionDirectives()
    }

    private mutating func completeStructure(_ type: GraphQLNamedType) {
        let extensions = extensionsByName[type.name] ?? []
        switch (type, typeDefinitionsByName[type.name]) {
        case (.scalar(let scalar), .scalar(let node)?):
            scalar.description = node.description?.value
            scalar.astNode = node
            scalar.extensionASTNodes = extensions.compactMap { if case .scalarExtension(let e) = $0 { e } else { nil } }
        case (.object(let object), .object(let node)?):
            let exts = extensions.compactMap { if case .objectExtension(let e) = $0 { e } else { nil } }
            object.description = node.description?.value
            object.astNode = node
            object.extensionASTNodes = exts
            (object.fields, object.fieldMap) = makeFields(node.fields + exts.flatMap(\.fields), parent: object.name)
            object.interfaces = resolveInterfaces(node.interfaces + exts.flatMap(\.interfaces), of: object.name)
        case (.interface(let interface), .interface(let node)?):
            let exts = extensions.compactMap { if case .interfaceExtension(let e) = $0 { e } else { nil } }
            interface.description = node.description?.value
            interface.astNode = node
            interface.extensionASTNodes = exts
            (interface.fields, interface.fieldMap) = makeFields(
                node.fields + exts.flatMap(\.fields), parent: interface.name)
            interface.interfaces = resolveInterfaces(node.interfaces + exts.flatMap(\.interfaces), of: interface.name)
        case (.union(let union), .union(let node)?):
            let exts = extensions.compactMap { if case .unionExtension(let e) = $0 { e } else { nil } }
            union.description = node.description?.value
            union.astNode = node
            union.extensionASTNodes = exts
            union.types = resolveMembers(node.types + exts.flatMap(\.types), union: union.name)
        case (.enumType(let enumType), .enumType(let node)?):
            let exts = extensions.compactMap { if case .enumExtension(let e) = $0 { e } else { nil } }
            enumType.description = node.description?.value
            enumType.astNode = node
            enumType.extensionASTNodes = exts
            for valueNode in node.values + exts.flatMap(\.values) where enumType.valueMap[valueNode.name.value] == nil {
                let value = GraphQLEnumValue(name: valueNode.name.value, description: valueNode.description?.value)
                value.astNode = valueNode
                enumType.values.append(value)
                enumType.valueMap[value.name] = value
            }
        case (.inputObject(let inputObject), .inputObject(let node)?):
            let exts = extensions.compactMap { if case .inputObjectExtension(let e) = $0 { e } else { nil } }
            inputObject.description = node.description?.value
            inputObject.astNode = node
            inputObject.extensionASTNodes = exts
            inputObject.fields = makeInputValues(node.fields + exts.flatMap(\.fields))
            for field in inputObject.fields where inputObject.fieldMap[field.name] == nil {
                inputObject.fieldMap[field.name] = field
            }
            inputObject.isOneOf = (node.directives + exts.flatMap(\.directives)).contains { $0.name.value == "oneOf" }
        default:
            break
        }
    }

    private mutating func makeFields(
        _ nodes: NodeList<FieldDefinition>, parent: String
    ) -> ([GraphQLField], [String: GraphQLField]) {
        var fields: [GraphQLField] = []
        var map: [String: GraphQLField] = [:]
        for node in nodes where map[node.name.value] == nil {
            guard let type = resolve(node.type) else {
                report("Unknown type \"\(node.type.namedType.name.value)\".", [node.type.loc])
                continue
            }
            let field = GraphQLField(name: node.name.value, type: type, description: node.description?.value)
            field.astNode = node
            field.args = makeInputValues(node.arguments)
            field.index = fields.count
            field.parentTypeName = parent
            fields.append(field)
            map[field.name] = field
        }
        return (fields, map)
    }

    mutating func makeInputValues(_ nodes: NodeList<InputValueDefinition>) -> [GraphQLInputValue] {
        var values: [GraphQLInputValue] = []
        for node in nodes where !values.contains(where: { $0.name == node.name.value }) {
            guard let type = resolve(node.type) else {
                report("Unknown type \"\(node.type.namedType.name.value)\".", [node.type.loc])
                continue
            }
            let value = GraphQLInputValue(
                name: node.name.value, type: type, description: node.description?.value,
                defaultValueAST: node.defaultValue)
            value.astNode = node
            value.index = values.count
            values.append(value)
        }
        return values
    }

    /// Interfaces named in `implements`; other kinds are left out and reported with the schema validation errors.
    private mutating func resolveInterfaces(_ names: NodeList<NamedType>, of typeName: String) -> [GraphQLInterfaceType] {
        var interfaces: [GraphQLInterfaceType] = []
        for named in names {
            if case .interface(let interface)? = lookup(named.name.value) {
                interfaces.append(interface)
            } else {
                structuralErrors.append(
                    error(
                        "Type \(typeName) must only implement Interface types, it cannot implement \(named.name.value).",
                        [named.loc]))
            }
        }
        return interfaces
    }

    private mutating func resolveMembers(_ names: NodeList<NamedType>, union: String) -> [GraphQLObjectType] {
        var members: [GraphQLObjectType] = []
        for named in names {
            if case .object(let object)? = lookup(named.name.value) {
                members.append(object)
            } else {
                structuralErrors.append(
                    error(
                        "Union type \(union) can only include Object types, it cannot include \(named.name.value).",
                        [named.loc]))
            }
        }
        return members
    }

    private func definitionName(_ definition: Definition) -> String? {
        switch definition {
        case .scalar(let node): return node.name.value
        case .object(let node): return node.name.value
        case .interface(let node): return node.name.value
        case .union(let node): return node.name.value
        case .enumType(let node): return node.name.value
        case .inputObject(let node): return node.name.value
        default: return nil
        }
    }
}
