import BillingStore
import Foundation
import GraphQLEngine
import Testing

@testable import BillingAPI

struct MutationSafetyTests {
    /// Full numbers used here: none may ever reach the database files.
    static let cardNumbers = ["4242424242424242", "5555555555554444", "378282246310005", "6011000990139424", "4000000000000000006"]
    static let bankNumber = "998877665544"

    @Test func fullCardAndAccountNumbersNeverReachTheDatabaseFiles() async throws {
        let h = try await MutationHarness()
        for number in Self.cardNumbers {
            let payload = try await h.mutate(
                "addPaymentMethod(input: { card: { number: \"\(number)\", expMonth: 12, expYear: 2031, holderName: \"Ada Admin\" } })",
                "paymentMethod { last4 }")
            #expect(payload["paymentMethod"]?["last4"] == JSONValue.string(String(number.suffix(4))))
        }
        let spaced = try await h.mutate(
            #"addPaymentMethod(input: { card: { number: "4111 1111 1111 1111", expMonth: 12, expYear: 2031, holderName: "A" }, isOneTime: true })"#,
            "paymentMethod { id }")
        let oneTime = try #require(spaced["paymentMethod"]?["id"]?.stringValue)
        _ = try await h.mutate("addDialerMinutesCredit(input: { minutes: 10, paymentMethodId: \"\(oneTime)\" })", "order { id }")
        let rejected = try await h.mutate(
            #"addPaymentMethod(input: { card: { number: "4242424242424241", expMonth: 12, expYear: 2031, holderName: "A" } })"#,
            "paymentMethod { id }")
        #expect(MutationHarness.errors(rejected) == ["input.card.number INVALID"])
        _ = try await h.mutate(
            "addPaymentMethod(input: { bankAccount: { routingNumber: \"021000021\", accountNumber: \"\(Self.bankNumber)\", holderName: \"Acme\" } })",
            "paymentMethod { id }")
        let files = try h.databaseBytes()
        #expect(files.count == 2)
        #expect(files.allSatisfy { !$0.isEmpty })
        for number in Self.cardNumbers + ["4111111111111111", "4242424242424241", Self.bankNumber] {
            for file in files {
                #expect(file.range(of: Data(number.utf8)) == nil, "found \(number)")
            }
        }
        // The scan can find what is there: the last four digits are stored.
        #expect(files.contains { $0.range(of: Data("Ada Admin".utf8)) != nil })
    }

    @Test func exactlyOneAuditEventPerSuccessfulMutationAndNoneForARejectedOne() async throws {
        let h = try await MutationHarness()
        let start = try await h.auditCount(h.acme)
        let successes = [
            "updateAccount(input: { email: \"ap@acme.test\" })", "addDialerMinutesCredit(input: { minutes: 5 })",
            #"addPaymentMethod(input: { bankAccount: { routingNumber: "021000021", accountNumber: "1234", holderName: "A" } })"#,
        ]
        for (index, field) in successes.enumerated() {
            #expect(MutationHarness.errors(try await h.mutate(field, "__typename")).isEmpty)
            #expect(try await h.auditCount(h.acme) == start + index + 1)
        }
        let actions = try await h.store.auditEvents(accountID: h.acme, first: 3).items.map(\.action)
        #expect(actions == ["addPaymentMethod", "addDialerMinutesCredit", "updateAccount"])
        let rejections = [
            "updateAccount(input: { email: \"nope\" })", "addDialerMinutesCredit(input: { minutes: 0 })",
            #"addPaymentMethod(input: { bankAccount: { routingNumber: "021000022", accountNumber: "1234", holderName: "A" } })"#,
            "addLicenses(input: { productId: \"x\", quantity: 1 })",
        ]
        for field in rejections {
            #expect(!MutationHarness.errors(try await h.mutate(field, "__typename")).isEmpty)
        }
        #expect(try await h.auditCount(h.acme) == start + successes.count)
    }
}
