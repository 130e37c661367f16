import GRDB
import Testing

@testable import BillingStore

struct AccountWriteTests {
    @Test func updateChangesOnlyTheGivenFields() async throws {
        let f = try await WriteFixture()
        let before = try await f.store.accounts(ids: [f.acme])[f.acme]!
        let updated = try await f.store.updateAccount(f.acme, AccountChanges(phone: "5551112222"), by: f.ada)
        let after = try await f.store.accounts(ids: [f.acme])[f.acme]!
        #expect(after.phone == "5551112222")
        #expect(updated == after)
        var expected = before
        expected.phone = "5551112222"
        #expect(after == expected)
        let event = try await f.lastAudit()
        #expect(event?.action == "updateAccount")
        #expect(event?.actorUserID == f.ada.userID)
        #expect(event?.accountID == f.acme)
        #expect(event?.summary == "Changed phone to 5551112222")
        #expect(event?.at == "2026-11-27T10:00:00Z")
    }

    @Test func updateReplacesTheWholeAddressAndEmail() async throws {
        let f = try await WriteFixture()
        let address = Address(line1: "1 Rue de Rivoli", line2: nil, city: "Paris", region: nil, postalCode: "75001", country: "FR")
        _ = try await f.store.updateAccount(f.acme, AccountChanges(email: "ap@acme.test", billingAddress: address), by: f.ada)
        let after = try await f.store.accounts(ids: [f.acme])[f.acme]!
        #expect(after.billingAddress == address)
        #expect(after.email == "ap@acme.test")
        #expect(after.phone == "5554443333")
        #expect(try await f.lastAudit()?.summary == "Changed email to ap@acme.test, billing address to 1 Rue de Rivoli, Paris, FR")
    }

    @Test func clearedFieldsBecomeNullAndTheAddressGoesWhole() async throws {
        let f = try await WriteFixture()
        let before = try await f.store.accounts(ids: [f.acme])[f.acme]!
        #expect(before.billingAddress != nil && before.email != nil)
        let changes = AccountChanges(phone: "5551112222", cleared: [.email, .billingAddress])
        let updated = try await f.store.updateAccount(f.acme, changes, by: f.ada)
        let after = try await f.store.accounts(ids: [f.acme])[f.acme]!
        #expect(updated == after)
        #expect(after.phone == "5551112222" && after.email == nil && after.billingAddress == nil)
        #expect(after.addressLine2 == nil && after.addressRegion == nil)
        #expect(try await f.lastAudit()?.summary == "Changed phone to 5551112222; removed email, billing address")
        _ = try await f.store.updateAccount(f.acme, AccountChanges(cleared: [.phone]), by: f.ada)
        #expect(try await f.store.accounts(ids: [f.acme])[f.acme]!.phone == nil)
        #expect(try await f.lastAudit()?.summary == "Removed phone")
    }

    @Test func emptyUpdateIsRefusedWithoutAudit() async throws {
        let f = try await WriteFixture()
        let events = try await f.count("audit_events")
        #expect(try await writeError { try await f.store.updateAccount(f.acme, AccountChanges(), by: f.ada) } == .nothingToChange)
        #expect(try await f.count("audit_events") == events)
    }

    @Test func csmGrantsAndWithdrawsBillingAdminAtOnce() async throws {
        let f = try await WriteFixture()
        let user = try await f.store.setBillingAdmin(accountID: f.acme, userID: f.milo, isBillingAdmin: true, by: f.cora)
        #expect(user.role == .billingAdmin)
        #expect(try await f.store.billingAdmins(accountIDs: [f.acme])[f.acme]?.map(\.id).contains(f.milo) == true)
        #expect(try await f.lastAudit()?.summary == "Made Milo Member a Billing Admin")
        _ = try await f.store.setBillingAdmin(accountID: f.acme, userID: f.milo, isBillingAdmin: false, by: f.cora)
        #expect(try await f.store.users(ids: [f.milo])[f.milo]?.role == .member)
        #expect(try await f.lastAudit()?.summary == "Removed Billing Admin access from Milo Member")
        #expect(try await f.lastAudit()?.actorUserID == f.cora.userID)
    }

    @Test func theLastBillingAdminStaysUntilAnotherIsMade() async throws {
        let f = try await WriteFixture()
        let events = try await f.count("audit_events")
        let alone = try await writeError {
            try await f.store.setBillingAdmin(accountID: f.acme, userID: f.ada.userID, isBillingAdmin: false, by: f.cora)
        }
        #expect(alone == .lastBillingAdmin)
        #expect(try await f.store.users(ids: [f.ada.userID])[f.ada.userID]?.role == .billingAdmin)
        #expect(try await f.count("audit_events") == events)
        _ = try await f.store.setBillingAdmin(accountID: f.acme, userID: f.milo, isBillingAdmin: true, by: f.cora)
        let handedOver = try await f.store.setBillingAdmin(accountID: f.acme, userID: f.ada.userID, isBillingAdmin: false, by: f.cora)
        #expect(handedOver.role == .member)
        #expect(try await f.store.billingAdmins(accountIDs: [f.acme])[f.acme]?.map(\.id) == [f.milo])
    }

    @Test func setBillingAdminNeedsAManagedAccountAndOneOfItsUsers() async throws {
        let f = try await WriteFixture()
        let events = try await f.count("audit_events")
        let onGlobex = try await writeError {
            try await f.store.setBillingAdmin(accountID: f.globex, userID: f.gus, isBillingAdmin: false, by: f.cora)
        }
        #expect(onGlobex == .forbidden)
        let byAdmin = try await writeError {
            try await f.store.setBillingAdmin(accountID: f.acme, userID: f.milo, isBillingAdmin: true, by: f.ada)
        }
        #expect(byAdmin == .forbidden)
        let otherAccountsUser = try await writeError {
            try await f.store.setBillingAdmin(accountID: f.acme, userID: f.gus, isBillingAdmin: true, by: f.cora)
        }
        #expect(otherAccountsUser == .notFound(.user))
        let staff = try await writeError {
            try await f.store.setBillingAdmin(accountID: f.acme, userID: f.cora.userID, isBillingAdmin: true, by: f.cora)
        }
        #expect(staff == .notFound(.user))
        #expect(try await f.store.users(ids: [f.gus])[f.gus]?.role == .billingAdmin)
        #expect(try await f.count("audit_events") == events)
    }
}
