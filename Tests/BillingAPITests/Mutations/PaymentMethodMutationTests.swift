import BillingStore
import GraphQLEngine
import Testing

@testable import BillingAPI

struct PaymentMethodMutationTests {
    static let selection = "paymentMethod { id kind brand last4 expMonth expYear holderName isDefault isOneTime createdAt }"

    @Test func aCardIsSavedAsBrandLastFourAndExpiry() async throws {
        let h = try await MutationHarness()
        let events = try await h.auditCount(h.acme)
        let payload = try await h.mutate(
            """
            addPaymentMethod(input: { card: { number: "3782 822463 10005", expMonth: 1, expYear: 2029, holderName: "Ada Admin" }, isDefault: true })
            """, Self.selection)
        #expect(MutationHarness.errors(payload).isEmpty)
        let method = try #require(payload["paymentMethod"])
        #expect(method["kind"] == JSONValue.string("CARD") && method["brand"] == JSONValue.string("AMEX"))
        #expect(
            method["last4"] == JSONValue.string("0005") && method["expMonth"] == JSONValue.int(1)
                && method["expYear"] == JSONValue.int(2029))
        #expect(method["isDefault"] == JSONValue.bool(true) && method["isOneTime"] == JSONValue.bool(false))
        #expect(method["createdAt"] == JSONValue.string("2026-11-27T10:00:00Z"))
        let ids = try await h.paymentMethodIDs(h.acme)
        #expect(ids.first == method["id"]?.stringValue && ids.count == 3)
        let defaults = try await h.store.paymentMethods(accountIDs: [h.acme])[h.acme]!.filter(\.isDefault)
        #expect(defaults.count == 1)
        #expect(try await h.auditCount(h.acme) == events + 1)
    }

    @Test func aBankAccountKeepsOnlyItsLastFourDigits() async throws {
        let h = try await MutationHarness()
        let payload = try await h.mutate(
            """
            addPaymentMethod(input: { bankAccount: { routingNumber: "021000021", accountNumber: "000123456789", holderName: "Acme Corp" } })
            """, Self.selection)
        #expect(MutationHarness.errors(payload).isEmpty)
        #expect(payload["paymentMethod"]?["kind"] == JSONValue.string("BANK_ACCOUNT"))
        #expect(payload["paymentMethod"]?["last4"] == JSONValue.string("6789"))
        #expect(payload["paymentMethod"]?["expMonth"] == JSONValue.null)
        #expect(payload["paymentMethod"]?["isDefault"] == JSONValue.bool(false))
    }

    @Test(arguments: [
        (#"card: { number: "4242424242424241", expMonth: 12, expYear: 2030, holderName: "A" }"#, ["input.card.number INVALID"]),
        (#"card: { number: "6304000000000000", expMonth: 12, expYear: 2030, holderName: "A" }"#, ["input.card.number INVALID"]),
        (#"card: { number: "4242424242424242", expMonth: 10, expYear: 2026, holderName: "A" }"#, ["input.card.expYear INVALID"]),
        (
            #"card: { number: "4242424242424242", expMonth: 13, expYear: 2030, holderName: " " }"#,
            ["input.card.expMonth INVALID", "input.card.holderName INVALID"]
        ),
        (
            #"bankAccount: { routingNumber: "021000022", accountNumber: "12", holderName: "A" }"#,
            ["input.bankAccount.routingNumber INVALID", "input.bankAccount.accountNumber INVALID"]
        ),
        (#"isDefault: true"#, ["input INVALID"]),
        (
            #"card: { number: "4242424242424242", expMonth: 12, expYear: 2030, holderName: "A" }, bankAccount: { routingNumber: "021000021", accountNumber: "1234", holderName: "A" }"#,
            ["input INVALID"]
        ),
        (
            #"card: { number: "4242424242424242", expMonth: 12, expYear: 2030, holderName: "A" }, isDefault: true, isOneTime: true"#,
            ["input.isOneTime INVALID"]
        ),
    ])
    func badInputIsAUserErrorAndSavesNothing(_ input: String, _ expected: [String]) async throws {
        let h = try await MutationHarness()
        let events = try await h.auditCount(h.acme)
        let payload = try await h.mutate("addPaymentMethod(input: { \(input) })", "paymentMethod { id }")
        #expect(MutationHarness.errors(payload) == expected)
        #expect(payload["paymentMethod"] == JSONValue.null)
        #expect(try await h.paymentMethodIDs(h.acme).count == 2)
        #expect(try await h.auditCount(h.acme) == events)
    }

    @Test func setDefaultAndRemoveFollowTheRules() async throws {
        let h = try await MutationHarness()
        let ids = try await h.paymentMethodIDs(h.acme)
        let (card, bank) = (ids[0], ids[1])
        let events = try await h.auditCount(h.acme)
        let refused = try await h.mutate("removePaymentMethod(id: \"\(card)\")", "removedPaymentMethodId")
        #expect(MutationHarness.errors(refused) == ["id CONFLICT"])
        #expect(refused["removedPaymentMethodId"] == JSONValue.null)
        let made = try await h.mutate("setDefaultPaymentMethod(id: \"\(bank)\")", "paymentMethod { id isDefault }")
        #expect(made["paymentMethod"]?["isDefault"] == JSONValue.bool(true))
        let removed = try await h.mutate("removePaymentMethod(id: \"\(card)\")", "removedPaymentMethodId")
        #expect(removed["removedPaymentMethodId"] == JSONValue.string(card))
        #expect(try await h.paymentMethodIDs(h.acme) == [bank])
        let last = try await h.mutate("removePaymentMethod(id: \"\(bank)\")", "removedPaymentMethodId")
        #expect(MutationHarness.errors(last).isEmpty)
        #expect(try await h.paymentMethodIDs(h.acme).isEmpty)
        #expect(try await h.auditCount(h.acme) == events + 3)
        let data = try await h.run("{ account { paymentMethods { id } } }")
        #expect(data["account"]?["paymentMethods"] == JSONValue.list([]))
    }

    @Test func anotherAccountsMethodIsNotFound() async throws {
        let h = try await MutationHarness()
        let globexCard = try await h.paymentMethodIDs(h.globex)[0]
        for field in ["setDefaultPaymentMethod(id: \"\(globexCard)\")", "setDefaultPaymentMethod(id: \"garbage\")"] {
            let payload = try await h.mutate(field, "paymentMethod { id }")
            #expect(MutationHarness.errors(payload) == ["id NOT_FOUND"])
        }
        let removal = try await h.mutate("removePaymentMethod(id: \"\(globexCard)\")", "removedPaymentMethodId")
        #expect(MutationHarness.errors(removal) == ["id NOT_FOUND"])
        #expect(try await h.paymentMethodIDs(h.globex) == [globexCard])
    }

    @Test func aOneTimeMethodCannotBecomeTheDefault() async throws {
        let h = try await MutationHarness()
        let added = try await h.mutate(
            #"addPaymentMethod(input: { card: { number: "4111111111111111", expMonth: 12, expYear: 2030, holderName: "A" }, isOneTime: true })"#,
            "paymentMethod { id isOneTime isDefault }")
        let id = try #require(added["paymentMethod"]?["id"]?.stringValue)
        let payload = try await h.mutate("setDefaultPaymentMethod(id: \"\(id)\")", "paymentMethod { id }")
        #expect(MutationHarness.errors(payload) == ["id INVALID"])
    }
}
