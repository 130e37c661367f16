/// Default values and applied directives, coerced once every input type is complete.
extension SchemaBuilder {
    /// Coerces the defaults of arguments, first completing the input objects their types reach.
    mutating func coerceDefaults(_ values: [GraphQLInputValue], done: inout Set<ObjectIdentifier>) {
        for value in values {
            if case .inputObject(let inputObject) = value.type.namedType {
                coerceInputObjectDefaults(inputObject, done: &done)
            }
            coerceDefault(value)
        }
    }

    mutating func coerceInputObjectDefaults(_ inputObject: GraphQLInputObjectType, done: inout Set<ObjectIdentifier>) {
        guard done.insert(ObjectIdentifier(inputObject)).inserted else { return }
        coerceDefaults(inputObject.fields, done: &done)
    }

    /// A default that does not fit its type is dropped, as graphql-js's `valueFromAST` leaves it undefined.
    private func coerceDefault(_ value: GraphQLInputValue) {
        guard let literal = value.defaultValueAST, value.defaultValue == nil else { return }
        value.defaultValue = valueFromAST(literal, type: value.type, variables: nil)
    }

    mutating func applyDirectives(to type: GraphQLNamedType) {
        switch type {
        case .scalar(let scalar):
            let nodes = (scalar.astNode?.directives ?? []) + scalar.extensionASTNodes.flatMap(\.directives)
            scalar.appliedDirectives = coerceApplied(nodes)
            if case .string(let url)? = scalar.appliedDirectives.first(where: { $0.name == "specifiedBy" })?
                .argument("url")
            {
                scalar.specifiedByURL = url
            }
        case .object(let object):
            let nodes = (object.astNode?.directives ?? []) + object.extensionASTNodes.flatMap(\.directives)
            object.appliedDirectives = coerceApplied(nodes)
            applyFieldDirectives(object.fields)
        case .interface(let interface):
            let nodes = (interface.astNode?.directives ?? []) + interface.extensionASTNodes.flatMap(\.directives)
            interface.appliedDirectives = coerceApplied(nodes)
            applyFieldDirectives(interface.fields)
        case .union(let union):
            let nodes = (union.astNode?.directives ?? []) + union.extensionASTNodes.flatMap(\.directives)
            union.appliedDirectives = coerceApplied(nodes)
        case .enumType(let enumType):
            let nodes = (enumType.astNode?.directives ?? []) + enumType.extensionASTNodes.flatMap(\.directives)
            enumType.appliedDirectives = coerceApplied(nodes)
            for value in enumType.values {
                value.appliedDirectives = coerceApplied(value.astNode?.directives ?? [])
                value.deprecationReason = deprecationReason(value.appliedDirectives)
            }
        case .inputObject(let inputObject):
            let nodes = (inputObject.astNode?.directives ?? []) + inputObject.extensionASTNodes.flatMap(\.directives)
            inputObject.appliedDirectives = coerceApplied(nodes)
            applyInputValueDirectives(inputObject.fields)
        }
    }

    mutating func applyDirectiveDefinitionDirectives() {
        for directive in directives.values where !directive.isSpecifiedDirective {
            applyInputValueDirectives(directive.args)
        }
    }

    private mutating func applyFieldDirectives(_ fields: [GraphQLField]) {
        for field in fields {
            field.appliedDirectives = coerceApplied(field.astNode?.directives ?? [])
            field.deprecationReason = deprecationReason(field.appliedDirectives)
            applyInputValueDirectives(field.args)
        }
    }

    private mutating func applyInputValueDirectives(_ values: [GraphQLInputValue]) {
        for value in values {
            value.appliedDirectives = coerceApplied(value.astNode?.directives ?? [])
            value.deprecationReason = deprecationReason(value.appliedDirectives)
        }
    }

    private func deprecationReason(_ applied: [GraphQLAppliedDirective]) -> String? {
        guard let deprecated = applied.first(where: { $0.name == "deprecated" }) else { return nil }
        if case .string(let reason)? = deprecated.argument("reason") { return reason }
        return GraphQLDirective.defaultDeprecationReason
    }

    /// Applied directives with their arguments coerced to the directive definitions' types.
    mutating func coerceApplied(_ nodes: NodeList<Directive>) -> [GraphQLAppliedDirective] {
        var applied: [GraphQLAppliedDirective] = []
        for node in nodes {
            guard let definition = directives[node.name.value] else { continue }
            var arguments: [(name: String, value: JSONValue)] = []
            for arg in definition.args {
                guard let argNode = node.arguments.first(where: { $0.name.value == arg.name }) else {
                    if let defaultValue = arg.defaultValue {
                        arguments.append((arg.name, defaultValue))
                    } else if arg.type.isNonNull {
                        report(
                            "Argument \"\(arg.name)\" of required type \"\(arg.type)\" was not provided.", [node.loc])
                    }
                    continue
                }
                guard let value = valueFromAST(argNode.value, type: arg.type, variables: nil) else {
                    report(
                        "Argument \"\(arg.name)\" has invalid value \(Printer.print(argNode.value)).",
                        [argNode.value.loc])
                    continue
                }
                arguments.append((arg.name, value))
            }
            applied.append(GraphQLAppliedDirective(name: definition.name, arguments: arguments, astNode: node))
        }
        return applied
    }
}
