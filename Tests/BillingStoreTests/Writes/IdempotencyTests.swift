import GRDB
import Testing

@testable import BillingStore

struct IdempotencyTests {
    @Test func aRetryReturnsTheFirstResultAndChangesNothing() async throws {
        let f = try await WriteFixture()
        let request = DialerCreditRequest(accountID: f.acme, minutes: 700, idempotencyKey: "retry-1")
        let first = try await f.store.addDialerMinutesCredit(request, by: f.ada)
        let snapshot = try await f.temp.dump()
        let second = try await f.store.addDialerMinutesCredit(request, by: f.ada)
        #expect(!first.replayed && second.replayed)
        #expect(second.orderID == first.orderID)
        #expect(try await f.temp.dump() == snapshot)
    }

    @Test func theSameKeyWithOtherInputIsAConflict() async throws {
        let f = try await WriteFixture()
        _ = try await f.store.addDialerMinutesCredit(DialerCreditRequest(accountID: f.acme, minutes: 700, idempotencyKey: "k"), by: f.ada)
        let snapshot = try await f.temp.dump()
        let otherMinutes = try await writeError {
            try await f.store.addDialerMinutesCredit(DialerCreditRequest(accountID: f.acme, minutes: 701, idempotencyKey: "k"), by: f.ada)
        }
        #expect(otherMinutes == .idempotencyKeyReused)
        let otherMethod = try await writeError {
            try await f.store.addDialerMinutesCredit(
                DialerCreditRequest(accountID: f.acme, minutes: 700, paymentMethodID: f.acmeCard, idempotencyKey: "k"), by: f.ada)
        }
        #expect(otherMethod == .idempotencyKeyReused)
        let otherMutation = try await writeError {
            try await f.store.addLicenses(
                LicensePurchaseRequest(accountID: f.acme, productID: 1, quantity: 700, idempotencyKey: "k"), by: f.ada)
        }
        #expect(otherMutation == .idempotencyKeyReused)
        #expect(try await f.temp.dump() == snapshot)
    }

    @Test func keysBelongToOneAccount() async throws {
        let f = try await WriteFixture()
        let gus = WriteActor(userID: f.gus, now: WriteFixture.now)
        let acme = try await f.store.addDialerMinutesCredit(
            DialerCreditRequest(accountID: f.acme, minutes: 5, idempotencyKey: "shared"), by: f.ada)
        let globex = try await f.store.addDialerMinutesCredit(
            DialerCreditRequest(accountID: f.globex, minutes: 5, idempotencyKey: "shared"), by: gus)
        #expect(!globex.replayed && globex.orderID != acme.orderID)
    }

    @Test func aFailedRequestDoesNotClaimItsKey() async throws {
        let f = try await WriteFixture()
        let request = LicensePurchaseRequest(accountID: f.acme, productID: 9_999, quantity: 1, idempotencyKey: "k")
        #expect(try await writeError { try await f.store.addLicenses(request, by: f.ada) } == .notFound(.product))
        #expect(try await f.count("idempotency_keys") == 0)
        var fixed = request
        fixed.productID = 1
        #expect(try await f.store.addLicenses(fixed, by: f.ada).replayed == false)
    }

    @Test func aRetryAnswersEvenAfterItsOneTimeMethodWasConsumed() async throws {
        let f = try await WriteFixture()
        let card = try await f.store.addPaymentMethod(accountID: f.acme, WriteFixture.card(isOneTime: true), by: f.ada)
        let request = DialerCreditRequest(accountID: f.acme, minutes: 60, paymentMethodID: card.id, idempotencyKey: "once")
        let first = try await f.store.addDialerMinutesCredit(request, by: f.ada)
        let retry = try await f.store.addDialerMinutesCredit(request, by: f.ada)
        #expect(retry.replayed && retry.orderID == first.orderID)
    }

    @Test func licensePurchasesAndSeatChangesReplayToo() async throws {
        let f = try await WriteFixture()
        let buy = LicensePurchaseRequest(accountID: f.acme, productID: 1, quantity: 2, idempotencyKey: "buy")
        let first = try await f.store.addLicenses(buy, by: f.ada)
        let change = LicenseQuantityChange(
            accountID: f.acme, purchasedProductID: first.purchasedProductID!, quantity: 3, idempotencyKey: "more")
        let raised = try await f.store.changeLicenseQuantity(change, by: f.ada)
        let snapshot = try await f.temp.dump()
        var replay = first
        replay.replayed = true
        #expect(try await f.store.addLicenses(buy, by: f.ada) == replay)
        #expect(try await f.store.changeLicenseQuantity(change, by: f.ada).orderID == raised.orderID)
        #expect(try await f.temp.dump() == snapshot)
    }

    @Test func aRetryAnswersTheStateItsFirstRunLeftNotTodays() async throws {
        let f = try await WriteFixture()
        let buy = LicensePurchaseRequest(accountID: f.acme, productID: 1, quantity: 2, idempotencyKey: "buy")
        let bought = try await f.store.addLicenses(buy, by: f.ada)
        #expect(bought.purchasedProduct?.quantity == 2 && bought.purchasedProduct?.id == bought.purchasedProductID)
        let licenseID = try #require(bought.purchasedProductID)
        let raise = LicenseQuantityChange(accountID: f.acme, purchasedProductID: licenseID, quantity: 5, idempotencyKey: "raise")
        #expect(try await f.store.changeLicenseQuantity(raise, by: f.ada).purchasedProduct?.quantity == 5)
        _ = try await f.store.changeLicenseQuantity(
            LicenseQuantityChange(accountID: f.acme, purchasedProductID: licenseID, quantity: 4), by: f.ada)
        let boughtAgain = try await f.store.addLicenses(buy, by: f.ada)
        let raisedAgain = try await f.store.changeLicenseQuantity(raise, by: f.ada)
        #expect(boughtAgain.replayed && boughtAgain.purchasedProduct?.quantity == 2)
        #expect(raisedAgain.replayed && raisedAgain.purchasedProduct?.quantity == 5)

        let balance = try await f.balance(f.acme)
        let credit = DialerCreditRequest(accountID: f.acme, minutes: 100, idempotencyKey: "credit")
        #expect(try await f.store.addDialerMinutesCredit(credit, by: f.ada).dialerBalanceMinutes == balance + 100)
        _ = try await f.store.addDialerMinutesCredit(DialerCreditRequest(accountID: f.acme, minutes: 50), by: f.ada)
        let creditAgain = try await f.store.addDialerMinutesCredit(credit, by: f.ada)
        #expect(creditAgain.replayed && creditAgain.dialerBalanceMinutes == balance + 100)
        #expect(try await f.balance(f.acme) == balance + 150)
    }

    @Test func twentySimultaneousRetriesApplyOnce() async throws {
        let f = try await WriteFixture()
        let balance = try await f.balance(f.acme)
        let orders = try await f.count("orders")
        let events = try await f.count("audit_events")
        let request = DialerCreditRequest(accountID: f.acme, minutes: 250, idempotencyKey: "one-key")
        let (store, ada) = (f.store, f.ada)
        let results = try await withThrowingTaskGroup(of: PurchaseResult.self) { group in
            for _ in 0..<20 { group.addTask { try await store.addDialerMinutesCredit(request, by: ada) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 20)
        #expect(results.filter { !$0.replayed }.count == 1)
        #expect(Set(results.map(\.orderID)).count == 1)
        #expect(try await f.balance(f.acme) == balance + 250)
        #expect(try await f.count("orders") == orders + 1)
        #expect(try await f.count("audit_events") == events + 1)
    }

    @Test func fortySimultaneousCreditsWithDistinctKeysAllApply() async throws {
        let f = try await WriteFixture()
        let balance = try await f.balance(f.acme)
        let events = try await f.count("audit_events")
        let (store, ada, acme) = (f.store, f.ada, f.acme)
        let results = try await withThrowingTaskGroup(of: PurchaseResult.self) { group in
            for index in 0..<40 {
                group.addTask {
                    try await store.addDialerMinutesCredit(
                        DialerCreditRequest(accountID: acme, minutes: 10 + index, idempotencyKey: "key-\(index)"), by: ada)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results.compactMap(\.orderID)).count == 40)
        #expect(try await f.balance(f.acme) == balance + (0..<40).reduce(0) { $0 + 10 + $1 })
        #expect(try await f.count("audit_events") == events + 40)
        #expect(try await f.count("idempotency_keys") == 40)
    }
}
