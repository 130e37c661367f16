/// A literal coerced to an input type, as graphql-js `valueFromAST`; nil when the literal is invalid.
///
/// Variables are taken from `variables` as already coerced values; a variable missing from them makes
/// the value invalid, except where an input object field or list item may be left out.
///
/// ```swift
/// valueFromAST(.list([.int("1", .synthetic)], .synthetic), type: .list(.named(.scalar(.int))), variables: nil)
/// // .list([.int(1)])
/// ```
public func valueFromAST(_ value: Value, type: GraphQLType, variables: [String: JSONValue]?) -> JSONValue? {
    if case .variable(let variable) = value {
        guard let variableValue = variables?[variable.name.value] else { return nil }
        if variableValue.isNull && type.isNonNull { return nil }
        return variableValue
    }
    switch type {
    case .nonNull(let inner):
        if case .null = value { return nil }
        return valueFromAST(value, type: inner, variables: variables)
    case .list(let itemType):
        if case .null = value { return .null }
        guard case .list(let items, _) = value else {
            return valueFromAST(value, type: itemType, variables: variables).map { .list([$0]) }
        }
        var coerced: [JSONValue] = []
        coerced.reserveCapacity(items.count)
        for item in items {
            if isMissingVariable(item, variables) {
                if itemType.isNonNull { return nil }
                coerced.append(.null)
            } else {
                guard let itemValue = valueFromAST(item, type: itemType, variables: variables) else { return nil }
                coerced.append(itemValue)
            }
        }
        return .list(coerced)
    case .named(let named):
        if case .null = value { return .null }
        return namedValueFromAST(value, type: named, variables: variables)
    }
}

private func namedValueFromAST(_ value: Value, type: GraphQLNamedType, variables: [String: JSONValue]?) -> JSONValue? {
    switch type {
    case .inputObject(let inputObject):
        return inputObjectValueFromAST(value, type: inputObject, variables: variables)
    case .enumType(let enumType):
        guard case .enumValue(let name, _) = value, enumType.valueMap[name] != nil else { return nil }
        return .string(name)
    case .scalar(let scalar):
        do {
            if containsVariable(value) {
                return try scalar.parseValue(valueFromASTUntyped(value, variables: variables))
            }
            return try scalar.parseLiteral(value)
        } catch {
            return nil
        }
    case .object, .interface, .union:
        return nil
    }
}

private func inputObjectValueFromAST(
    _ value: Value, type: GraphQLInputObjectType, variables: [String: JSONValue]?
) -> JSONValue? {
    guard case .object(let fieldNodes, _) = value else { return nil }
    var coerced: [(String, JSONValue)] = []
    for field in type.fields {
        let node = fieldNodes.first { $0.name.value == field.name }
        guard let node, !isMissingVariable(node.value, variables) else {
            if let defaultValue = field.defaultValue {
                coerced.append((field.name, defaultValue))
            } else if field.type.isNonNull {
                return nil
            }
            continue
        }
        guard let fieldValue = valueFromAST(node.value, type: field.type, variables: variables) else { return nil }
        coerced.append((field.name, fieldValue))
    }
    if type.isOneOf {
        guard coerced.count == 1, !coerced[0].1.isNull else { return nil }
    }
    return .object(coerced)
}

private func isMissingVariable(_ value: Value, _ variables: [String: JSONValue]?) -> Bool {
    guard case .variable(let variable) = value else { return false }
    return variables?[variable.name.value] == nil
}

private func containsVariable(_ value: Value) -> Bool {
    switch value {
    case .variable: return true
    case .list(let items, _): return items.contains(where: containsVariable)
    case .object(let fields, _): return fields.contains { containsVariable($0.value) }
    default: return false
    }
}
