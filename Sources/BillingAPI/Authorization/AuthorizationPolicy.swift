import BillingStore
import GraphQLEngine

/// The field layer of authorization, read once from the schema's `@auth` directives.
///
/// A field's own `@auth` applies, else its object type's; a field with neither is open to every signed-in
/// viewer. Nothing here names a field: a new `@auth` in the SDL is enforced without a code change.
struct AuthorizationPolicy: Sendable {
    /// A denied field's rule: who may read it and the message's opening sentence for customers and for staff.
    struct Rule: Sendable {
        var roles: Set<Role>
        var customerMessage: String
        var staffMessage: String
    }

    /// Rules by field identity (`GraphQLField` is a class that lives as long as the schema).
    let rules: [ObjectIdentifier: Rule]
    /// The one root field an anonymous request may use.
    let loginField: ObjectIdentifier?
    /// The root operation types, whose fields an anonymous request may not use (but `login`).
    let rootTypes: Set<ObjectIdentifier>
    /// Who may read invoices (`Account.invoice`'s roles): the PDF route checks the same.
    let invoiceReaders: Set<Role>
    /// Rules of the object types only reachable through `@auth` fields of `Account`, for `Query.node`.
    let nodeRules: [String: Rule]

    init(schema: GraphQLSchema) {
        var rules: [ObjectIdentifier: Rule] = [:]
        let isMutation = { (type: GraphQLObjectType) in type === schema.mutationType }
        for case .object(let type) in schema.types {
            let typeRoles = Self.roles(type.directive(named: "auth"))
            for field in type.fields {
                guard let roles = Self.roles(field.directive(named: "auth")) ?? typeRoles else { continue }
                let verb = isMutation(type) ? "run" : "see"
                let customerRoles = roles.filter { !$0.isStaff }
                rules[ObjectIdentifier(field)] = Rule(
                    roles: roles,
                    customerMessage: Self.sentence(customerRoles.isEmpty ? roles : customerRoles, verb: verb, field: field.name),
                    staffMessage: Self.sentence(roles, verb: verb, field: field.name))
            }
        }
        self.rules = rules
        loginField = schema.mutationType?.field(named: "login").map(ObjectIdentifier.init)
        rootTypes = Set([schema.queryType, schema.mutationType].compactMap { $0.map(ObjectIdentifier.init) })
        nodeRules = Self.nodeRules(schema: schema, rules: rules)
        let invoiceField: GraphQLField?
        if case .object(let account)? = schema.type(named: "Account") {
            invoiceField = account.field(named: "invoice")
        } else {
            invoiceField = nil
        }
        invoiceReaders = invoiceField.flatMap { rules[ObjectIdentifier($0)]?.roles } ?? Set(Role.allCases)
    }

    /// For each type an `Account` field returns (or lists through a connection's `nodes`): the union of the
    /// fields' roles, or no rule when any field reaching it is open.
    static func nodeRules(schema: GraphQLSchema, rules: [ObjectIdentifier: Rule]) -> [String: Rule] {
        guard case .object(let account)? = schema.type(named: "Account") else { return [:] }
        var found: [String: Rule?] = [:]
        for field in account.fields {
            var itemType = field.type.namedType
            if case .object(let object) = itemType, let nodes = object.field(named: "nodes") { itemType = nodes.type.namedType }
            guard case .object = itemType else { continue }
            let rule = rules[ObjectIdentifier(field)]
            switch (found[itemType.name], rule) {
            case (nil, _): found[itemType.name] = .some(rule)
            case (.some(.some(var known)), .some(let rule)):
                known.roles.formUnion(rule.roles)
                found[itemType.name] = .some(known)
            default: found[itemType.name] = .some(nil)
            }
        }
        return found.compactMapValues { $0 }
    }

    /// FORBIDDEN when `Query.node` finds an object of `typeName` that the viewer's role may not read.
    func checkNode(typeName: String, context: RequestContext) -> GraphQLError? {
        guard let viewer = context.viewer, let rule = nodeRules[typeName], !rule.roles.contains(viewer.role) else { return nil }
        return forbidden(rule, viewer: viewer, context: context)
    }

    private func forbidden(_ rule: Rule, viewer: Viewer, context: RequestContext) -> GraphQLError {
        var message = viewer.role.isStaff ? rule.staffMessage : rule.customerMessage
        if !viewer.role.isStaff, let contacts = context.contactsSentence.withLock({ $0 }) { message += " " + contacts }
        return GraphQLError(message, extensions: [(key: "code", value: .string("FORBIDDEN"))])
    }

    /// The roles an `@auth(requires:)` names; nil when there is no directive.
    static func roles(_ directive: GraphQLAppliedDirective?) -> Set<Role>? {
        guard let directive else { return nil }
        guard case .list(let values)? = directive.argument("requires") else { return [] }
        return Set(values.compactMap { value in if case .string(let name) = value { Role(rawValue: name) } else { nil } })
    }

    /// "Only a Billing Admin or Support can see phone."
    static func sentence(_ roles: Set<Role>, verb: String, field: String) -> String {
        let names = Role.allCases.filter(roles.contains).map(\.readableName)
        let list: String
        switch names.count {
        case 0: list = "nobody"
        case 1: list = names[0]
        default: list = names.dropLast().joined(separator: ", ") + " or " + names.last!
        }
        return "Only \(list) can \(verb) \(field)."
    }

    /// The roles allowed to read `field`; nil when every signed-in viewer may.
    func allowedRoles(_ field: GraphQLField) -> Set<Role>? { rules[ObjectIdentifier(field)]?.roles }

    /// The engine's field guard: UNAUTHENTICATED without a viewer (but for `login`), FORBIDDEN for a role `@auth`
    /// does not name, nil to go on.
    ///
    /// Anonymous requests reach nothing but `login`'s payload, so only root fields (and `@auth` ones) are refused.
    func check(_ field: GraphQLField, on parentType: GraphQLObjectType, context: RequestContext) -> GraphQLError? {
        guard let viewer = context.viewer else {
            let isRoot = rootTypes.contains(ObjectIdentifier(parentType))
            if ObjectIdentifier(field) == loginField || (!isRoot && rules[ObjectIdentifier(field)] == nil) { return nil }
            return GraphQLError("Sign in to use the billing API.", extensions: [(key: "code", value: .string("UNAUTHENTICATED"))])
        }
        guard let rule = rules[ObjectIdentifier(field)], !rule.roles.contains(viewer.role) else { return nil }
        return forbidden(rule, viewer: viewer, context: context)
    }

    /// Who to ask for access, e.g. "Your Billing Admins: Ada Admin <admin@acme.test>. Your Customer Success Manager: ...".
    static func contactsSentence(billingAdmins: [User], csm: User?) -> String {
        var text =
            billingAdmins.isEmpty
            ? "Your account has no Billing Admin yet."
            : "Your Billing Admins: " + billingAdmins.map { "\($0.name) <\($0.email)>" }.joined(separator: ", ") + "."
        if let csm {
            text += " Your Customer Success Manager: \(csm.name) <\(csm.email)>."
        } else {
            text += " Contact support to find your Customer Success Manager."
        }
        return text
    }
}

extension Role {
    /// How a message names the role: "a Billing Admin".
    var readableName: String {
        switch self {
        case .member: return "a member"
        case .billingAdmin: return "a Billing Admin"
        case .customerSuccess: return "a Customer Success Manager"
        case .support: return "Support"
        }
    }
}
