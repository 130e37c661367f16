import Foundation
import Testing

@testable import BillingAPI

struct CardValidationTests {
    /// 2026-11-27T10:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_795_773_600)

    @Test(arguments: [
        ("4242424242424242", PaymentCard.Brand.visa, "4242"), ("4222222222222", .visa, "2222"), ("4000000000000000006", .visa, "0006"),
        ("5555555555554444", .mastercard, "4444"), ("5105105105105100", .mastercard, "5100"), ("2221000000000009", .mastercard, "0009"),
        ("2720000000000005", .mastercard, "0005"), ("2223003122003222", .mastercard, "3222"),
        ("378282246310005", .amex, "0005"), ("340000000000009", .amex, "0009"),
        ("6011111111111117", .discover, "1117"), ("60110000000000001", .discover, "0001"), ("6440000000000005", .discover, "0005"),
        ("6490000000000000007", .discover, "0007"), ("6500000000000002", .discover, "0002"),
        ("4242 4242 4242 4242", .visa, "4242"), ("3782-822463-10005", .amex, "0005"),
    ])
    func brandAndLastFourComeFromTheNumber(_ number: String, _ brand: PaymentCard.Brand, _ last4: String) throws {
        let card = try PaymentCard.validate(number: number, expMonth: 12, expYear: 2030, holderName: " Ada Admin ", now: Self.now)
        #expect(card == PaymentCard.Checked(brand: brand, last4: last4, expMonth: 12, expYear: 2030, holderName: "Ada Admin"))
    }

    @Test(arguments: [
        ("4242424242424241", "This card number is not valid. Check it and try again."),
        ("4111111111111", "This card number is not valid. Check it and try again."),
        ("400000000000006", "This card number is not valid. Check it and try again."),
        ("3700000000000007", "This card number is not valid. Check it and try again."),
        ("55555555555544", "This card number is not valid. Check it and try again."),
        ("2220000000000000", "We accept Visa, Mastercard, American Express and Discover cards. Check the card number."),
        ("2721000000000004", "We accept Visa, Mastercard, American Express and Discover cards. Check the card number."),
        ("5600000000000003", "We accept Visa, Mastercard, American Express and Discover cards. Check the card number."),
        ("6430000000000007", "We accept Visa, Mastercard, American Express and Discover cards. Check the card number."),
        ("3500000000000009", "We accept Visa, Mastercard, American Express and Discover cards. Check the card number."),
        ("4242-4242-4242-424x", "Enter the card number using digits only."),
        ("4242.4242.4242.4242", "Enter the card number using digits only."),
        ("  ", "Enter the card number."),
    ])
    func badNumbersAreRefused(_ number: String, _ message: String) {
        #expect(throws: InvalidInputs(problems: [InvalidInput(["number"], message)])) {
            try PaymentCard.validate(number: number, expMonth: 12, expYear: 2030, holderName: "Ada", now: Self.now)
        }
    }

    @Test func theExpiryMonthCountsUntilItsLastDay() throws {
        #expect(
            try PaymentCard.validate(number: "4242424242424242", expMonth: 11, expYear: 2026, holderName: "A", now: Self.now).expMonth == 11
        )
        #expect(throws: InvalidInputs(problems: [InvalidInput(["expYear"], "This card has expired. Use a card that is still valid.")])) {
            try PaymentCard.validate(number: "4242424242424242", expMonth: 10, expYear: 2026, holderName: "A", now: Self.now)
        }
        #expect(throws: InvalidInputs.self) {
            try PaymentCard.validate(number: "4242424242424242", expMonth: 12, expYear: 2025, holderName: "A", now: Self.now)
        }
        let december = Date(timeIntervalSince1970: 1_798_761_599)  // 2026-12-31T23:59:59Z
        #expect(throws: InvalidInputs.self) {
            try PaymentCard.validate(number: "4242424242424242", expMonth: 11, expYear: 2026, holderName: "A", now: december)
        }
    }

    @Test(arguments: [0, 13, -1])
    func theMonthIsOneToTwelve(_ month: Int) {
        #expect(throws: InvalidInputs(problems: [InvalidInput(["expMonth"], "Enter the expiry month as a number from 1 to 12.")])) {
            try PaymentCard.validate(number: "4242424242424242", expMonth: month, expYear: 2030, holderName: "A", now: Self.now)
        }
    }

    @Test func everyProblemIsReportedAndTheHolderIsNeeded() {
        #expect(
            throws: InvalidInputs(problems: [
                InvalidInput(["number"], "This card number is not valid. Check it and try again."),
                InvalidInput(["expYear"], "This card has expired. Use a card that is still valid."),
                InvalidInput(["holderName"], "Enter the name on the card."),
            ])
        ) { try PaymentCard.validate(number: "4242424242424241", expMonth: 1, expYear: 2020, holderName: " ", now: Self.now) }
        #expect(
            throws: InvalidInputs(problems: [InvalidInput(["expYear"], "Enter the expiry year as four digits, as printed on the card.")])
        ) {
            try PaymentCard.validate(number: "4242424242424242", expMonth: 1, expYear: 2099, holderName: "A", now: Self.now)
        }
    }

    @Test(arguments: [28, 0, 202])
    func aYearNotInFourDigitsIsAskedForAgainNotCalledExpired(_ year: Int) {
        #expect(
            throws: InvalidInputs(problems: [InvalidInput(["expYear"], "Enter the expiry year as four digits, as printed on the card.")])
        ) {
            try PaymentCard.validate(number: "4242424242424242", expMonth: 3, expYear: year, holderName: "A", now: Self.now)
        }
    }

    @Test func luhnAgreesWithKnownNumbers() {
        func digits(_ s: String) -> [UInt8] { s.utf8.map { $0 - 48 } }
        #expect(PaymentCard.passesLuhn(digits("79927398713")))
        #expect(!PaymentCard.passesLuhn(digits("79927398710")))
        #expect(PaymentCard.passesLuhn(digits("0")))
    }
}

struct BankAccountValidationTests {
    @Test(arguments: ["011000015", "021000021", "122105155", "026009593", "0210-0002-1"])
    func validRoutingNumbersPass(_ routing: String) throws {
        let account = try BankAccount.validate(routingNumber: routing, accountNumber: "000123456789", holderName: "Acme Corp")
        #expect(account == BankAccount.Checked(last4: "6789", holderName: "Acme Corp"))
    }

    @Test(arguments: [
        ("011000016", "This routing number is not valid. Check it and try again."),
        ("123456789", "This routing number is not valid. Check it and try again."),
        ("000000000", "This routing number is not valid. Check it and try again."),
        ("02100002", "Enter the nine-digit routing number."), ("0210000211", "Enter the nine-digit routing number."),
        ("02100002A", "Enter the nine-digit routing number."), ("", "Enter the nine-digit routing number."),
    ])
    func badRoutingNumbersAreRefused(_ routing: String, _ message: String) {
        #expect(throws: InvalidInputs(problems: [InvalidInput(["routingNumber"], message)])) {
            try BankAccount.validate(routingNumber: routing, accountNumber: "123456789", holderName: "Acme")
        }
    }

    @Test(arguments: [("1234", "1234"), ("12345678901234567", "4567"), ("12 3456-78", "5678")])
    func accountNumbersOfFourToSeventeenDigitsPass(_ number: String, _ last4: String) throws {
        #expect(try BankAccount.validate(routingNumber: "021000021", accountNumber: number, holderName: "Acme").last4 == last4)
    }

    @Test(arguments: ["123", "123456789012345678", "12345x", ""])
    func otherAccountNumbersAreRefused(_ number: String) {
        #expect(
            throws: InvalidInputs(problems: [
                InvalidInput(["accountNumber"], "Enter the account number: 4 to 17 digits."),
                InvalidInput(["holderName"], "Enter the account holder's name."),
            ])
        ) { try BankAccount.validate(routingNumber: "021000021", accountNumber: number, holderName: "") }
    }
}

struct PurchaseInputTests {
    @Test func minutesAndSeatsArePositiveAndBounded() throws {
        #expect(try PurchaseInputs.minutes(1) == 1)
        #expect(try PurchaseInputs.minutes(1_000_000) == 1_000_000)
        #expect(throws: InvalidInput.self) { try PurchaseInputs.minutes(0) }
        #expect(throws: InvalidInput.self) { try PurchaseInputs.minutes(-5) }
        #expect(throws: InvalidInput.self) { try PurchaseInputs.minutes(1_000_001) }
        #expect(try PurchaseInputs.seats(10_000) == 10_000)
        #expect(throws: InvalidInput.self) { try PurchaseInputs.seats(0) }
        #expect(throws: InvalidInput.self) { try PurchaseInputs.seats(10_001) }
    }

    @Test func idempotencyKeysAreOneTo255PrintableCharacters() throws {
        #expect(try PurchaseInputs.idempotencyKey(" k ") == " k ")
        #expect(try PurchaseInputs.idempotencyKey(String(repeating: "k", count: 255)).count == 255)
        #expect(throws: InvalidInput.self) { try PurchaseInputs.idempotencyKey("") }
        #expect(throws: InvalidInput.self) { try PurchaseInputs.idempotencyKey("  ") }
        #expect(throws: InvalidInput.self) { try PurchaseInputs.idempotencyKey(String(repeating: "k", count: 256)) }
        #expect(throws: InvalidInput.self) { try PurchaseInputs.idempotencyKey("a\nb") }
    }
}
