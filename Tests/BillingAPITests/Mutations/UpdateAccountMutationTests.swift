import BillingStore
import GraphQLEngine
import Testing

@testable import BillingAPI

struct UpdateAccountMutationTests {
    @Test(arguments: ["5551234567", "555-123-4567", "(555) 123-4567", "+1 555 123 4567"])
    func acceptedPhoneFormsAreStoredAsTenDigits(_ phone: String) async throws {
        let h = try await MutationHarness()
        let events = try await h.auditCount(h.acme)
        let payload = try await h.mutate("updateAccount(input: { phone: \"\(phone)\" })", "account { phone email }")
        #expect(MutationHarness.errors(payload).isEmpty)
        #expect(payload["account"]?["phone"] == JSONValue.string("5551234567"))
        #expect(payload["account"]?["email"] == JSONValue.string("billing@acme.test"))
        #expect(try await h.account(h.acme).phone == "5551234567")
        #expect(try await h.auditCount(h.acme) == events + 1)
        let event = try await h.store.auditEvents(accountID: h.acme, first: 1).items.first
        #expect(event?.action == "updateAccount" && event?.summary == "Changed phone to 5551234567")
    }

    @Test(arguments: ["555.123.4567", "555-123-456", "12345678901", "call me", ""])
    func anInvalidPhoneIsAUserErrorAndChangesNothing(_ phone: String) async throws {
        let h = try await MutationHarness()
        let events = try await h.auditCount(h.acme)
        let before = try await h.account(h.acme)
        let payload = try await h.mutate("updateAccount(input: { phone: \"\(phone)\", email: \"new@acme.test\" })", "account { phone }")
        #expect(MutationHarness.errors(payload) == ["input.phone INVALID"])
        #expect(payload["userErrors"]?.first?["message"] == JSONValue.string(PhoneNumber.message))
        #expect(payload["account"] == JSONValue.null)
        #expect(try await h.account(h.acme) == before)
        #expect(try await h.auditCount(h.acme) == events)
    }

    @Test func everyMistakeIsReportedAtItsPath() async throws {
        let h = try await MutationHarness()
        let payload = try await h.mutate(
            """
            updateAccount(input: { email: "not-an-email", billingAddress: { line1: " ", city: "Paris", postalCode: "75001", country: "France" } })
            """, "account { id }")
        #expect(
            MutationHarness.errors(payload) == [
                "input.email INVALID", "input.billingAddress.line1 INVALID", "input.billingAddress.country INVALID",
            ])
    }

    @Test func onlyTheGivenFieldsChange() async throws {
        let h = try await MutationHarness()
        let before = try await h.account(h.acme)
        let payload = try await h.mutate(
            """
            updateAccount(input: { billingAddress: { line1: "1 Rue de Rivoli", city: "Paris", postalCode: "75001", country: "fr" } })
            """, "account { phone billingAddress { line1 line2 city region postalCode country } }")
        #expect(MutationHarness.errors(payload).isEmpty)
        #expect(payload["account"]?["billingAddress"]?["country"] == JSONValue.string("FR"))
        #expect(payload["account"]?["billingAddress"]?["line2"] == JSONValue.null)
        let after = try await h.account(h.acme)
        #expect(after.phone == before.phone && after.email == before.email && after.addressCity == "Paris" && after.addressRegion == nil)
    }

    @Test func anExplicitNullRemovesAFieldAndLeavingItOutKeepsIt() async throws {
        let h = try await MutationHarness()
        let payload = try await h.mutate(
            "updateAccount(input: { phone: null, billingAddress: null })", "account { phone email billingAddress { line1 } }")
        #expect(MutationHarness.errors(payload).isEmpty)
        #expect(payload["account"]?["phone"] == JSONValue.null)
        #expect(payload["account"]?["billingAddress"] == JSONValue.null)
        #expect(payload["account"]?["email"] == JSONValue.string("billing@acme.test"))
        let after = try await h.account(h.acme)
        #expect(after.phone == nil && after.billingAddress == nil && after.email == "billing@acme.test")
        let event = try await h.store.auditEvents(accountID: h.acme, first: 1).items.first
        #expect(event?.summary == "Removed phone, billing address")
    }

    @Test func aNullFromAVariableRemovesTooButNotBesideAnInvalidField() async throws {
        let h = try await MutationHarness()
        let query = "mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { email } userErrors { code } } }"
        let invalid = try await h.fixture.run(
            query, as: "admin@acme.test", variables: [("input", .object([("email", .null), ("phone", .string("call me"))]))])
        #expect(invalid.data?["updateAccount"]?["userErrors"]?.first?["code"] == JSONValue.string("INVALID"))
        #expect(try await h.account(h.acme).email == "billing@acme.test")
        let cleared = try await h.fixture.run(query, as: "admin@acme.test", variables: [("input", .object([("email", .null)]))])
        #expect(cleared.errors.isEmpty)
        #expect(cleared.data?["updateAccount"]?["account"]?["email"] == JSONValue.null)
        #expect(try await h.account(h.acme).email == nil)
    }

    @Test func anotherAccountIsNotFoundAndAnEmptyUpdateIsInvalid() async throws {
        let h = try await MutationHarness()
        let events = try await h.auditCount(h.globex)
        let globexID = GlobalID.encode("Account", h.globex)
        let foreign = try await h.mutate("updateAccount(input: { accountId: \"\(globexID)\", phone: \"5550000000\" })", "account { id }")
        #expect(MutationHarness.errors(foreign) == ["input.accountId NOT_FOUND"])
        #expect(try await h.account(h.globex).phone == "5557771234")
        #expect(try await h.auditCount(h.globex) == events)
        let empty = try await h.mutate("updateAccount(input: {})", "account { id }")
        #expect(MutationHarness.errors(empty) == ["input INVALID"])
        let own = try await h.mutate(
            "updateAccount(input: { accountId: \"\(GlobalID.encode("Account", h.acme))\", phone: \"5550000000\" })", "account { phone }")
        #expect(own["account"]?["phone"] == JSONValue.string("5550000000"))
    }

    @Test func onlyBillingAdminsMayUpdate() async throws {
        let h = try await MutationHarness()
        for email in ["member@acme.test", "csm@portal.test", "support@portal.test"] {
            let result = try await h.fixture.run(
                "mutation { updateAccount(input: { phone: \"5550000000\" }) { account { phone } } }", as: email)
            #expect(result.codes == ["FORBIDDEN"])
            #expect(result.errors.first?.path.map(\.description) == ["updateAccount"])
        }
        let anonymous = try await h.fixture.run(
            "mutation { updateAccount(input: { phone: \"5550000000\" }) { account { phone } } }", as: nil)
        #expect(anonymous.codes == ["UNAUTHENTICATED"])
        #expect(try await h.account(h.acme).phone == "5554443333")
    }
}
