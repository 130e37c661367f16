import BillingStore
public import Foundation

/// Payment cards: the number is checked (digits, brand, length, Luhn) and reduced to brand and last four digits;
/// the full number goes no further than this function.
enum PaymentCard {
    /// The card brands accepted, with how their numbers start and how long they are.
    enum Brand: String, Sendable, CaseIterable {
        case visa = "VISA"
        case mastercard = "MASTERCARD"
        case amex = "AMEX"
        case discover = "DISCOVER"

        /// Accepted lengths of the number.
        var lengths: Set<Int> {
            switch self {
            case .visa: return [13, 16, 19]
            case .mastercard: return [16]
            case .amex: return [15]
            case .discover: return [16, 17, 18, 19]
            }
        }

        /// The brand a number's leading digits name: VISA 4; MASTERCARD 51-55, 2221-2720; AMEX 34, 37;
        /// DISCOVER 6011, 644-649, 65.
        init?(digits: [UInt8]) {
            func prefix(_ count: Int) -> Int {
                digits.prefix(count).reduce(0) { $0 * 10 + Int($1) } * (digits.count >= count ? 1 : 0)
            }
            switch true {
            case prefix(1) == 4: self = .visa
            case (51...55).contains(prefix(2)) || (2221...2720).contains(prefix(4)): self = .mastercard
            case prefix(2) == 34 || prefix(2) == 37: self = .amex
            case prefix(4) == 6011 || (644...649).contains(prefix(3)) || prefix(2) == 65: self = .discover
            default: return nil
            }
        }
    }

    /// What is kept of a card.
    struct Checked: Sendable, Equatable {
        var brand: Brand
        var last4: String
        var expMonth: Int
        var expYear: Int
        var holderName: String
    }

    /// Checks every part of a card; paths are `number`, `expMonth`, `expYear`, `holderName`. `now` decides which
    /// months are past (in UTC): a card is valid through the last day of its expiry month.
    static func validate(number: String, expMonth: Int, expYear: Int, holderName: String, now: Date) throws(InvalidInputs) -> Checked {
        var problems: [InvalidInput] = []
        var checkedNumber: (Brand, String)?
        do { checkedNumber = try check(number: number) } catch { problems.append(error) }
        let (year, month) = yearAndMonth(of: now)
        // A two-digit year (28 for 2028) is a format mistake, not an expired card.
        let fourDigits = (1000...9999).contains(expYear) && expYear <= year + 20
        if !(1...12).contains(expMonth) {
            problems.append(InvalidInput(["expMonth"], "Enter the expiry month as a number from 1 to 12."))
        }
        if !fourDigits {
            problems.append(InvalidInput(["expYear"], "Enter the expiry year as four digits, as printed on the card."))
        } else if (1...12).contains(expMonth), expYear < year || (expYear == year && expMonth < month) {
            problems.append(InvalidInput(["expYear"], "This card has expired. Use a card that is still valid."))
        }
        let holder = String(holderName.trimmed)
        if holder.isEmpty {
            problems.append(InvalidInput(["holderName"], "Enter the name on the card."))
        } else if holder.count > 100 || holder.hasControlCharacter {
            problems.append(InvalidInput(["holderName"], "Enter the name on the card, on one line and at most 100 characters."))
        }
        guard problems.isEmpty, let (brand, last4) = checkedNumber else { throw InvalidInputs(problems: problems) }
        return Checked(brand: brand, last4: last4, expMonth: expMonth, expYear: expYear, holderName: holder)
    }

    /// The brand and last four digits of a valid number; spaces and hyphens between digit groups are allowed.
    static func check(number: String) throws(InvalidInput) -> (Brand, String) {
        var digits: [UInt8] = []
        for byte in number.trimmed.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte - UInt8(ascii: "0"))
            case UInt8(ascii: " "), UInt8(ascii: "-"): continue
            default: throw InvalidInput(["number"], "Enter the card number using digits only.")
            }
        }
        guard !digits.isEmpty else { throw InvalidInput(["number"], "Enter the card number.") }
        guard let brand = Brand(digits: digits) else {
            throw InvalidInput(["number"], "We accept Visa, Mastercard, American Express and Discover cards. Check the card number.")
        }
        guard brand.lengths.contains(digits.count), passesLuhn(digits) else {
            throw InvalidInput(["number"], "This card number is not valid. Check it and try again.")
        }
        return (brand, String(digits.suffix(4).map { Character(String($0)) }))
    }

    /// The Luhn checksum: doubling every second digit from the right, the sum is a multiple of ten.
    static func passesLuhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            let value = Int(digit) * (offset % 2 == 1 ? 2 : 1)
            sum += value > 9 ? value - 9 : value
        }
        return sum % 10 == 0
    }

    /// The UTC year and month of `date`.
    static func yearAndMonth(of date: Date) -> (year: Int, month: Int) {
        let day = CalendarDate(utcDayOf: date)
        let (year, month, _) = day.components
        return (year, month)
    }
}
