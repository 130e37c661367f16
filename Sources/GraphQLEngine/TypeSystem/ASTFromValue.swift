/// A coerced value printed back as a literal of an input type, as graphql-js `astFromValue`; nil when it
/// cannot be represented. Introspection prints default values with it.
///
/// ```swift
/// astFromValue(.string("DESC"), type: .named(.enumType(direction)))  // .enumValue("DESC", .synthetic)
/// ```
public func astFromValue(_ value: JSONValue, type: GraphQLType) -> Value? {
    switch type {
    case .nonNull(let inner):
        let literal = astFromValue(value, type: inner)
        if case .null = literal { return nil }
        return literal
    case .list(let itemType):
        if case .null = value { return .null(.synthetic) }
        guard case .list(let items) = value else { return astFromValue(value, type: itemType) }
        return .list(NodeList(items.compactMap { astFromValue($0, type: itemType) }), .synthetic)
    case .named(let named):
        if case .null = value { return .null(.synthetic) }
        return namedASTFromValue(value, type: named)
    }
}

private func namedASTFromValue(_ value: JSONValue, type: GraphQLNamedType) -> Value? {
    switch type {
    case .inputObject(let inputObject):
        guard case .object(let entries) = value else { return nil }
        var fields: [ObjectField] = []
        for field in inputObject.fields {
            guard let entry = entries.first(where: { $0.0 == field.name }),
                let literal = astFromValue(entry.1, type: field.type)
            else { continue }
            fields.append(ObjectField(name: Name(field.name), value: literal))
        }
        return .object(NodeList(fields), .synthetic)
    case .enumType(let enumType):
        guard case .string(let name) = value, enumType.valueMap[name] != nil else { return nil }
        return .enumValue(name, .synthetic)
    case .scalar(let scalar):
        guard let serialized = try? scalar.serialize(value) else { return nil }
        return scalarLiteral(serialized, isID: scalar === GraphQLScalarType.id)
    case .object, .interface, .union:
        return nil
    }
}

private func scalarLiteral(_ serialized: JSONValue, isID: Bool) -> Value? {
    switch serialized {
    case .null: return nil
    case .bool(let flag): return .boolean(flag, .synthetic)
    case .int(let integer): return .int(String(integer), .synthetic)
    case .double(let double):
        guard double.isFinite else { return nil }
        let text = javaScriptNumberText(double)
        return isIntegerText(text) ? .int(text, .synthetic) : .float(text, .synthetic)
    case .string(let text):
        if isID && isIntegerText(text) { return .int(text, .synthetic) }
        return .string(text, block: false, .synthetic)
    case .list, .object:
        return nil
    }
}

/// Matches `-?(0|[1-9][0-9]*)`.
private func isIntegerText(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    guard let first = bytes.first else { return false }
    if first == UInt8(ascii: "0") { return bytes.count == 1 }
    return bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
}
