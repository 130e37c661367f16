import BillingAPI
import BillingStore
import Foundation
import GraphQLEngine
import Testing

/// The authorization matrix, generated from `schema/billing.graphql` (built with the engine's `buildSchema`): every
/// field reachable from `Query` and every mutation, asked by every demo role, by a user of another account and by
/// nobody. A field added to the schema gets its cells without editing this test.
///
/// Each cell checks, on the real `BillingService` over a real SQLite file:
/// - allowed: the field is answered, with no FORBIDDEN or UNAUTHENTICATED error;
/// - denied: the first `@auth` field on the route the role lacks is null, with one FORBIDDEN error at its path
///   (UNAUTHENTICATED at the root for nobody);
/// - another account's id: answered as if it did not exist (null, no error);
/// - always: no id or name of an account the viewer may not see appears anywhere in the response.
@Suite(.serialized) struct GeneratedAuthorizationMatrixTests {
    static let schema = try! buildSchema(APIFixture.schemaSDL)
    static let routes = SchemaWalk.routes(in: schema)
    /// Cells asserted by each test, for the README's figures (printed at the end of each test).
    static let deniedCodes: Set<String> = ["FORBIDDEN", "UNAUTHENTICATED"]

    @Test func theWalkReachesEveryObjectTypeOfTheSchema() {
        let reached = Set(Self.routes.map(\.parent.name))
        let objects = Self.schema.types.compactMap { type -> String? in
            guard case .object(let object) = type, !object.name.hasPrefix("__"), object !== Self.schema.mutationType else { return nil }
            return object.name
        }
        // Payload types are reached from mutations, whose cells are the mutation test's.
        let payloads = Set(
            (Self.schema.mutationType?.fields ?? []).flatMap { field -> [String] in
                guard case .object(let payload) = field.type.namedType else { return [] }
                return [payload.name]
                    + payload.fields.compactMap { child -> String? in if case .object(let o) = child.type.namedType { o.name } else { nil }
                    }
            })
        #expect(Set(objects).subtracting(reached).subtracting(payloads).isEmpty, "\(Set(objects).subtracting(reached))")
        #expect(reached.contains("Money") && reached.contains("PaymentMethod") && reached.contains("AuditEvent"))
    }

    @Test func everyReachableFieldForEveryViewer() async throws {
        let fixture = try await APIFixture(options: BillingOptions(now: { MatrixClock.now }))
        let subjects = try await fixture.matrixSubjects(routes: Self.routes)
        var cells = 0
        var unbuildable = 0
        for route in Self.routes {
            for subject in subjects {
                if try await checkQuery(route, subject, fixture: fixture) { cells += 1 } else { unbuildable += 1 }
            }
        }
        #expect(cells >= 100 * subjects.count)
        print(
            "authorization matrix: \(Self.routes.count) query routes x \(subjects.count) viewers = \(cells) query cells"
                + " (\(unbuildable) skipped: the other account has no object of the type to name)")
    }

    /// Asserts one cell; false when it cannot be built because a viewer's other account has no such object.
    func checkQuery(_ route: FieldRoute, _ subject: MatrixSubject, fixture: APIFixture) async throws -> Bool {
        var document = MatrixDocument(schema: Self.schema, ids: subject.target.ids, email: subject.email)
        let query = document.query(route)
        let label = "\(route) as \(subject): \(query)"
        if !document.unfilled.isEmpty {
            #expect(!subject.seesTarget && subject.role != nil, "cannot fill \(document.unfilled): \(label)")
            return false
        }
        let result = try await fixture.run(query, as: subject.email)
        let keys = route.keys
        let response = Self.text(result)
        for value in subject.foreign where response.contains("\"\(value)\"") {
            Issue.record("\(value) of an account the viewer may not see leaked: \(label) -> \(response)")
        }
        guard let role = subject.role else {
            #expect(result.codes == ["UNAUTHENTICATED"], "\(label)")
            #expect(result.errors.first?.path == [.key(keys[0])], "\(label)")
            // A non-null root field's null takes `data` with it (spec 6.4.4).
            #expect([nil, .null].contains(result.data) || result.data?[keys[0]] == .null, "\(label)")
            return true
        }
        // The root field names one of the target account's own objects (not a shared one, such as a product).
        let targetsAccount = document.namedIDs[keys[0]].map { subject.target.privateValues.contains($0) } ?? false
        if targetsAccount && !subject.seesTarget {
            #expect(result.errors.isEmpty, "another account's object must look absent: \(label) -> \(result.errors)")
            #expect(result.data?[keys[0]] == .null, "\(label)")
            return true
        }
        let deniedByAuth = route.hops.firstIndex { SchemaWalk.roles($0.field, on: $0.parent).map { !$0.contains(role) } ?? false }
        // Through `node(id:)`: a type the role cannot reach in the graph stays closed here too.
        let deniedByNode =
            route.throughAbstractType && !Self.reachableTypes(role: role).contains(route.parent.name)
            ? route.hops.firstIndex { $0.field.type.namedType.isAbstractType } : nil
        // The refusal nearest the root is the one the response shows.
        if let denied = [deniedByAuth, deniedByNode].compactMap({ $0 }).min() {
            expectDenied(result, at: Array(keys[...denied]), label: label)
        } else if route.throughAbstractType && result.codes.contains("FORBIDDEN") {
            // `node(id:)` may be stricter than the graph (payment methods keep Account.paymentMethods' roles there),
            // never looser: only the abstract field itself may be refused.
            let abstractIndex = route.hops.firstIndex { $0.field.type.namedType.isAbstractType }!
            expectDenied(result, at: Array(keys[...abstractIndex]), label: label)
        } else {
            #expect(result.errors.isEmpty, "\(label) -> \(result.errors)")
            let parents = APIFixture.values(in: result.data ?? .null, keys: Array(keys.dropLast())).filter { $0 != .null }
            #expect(parents.contains { $0[route.field.name] != nil }, "the field was not reached: \(label) -> \(response)")
        }
        return true
    }

    func expectDenied(_ result: ExecutionResult, at keys: [String], label: String) {
        #expect(!result.errors.isEmpty, "\(label)")
        for error in result.errors {
            #expect(error.code == (keys.count == 0 ? "UNAUTHENTICATED" : "FORBIDDEN"), "\(label): \(error)")
            let path = error.path.compactMap { component -> String? in if case .key(let key) = component { key } else { nil } }
            #expect(path == keys, "\(label): \(error.path)")
        }
        // Null at the denied field, or above it where a non-null field carried the null up.
        let values = APIFixture.values(in: result.data ?? .null, keys: keys)
        #expect(values.allSatisfy { $0 == .null }, "\(label) -> \(values)")
    }

    @Test func everyMutationForEveryViewer() async throws {
        let mutations = try #require(Self.schema.mutationType).fields
        var cells = 0
        for mutation in mutations {
            // A fresh database per mutation: the refused cells run first and must change nothing, then the
            // allowed ones, whose effects no later cell depends on.
            let fixture = try await APIFixture(options: BillingOptions(now: { MatrixClock.now }))
            let subjects = try await fixture.matrixSubjects(routes: Self.routes)
            let allowed = subjects.filter { Self.mutationAllowed(mutation, $0) }
            let refused = subjects.filter { !Self.mutationAllowed(mutation, $0) }
            for subject in refused + allowed {
                try await checkMutation(
                    mutation, subject, expectAllowed: allowed.contains { $0.description == subject.description }, fixture)
                cells += 1
            }
        }
        #expect(cells == mutations.count * 7)
        print("authorization matrix: \(mutations.count) mutations x 7 viewers = \(cells) mutation cells")
    }

    /// Allowed by `@auth` and acting on an account the viewer may see (only `login` is open to nobody).
    static func mutationAllowed(_ mutation: GraphQLField, _ subject: MatrixSubject) -> Bool {
        guard let role = subject.role else { return mutation.name == "login" }
        let roles = SchemaWalk.roles(mutation, on: schema.mutationType!)
        return (roles?.contains(role) ?? true) && (roles == nil || subject.seesTarget)
    }

    func checkMutation(_ mutation: GraphQLField, _ subject: MatrixSubject, expectAllowed: Bool, _ fixture: APIFixture) async throws {
        var document = MatrixDocument(schema: Self.schema, ids: subject.target.ids, email: subject.email)
        let text = document.mutation(mutation)
        let label = "\(mutation.name) as \(subject): \(text)"
        #expect(document.unfilled.isEmpty, "cannot fill \(document.unfilled): \(label)")
        let before = try await Self.snapshot(subject.target, fixture)
        let result = try await fixture.run(text, as: subject.email)
        let response = Self.text(result)
        for value in subject.foreign where response.contains("\"\(value)\"") {
            Issue.record("\(value) of an account the viewer may not see leaked: \(label) -> \(response)")
        }
        let payload = result.data?[mutation.name]
        let userErrorCodes = (payload?["userErrors"]?.listValue ?? []).compactMap { $0["code"]?.stringValue }
        if expectAllowed {
            #expect(result.errors.allSatisfy { !Self.deniedCodes.contains($0.code ?? "") }, "\(label) -> \(result.errors)")
            #expect(payload != nil && payload != .null, "\(label) -> \(response)")
            #expect(!userErrorCodes.contains("FORBIDDEN"), "\(label) -> \(response)")
            return
        }
        let roles = SchemaWalk.roles(mutation, on: Self.schema.mutationType!)
        if subject.role == nil || !(roles?.contains(subject.role!) ?? true) {
            #expect(result.codes == [subject.role == nil ? "UNAUTHENTICATED" : "FORBIDDEN"], "\(label) -> \(result.errors)")
            #expect(result.errors.first?.path == [.key(mutation.name)], "\(label)")
            #expect(payload == nil || payload == .null, "\(label)")
        } else {
            // The role may run it, but not on this account: refused as if the objects did not exist.
            #expect(userErrorCodes.contains { ["NOT_FOUND", "FORBIDDEN"].contains($0) }, "\(label) -> \(response)")
        }
        let after = try await Self.snapshot(subject.target, fixture)
        #expect(before == after, "a refused mutation changed the target account: \(label)")
    }

    /// The target account as support and its Billing Admin see it: every list and total a mutation could change.
    static func snapshot(_ account: MatrixAccount, _ fixture: APIFixture) async throws -> String {
        let query = """
            query($id: ID) { account(id: $id) { phone email billingAddress { line1 city } dialerMinutes { balanceMinutes }
              purchasedProducts { id quantity status } orders(first: 1) { totalCount } invoices(first: 1) { totalCount }
              auditLog(first: 100) { nodes { id } } billingAdmins { id } } }
            """
        let support = try await fixture.run(query, as: "support@portal.test", variables: [("id", .string(account.id))])
        let admins = try await fixture.store.billingAdmins(
            accountIDs: try await fixture.store.accounts(scope: .all, first: 100).items
                .filter { $0.name == account.name }.map(\.id))
        var methods: [String] = []
        for admin in admins.values.flatMap({ $0 }) {
            let result = try await fixture.run("{ account { paymentMethods { id isDefault } } }", as: admin.email)
            methods.append(text(result))
        }
        return text(support) + methods.joined()
    }

    /// Object types a role reaches from `Query` through concrete fields its role may read.
    static func reachableTypes(role: String) -> Set<String> {
        guard let query = schema.queryType else { return [] }
        var seen: Set<String> = [query.name]
        var queue = [query]
        while let type = queue.popLast() {
            for field in type.fields where SchemaWalk.roles(field, on: type).map({ $0.contains(role) }) ?? true {
                if case .object(let child) = field.type.namedType, seen.insert(child.name).inserted { queue.append(child) }
            }
        }
        return seen
    }

    static func text(_ result: ExecutionResult) -> String {
        result.response().jsonString
    }
}

/// The matrix's fixed clock: 2026-11-27T10:00:00Z, as the mutation tests use.
enum MatrixClock {
    static let now = Date(timeIntervalSince1970: 1_795_773_600)
}
