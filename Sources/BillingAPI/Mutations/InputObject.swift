import GraphQLEngine

/// A coerced input object argument, read field by field, knowing its own path for userErrors.
///
/// The engine has already checked types and required fields, so a wrong type here can only mean "absent";
/// an explicit null is read as absent too ("only the given fields change").
struct InputObject {
    let fields: [(String, JSONValue)]
    /// The path of this object in the arguments, e.g. `["input", "card"]`.
    let path: [String]

    init?(_ value: JSONValue?, path: [String]) {
        guard case .object(let fields)? = value else { return nil }
        self.fields = fields
        self.path = path
    }

    /// The path of one of this object's fields.
    func path(_ name: String) -> [String] { path + [name] }

    subscript(name: String) -> JSONValue? {
        for (key, value) in fields where key == name { return value.isNull ? nil : value }
        return nil
    }

    /// True when the request gave this field as an explicit `null` (which differs from leaving it out).
    func isExplicitNull(_ name: String) -> Bool {
        fields.contains { $0.0 == name && $0.1.isNull }
    }

    func string(_ name: String) -> String? {
        if case .string(let value)? = self[name] { return value }
        return nil
    }

    func int(_ name: String) -> Int? {
        if case .int(let value)? = self[name] { return value }
        return nil
    }

    func bool(_ name: String) -> Bool? {
        if case .bool(let value)? = self[name] { return value }
        return nil
    }

    func object(_ name: String) -> InputObject? {
        InputObject(self[name], path: path(name))
    }
}
