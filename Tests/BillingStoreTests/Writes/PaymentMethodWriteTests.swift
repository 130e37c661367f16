import GRDB
import Testing

@testable import BillingStore

struct PaymentMethodWriteTests {
    @Test func addingADefaultTakesTheDefaultFromThePreviousOne() async throws {
        let f = try await WriteFixture()
        let saved = try await f.store.addPaymentMethod(accountID: f.acme, WriteFixture.card(isDefault: true), by: f.ada)
        #expect(saved.isDefault && saved.last4 == "1111" && saved.brand == "VISA" && saved.createdAt == "2026-11-27T10:00:00Z")
        let methods = try await f.store.paymentMethods(accountIDs: [f.acme])[f.acme]!
        #expect(methods.filter(\.isDefault).map(\.id) == [saved.id])
        #expect(methods.count == 3)
        #expect(try await f.lastAudit()?.summary == "Added card VISA ending 1111 as the default")
        #expect(try await f.lastAudit()?.action == "addPaymentMethod")
    }

    @Test func addingANonDefaultKeepsTheDefault() async throws {
        let f = try await WriteFixture()
        let saved = try await f.store.addPaymentMethod(accountID: f.acme, WriteFixture.card(isOneTime: true), by: f.ada)
        #expect(!saved.isDefault && saved.isOneTime)
        #expect(try await f.store.paymentMethods(accountIDs: [f.acme])[f.acme]!.filter(\.isDefault).map(\.id) == [f.acmeCard])
    }

    @Test func aBankWithoutANameIsSummarizedPlainly() async throws {
        let f = try await WriteFixture()
        let bank = NewPaymentMethod(
            kind: .bankAccount, brand: "Bank account", last4: "1234", expMonth: nil, expYear: nil, holderName: "Acme", isDefault: false,
            isOneTime: false)
        _ = try await f.store.addPaymentMethod(accountID: f.acme, bank, by: f.ada)
        #expect(try await f.lastAudit()?.summary == "Added bank account ending 1234")
    }

    @Test func oneTimeMethodIsNeverTheDefault() async throws {
        let f = try await WriteFixture()
        let events = try await f.count("audit_events")
        let both = try await writeError {
            try await f.store.addPaymentMethod(accountID: f.acme, WriteFixture.card(isDefault: true, isOneTime: true), by: f.ada)
        }
        #expect(both == .oneTimeMethodCannotBeDefault)
        let oneTime = try await f.store.addPaymentMethod(accountID: f.acme, WriteFixture.card(isOneTime: true), by: f.ada)
        let events2 = try await f.count("audit_events")
        #expect(events2 == events + 1)
        let promote = try await writeError { try await f.store.setDefaultPaymentMethod(id: oneTime.id, accountID: f.acme, by: f.ada) }
        #expect(promote == .oneTimeMethodCannotBeDefault)
        #expect(try await f.count("audit_events") == events2)
        #expect(try await f.count("payment_methods", "is_default = 1 AND account_id = ?", [f.acme]) == 1)
    }

    @Test func setDefaultMovesTheDefault() async throws {
        let f = try await WriteFixture()
        let method = try await f.store.setDefaultPaymentMethod(id: f.acmeBank, accountID: f.acme, by: f.ada)
        #expect(method.isDefault && method.id == f.acmeBank)
        #expect(try await f.store.paymentMethods(accountIDs: [f.acme])[f.acme]!.filter(\.isDefault).map(\.id) == [f.acmeBank])
        #expect(try await f.lastAudit()?.summary == "Made First Federal Bank ending 6789 the default")
    }

    @Test func aCardPastItsExpiryMonthCannotBecomeTheDefault() async throws {
        let f = try await WriteFixture()
        var card = WriteFixture.card(last4: "2222")
        (card.expMonth, card.expYear) = (11, 2026)
        let saved = try await f.store.addPaymentMethod(accountID: f.acme, card, by: f.ada)
        let december = WriteActor(userID: f.ada.userID, now: WriteFixture.now.addingTimeInterval(4 * 86_400))
        let events = try await f.count("audit_events")
        let refused = try await writeError { try await f.store.setDefaultPaymentMethod(id: saved.id, accountID: f.acme, by: december) }
        #expect(refused == .paymentMethodExpired)
        #expect(try await f.count("audit_events") == events)
        #expect(try await f.store.paymentMethods(accountIDs: [f.acme])[f.acme]!.first { $0.id == saved.id }?.isDefault == false)
        // In its last valid month it still may.
        #expect(try await f.store.setDefaultPaymentMethod(id: saved.id, accountID: f.acme, by: f.ada).isDefault)
        let bank = try await f.store.setDefaultPaymentMethod(id: f.acmeBank, accountID: f.acme, by: december)
        #expect(bank.isDefault)
    }

    @Test func anotherAccountsMethodIsNotFound() async throws {
        let f = try await WriteFixture()
        let events = try await f.count("audit_events")
        #expect(
            try await writeError { try await f.store.setDefaultPaymentMethod(id: f.globexCard, accountID: f.acme, by: f.ada) }
                == .notFound(.paymentMethod))
        #expect(
            try await writeError { try await f.store.removePaymentMethod(id: f.globexCard, accountID: f.acme, by: f.ada) }
                == .notFound(.paymentMethod))
        #expect(try await f.count("audit_events") == events)
        #expect(try await f.store.paymentMethods(accountIDs: [f.globex])[f.globex]!.count == 1)
    }

    @Test func theDefaultGoesOnlyWhenNoOtherMethodRemains() async throws {
        let f = try await WriteFixture()
        let events = try await f.count("audit_events")
        #expect(
            try await writeError { try await f.store.removePaymentMethod(id: f.acmeCard, accountID: f.acme, by: f.ada) }
                == .defaultMethodInUse)
        #expect(try await f.count("audit_events") == events)
        try await f.store.removePaymentMethod(id: f.acmeBank, accountID: f.acme, by: f.ada)
        #expect(try await f.lastAudit()?.action == "removePaymentMethod")
        #expect(try await f.store.paymentMethods(accountIDs: [f.acme])[f.acme]!.map(\.id) == [f.acmeCard])
        try await f.store.removePaymentMethod(id: f.acmeCard, accountID: f.acme, by: f.ada)
        #expect(try await f.store.paymentMethods(accountIDs: [f.acme])[f.acme]!.isEmpty)
        #expect(try await f.count("audit_events") == events + 2)
        // Removed methods stay readable by id, so the orders they paid still name them.
        #expect(try await f.store.paymentMethods(ids: [f.acmeCard])[f.acmeCard]?.isDefault == false)
        #expect(
            try await writeError { try await f.store.removePaymentMethod(id: f.acmeCard, accountID: f.acme, by: f.ada) }
                == .notFound(.paymentMethod))
    }

    @Test func theDefaultCanGoAfterAnotherBecameDefault() async throws {
        let f = try await WriteFixture()
        _ = try await f.store.setDefaultPaymentMethod(id: f.acmeBank, accountID: f.acme, by: f.ada)
        try await f.store.removePaymentMethod(id: f.acmeCard, accountID: f.acme, by: f.ada)
        #expect(try await f.store.paymentMethods(accountIDs: [f.acme])[f.acme]!.map(\.id) == [f.acmeBank])
    }
}
