import GraphQLEngine

/// Writes the smallest valid operation that selects a route's field, with arguments filled from demo data.
///
/// An `ID` argument or input field named `id` or `<type>Id` gets an id of the target account's data: `id` names
/// the field's own type (or, for an interface, the fragment's type, or the longest `Node` type the field's name
/// contains, as in `setDefaultPaymentMethod(id:)`), `paymentMethodId` names `PaymentMethod`. Other arguments are
/// given only when required, with a sample of their type.
struct MatrixDocument {
    let schema: GraphQLSchema
    /// Global ids of the target account's objects by type name; the last one of a type is used.
    let ids: [String: [String]]
    /// The viewer's email, for arguments named `email` (nil: anonymous).
    let email: String?
    /// What could not be filled; a non-empty list fails the cell.
    private(set) var unfilled: [String] = []
    /// The id each field's `id` or `<type>Id` argument was given, by field name.
    private(set) var namedIDs: [String: String] = [:]

    init(schema: GraphQLSchema, ids: [String: [String]], email: String?) {
        self.schema = schema
        self.ids = ids
        self.email = email
    }

    /// Names of the types implementing an interface with an `id`, longest first (for `id` argument matching).
    private var nodeTypeNames: [String] {
        schema.types.compactMap { type -> String? in
            guard case .object(let object) = type, !object.interfaces.isEmpty, object.field(named: "id") != nil else { return nil }
            return object.name
        }.sorted { $0.count > $1.count }
    }

    /// `query { a(id: "...") { __typename id b { ... } } }` for a route.
    mutating func query(_ route: FieldRoute) -> String {
        var inner = leafSelection(route.field, fragment: nil)
        for (index, step) in route.steps.enumerated().reversed() {
            switch step {
            case .fragment(let type):
                inner = "... on \(type.name) { \(inner) }"
            case .field(let field):
                var fragment: GraphQLObjectType?
                if index + 1 < route.steps.count, case .fragment(let type) = route.steps[index + 1] { fragment = type }
                inner = field.name + arguments(of: field, fragment: fragment) + " { " + composite(field.type.namedType) + inner + " }"
            }
        }
        return "query { \(inner) }"
    }

    /// `mutation { m(input: {...}) { leaf fields, nested { __typename id code } } }`.
    mutating func mutation(_ field: GraphQLField) -> String {
        var selection: [String] = []
        if case .object(let payload) = field.type.namedType {
            for child in payload.fields {
                if child.type.namedType.isLeafType {
                    selection.append(child.name)
                } else {
                    var nested = composite(child.type.namedType)
                    if case .object(let object) = child.type.namedType, object.field(named: "code") != nil { nested += "code " }
                    selection.append("\(child.name) { \(nested)}")
                }
            }
        }
        let body = selection.isEmpty ? "" : " { " + selection.joined(separator: " ") + " }"
        return "mutation { " + field.name + arguments(of: field, fragment: nil) + body + " }"
    }

    /// `__typename id ` for a composite type with an id (so the leak check sees what was returned), else `__typename `.
    private func composite(_ type: GraphQLNamedType) -> String {
        SchemaWalk.hasID(type) ? "__typename id " : "__typename "
    }

    private mutating func leafSelection(_ field: GraphQLField, fragment: GraphQLObjectType?) -> String {
        let head = field.name + arguments(of: field, fragment: fragment)
        return field.type.namedType.isLeafType ? head : head + " { " + composite(field.type.namedType) + "}"
    }

    /// `(name: value, ...)`, or "" when nothing is given.
    mutating func arguments(of field: GraphQLField, fragment: GraphQLObjectType?) -> String {
        var parts: [String] = []
        for argument in field.args {
            if let value = value(for: argument, owner: field, fragment: fragment) { parts.append("\(argument.name): \(value)") }
        }
        return parts.isEmpty ? "" : "(" + parts.joined(separator: ", ") + ")"
    }

    /// The literal for an argument or input field; nil to leave it out.
    private mutating func value(for input: GraphQLInputValue, owner: GraphQLField, fragment: GraphQLObjectType?) -> String? {
        let named = input.type.namedType
        if named.name == "ID", input.name == "id" || input.name.hasSuffix("Id") {
            let typeName = idType(input.name, owner: owner, fragment: fragment)
            if let typeName, let id = ids[typeName]?.last {
                namedIDs[owner.name] = id
                return literal(id, list: input.type.isList)
            }
            if input.isRequired { unfilled.append("\(owner.name)(\(input.name): \(typeName ?? "?"))") }
            return nil
        }
        guard input.isRequired else { return nil }
        let single: String
        switch named {
        case .inputObject(let object):
            single =
                "{ "
                + object.fields.compactMap { field in value(for: field, owner: owner, fragment: nil).map { "\(field.name): \($0)" } }
                .joined(separator: ", ") + " }"
        case .enumType(let enumType):
            single = enumType.values.first?.name ?? ""
        case .scalar(let scalar):
            single = Self.sample(name: input.name, scalar: scalar.name, email: email)
        default:
            single = "null"
        }
        return input.type.isList ? "[\(single)]" : single
    }

    private func literal(_ id: String, list: Bool) -> String { list ? "[\"\(id)\"]" : "\"\(id)\"" }

    /// The type an id argument names (see the type's documentation).
    private func idType(_ name: String, owner: GraphQLField, fragment: GraphQLObjectType?) -> String? {
        if name != "id" {
            let stem = name.dropLast(2)
            return stem.prefix(1).uppercased() + stem.dropFirst()
        }
        if let fragment { return fragment.name }
        if case .object(let object) = owner.type.namedType, object.field(named: "id") != nil { return object.name }
        if owner.type.namedType.isAbstractType {
            // An interface field selected for itself: any of its types the target has.
            return schema.possibleTypes(of: owner.type.namedType).map(\.name).first { ids[$0]?.isEmpty == false }
        }
        return nodeTypeNames.first { owner.name.lowercased().contains($0.lowercased()) }
    }

    /// A valid-looking value of a scalar, by the argument's name where the name says what it holds.
    static func sample(name: String, scalar: String, email: String?) -> String {
        switch (scalar, name) {
        case ("String", "email"): return "\"\(email ?? "nobody@example.test")\""
        case ("String", "password"): return "\"demo-password\""
        case ("String", "number"): return "\"4242424242424242\""
        case ("String", "routingNumber"): return "\"011000015\""
        case ("String", "accountNumber"): return "\"000123456789\""
        case ("String", _), ("ID", _): return "\"Matrix Sample\""
        case ("Int", "expMonth"): return "12"
        case ("Int", "expYear"): return "2031"
        case ("Int", _): return "1"
        case ("Float", _): return "1.5"
        case ("Boolean", _): return "true"
        case ("Date", _): return "\"2026-01-01\""
        case ("DateTime", _): return "\"2026-01-01T00:00:00Z\""
        case ("Decimal", _): return "\"1.00\""
        default: return "\"1\""
        }
    }
}
