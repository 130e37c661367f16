import BillingAPI
import BillingStore
import GraphQLEngine

/// Who asks, about which account: a demo user (or nobody) and the account whose data the arguments name.
struct MatrixSubject: CustomStringConvertible {
    /// nil: anonymous.
    let email: String?
    /// The role name as `@auth` spells it; nil when anonymous.
    let role: String?
    /// The account the arguments' ids belong to.
    let target: MatrixAccount
    /// Whether the viewer may see the target account (own, managed, or support).
    let seesTarget: Bool
    /// Ids and names of accounts this viewer may not see: none may appear in any response it gets.
    let foreign: Set<String>

    var description: String { "\(email ?? "anonymous") on \(target.name)" }
}

/// A demo account's data as the matrix uses it: its name, and the global ids of its objects by type.
struct MatrixAccount {
    let name: String
    let id: String
    var ids: [String: [String]]
    /// Ids only this account has (not the shared catalog, not staff): what another tenant must never see.
    var privateValues: Set<String>
}

extension APIFixture {
    /// The demo users the matrix asks as; every role appears, and Globex's admin is a user of another account.
    static let matrixUsers = ["admin@acme.test", "member@acme.test", "csm@portal.test", "support@portal.test", "admin@globex.test"]

    /// Every viewer on Acme, the CSM also on Globex (which they do not manage), and an anonymous request.
    func matrixSubjects(routes: [FieldRoute]) async throws -> [MatrixSubject] {
        let accounts = ["Acme Corp", "Globex"]
        var data: [String: MatrixAccount] = [:]
        for name in accounts { data[name] = try await harvest(account: name, routes: routes) }
        var viewers: [(email: String, role: String, account: String?, id: String)] = []
        for email in Self.matrixUsers {
            let result = try await run("{ viewer { id role account { name } } }", as: email)
            let viewer = result.data?["viewer"]
            viewers.append(
                (email, viewer?["role"]?.stringValue ?? "", viewer?["account"]?["name"]?.stringValue, viewer?["id"]?.stringValue ?? ""))
        }
        // Customer users are their account's data; staff users are nobody's.
        for viewer in viewers {
            guard let account = viewer.account else {
                for name in accounts { data[name]!.privateValues.remove(viewer.id) }
                continue
            }
            data[account]!.ids["User", default: []].append(viewer.id)
            data[account]!.privateValues.insert(viewer.id)
        }
        var subjects: [MatrixSubject] = []
        let pairs = viewers.map { ($0, "Acme Corp") } + viewers.filter { $0.role == "CUSTOMER_SUCCESS" }.map { ($0, "Globex") }
        for (viewer, targetName) in pairs {
            let visible = try await visibleAccounts(email: viewer.email, role: viewer.role, own: viewer.account)
            let foreign = accounts.filter { !visible.contains($0) }.reduce(into: Set<String>()) { $0.formUnion(data[$1]!.privateValues) }
            subjects.append(
                MatrixSubject(
                    email: viewer.email, role: viewer.role, target: data[targetName]!, seesTarget: visible.contains(targetName),
                    foreign: foreign))
        }
        let everything = accounts.reduce(into: Set<String>()) { $0.formUnion(data[$1]!.privateValues) }
        subjects.append(MatrixSubject(email: nil, role: nil, target: data["Acme Corp"]!, seesTarget: false, foreign: everything))
        return subjects
    }

    /// The account names a viewer may see, by the design's tenancy rule: their own, a CSM's managed ones, all for
    /// support. Managed accounts are read from the store, not from the API under test.
    private func visibleAccounts(email: String, role: String, own: String?) async throws -> Set<String> {
        switch role {
        case "SUPPORT": return ["Acme Corp", "Globex"]
        case "CUSTOMER_SUCCESS":
            let user = try await store.user(email: email)!
            let managed = try await store.accounts(scope: .managedBy(userID: user.id), search: nil, first: 100, after: nil)
            return Set(managed.items.map(\.name))
        default: return own.map { [$0] } ?? []
        }
    }

    /// Collects an account's object ids: every route into the account (a root field taking the account's id, no
    /// other required argument) whose field returns an object with an id, asked as support and as the account's
    /// Billing Admin (each sees what the other may not).
    private func harvest(account name: String, routes: [FieldRoute]) async throws -> MatrixAccount {
        let id = try await accountID(name)
        var found = MatrixAccount(name: name, id: id, ids: ["Account": [id]], privateValues: [id, name])
        let admin = try await store.billingAdmins(accountIDs: [try await requireAccountID(name)]).values.first?.first?.email
        let schema = service.runtime.schema
        var publicIDs: [String: [String]] = [:]
        for route in routes where !route.throughAbstractType && SchemaWalk.hasID(route.field.type.namedType) {
            guard case .field(let first) = route.steps.first ?? .field(route.field),
                route.hops.allSatisfy({ hop in hop.field === first || !hop.field.args.contains(where: \.isRequired) })
            else { continue }
            let intoAccount =
                first.args.contains(where: { $0.name == "id" && $0.type.namedType.name == "ID" }) && first.type.namedType.name == "Account"
            guard intoAccount || !first.args.contains(where: \.isRequired) else { continue }
            var document = MatrixDocument(schema: schema, ids: ["Account": [id]], email: nil)
            let query = document.query(route)
            for email in ["support@portal.test", admin].compactMap({ $0 }) {
                let result = try await run(query, as: email)
                for value in Self.ids(in: result.data ?? .null, keys: route.keys) {
                    let typeName = route.field.type.namedType.name
                    guard intoAccount else {
                        // What support reaches through an open root field without naming an account is everyone's.
                        if email == "support@portal.test" && SchemaWalk.roles(first, on: route.rootType) == nil {
                            publicIDs[typeName, default: []].append(value)
                        }
                        continue
                    }
                    if !found.ids[typeName, default: []].contains(value) { found.ids[typeName, default: []].append(value) }
                    found.privateValues.insert(value)
                }
            }
        }
        // Shared objects (the catalog) only for types the account itself has none of: they are nobody's secret.
        for (typeName, values) in publicIDs where found.ids[typeName] == nil { found.ids[typeName] = values }
        found.privateValues.subtract(publicIDs.values.joined())
        return found
    }

    private func requireAccountID(_ name: String) async throws -> Int64 {
        let page = try await store.accounts(scope: .all, search: name, first: 10, after: nil)
        return page.items.first { $0.name == name }!.id
    }

    /// The `id`s at the end of `keys` in `data`, through lists.
    static func ids(in data: JSONValue, keys: [String]) -> [String] {
        values(in: data, keys: keys).compactMap { $0["id"]?.stringValue }
    }

    /// Every value at `keys` below `data`, through lists; missing or null steps give nothing.
    static func values(in data: JSONValue, keys: [String]) -> [JSONValue] {
        var current = [data]
        for key in keys {
            current = current.flatMap { value -> [JSONValue] in
                guard let child = value[key] else { return [] }
                if case .list(let items) = child { return items }
                return [child]
            }
        }
        return current
    }
}
