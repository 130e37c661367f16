/// Values of Correct Type: every literal can be coerced to the type its position expects, and `@oneOf` input
/// objects get exactly one non-null field; input object fields exist and required ones are given
/// (spec 5.6.1, 5.6.2, 5.6.4).
public final class ValuesOfCorrectTypeRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterOperation, .enterVariableDefinition, .enterArgument]
    let context: ValidationContext
    /// The current operation's variables, for the `@oneOf` variable check; fragments see the last operation's,
    /// as in graphql-js.
    private var variableDefinitions: NodeList<VariableDefinition> = []

    public init(context: ValidationContext) { self.context = context }

    public func enterOperation(_ node: OperationDefinition) { variableDefinitions = node.variableDefinitions }

    public func enterVariableDefinition(_ node: VariableDefinition) {
        if let value = node.defaultValue { check(value, type: context.typeInfo.inputType) }
    }

    public func enterArgument(_ node: Argument) { check(node.value, type: context.typeInfo.inputType) }

    /// Checks a value at a position of `type`, as graphql-js visits it with its `TypeInfo`.
    private func check(_ value: Value, type: GraphQLType?) {
        switch value {
        case .variable:
            return
        case .null(let loc):
            if let type, type.isNonNull {
                context.report("Expected value of type \"\(type.description)\", found null.", loc.start)
            }
        case .list(let items, _):
            let nullable = type?.nullableType
            guard let itemType = nullable?.listItemType else {
                checkLeaf(value, type: nullable)
                return
            }
            for item in items { check(item, type: itemType) }
        case .object(let fields, let loc):
            guard case .inputObject(let object) = type?.namedType else {
                checkLeaf(value, type: type)
                return
            }
            checkInputObject(object, fields: fields, offset: loc.start)
            for field in fields {
                let definition = object.field(named: field.name.value)
                if definition == nil {
                    let suggestions = SchemaSuggestions.list(field.name.value, options: object.fields.map(\.name))
                    context.report(
                        "Field \"\(field.name.value)\" is not defined by type \"\(object.name)\"."
                            + SchemaSuggestions.didYouMean(suggestions),
                        field.loc.start)
                }
                check(field.value, type: definition?.type)
            }
        default:
            checkLeaf(value, type: type)
        }
    }

    private func checkInputObject(_ object: GraphQLInputObjectType, fields: NodeList<ObjectField>, offset: Int) {
        for definition in object.fields where definition.isRequired && !fields.contains(named: definition.name) {
            context.report(
                "Field \"\(object.name).\(definition.name)\" of required type \"\(definition.type.description)\" "
                    + "was not provided.",
                offset)
        }
        guard object.isOneOf else { return }
        var keys: [String] = []
        for field in fields where !keys.contains(field.name.value) { keys.append(field.name.value) }
        guard keys.count == 1 else {
            context.report("OneOf Input Object \"\(object.name)\" must specify exactly one key.", offset)
            return
        }
        // The last field of that name carries the value, as in a map built from the fields.
        guard let value = fields.last(where: { $0.name.value == keys[0] })?.value else { return }
        switch value {
        case .null:
            context.report("Field \"\(object.name).\(keys[0])\" must be non-null.", offset)
        case .variable(let variable):
            let name = variable.name.value
            // The last definition of a name wins, as in a map built from them.
            if let definition = variableDefinitions.last(where: { $0.variable.name.value == name }),
                !isNonNull(definition.type)
            {
                context.report(
                    "Variable \"\(name)\" must be non-nullable to be used for OneOf Input Object \"\(object.name)\".",
                    offset)
            }
        default:
            return
        }
    }

    /// Checks a literal where a scalar or enum is expected; anything else there is reported as the wrong type.
    private func checkLeaf(_ value: Value, type: GraphQLType?) {
        guard let type else { return }
        switch type.namedType {
        case .scalar(let scalar):
            do {
                _ = try scalar.parseLiteral(value)
            } catch {
                context.report(error.message, value.loc.start)
            }
        case .enumType(let enumType):
            checkEnum(value, enumType)
        default:
            context.report(
                "Expected value of type \"\(type.description)\", found \(Printer.print(value)).", value.loc.start)
        }
    }

    private func checkEnum(_ value: Value, _ enumType: GraphQLEnumType) {
        let printed = Printer.print(value)
        let message: String
        if case .enumValue(let name, _) = value {
            if enumType.value(named: name) != nil { return }
            message = "Value \"\(printed)\" does not exist in \"\(enumType.name)\" enum."
        } else {
            message = "Enum \"\(enumType.name)\" cannot represent non-enum value: \(printed)."
        }
        let suggestions = SchemaSuggestions.list(printed, options: enumType.values.map(\.name))
        context.report(
            message + SchemaSuggestions.didYouMean(suggestions, subMessage: "the enum value"), value.loc.start)
    }

    private func isNonNull(_ type: TypeReference) -> Bool {
        type.isNonNull
    }
}

extension NodeList<ObjectField> {
    func contains(named name: String) -> Bool {
        for field in self where field.name.value == name { return true }
        return false
    }
}
