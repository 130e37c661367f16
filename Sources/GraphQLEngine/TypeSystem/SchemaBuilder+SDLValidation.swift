/// The SDL rules graphql-js checks before building (`assertValidSDL`): unique names, known types and
/// directives, possible extensions, directive arguments.
extension SchemaBuilder {
    mutating func validateSDL() {
        validateSchemaDefinitions()
        validateUniqueTypeNames()
        validateUniqueMembers()
        validateUniqueDirectiveNames()
        validateKnownTypeNames()
        validateDirectiveUses()
        validateTypeExtensions()
        validateUniqueInputFieldNames()
    }

    private mutating func validateSchemaDefinitions() {
        for extra in schemaDefinitions.dropFirst() {
            report("Must provide only one schema definition.", [extra.loc])
        }
        var seen: [OperationType: Location] = [:]
        let operations = schemaDefinitions.flatMap(\.operationTypes) + schemaExtensions.flatMap(\.operationTypes)
        for operation in operations {
            if let first = seen[operation.operation] {
                report("There can be only one \(operation.operation.rawValue) type in schema.", [first, operation.loc])
            } else {
                seen[operation.operation] = operation.loc
            }
        }
    }

    private mutating func validateUniqueTypeNames() {
        var seen: [String: Location] = [:]
        for definition in typeDefinitions {
            guard let name = typeDefinitionName(definition) else { continue }
            if let first = seen[name.value] {
                report("There can be only one type named \"\(name.value)\".", [first, name.loc])
            } else {
                seen[name.value] = name.loc
            }
        }
    }

    /// Field, argument and enum value names, each unique across a type's definition and extensions.
    private mutating func validateUniqueMembers() {
        var fieldsByType: [String: [String: Location]] = [:]
        var valuesByEnum: [String: [String: Location]] = [:]
        for definition in document.definitions {
            let (typeName, fields, inputFields, values) = members(of: definition)
            guard let typeName else { continue }
            for field in fields {
                checkUnique(field.name, in: &fieldsByType[typeName, default: [:]]) {
                    "Field \"\(typeName).\($0)\" can only be defined once."
                }
                checkUniqueArguments(field.arguments, owner: "\(typeName).\(field.name.value)")
            }
            for field in inputFields {
                checkUnique(field.name, in: &fieldsByType[typeName, default: [:]]) {
                    "Field \"\(typeName).\($0)\" can only be defined once."
                }
            }
            for value in values {
                checkUnique(value.name, in: &valuesByEnum[typeName, default: [:]]) {
                    "Enum value \"\(typeName).\($0)\" can only be defined once."
                }
            }
        }
        for directive in directiveDefinitions {
            checkUniqueArguments(directive.arguments, owner: "@\(directive.name.value)")
        }
    }

    private mutating func checkUniqueArguments(_ arguments: NodeList<InputValueDefinition>, owner: String) {
        var seen: [String: Location] = [:]
        for argument in arguments {
            checkUnique(argument.name, in: &seen) { "Argument \"\(owner)(\($0):)\" can only be defined once." }
        }
    }

    private mutating func checkUnique(_ name: Name, in seen: inout [String: Location], message: (String) -> String) {
        if let first = seen[name.value] {
            report(message(name.value), [first, name.loc])
        } else {
            seen[name.value] = name.loc
        }
    }

    private mutating func validateUniqueDirectiveNames() {
        var seen: [String: Location] = [:]
        for directive in directiveDefinitions {
            checkUnique(directive.name, in: &seen) { "There can be only one directive named \"@\($0)\"." }
        }
    }

    /// Every type reference names a defined or standard type.
    private mutating func validateKnownTypeNames() {
        let defined = Set(typeDefinitions.compactMap { typeDefinitionName($0)?.value })
        var candidates: [String] = []
        var unknown: [NamedType] = []
        forEachTypeReference { named in
            if !defined.contains(named.name.value) && standardTypes[named.name.value] == nil { unknown.append(named) }
        }
        if unknown.isEmpty { return }
        candidates = GraphQLScalarType.specifiedScalars.map(\.name) + IntrospectionSchema.shared.types.map(\.name)
        candidates += typeDefinitions.compactMap { typeDefinitionName($0)?.value }
        for named in unknown {
            let suggestions = SchemaSuggestions.list(named.name.value, options: candidates)
            report("Unknown type \"\(named.name.value)\"." + SchemaSuggestions.didYouMean(suggestions), [named.loc])
        }
    }

    private mutating func validateTypeExtensions() {
        let definedKinds = Dictionary(
            typeDefinitions.compactMap { definition in typeDefinitionName(definition).map { ($0.value, definition) } },
            uniquingKeysWith: { first, _ in first })
        for definition in document.definitions {
            guard let (name, kind) = extensionNameAndKind(definition) else { continue }
            guard let existing = definedKinds[name.value] else {
                let suggestions = SchemaSuggestions.list(name.value, options: Array(definedKinds.keys).sorted())
                report(
                    "Cannot extend type \"\(name.value)\" because it is not defined."
                        + SchemaSuggestions.didYouMean(suggestions), [name.loc])
                continue
            }
            if typeDefinitionKind(existing) != kind {
                report("Cannot extend non-\(kind) type \"\(name.value)\".", [existing.loc, definition.loc])
            }
        }
    }

    /// Input object literals in default values and directive arguments name each field once.
    private mutating func validateUniqueInputFieldNames() {
        var literals: [Value] = []
        forEachInputValueDefinition { literals += $0.defaultValue.map { [$0] } ?? [] }
        forEachDirectiveSite { directives, _, _ in
            for directive in directives { literals += directive.arguments.map(\.value) }
        }
        for literal in literals { checkUniqueInputFields(literal) }
    }

    private mutating func checkUniqueInputFields(_ value: Value) {
        switch value {
        case .list(let items, _):
            for item in items { checkUniqueInputFields(item) }
        case .object(let fields, _):
            var seen: [String: Location] = [:]
            for field in fields {
                checkUnique(field.name, in: &seen) { "There can be only one input field named \"\($0)\"." }
                checkUniqueInputFields(field.value)
            }
        default:
            break
        }
    }
}
