import Foundation
import GRDB
import Testing

@testable import BillingStore

struct DialerCreditWriteTests {
    @Test func creditAppendsToTheLedgerAndPlacesAPaidOrder() async throws {
        let f = try await WriteFixture()
        let balance = try await f.balance(f.acme)
        let result = try await f.store.addDialerMinutesCredit(DialerCreditRequest(accountID: f.acme, minutes: 500), by: f.ada)
        #expect(!result.replayed && result.purchasedProductID == nil)
        #expect(try await f.balance(f.acme) == balance + 500)
        let orderID = try #require(result.orderID)
        let order = try #require(try await f.store.orders(ids: [orderID])[orderID])
        #expect(order.status == .activated && order.accountID == f.acme && order.paymentMethodID == f.acmeCard)
        #expect(order.totalMinor == 1_000 && order.orderDate == "2026-11-27" && order.placedByUserID == f.ada.userID)
        let invoice = try #require(try await f.store.invoices(forOrderIDs: [orderID])[orderID])
        #expect(invoice.status == .paid && invoice.amountDueMinor == 0 && invoice.totalMinor == 1_000 && invoice.paidOn == "2026-11-27")
        let lines = try await f.store.lineItems(forInvoiceIDs: [invoice.id])[invoice.id]!
        #expect(lines.map(\.quantity) == [500])
        #expect(lines.map(\.unitPriceMinor) == [2])
        #expect(lines.map(\.description) == ["Dialer Minutes (US & Canada), 500 minutes"])
        #expect(try await f.store.lineItems(forOrderIDs: [orderID])[orderID]!.map(\.totalMinor) == [1_000])
        let credits = try await f.store.dialerCredits(accountIDs: [f.acme], first: 1)[f.acme]!
        #expect(credits.map(\.orderID) == [orderID])
        #expect(credits.map(\.creditedAt) == ["2026-11-27T10:00:00Z"])
        let event = try await f.lastAudit()
        #expect(event?.action == "addDialerMinutesCredit")
        #expect(event?.summary == "Added 500 dialer minutes for USD 10.00 (order \(order.number), paid with VISA ending 4242)")
    }

    @Test func aOneTimeMethodIsConsumedByThePurchase() async throws {
        let f = try await WriteFixture()
        let card = try await f.store.addPaymentMethod(accountID: f.acme, WriteFixture.card(isOneTime: true), by: f.ada)
        let result = try await f.store.addDialerMinutesCredit(
            DialerCreditRequest(accountID: f.acme, minutes: 100, paymentMethodID: card.id), by: f.ada)
        #expect(try await f.store.orders(ids: [result.orderID!])[result.orderID!]?.paymentMethodID == card.id)
        #expect(try await f.store.paymentMethods(accountIDs: [f.acme])[f.acme]!.map(\.id).contains(card.id) == false)
        let again = try await writeError {
            try await f.store.addDialerMinutesCredit(
                DialerCreditRequest(accountID: f.acme, minutes: 100, paymentMethodID: card.id), by: f.ada)
        }
        #expect(again == .notFound(.paymentMethod))
    }

    @Test func noMethodAndNoDefaultIsPaymentMethodRequired() async throws {
        let f = try await WriteFixture()
        try await f.store.removePaymentMethod(id: f.acmeBank, accountID: f.acme, by: f.ada)
        try await f.store.removePaymentMethod(id: f.acmeCard, accountID: f.acme, by: f.ada)
        _ = try await f.store.addPaymentMethod(accountID: f.acme, WriteFixture.card(isOneTime: true), by: f.ada)
        let snapshot = try await f.temp.dump()
        let error = try await writeError {
            try await f.store.addDialerMinutesCredit(DialerCreditRequest(accountID: f.acme, minutes: 10), by: f.ada)
        }
        #expect(error == .paymentMethodRequired)
        let licenses = try await writeError {
            try await f.store.addLicenses(
                LicensePurchaseRequest(accountID: f.acme, productID: 1, quantity: 1, idempotencyKey: "k"), by: f.ada)
        }
        #expect(licenses == .paymentMethodRequired)
        #expect(try await f.temp.dump() == snapshot)
    }

    @Test func aCardPastItsExpiryMonthCannotPay() async throws {
        let f = try await WriteFixture()
        var card = WriteFixture.card(isDefault: true)
        (card.expMonth, card.expYear) = (11, 2026)
        let saved = try await f.store.addPaymentMethod(accountID: f.acme, card, by: f.ada)
        let lastDay = WriteActor(userID: f.ada.userID, now: WriteFixture.now.addingTimeInterval(3 * 86_400 + 13 * 3600))  // 11-30 23:00
        #expect(try await f.store.addDialerMinutesCredit(DialerCreditRequest(accountID: f.acme, minutes: 1), by: lastDay).orderID != nil)
        let december = WriteActor(userID: f.ada.userID, now: WriteFixture.now.addingTimeInterval(4 * 86_400))
        let snapshot = try await f.temp.dump()
        let byDefault = try await writeError {
            try await f.store.addDialerMinutesCredit(DialerCreditRequest(accountID: f.acme, minutes: 1), by: december)
        }
        #expect(byDefault == .paymentMethodExpired)
        let named = try await writeError {
            try await f.store.addLicenses(
                LicensePurchaseRequest(accountID: f.acme, productID: 1, quantity: 1, paymentMethodID: saved.id), by: december)
        }
        #expect(named == .paymentMethodExpired)
        #expect(try await f.temp.dump() == snapshot)
    }

    @Test func anotherAccountsMethodIsNotFound() async throws {
        let f = try await WriteFixture()
        let snapshot = try await f.temp.dump()
        let error = try await writeError {
            try await f.store.addDialerMinutesCredit(
                DialerCreditRequest(accountID: f.acme, minutes: 10, paymentMethodID: f.globexCard), by: f.ada)
        }
        #expect(error == .notFound(.paymentMethod))
        #expect(try await f.temp.dump() == snapshot)
    }
}

struct LicenseWriteTests {
    func product(_ f: WriteFixture, _ sku: String) async throws -> Product {
        try await f.temp.read { db in try Product.fetchOne(db, sql: "SELECT * FROM products WHERE sku = ?", arguments: [sku])! }
    }

    func license(_ f: WriteFixture, _ sku: String) async throws -> PurchasedProduct {
        try await f.temp.read { db in
            try PurchasedProduct.fetchOne(
                db,
                sql: "SELECT pp.* FROM purchased_products pp JOIN products p ON p.id = pp.product_id WHERE p.sku = ? AND pp.account_id = ?",
                arguments: [sku, f.acme])!
        }
    }

    @Test func addLicensesPlacesAPendingOrderWithAnOpenInvoice() async throws {
        let f = try await WriteFixture()
        let seat = try await product(f, "PB-SEAT")
        let result = try await f.store.addLicenses(LicensePurchaseRequest(accountID: f.acme, productID: seat.id, quantity: 5), by: f.ada)
        let license = try #require(try await f.store.purchasedProducts(ids: [result.purchasedProductID!])[result.purchasedProductID!])
        #expect(license.status == .pending && license.quantity == 5 && license.startsOn == "2026-11-27" && license.endsOn == "2027-11-26")
        #expect(license.orderID == result.orderID)
        let order = try #require(try await f.store.orders(ids: [result.orderID!])[result.orderID!])
        #expect(order.status == .pending && order.totalMinor == 5 * seat.unitPriceMinor)
        let invoice = try #require(try await f.store.invoices(forOrderIDs: [order.id])[order.id])
        #expect(invoice.status == .open && invoice.amountDueMinor == order.totalMinor && invoice.dueOn == "2026-12-27")
        #expect(
            try await f.lastAudit()?.summary == "Ordered 5 Playbooks Seat seats for USD 3,900.00 (order \(order.number), pending payment)")
    }

    @Test func onlyLicensesHaveSeats() async throws {
        let f = try await WriteFixture()
        let snapshot = try await f.temp.dump()
        let minutes = try await product(f, "DM-US")
        #expect(
            try await writeError { try await f.store.addLicenses(.init(accountID: f.acme, productID: minutes.id, quantity: 1), by: f.ada) }
                == .notALicense)
        #expect(
            try await writeError { try await f.store.addLicenses(.init(accountID: f.acme, productID: 9_999, quantity: 1), by: f.ada) }
                == .notFound(.product))
        let support = try await license(f, "SVC-SUPPORT")
        #expect(
            try await writeError {
                try await f.store.changeLicenseQuantity(.init(accountID: f.acme, purchasedProductID: support.id, quantity: 2), by: f.ada)
            } == .notALicense)
        #expect(try await f.temp.dump() == snapshot)
    }

    @Test func raisingSeatsOrdersTheAddedSeats() async throws {
        let f = try await WriteFixture()
        let seats = try await license(f, "PB-SEAT")
        let seat = try await product(f, "PB-SEAT")
        let result = try await f.store.changeLicenseQuantity(
            .init(accountID: f.acme, purchasedProductID: seats.id, quantity: 30), by: f.ada)
        #expect(try await f.store.purchasedProducts(ids: [seats.id])[seats.id]?.quantity == 30)
        let order = try #require(try await f.store.orders(ids: [result.orderID!])[result.orderID!])
        #expect(order.status == .pending && order.totalMinor == 5 * seat.unitPriceMinor)
        #expect(try await f.store.lineItems(forOrderIDs: [order.id])[order.id]!.map(\.description) == ["Playbooks Seat, 5 added seats"])
        #expect(try await f.store.invoices(forOrderIDs: [order.id])[order.id]?.status == .open)
        #expect(try await f.lastAudit()?.summary == "Raised Playbooks Seat from 25 to 30 seats (order \(order.number), USD 3,900.00)")
    }

    @Test func loweringSeatsPlacesNoOrderAndRefundsNothing() async throws {
        let f = try await WriteFixture()
        let seats = try await license(f, "PB-SEAT")
        let orders = try await f.count("orders")
        let invoices = try await f.count("invoices")
        let result = try await f.store.changeLicenseQuantity(
            .init(accountID: f.acme, purchasedProductID: seats.id, quantity: 20), by: f.ada)
        #expect(result.orderID == nil && result.purchasedProductID == seats.id)
        #expect(try await f.store.purchasedProducts(ids: [seats.id])[seats.id]?.quantity == 20)
        #expect(try await f.count("orders") == orders)
        #expect(try await f.count("invoices") == invoices)
        #expect(try await f.lastAudit()?.summary == "Lowered Playbooks Seat from 25 to 20 seats, without refund")
    }

    @Test func expiredUnchangedAndForeignLicensesAreRefused() async throws {
        let f = try await WriteFixture()
        let snapshot = try await f.temp.dump()
        let expired = try await license(f, "PB-ENT")
        let seats = try await license(f, "PB-SEAT")
        let globexSeats = try await f.temp.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM purchased_products WHERE account_id = ?", arguments: [f.globex])!
        }
        #expect(
            try await writeError {
                try await f.store.changeLicenseQuantity(.init(accountID: f.acme, purchasedProductID: expired.id, quantity: 9), by: f.ada)
            } == .licenseExpired)
        #expect(
            try await writeError {
                try await f.store.changeLicenseQuantity(.init(accountID: f.acme, purchasedProductID: seats.id, quantity: 25), by: f.ada)
            } == .quantityUnchanged(25))
        #expect(
            try await writeError {
                try await f.store.changeLicenseQuantity(.init(accountID: f.acme, purchasedProductID: globexSeats, quantity: 9), by: f.ada)
            } == .notFound(.purchasedProduct))
        #expect(try await f.temp.dump() == snapshot)
    }

    @Test func aTermFromALeapDayEndsOnTheLastDayOfFebruary() {
        #expect(BillingStore.termEnd(startingOn: CalendarDate("2028-02-29")!).description == "2029-02-28")
        #expect(BillingStore.termEnd(startingOn: CalendarDate("2026-01-01")!).description == "2026-12-31")
    }
}

struct AuditAmountTests {
    @Test(arguments: [
        (156_000, "USD", "USD 1,560.00"), (-5, "USD", "USD -0.05"), (1_560, "JPY", "JPY 1,560"), (1_500, "KWD", "KWD 1.500"),
        (7, "BHD", "BHD 0.007"), (Int64.min, "USD", "USD -92,233,720,368,547,758.08"), (0, "EUR", "EUR 0.00"),
    ])
    func amountsUseTheCurrencysDigits(minor: Int64, currency: String, text: String) {
        #expect(MinorUnits.text(minor, currency: currency) == text)
    }

    /// The integer constants the currency switches compare against are the packed codes, and each code gets its digits.
    @Test func currencyCodeConstantsArePackedCodes() {
        for (code, packed) in CurrencyDigits.Code.all {
            #expect(CurrencyDigits.packed(code) == packed, "\(code)")
        }
        #expect(Set(CurrencyDigits.Code.all.map(\.packed)).count == CurrencyDigits.Code.all.count)
        let digits = Dictionary(uniqueKeysWithValues: CurrencyDigits.Code.all.map { ($0.code, CurrencyDigits.of($0.code)) })
        #expect(["USD", "EUR", "GBP", "CAD", "AUD", "INR"].allSatisfy { digits[$0] == 2 })
        #expect(["JPY", "KRW", "VND", "CLP", "ISK", "UGX", "XAF", "XOF"].allSatisfy { digits[$0] == 0 })
        #expect(["BHD", "KWD", "OMR", "JOD", "TND", "IQD", "LYD"].allSatisfy { digits[$0] == 3 })
        #expect(CurrencyDigits.of("CHF") == 2 && CurrencyDigits.of("USDX") == 2 && CurrencyDigits.packed("USDX") == 0)
    }
}
