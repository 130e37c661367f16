import BillingStore
import GraphQLEngine
import Testing

@testable import BillingAPI

struct DialerCreditMutationTests {
    static let selection = """
        dialerMinutes { balanceMinutes } order { id status total { amount } invoice { status amountDue { amount } lineItems { quantity unitPrice { amount } total { amount } } } paymentMethod { last4 } }
        """

    @Test func aCreditIsPaidAtOnceAndPricedFromTheCatalog() async throws {
        let h = try await MutationHarness()
        let balance = try await h.balance(h.acme)
        let events = try await h.auditCount(h.acme)
        let payload = try await h.mutate("addDialerMinutesCredit(input: { minutes: 1500 })", Self.selection)
        #expect(MutationHarness.errors(payload).isEmpty)
        #expect(payload["dialerMinutes"]?["balanceMinutes"] == JSONValue.int(balance + 1500))
        let order = try #require(payload["order"])
        #expect(order["status"] == JSONValue.string("ACTIVATED"))
        #expect(order["total"]?["amount"] == JSONValue.string("30.00"))
        #expect(order["invoice"]?["status"] == JSONValue.string("PAID"))
        #expect(order["invoice"]?["amountDue"]?["amount"] == JSONValue.string("0.00"))
        #expect(order["invoice"]?["lineItems"]?.first?["quantity"] == JSONValue.int(1500))
        #expect(order["invoice"]?["lineItems"]?.first?["unitPrice"]?["amount"] == JSONValue.string("0.02"))
        #expect(order["paymentMethod"]?["last4"] == JSONValue.string("4242"))
        #expect(try await h.auditCount(h.acme) == events + 1)
    }

    @Test(arguments: [("0", "input.minutes INVALID"), ("-10", "input.minutes INVALID"), ("1000001", "input.minutes INVALID")])
    func minutesMustBePositiveAndSane(_ minutes: String, _ expected: String) async throws {
        let h = try await MutationHarness()
        let balance = try await h.balance(h.acme)
        let payload = try await h.mutate("addDialerMinutesCredit(input: { minutes: \(minutes) })", "order { id }")
        #expect(MutationHarness.errors(payload) == [expected])
        #expect(try await h.balance(h.acme) == balance)
    }

    @Test func withoutADefaultAPaymentMethodIsRequired() async throws {
        let h = try await MutationHarness()
        let ids = try await h.paymentMethodIDs(h.acme)
        _ = try await h.mutate("removePaymentMethod(id: \"\(ids[1])\")", "removedPaymentMethodId")
        _ = try await h.mutate("removePaymentMethod(id: \"\(ids[0])\")", "removedPaymentMethodId")
        let events = try await h.auditCount(h.acme)
        let payload = try await h.mutate("addDialerMinutesCredit(input: { minutes: 100 })", "order { id }")
        #expect(MutationHarness.errors(payload) == ["input.paymentMethodId PAYMENT_METHOD_REQUIRED"])
        let seats = try await h.store.purchasedProducts(accountIDs: [h.acme])[h.acme]!.first { $0.quantity == 25 }!
        let raise = try await h.mutate(
            "changeLicenseQuantity(input: { purchasedProductId: \"\(GlobalID.encode("PurchasedProduct", seats.id))\", quantity: 30 })",
            "order { id }")
        #expect(MutationHarness.errors(raise) == ["input PAYMENT_METHOD_REQUIRED"])
        let licenses = try await h.mutate(
            "addLicenses(input: { productId: \"\(GlobalID.encode("Product", 1))\", quantity: 1 })", "order { id }")
        #expect(MutationHarness.errors(licenses) == ["input.paymentMethodId PAYMENT_METHOD_REQUIRED"])
        #expect(try await h.auditCount(h.acme) == events)
    }

    @Test func aOneTimeCardPaysOnceAndIsGone() async throws {
        let h = try await MutationHarness()
        let added = try await h.mutate(
            #"addPaymentMethod(input: { card: { number: "6011111111111117", expMonth: 12, expYear: 2030, holderName: "A" }, isOneTime: true })"#,
            "paymentMethod { id }")
        let id = try #require(added["paymentMethod"]?["id"]?.stringValue)
        let payload = try await h.mutate(
            "addDialerMinutesCredit(input: { minutes: 100, paymentMethodId: \"\(id)\" })", "order { paymentMethod { id brand } }")
        #expect(payload["order"]?["paymentMethod"]?["brand"] == JSONValue.string("DISCOVER"))
        #expect(!(try await h.paymentMethodIDs(h.acme)).contains(id))
        let again = try await h.mutate("addDialerMinutesCredit(input: { minutes: 100, paymentMethodId: \"\(id)\" })", "order { id }")
        #expect(MutationHarness.errors(again) == ["input.paymentMethodId NOT_FOUND"])
    }

    @Test func anotherAccountsMethodIsNotFound() async throws {
        let h = try await MutationHarness()
        let globexCard = try await h.paymentMethodIDs(h.globex)[0]
        let payload = try await h.mutate(
            "addDialerMinutesCredit(input: { minutes: 100, paymentMethodId: \"\(globexCard)\" })", "order { id }")
        #expect(MutationHarness.errors(payload) == ["input.paymentMethodId NOT_FOUND"])
    }

    @Test func aRetryReturnsTheFirstOrderAndOtherInputIsAConflict() async throws {
        let h = try await MutationHarness()
        let balance = try await h.balance(h.acme)
        let first = try await h.mutate(#"addDialerMinutesCredit(input: { minutes: 300, idempotencyKey: "abc" })"#, "order { id }")
        let retry = try await h.mutate(
            #"addDialerMinutesCredit(input: { minutes: 300, idempotencyKey: "abc" })"#, "order { id } dialerMinutes { balanceMinutes }")
        #expect(retry["order"]?["id"] == first["order"]?["id"] && first["order"]?["id"]?.stringValue != nil)
        #expect(retry["dialerMinutes"]?["balanceMinutes"] == JSONValue.int(balance + 300))
        let events = try await h.auditCount(h.acme)
        let conflict = try await h.mutate(#"addDialerMinutesCredit(input: { minutes: 301, idempotencyKey: "abc" })"#, "order { id }")
        #expect(MutationHarness.errors(conflict) == ["input.idempotencyKey CONFLICT"])
        #expect(try await h.balance(h.acme) == balance + 300)
        #expect(try await h.auditCount(h.acme) == events)
        let blank = try await h.mutate(#"addDialerMinutesCredit(input: { minutes: 301, idempotencyKey: "" })"#, "order { id }")
        #expect(MutationHarness.errors(blank) == ["input.idempotencyKey INVALID"])
    }

    @Test func twentySimultaneousRetriesApplyOnce() async throws {
        let h = try await MutationHarness()
        let balance = try await h.balance(h.acme)
        let events = try await h.auditCount(h.acme)
        let fixture = h.fixture
        let orders = try await withThrowingTaskGroup(of: JSONValue?.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    let result = try await fixture.run(
                        #"mutation { addDialerMinutesCredit(input: { minutes: 250, idempotencyKey: "same" }) { order { id } } }"#,
                        as: "admin@acme.test")
                    return result.data?["addDialerMinutesCredit"]?["order"]?["id"]
                }
            }
            return try await group.reduce(into: [JSONValue?]()) { $0.append($1) }
        }
        #expect(orders.count == 20 && Set(orders.compactMap { $0?.stringValue }).count == 1)
        #expect(try await h.balance(h.acme) == balance + 250)
        #expect(try await h.auditCount(h.acme) == events + 1)
    }

    @Test func fortySimultaneousCreditsWithDistinctKeysAddUpExactly() async throws {
        let h = try await MutationHarness()
        let balance = try await h.balance(h.acme)
        let fixture = h.fixture
        let orders = try await withThrowingTaskGroup(of: String?.self) { group in
            for index in 0..<40 {
                group.addTask {
                    let result = try await fixture.run(
                        "mutation { addDialerMinutesCredit(input: { minutes: \(100 + index), idempotencyKey: \"k\(index)\" }) { order { id } } }",
                        as: "admin@acme.test")
                    return result.data?["addDialerMinutesCredit"]?["order"]?["id"]?.stringValue
                }
            }
            return try await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(Set(orders.compactMap { $0 }).count == 40)
        #expect(try await h.balance(h.acme) == balance + (0..<40).reduce(0) { $0 + 100 + $1 })
    }
}

struct LicenseMutationTests {
    static let selection =
        "purchasedProduct { id quantity status startsOn endsOn product { sku } } order { status total { amount } invoice { status } }"

    @Test func newSeatsArePendingUntilPaid() async throws {
        let h = try await MutationHarness()
        let payload = try await h.mutate(
            "addLicenses(input: { productId: \"\(GlobalID.encode("Product", 1))\", quantity: 3, idempotencyKey: \"seats-1\" })",
            Self.selection)
        #expect(MutationHarness.errors(payload).isEmpty)
        #expect(payload["purchasedProduct"]?["status"] == JSONValue.string("PENDING"))
        #expect(payload["purchasedProduct"]?["quantity"] == JSONValue.int(3))
        #expect(payload["purchasedProduct"]?["startsOn"] == JSONValue.string("2026-11-27"))
        #expect(payload["order"]?["status"] == JSONValue.string("PENDING"))
        #expect(payload["order"]?["total"]?["amount"] == JSONValue.string("2340.00"))
        #expect(payload["order"]?["invoice"]?["status"] == JSONValue.string("OPEN"))
        let retry = try await h.mutate(
            "addLicenses(input: { productId: \"\(GlobalID.encode("Product", 1))\", quantity: 3, idempotencyKey: \"seats-1\" })",
            Self.selection)
        #expect(retry == payload)
    }

    @Test func aRetryAfterLaterChangesAnswersTheFirstResult() async throws {
        let h = try await MutationHarness()
        let buy = "addLicenses(input: { productId: \"\(GlobalID.encode("Product", 1))\", quantity: 3, idempotencyKey: \"seats-2\" })"
        let first = try await h.mutate(buy, Self.selection)
        let id = try #require(first["purchasedProduct"]?["id"]?.stringValue)
        let raised = try await h.mutate("changeLicenseQuantity(input: { purchasedProductId: \"\(id)\", quantity: 8 })", Self.selection)
        #expect(raised["purchasedProduct"]?["quantity"] == JSONValue.int(8))
        let retry = try await h.mutate(buy, Self.selection)
        #expect(retry == first)
        #expect(retry["purchasedProduct"]?["quantity"] == JSONValue.int(3))

        let balance = try await h.balance(h.acme)
        let credit = #"addDialerMinutesCredit(input: { minutes: 200, idempotencyKey: "minutes-2" })"#
        let credited = try await h.mutate(credit, "dialerMinutes { balanceMinutes }")
        _ = try await h.mutate("addDialerMinutesCredit(input: { minutes: 40 })", "order { id }")
        let again = try await h.mutate(credit, "dialerMinutes { balanceMinutes }")
        #expect(credited["dialerMinutes"]?["balanceMinutes"] == JSONValue.int(balance + 200))
        #expect(again == credited)
        #expect(try await h.balance(h.acme) == balance + 240)
    }

    @Test func onlyLicensesCanBeBoughtAsSeats() async throws {
        let h = try await MutationHarness()
        let minutes = try await h.store.products(kind: .dialerMinutes)[0]
        let cases = [
            ("addLicenses(input: { productId: \"\(GlobalID.encode("Product", minutes.id))\", quantity: 1 })", "input.productId INVALID"),
            ("addLicenses(input: { productId: \"\(GlobalID.encode("Product", 999))\", quantity: 1 })", "input.productId NOT_FOUND"),
            ("addLicenses(input: { productId: \"\(GlobalID.encode("Order", 1))\", quantity: 1 })", "input.productId NOT_FOUND"),
            ("addLicenses(input: { productId: \"\(GlobalID.encode("Product", 1))\", quantity: 0 })", "input.quantity INVALID"),
        ]
        for (field, expected) in cases {
            #expect(MutationHarness.errors(try await h.mutate(field, "order { id }")) == [expected])
        }
    }

    @Test func seatChangesOrderIncreasesAndRefundNothing() async throws {
        let h = try await MutationHarness()
        let licenses = try await h.store.purchasedProducts(accountIDs: [h.acme])[h.acme]!
        let seats = try #require(licenses.first { $0.quantity == 25 })
        let id = GlobalID.encode("PurchasedProduct", seats.id)
        let raised = try await h.mutate("changeLicenseQuantity(input: { purchasedProductId: \"\(id)\", quantity: 27 })", Self.selection)
        #expect(raised["purchasedProduct"]?["quantity"] == JSONValue.int(27))
        #expect(raised["purchasedProduct"]?["status"] == JSONValue.string("ACTIVE"))
        #expect(raised["order"]?["total"]?["amount"] == JSONValue.string("1560.00"))
        let lowered = try await h.mutate("changeLicenseQuantity(input: { purchasedProductId: \"\(id)\", quantity: 10 })", Self.selection)
        #expect(lowered["purchasedProduct"]?["quantity"] == JSONValue.int(10))
        #expect(lowered["order"] == JSONValue.null)
        let same = try await h.mutate("changeLicenseQuantity(input: { purchasedProductId: \"\(id)\", quantity: 10 })", "order { id }")
        #expect(MutationHarness.errors(same) == ["input.quantity INVALID"])
        let expired = try #require(licenses.first { $0.status == .expired })
        let old = try await h.mutate(
            "changeLicenseQuantity(input: { purchasedProductId: \"\(GlobalID.encode("PurchasedProduct", expired.id))\", quantity: 9 })",
            "order { id }")
        #expect(MutationHarness.errors(old) == ["input.purchasedProductId INVALID"])
        let globexLicense = try await h.store.purchasedProducts(accountIDs: [h.globex])[h.globex]![0]
        let foreign = try await h.mutate(
            "changeLicenseQuantity(input: { purchasedProductId: \"\(GlobalID.encode("PurchasedProduct", globexLicense.id))\", quantity: 9 })",
            "order { id }")
        #expect(MutationHarness.errors(foreign) == ["input.purchasedProductId NOT_FOUND"])
        #expect(try await h.store.purchasedProducts(ids: [globexLicense.id])[globexLicense.id]?.quantity == globexLicense.quantity)
    }
}
