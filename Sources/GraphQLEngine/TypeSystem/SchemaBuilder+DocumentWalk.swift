/// Walks over the parts of an SDL document that the SDL rules look at.
extension SchemaBuilder {
    func typeDefinitionName(_ definition: Definition) -> Name? {
        switch definition {
        case .scalar(let node): return node.name
        case .object(let node): return node.name
        case .interface(let node): return node.name
        case .union(let node): return node.name
        case .enumType(let node): return node.name
        case .inputObject(let node): return node.name
        default: return nil
        }
    }

    /// The kind word graphql-js uses in "Cannot extend non-... type" messages.
    func typeDefinitionKind(_ definition: Definition) -> String? {
        switch definition {
        case .scalar, .scalarExtension: return "scalar"
        case .object, .objectExtension: return "object"
        case .interface, .interfaceExtension: return "interface"
        case .union, .unionExtension: return "union"
        case .enumType, .enumExtension: return "enum"
        case .inputObject, .inputObjectExtension: return "input object"
        default: return nil
        }
    }

    func extensionNameAndKind(_ definition: Definition) -> (Name, String)? {
        let name: Name
        switch definition {
        case .scalarExtension(let node): name = node.name
        case .objectExtension(let node): name = node.name
        case .interfaceExtension(let node): name = node.name
        case .unionExtension(let node): name = node.name
        case .enumExtension(let node): name = node.name
        case .inputObjectExtension(let node): name = node.name
        default: return nil
        }
        return typeDefinitionKind(definition).map { (name, $0) }
    }

    /// The type name, fields, input fields and enum values a definition or extension declares.
    func members(
        of definition: Definition
    ) -> (String?, NodeList<FieldDefinition>, NodeList<InputValueDefinition>, NodeList<EnumValueDefinition>) {
        switch definition {
        case .object(let node): return (node.name.value, node.fields, [], [])
        case .objectExtension(let node): return (node.name.value, node.fields, [], [])
        case .interface(let node): return (node.name.value, node.fields, [], [])
        case .interfaceExtension(let node): return (node.name.value, node.fields, [], [])
        case .inputObject(let node): return (node.name.value, [], node.fields, [])
        case .inputObjectExtension(let node): return (node.name.value, [], node.fields, [])
        case .enumType(let node): return (node.name.value, [], [], node.values)
        case .enumExtension(let node): return (node.name.value, [], [], node.values)
        default: return (nil, [], [], [])
        }
    }

    /// Every `NamedType` reference: field, argument and input field types, interfaces, union members, roots.
    func forEachTypeReference(_ body: (NamedType) -> Void) {
        for definition in document.definitions {
            switch definition {
            case .schema(let node): for operation in node.operationTypes { body(operation.type) }
            case .schemaExtension(let node): for operation in node.operationTypes { body(operation.type) }
            case .object(let node): node.interfaces.forEach(body)
            case .objectExtension(let node): node.interfaces.forEach(body)
            case .interface(let node): node.interfaces.forEach(body)
            case .interfaceExtension(let node): node.interfaces.forEach(body)
            case .union(let node): node.types.forEach(body)
            case .unionExtension(let node): node.types.forEach(body)
            default: break
            }
            for field in members(of: definition).1 { body(field.type.namedType) }
        }
        forEachInputValueDefinition { body($0.type.namedType) }
    }

    /// Every argument and input field definition, of fields, input objects and directives.
    func forEachInputValueDefinition(_ body: (InputValueDefinition) -> Void) {
        for definition in document.definitions {
            let (_, fields, inputFields, _) = members(of: definition)
            for field in fields { field.arguments.forEach(body) }
            inputFields.forEach(body)
            if case .directive(let node) = definition { node.arguments.forEach(body) }
        }
    }

    /// Every list of applied directives with its location; `group` joins a type's definition and
    /// extensions (and the schema's) for the one-per-location rule.
    func forEachDirectiveSite(_ body: (NodeList<Directive>, DirectiveLocation, String?) -> Void) {
        for definition in document.definitions {
            switch definition {
            case .schema(let node): body(node.directives, .schema, "schema")
            case .schemaExtension(let node): body(node.directives, .schema, "schema")
            case .scalar(let node): body(node.directives, .scalar, node.name.value)
            case .scalarExtension(let node): body(node.directives, .scalar, node.name.value)
            case .object(let node): body(node.directives, .object, node.name.value)
            case .objectExtension(let node): body(node.directives, .object, node.name.value)
            case .interface(let node): body(node.directives, .interface, node.name.value)
            case .interfaceExtension(let node): body(node.directives, .interface, node.name.value)
            case .union(let node): body(node.directives, .union, node.name.value)
            case .unionExtension(let node): body(node.directives, .union, node.name.value)
            case .enumType(let node): body(node.directives, .enumType, node.name.value)
            case .enumExtension(let node): body(node.directives, .enumType, node.name.value)
            case .inputObject(let node): body(node.directives, .inputObject, node.name.value)
            case .inputObjectExtension(let node): body(node.directives, .inputObject, node.name.value)
            case .directive(let node):
                for arg in node.arguments { body(arg.directives, .argumentDefinition, nil) }
            case .operation, .fragment:
                break
            }
            let (_, fields, inputFields, values) = members(of: definition)
            for field in fields {
                body(field.directives, .fieldDefinition, nil)
                for arg in field.arguments { body(arg.directives, .argumentDefinition, nil) }
            }
            for field in inputFields { body(field.directives, .inputFieldDefinition, nil) }
            for value in values { body(value.directives, .enumValue, nil) }
        }
    }
}

extension TypeReference {
    /// The reference as SDL writes it, such as `[Role!]!`.
    var printed: String {
        switch shape {
        case .named(let named): return named.name.value
        case .list(let inner, _): return "[\(inner.printed)]"
        case .nonNull(let inner, _): return "\(inner.printed)!"
        }
    }
}
