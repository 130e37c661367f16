/// US bank accounts (ACH): the routing number's checksum and the account number's shape are checked; only the
/// account number's last four digits are kept.
enum BankAccount {
    /// What is kept of a bank account.
    struct Checked: Sendable, Equatable {
        var last4: String
        var holderName: String
    }

    /// How a bank account is named, having no bank directory to look the routing number up in.
    static let brand = "Bank account"

    /// Checks routing number, account number and holder; paths are `routingNumber`, `accountNumber`, `holderName`.
    static func validate(routingNumber: String, accountNumber: String, holderName: String) throws(InvalidInputs) -> Checked {
        var problems: [InvalidInput] = []
        let routing = digits(routingNumber)
        if routing?.count != 9 {
            problems.append(InvalidInput(["routingNumber"], "Enter the nine-digit routing number."))
        } else if let routing, !passesABAChecksum(routing) {
            problems.append(InvalidInput(["routingNumber"], "This routing number is not valid. Check it and try again."))
        }
        let account = digits(accountNumber)
        if account == nil || !(4...17).contains(account!.count) {
            problems.append(InvalidInput(["accountNumber"], "Enter the account number: 4 to 17 digits."))
        }
        let holder = String(holderName.trimmed)
        if holder.isEmpty {
            problems.append(InvalidInput(["holderName"], "Enter the account holder's name."))
        } else if holder.count > 100 || holder.hasControlCharacter {
            problems.append(InvalidInput(["holderName"], "Enter the account holder's name, on one line and at most 100 characters."))
        }
        guard problems.isEmpty, let account else { throw InvalidInputs(problems: problems) }
        return Checked(last4: String(account.suffix(4).map { Character(String($0)) }), holderName: holder)
    }

    /// The ABA checksum: weights 3, 7, 1 repeated; the weighted sum is a multiple of ten (and not all zeros).
    static func passesABAChecksum(_ digits: [UInt8]) -> Bool {
        guard digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
        let weights = [3, 7, 1, 3, 7, 1, 3, 7, 1]
        return zip(digits, weights).reduce(0) { $0 + Int($1.0) * $1.1 } % 10 == 0
    }

    /// The digits of `text` (spaces and hyphens between them allowed), nil when anything else is in it.
    private static func digits(_ text: String) -> [UInt8]? {
        var digits: [UInt8] = []
        for byte in text.trimmed.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte - UInt8(ascii: "0"))
            case UInt8(ascii: " "), UInt8(ascii: "-"): continue
            default: return nil
            }
        }
        return digits.isEmpty ? nil : digits
    }
}
