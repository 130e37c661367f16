/// Input coercion of request variables and field arguments, per the specification's section 6.4.
enum ValueCoercion {
    /// Variable errors reported before coercion gives up, as in graphql-js: the next one is replaced by an error
    /// that says so and the rest of the input is not looked at, so a huge invalid input costs no more than a small one.
    static let maximumVariableErrors = 50

    /// CoerceVariableValues: the operation's variables from the request's JSON, or the errors that stop the request.
    static func coerceVariables(
        _ definitions: NodeList<VariableDefinition>, inputs: [(String, JSONValue)], schema: GraphQLSchema, source: Source
    ) -> Result<[String: JSONValue], RequestErrors> {
        var values: [String: JSONValue] = [:]
        var errors: [GraphQLError] = []
        var provided: [String: JSONValue] = [:]
        for (name, value) in inputs { provided[name] = value }
        /// Adds `error`, or the limit's error when there are already `maximumVariableErrors`; false means stop.
        func report(_ error: GraphQLError) -> Bool {
            guard errors.count < maximumVariableErrors else {
                errors.append(
                    GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."))
                return false
            }
            errors.append(error)
            return true
        }
        for definition in definitions {
            let name = definition.variable.name.value
            let location = [source.location(of: definition.loc.start)]
            guard let type = schema.type(from: definition.type), type.isInputType else {
                let message =
                    "Variable \"$\(name)\" expected value of type \"\(Printer.print(definition.type))\" which cannot be used as an input type."
                if !report(GraphQLError(message, locations: location)) { break }
                continue
            }
            guard let input = provided[name] else {
                if let defaultValue = definition.defaultValue {
                    if let coerced = valueFromAST(defaultValue, type: type, variables: nil) { values[name] = coerced }
                } else if type.isNonNull {
                    let message = "Variable \"$\(name)\" of required type \"\(type)\" was not provided."
                    if !report(GraphQLError(message, locations: location)) { break }
                }
                continue
            }
            if input.isNull && type.isNonNull {
                let message = "Variable \"$\(name)\" of non-null type \"\(type)\" must not be null."
                if !report(GraphQLError(message, locations: location)) { break }
                continue
            }
            var problems: [(path: [PathComponent], value: JSONValue, message: String)] = []
            let coerced = coerceInput(input, type: type, path: [], problems: &problems)
            if problems.isEmpty {
                values[name] = coerced
                continue
            }
            var stopped = false
            for problem in problems {
                var message = "Variable \"$\(name)\" got invalid value \(inspect(problem.value))"
                if !problem.path.isEmpty { message += " at \"\(name)\(printPath(problem.path))\"" }
                if !report(GraphQLError(message + "; " + problem.message, locations: location)) {
                    stopped = true
                    break
                }
            }
            if stopped { break }
        }
        return errors.isEmpty ? .success(values) : .failure(RequestErrors(errors: errors))
    }

    /// Whether coercion has found more problems than a request reports, so it can stop looking.
    private static func isFull(_ problems: [(path: [PathComponent], value: JSONValue, message: String)]) -> Bool {
        problems.count > maximumVariableErrors
    }

    /// CoerceInputValue for a JSON value: graphql-js's `coerceInputValue`, reporting each problem with its path.
    static func coerceInput(
        _ value: JSONValue, type: GraphQLType, path: [PathComponent],
        problems: inout [(path: [PathComponent], value: JSONValue, message: String)]
    ) -> JSONValue {
        switch type {
        case .nonNull(let inner):
            if value.isNull {
                problems.append((path, value, "Expected non-nullable type \"\(type)\" not to be null."))
                return .null
            }
            return coerceInput(value, type: inner, path: path, problems: &problems)
        case .list(let itemType):
            if value.isNull { return .null }
            if case .list(let items) = value {
                var coerced: [JSONValue] = []
                coerced.reserveCapacity(items.count)
                for (index, item) in items.enumerated() {
                    if isFull(problems) { break }
                    coerced.append(coerceInput(item, type: itemType, path: path + [.index(index)], problems: &problems))
                }
                return .list(coerced)
            }
            return .list([coerceInput(value, type: itemType, path: path, problems: &problems)])
        case .named(let named):
            if value.isNull { return .null }
            return coerceNamed(value, type: named, path: path, problems: &problems)
        }
    }

    private static func coerceNamed(
        _ value: JSONValue, type: GraphQLNamedType, path: [PathComponent],
        problems: inout [(path: [PathComponent], value: JSONValue, message: String)]
    ) -> JSONValue {
        switch type {
        case .inputObject(let inputType):
            guard case .object(let entries) = value else {
                problems.append((path, value, "Expected type \"\(inputType.name)\" to be an object."))
                return .null
            }
            var given: [String: JSONValue] = [:]
            for (key, fieldValue) in entries { given[key] = fieldValue }
            var coerced: [(String, JSONValue)] = []
            for field in inputType.fields {
                if isFull(problems) { break }
                guard let fieldValue = given[field.name] else {
                    if let defaultValue = field.defaultValue {
                        coerced.append((field.name, defaultValue))
                    } else if field.type.isNonNull {
                        problems.append(
                            (path, value, "Field \"\(field.name)\" of required type \"\(field.type)\" was not provided."))
                    }
                    continue
                }
                coerced.append(
                    (field.name, coerceInput(fieldValue, type: field.type, path: path + [.key(field.name)], problems: &problems)))
            }
            for (key, _) in entries where inputType.fieldMap[key] == nil {
                if isFull(problems) { break }
                let suggestions = SchemaSuggestions.list(key, options: inputType.fields.map(\.name))
                problems.append(
                    (
                        path, value,
                        "Field \"\(key)\" is not defined by type \"\(inputType.name)\"." + SchemaSuggestions.didYouMean(suggestions)
                    ))
            }
            if inputType.isOneOf {
                if entries.count != 1 {
                    problems.append((path, value, "Exactly one key must be specified for OneOf type \"\(inputType.name)\"."))
                } else if entries[0].1.isNull {
                    problems.append((path + [.key(entries[0].0)], .null, "Field \"\(entries[0].0)\" must be non-null."))
                }
            }
            return .object(coerced)
        case .scalar(let scalar):
            do {
                return try scalar.parseValue(value)
            } catch {
                problems.append((path, value, error.message))
                return .null
            }
        case .enumType(let enumType):
            guard case .string(let name) = value else {
                let suggestions = SchemaSuggestions.list(inspect(value), options: enumType.values.map(\.name))
                problems.append(
                    (
                        path, value,
                        "Enum \"\(enumType.name)\" cannot represent non-string value: \(inspect(value))."
                            + SchemaSuggestions.didYouMean(suggestions, subMessage: "the enum value")
                    ))
                return .null
            }
            guard enumType.value(named: name) != nil else {
                let suggestions = SchemaSuggestions.list(name, options: enumType.values.map(\.name))
                problems.append(
                    (
                        path, value,
                        "Value \"\(name)\" does not exist in \"\(enumType.name)\" enum."
                            + SchemaSuggestions.didYouMean(suggestions, subMessage: "the enum value")
                    ))
                return .null
            }
            return value
        case .object, .interface, .union:
            problems.append((path, value, "Expected type \"\(type.name)\"."))
            return .null
        }
    }

    /// graphql-js's `printPathArray`: `.key` for fields, `[0]` for list items.
    static func printPath(_ path: [PathComponent]) -> String {
        path.map { component in
            switch component {
            case .key(let key): return "." + key
            case .index(let index): return "[\(index)]"
            }
        }.joined()
    }

    /// CoerceArgumentValues: a field's or directive's arguments from the document and the coerced variables.
    static func coerceArguments(
        _ definitions: [GraphQLArgument], nodes: NodeList<Argument>, variables: [String: JSONValue]
    ) -> Result<ArgumentValues, ArgumentError> {
        var values: [(String, JSONValue)] = []
        values.reserveCapacity(definitions.count)
        for definition in definitions {
            let name = definition.name
            let type = definition.type
            guard let node = nodes.first(where: { $0.name.value == name }) else {
                if let defaultValue = definition.defaultValue {
                    values.append((name, defaultValue))
                } else if type.isNonNull {
                    return .failure(
                        ArgumentError(message: "Argument \"\(name)\" of required type \"\(type)\" was not provided.", node: nil))
                }
                continue
            }
            let isNull: Bool
            if case .variable(let variable) = node.value {
                let variableName = variable.name.value
                guard let variableValue = variables[variableName] else {
                    if let defaultValue = definition.defaultValue {
                        values.append((name, defaultValue))
                    } else if type.isNonNull {
                        return .failure(
                            ArgumentError(
                                message:
                                    "Argument \"\(name)\" of required type \"\(type)\" was provided the variable \"$\(variableName)\" which was not provided a runtime value.",
                                node: node))
                    }
                    continue
                }
                isNull = variableValue.isNull
            } else if case .null = node.value {
                isNull = true
            } else {
                isNull = false
            }
            if isNull && type.isNonNull {
                return .failure(ArgumentError(message: "Argument \"\(name)\" of non-null type \"\(type)\" must not be null.", node: node))
            }
            guard let coerced = valueFromAST(node.value, type: type, variables: variables) else {
                return .failure(
                    ArgumentError(message: "Argument \"\(name)\" has invalid value \(Printer.print(node.value)).", node: node))
            }
            values.append((name, coerced))
        }
        return .success(ArgumentValues(values))
    }

    struct RequestErrors: Error {
        var errors: [GraphQLError]
    }

    struct ArgumentError: Error {
        var message: String
        var node: Argument?
    }
}
