/// Limits on purchase quantities and idempotency keys.
enum PurchaseInputs {
    /// The most minutes one credit may add: a typo guard (about $20,000 of US minutes), not a business cap.
    static let maxMinutes = 1_000_000
    /// The most seats one license may hold.
    static let maxSeats = 10_000

    static func minutes(_ value: Int) throws(InvalidInput) -> Int {
        guard value > 0 else { throw InvalidInput("Enter a number of minutes greater than zero.") }
        guard value <= maxMinutes else { throw InvalidInput("You can add at most 1,000,000 minutes at a time.") }
        return value
    }

    static func seats(_ value: Int) throws(InvalidInput) -> Int {
        guard value > 0 else { throw InvalidInput("Enter a number of seats greater than zero.") }
        guard value <= maxSeats else { throw InvalidInput("A license can have at most 10,000 seats.") }
        return value
    }

    /// The key as sent: 1 to 255 characters, no control characters. Not trimmed: a key is compared exactly.
    static func idempotencyKey(_ value: String) throws(InvalidInput) -> String {
        guard !value.trimmed.isEmpty, value.utf8.count <= 255, !value.hasControlCharacter else {
            throw InvalidInput("An idempotency key must be 1 to 255 characters, with no line breaks.")
        }
        return value
    }
}
