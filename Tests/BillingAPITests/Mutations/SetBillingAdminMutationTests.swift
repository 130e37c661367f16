import BillingStore
import GraphQLEngine
import Testing

@testable import BillingAPI

struct SetBillingAdminMutationTests {
    func ids(_ h: MutationHarness) async throws -> (acme: String, globex: String, milo: String, gus: String) {
        let milo = try await h.store.user(email: "member@acme.test")!.id
        let gus = try await h.store.user(email: "admin@globex.test")!.id
        return (
            GlobalID.encode("Account", h.acme), GlobalID.encode("Account", h.globex), GlobalID.encode("User", milo),
            GlobalID.encode("User", gus)
        )
    }

    @Test func theOnlyBillingAdminCannotBeWithdrawn() async throws {
        let h = try await MutationHarness()
        let (acme, _, _, _) = try await ids(h)
        let ada = GlobalID.encode("User", try await h.store.user(email: "admin@acme.test")!.id)
        let payload = try await h.mutate(
            "setBillingAdmin(input: { accountId: \"\(acme)\", userId: \"\(ada)\", isBillingAdmin: false })", "user { role }",
            as: "csm@portal.test")
        #expect(MutationHarness.errors(payload) == ["input.userId CONFLICT"])
        #expect(try await h.store.user(email: "admin@acme.test")?.role == .billingAdmin)
    }

    @Test func theCSMMakesAMemberABillingAdminAndItShowsAtOnce() async throws {
        let h = try await MutationHarness()
        let (acme, _, milo, _) = try await ids(h)
        let before = try await h.run("{ viewer { canAccessBillingPortal } }", as: "member@acme.test")
        #expect(before["viewer"]?["canAccessBillingPortal"] == JSONValue.bool(false))
        let events = try await h.auditCount(h.acme)
        let payload = try await h.mutate(
            "setBillingAdmin(input: { accountId: \"\(acme)\", userId: \"\(milo)\", isBillingAdmin: true })",
            "account { billingAdmins { email } } user { role canAccessBillingPortal }", as: "csm@portal.test")
        #expect(MutationHarness.errors(payload).isEmpty)
        let admins = payload["account"]?["billingAdmins"]?.listValue?.compactMap { $0["email"]?.stringValue }
        #expect(admins?.contains("member@acme.test") == true)
        #expect(payload["user"]?["role"] == JSONValue.string("BILLING_ADMIN"))
        let after = try await h.run("{ viewer { canAccessBillingPortal } }", as: "member@acme.test")
        #expect(after["viewer"]?["canAccessBillingPortal"] == JSONValue.bool(true))
        #expect(try await h.auditCount(h.acme) == events + 1)
        let withdrawn = try await h.mutate(
            "setBillingAdmin(input: { accountId: \"\(acme)\", userId: \"\(milo)\", isBillingAdmin: false })", "user { role }",
            as: "csm@portal.test")
        #expect(withdrawn["user"]?["role"] == JSONValue.string("MEMBER"))
    }

    @Test func onlyForManagedAccountsAndTheirOwnUsers() async throws {
        let h = try await MutationHarness()
        let (acme, globex, milo, gus) = try await ids(h)
        let notManaged = try await h.mutate(
            "setBillingAdmin(input: { accountId: \"\(globex)\", userId: \"\(gus)\", isBillingAdmin: false })", "user { role }",
            as: "csm@portal.test")
        #expect(MutationHarness.errors(notManaged) == ["input.accountId NOT_FOUND"])
        let missing = try await h.mutate(
            "setBillingAdmin(input: { accountId: \"\(GlobalID.encode("Account", 999_999))\", userId: \"\(gus)\", isBillingAdmin: false })",
            "user { role }", as: "csm@portal.test")
        #expect(notManaged["userErrors"] == missing["userErrors"], "an unmanaged account answers as a missing one does")
        let foreignUser = try await h.mutate(
            "setBillingAdmin(input: { accountId: \"\(acme)\", userId: \"\(gus)\", isBillingAdmin: true })", "user { role }",
            as: "csm@portal.test")
        #expect(MutationHarness.errors(foreignUser) == ["input.userId NOT_FOUND"])
        let badID = try await h.mutate(
            "setBillingAdmin(input: { accountId: \"\(acme)\", userId: \"\(acme)\", isBillingAdmin: true })", "user { role }",
            as: "csm@portal.test")
        #expect(MutationHarness.errors(badID) == ["input.userId NOT_FOUND"])
        #expect(try await h.store.users(ids: [try await h.store.user(email: "admin@globex.test")!.id]).first?.value.role == .billingAdmin)
        for email in ["admin@acme.test", "support@portal.test", "member@acme.test"] {
            let result = try await h.fixture.run(
                "mutation { setBillingAdmin(input: { accountId: \"\(acme)\", userId: \"\(milo)\", isBillingAdmin: true }) { user { role } } }",
                as: email)
            #expect(result.codes == ["FORBIDDEN"])
        }
        #expect(try await h.store.user(email: "member@acme.test")?.role == .member)
    }
}
