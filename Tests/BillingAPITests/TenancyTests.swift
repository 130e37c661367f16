import BillingAPI
import BillingStore
import GraphQLEngine
import Testing

/// Another account's objects answer as if they did not exist, through every way in: `account(id:)`, `node(id:)`,
/// `Account.order(id:)` and `Account.invoice(id:)`.
struct TenancyTests {
    /// The first order and invoice ids of an account, read by someone who may see it.
    func firstIDs(_ fixture: APIFixture, account: String, admin: String) async throws -> (order: String, invoice: String, method: String) {
        let result = try await fixture.run(
            "query($id: ID) { account(id: $id) { orders(first: 1) { nodes { id } } invoices(first: 1) { nodes { id } } paymentMethods { id } } }",
            as: admin, variables: [("id", .string(account))])
        let data = try #require(result.data?["account"])
        return (
            try #require(data["orders"]?["nodes"]?.first?["id"]?.stringValue),
            try #require(data["invoices"]?["nodes"]?.first?["id"]?.stringValue),
            try #require(data["paymentMethods"]?.first?["id"]?.stringValue)
        )
    }

    @Test func accountByIDFollowsTheViewersAccounts() async throws {
        let fixture = try await APIFixture()
        let (acme, globex) = (try await fixture.accountID("Acme"), try await fixture.accountID("Globex"))
        let expectations: [(String, String, Bool)] = [
            ("admin@acme.test", acme, true), ("admin@acme.test", globex, false), ("member@acme.test", globex, false),
            ("admin@globex.test", acme, false), ("admin@globex.test", globex, true), ("csm@portal.test", acme, true),
            ("csm@portal.test", globex, false), ("support@portal.test", acme, true), ("support@portal.test", globex, true),
        ]
        for (email, id, visible) in expectations {
            let result = try await fixture.run("query($id: ID) { account(id: $id) { id } }", as: email, variables: [("id", .string(id))])
            #expect(result.errors.isEmpty)
            #expect(
                (visible ? result.data?["account"]?["id"] : result.data?["account"]) == (visible ? .string(id) : .null), "\(email) -> \(id)"
            )
        }
    }

    @Test func staffHaveNoOwnAccountAndAreToldToGiveAnID() async throws {
        let fixture = try await APIFixture()
        for (email, role) in [("support@portal.test", "Support"), ("csm@portal.test", "a Customer Success Manager")] {
            let result = try await fixture.run("{ viewer { name } account { id } }", as: email)
            #expect(result.codes == ["BAD_USER_INPUT"])
            #expect(
                result.errors.first?.message
                    == "Give the account's id: as \(role) you have no account of your own. Find it with accounts(search:).")
            #expect(result.data?["account"] == .null)
            #expect(result.data?["viewer"]?["name"] != nil)
        }
    }

    @Test func nodeHidesOtherTenantsObjects() async throws {
        let fixture = try await APIFixture()
        let globex = try await fixture.accountID("Globex")
        let ids = try await firstIDs(fixture, account: globex, admin: "admin@globex.test")
        let query = "query($id: ID!) { node(id: $id) { id __typename } }"
        for id in [globex, ids.order, ids.invoice, ids.method] {
            let hidden = try await fixture.run(query, as: "admin@acme.test", variables: [("id", .string(id))])
            #expect(hidden.errors.isEmpty)
            #expect(hidden.data?["node"] == .null, "\(id)")
            let csm = try await fixture.run(query, as: "csm@portal.test", variables: [("id", .string(id))])
            #expect(csm.data?["node"] == .null, "\(id) for a CSM of Acme only")
            let own = try await fixture.run(query, as: "admin@globex.test", variables: [("id", .string(id))])
            #expect(own.data?["node"]?["id"] == .string(id))
        }
    }

    @Test func nodeResolvesEveryKindOfObject() async throws {
        let fixture = try await APIFixture()
        let result = try await fixture.run(
            """
            { viewer { id } products { id } account { id orders(first: 1) { nodes { id } } invoices(first: 1) { nodes { id } }
              paymentMethods { id } purchasedProducts { id } auditLog(first: 1) { nodes { id } } } }
            """, as: "admin@acme.test")
        let account = try #require(result.data?["account"])
        let ids: [(String, JSONValue?)] = [
            ("User", result.data?["viewer"]?["id"]), ("Product", result.data?["products"]?.first?["id"]), ("Account", account["id"]),
            ("Order", account["orders"]?["nodes"]?.first?["id"]), ("Invoice", account["invoices"]?["nodes"]?.first?["id"]),
            ("PaymentMethod", account["paymentMethods"]?.first?["id"]), ("PurchasedProduct", account["purchasedProducts"]?.first?["id"]),
            ("AuditEvent", account["auditLog"]?["nodes"]?.first?["id"]),
        ]
        for (typeName, id) in ids {
            let id = try #require(id?.stringValue, "\(typeName)")
            let node = try await fixture.run(
                "query($id: ID!) { node(id: $id) { __typename id } }", as: "admin@acme.test", variables: [("id", .string(id))])
            #expect(node.data?["node"]?["__typename"] == .string(typeName))
            #expect(node.data?["node"]?["id"] == .string(id))
        }
    }

    @Test func malformedIDsAreSimplyNotFound() async throws {
        let fixture = try await APIFixture()
        for id in ["", "garbage", "!!!", "T3JkZXI6", "T3JkZXI6LTE", "VW5rbm93bjox", "T3JkZXI6OTk5OTk"] {
            let result = try await fixture.run(
                "query($id: ID!) { node(id: $id) { id } account { order(id: $id) { id } invoice(id: $id) { id } } }",
                as: "admin@acme.test", variables: [("id", .string(id))])
            #expect(result.errors.isEmpty, "\(id): \(result.errors)")
            #expect(result.data?["node"] == .null)
            #expect(result.data?["account"]?["order"] == .null)
        }
    }

    @Test func orderAndInvoiceByIDStayInTheirAccount() async throws {
        let fixture = try await APIFixture()
        let acme = try await fixture.accountID("Acme")
        let globex = try await fixture.accountID("Globex")
        let theirs = try await firstIDs(fixture, account: globex, admin: "admin@globex.test")
        let result = try await fixture.run(
            "query($a: ID, $o: ID!, $i: ID!) { account(id: $a) { order(id: $o) { id } invoice(id: $i) { id } } }",
            as: "support@portal.test",
            variables: [("a", .string(acme)), ("o", .string(theirs.order)), ("i", .string(theirs.invoice))])
        #expect(result.data?["account"]?["order"] == .null)
        #expect(result.data?["account"]?["invoice"] == .null)
    }

    @Test func nodeKeepsTheRolesOfTheFieldThatListsTheObject() async throws {
        let fixture = try await APIFixture()
        let acme = try await fixture.accountID("Acme")
        let ids = try await firstIDs(fixture, account: acme, admin: "admin@acme.test")
        let query = "query($id: ID!) { node(id: $id) { id } }"
        let member = try await fixture.run(query, as: "member@acme.test", variables: [("id", .string(ids.method))])
        #expect(member.codes == ["FORBIDDEN"])
        #expect(member.data?["node"] == .null)
        let order = try await fixture.run(query, as: "member@acme.test", variables: [("id", .string(ids.order))])
        #expect(order.codes == ["FORBIDDEN"])
        let admin = try await fixture.run(query, as: "admin@acme.test", variables: [("id", .string(ids.method))])
        #expect(admin.data?["node"]?["id"] == .string(ids.method))
    }

    @Test func staffUsersAreVisibleToTheCustomersTheyServe() async throws {
        let fixture = try await APIFixture()
        let csm = try await fixture.run("{ viewer { id } }", as: "csm@portal.test")
        let csmID = try #require(csm.data?["viewer"]?["id"]?.stringValue)
        let support = try await fixture.run("{ viewer { id } }", as: "support@portal.test")
        let supportID = try #require(support.data?["viewer"]?["id"]?.stringValue)
        let query = "query($id: ID!) { node(id: $id) { id } }"
        #expect(
            try await fixture.run(query, as: "member@acme.test", variables: [("id", .string(csmID))]).data?["node"]?["id"] == .string(csmID)
        )
        #expect(try await fixture.run(query, as: "admin@globex.test", variables: [("id", .string(csmID))]).data?["node"] == .null)
        #expect(try await fixture.run(query, as: "admin@acme.test", variables: [("id", .string(supportID))]).data?["node"] == .null)
        #expect(try await fixture.run(query, as: "csm@portal.test", variables: [("id", .string(supportID))]).data?["node"] != .null)
    }
}
