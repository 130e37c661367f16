/// A literal converted to JSON without a type, as graphql-js `valueFromASTUntyped`.
///
/// Variables take their value from `variables`; a missing variable becomes nil inside lists
/// and is left out of objects, as graphql-js does with `undefined`.
public func valueFromASTUntyped(_ value: Value, variables: [String: JSONValue]?) -> JSONValue {
    untyped(value, variables: variables) ?? .null
}

private func untyped(_ value: Value, variables: [String: JSONValue]?) -> JSONValue? {
    switch value {
    case .null: return .null
    case .int(let text, _):
        if let integer = Int(text) { return .int(integer) }
        return .double(Double(text) ?? .nan)
    case .float(let text, _): return .double(Double(text) ?? .nan)
    case .string(let text, _, _), .enumValue(let text, _): return .string(text)
    case .boolean(let flag, _): return .bool(flag)
    case .list(let items, _): return .list(items.map { untyped($0, variables: variables) ?? .null })
    case .object(let fields, _):
        var entries: [(String, JSONValue)] = []
        for field in fields {
            if let converted = untyped(field.value, variables: variables) {
                entries.append((field.name.value, converted))
            }
        }
        return .object(entries)
    case .variable(let variable): return variables?[variable.name.value]
    }
}
