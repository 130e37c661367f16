import BillingAPI
import BillingStore
import GRDB
import GraphQLEngine
import Synchronization
import Testing

/// Every `@auth` field, for every demo role, derived from the schema: a field added with `@auth` is covered here
/// without editing this test.
struct AuthorizationMatrixTests {
    static let viewers = ["admin@acme.test", "member@acme.test", "csm@portal.test", "support@portal.test", "admin@globex.test"]

    /// The roles `@auth` names on the field, else on its type; nil when neither has it.
    static func requiredRoles(_ field: GraphQLField, on type: GraphQLObjectType) -> Set<String>? {
        guard let directive = field.directive(named: "auth") ?? type.directive(named: "auth") else { return nil }
        guard case .list(let roles)? = directive.argument("requires") else { return [] }
        return Set(roles.compactMap(\.stringValue))
    }

    /// `name(requiredArg: ...) { __typename }`: the smallest valid selection of a field.
    static func selection(_ field: GraphQLField) -> String {
        let arguments = field.args.filter(\.isRequired).map { argument -> String in
            switch argument.type.namedType.name {
            case "Int": return "\(argument.name): 1"
            default: return "\(argument.name): \"x\""
            }
        }
        var text = field.name + (arguments.isEmpty ? "" : "(\(arguments.joined(separator: ", ")))")
        if !field.type.namedType.isLeafType { text += " { __typename }" }
        return text
    }

    static func authFields(of typeName: String, in schema: GraphQLSchema) -> [(GraphQLField, Set<String>)] {
        guard case .object(let type)? = schema.type(named: typeName) else { return [] }
        return type.fields.compactMap { field in requiredRoles(field, on: type).map { (field, $0) } }
    }

    @Test func accountFieldsFollowTheirAuthDirective() async throws {
        let fixture = try await APIFixture()
        let acme = try await fixture.accountID("Acme")
        let fields = Self.authFields(of: "Account", in: fixture.service.runtime.schema)
        #expect(fields.count >= 10, "the schema's Account has @auth fields")
        let acmeAccountID = try await fixture.viewer("admin@acme.test").accountID
        for (field, roles) in fields {
            for email in Self.viewers {
                let viewer = try await fixture.viewer(email)
                let query = "query($id: ID) { account(id: $id) { name \(Self.selection(field)) } }"
                let result = try await fixture.run(query, as: email, variables: [("id", .string(acme))])
                let label = "\(field.name) as \(email)"
                if viewer.accountID != nil && viewer.accountID != acmeAccountID {
                    // Another tenant: the account does not exist for them, and nothing says why.
                    #expect(result.data?["account"] == .null, "\(label)")
                    #expect(result.errors.isEmpty, "\(label)")
                } else if roles.contains(viewer.role.rawValue) {
                    #expect(!result.codes.contains("FORBIDDEN"), "\(label): \(result.errors)")
                    #expect(result.data?["account"]?["name"] == .string("Acme Corp"), "\(label)")
                } else {
                    #expect(result.codes == ["FORBIDDEN"], "\(label)")
                    #expect(result.errors.first?.path == [.key("account"), .key(field.name)], "\(label)")
                    let account = result.data?["account"]
                    #expect(account == .null || account?[field.name] == .null, "\(label)")
                }
            }
        }
    }

    @Test func rootFieldsFollowTheirAuthDirective() async throws {
        let fixture = try await APIFixture()
        let fields = Self.authFields(of: "Query", in: fixture.service.runtime.schema)
        #expect(!fields.isEmpty)
        for (field, roles) in fields {
            for email in Self.viewers {
                let viewer = try await fixture.viewer(email)
                let result = try await fixture.run("{ viewer { name } \(Self.selection(field)) }", as: email)
                if roles.contains(viewer.role.rawValue) {
                    #expect(result.errors.isEmpty, "\(field.name) as \(email): \(result.errors)")
                    #expect(result.data?["viewer"]?["name"] == .string(viewer.name))
                } else {
                    // A denied nullable field leaves the rest of the response; a non-null one nulls `data` (spec 6.4.4).
                    #expect(result.data?["viewer"]?["name"] == (field.type.isNonNull ? nil : .string(viewer.name)))
                    #expect(result.codes == ["FORBIDDEN"], "\(field.name) as \(email)")
                    #expect(result.errors.first?.path == [.key(field.name)])
                }
            }
        }
    }

    @Test func fieldsWithoutAuthAreOpenToEveryMember() async throws {
        let fixture = try await APIFixture()
        let schema = fixture.service.runtime.schema
        guard case .object(let account)? = schema.type(named: "Account") else {
            Issue.record("no Account type")
            return
        }
        let open = account.fields.filter { Self.requiredRoles($0, on: account) == nil }
        #expect(open.contains { $0.name == "billingAdmins" } && open.contains { $0.name == "customerSuccessManager" })
        let query = "{ account { " + open.map(Self.selection).joined(separator: " ") + " } }"
        let result = try await fixture.run(query, as: "member@acme.test")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.data?["account"]?["name"] == .string("Acme Corp"))
    }

    @Test func aMemberIsToldWhoToAsk() async throws {
        let fixture = try await APIFixture()
        let result = try await fixture.run(
            "{ account { billingAdmins { name email } customerSuccessManager { name } phone } }", as: "member@acme.test")
        #expect(result.data?["account"]?["billingAdmins"]?.first?["email"] == .string("admin@acme.test"))
        #expect(result.data?["account"]?["customerSuccessManager"]?["name"] == .string("Cora Success"))
        #expect(result.data?["account"]?["phone"] == .null)
        let message = try #require(result.errors.first?.message)
        #expect(message.hasPrefix("Only a Billing Admin can see phone."))
        #expect(message.contains("Your Billing Admins: Ada Admin <admin@acme.test>."))
        #expect(message.contains("Your Customer Success Manager: Cora Success <csm@portal.test>."))
    }

    @Test func aFailedContactsLoadIsReportedAndTheRequestStillAnswers() async throws {
        let reported = Mutex<[String]>([])
        let fixture = try await APIFixture(
            options: BillingOptions(reportInternalError: { error in reported.withLock { $0.append("\(error)") } }))
        let result = try await fixture.run("{ account { name phone } }", as: "member@acme.test")
        #expect(result.errors.first?.message.contains("Your Billing Admins") == true)
        #expect(reported.withLock { $0 }.isEmpty)
        // Another connection to the same file breaks the query behind the contacts sentence.
        let database = try DatabaseQueue(path: fixture.folder.appendingPathComponent("billing.sqlite").path)
        try await database.write { try $0.execute(sql: "ALTER TABLE account_managers RENAME TO account_managers_gone") }
        let broken = try await fixture.run("{ account { name phone } }", as: "member@acme.test")
        #expect(broken.data?["account"]?["name"] == .string("Acme Corp"))
        #expect(broken.errors.count == 1)
        #expect(broken.errors.first?.message.hasPrefix("Only a Billing Admin can see phone.") == true)
        #expect(broken.errors.first?.message.contains("Your Billing Admins") == false)
        #expect(reported.withLock { $0 }.count == 1)
        #expect(reported.withLock { $0 }.first?.contains("account_managers") == true)
    }

    @Test func staffMessagesNameTheAllowedRoles() async throws {
        let fixture = try await APIFixture()
        let acme = try await fixture.accountID("Acme")
        let result = try await fixture.run(
            "query($id: ID) { account(id: $id) { paymentMethods { last4 } } }", as: "csm@portal.test", variables: [("id", .string(acme))])
        #expect(result.errors.first?.message == "Only a Billing Admin can see paymentMethods.")
        let accounts = try await fixture.run("{ accounts { totalCount } }", as: "admin@acme.test")
        #expect(accounts.errors.first?.message.hasPrefix("Only a Customer Success Manager or Support can see accounts.") == true)
    }

    @Test func canAccessBillingPortalByRole() async throws {
        let fixture = try await APIFixture()
        for email in Self.viewers {
            let result = try await fixture.run("{ viewer { role canAccessBillingPortal } }", as: email)
            let role = result.data?["viewer"]?["role"]?.stringValue
            #expect(result.data?["viewer"]?["canAccessBillingPortal"] == .bool(role != "MEMBER"), "\(email)")
        }
    }
}
