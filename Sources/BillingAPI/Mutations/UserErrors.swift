import BillingStore

/// The userErrors a mutation collects before it writes anything: every mistake of the input at once.
struct UserErrors {
    private(set) var items: [UserErrorValue] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func add(_ path: [String]?, _ message: String, _ code: UserErrorCode) {
        items.append(UserErrorValue(field: path, message: message, code: code))
    }

    /// A validator's finding, placed under `base` (the path of the value it checked).
    mutating func add(_ problem: InvalidInput, at base: [String]) {
        add(base + problem.path, problem.message, .invalid)
    }

    mutating func add(_ problems: InvalidInputs, at base: [String]) {
        for problem in problems.problems { add(problem, at: base) }
    }

    /// Runs a validator of one field, recording its finding; nil when it failed.
    mutating func check<T>(_ path: [String], _ validate: () throws(InvalidInput) -> T) -> T? {
        do throws(InvalidInput) {
            return try validate()
        } catch {
            add(error, at: path)
            return nil
        }
    }

    /// Runs a validator of a compound value (address, card, bank account); nil when it failed.
    mutating func check<T>(_ path: [String], _ validate: () throws(InvalidInputs) -> T) -> T? {
        do throws(InvalidInputs) {
            return try validate()
        } catch {
            add(error, at: path)
            return nil
        }
    }
}

/// Messages for ids that name nothing the viewer may change; "not found" whether the row is missing or another
/// account's, so ids of other accounts reveal nothing.
enum NotFoundMessages {
    static let account = "No account with this id was found."
    static let paymentMethod = "No payment method with this id was found on your account."
    static let product = "No product with this id was found in the catalog."
    static let purchasedProduct = "No license with this id was found on your account."
    static let user = "No user with this id belongs to this account."
}

extension UserErrorValue {
    /// The userError for a store refusal; `paths` says where in this mutation's input each kind of subject lives.
    init(_ error: WriteError, paths: [WriteSubject: [String]], idPath: [String] = ["id"]) {
        switch error {
        case .notFound(let subject):
            let message: String
            switch subject {
            case .account: message = NotFoundMessages.account
            case .paymentMethod: message = NotFoundMessages.paymentMethod
            case .product: message = NotFoundMessages.product
            case .purchasedProduct: message = NotFoundMessages.purchasedProduct
            case .user: message = NotFoundMessages.user
            }
            self.init(field: paths[subject] ?? idPath, message: message, code: .notFound)
        case .paymentMethodRequired:
            self.init(
                field: paths[.paymentMethod] ?? ["input"],
                message: "Choose a payment method: this account has no default payment method.", code: .paymentMethodRequired)
        case .paymentMethodExpired:
            self.init(
                field: paths[.paymentMethod] ?? ["input"],
                message: "This card has expired. Choose another payment method or add a card that is still valid.", code: .invalid)
        case .idempotencyKeyReused:
            self.init(
                field: ["input", "idempotencyKey"],
                message: "This idempotency key was already used for a different request. Use a new key for a new purchase.",
                code: .conflict)
        case .defaultMethodInUse:
            self.init(
                field: idPath,
                message: "This is your default payment method. Make another payment method the default before removing this one.",
                code: .conflict)
        case .oneTimeMethodCannotBeDefault:
            self.init(field: idPath, message: "A one-time payment method cannot be the default.", code: .invalid)
        case .notALicense:
            self.init(field: paths[.product] ?? idPath, message: "This product is not a license: it has no seats.", code: .invalid)
        case .licenseExpired:
            self.init(
                field: paths[.purchasedProduct] ?? idPath, message: "This license has expired; its seats can no longer change.",
                code: .invalid)
        case .quantityUnchanged(let seats):
            self.init(field: ["input", "quantity"], message: "This license already has \(seats) seats.", code: .invalid)
        case .forbidden:
            self.init(
                field: paths[.account] ?? ["input", "accountId"],
                message: "Only the account's Customer Success Manager can change its Billing Admins.", code: .forbidden)
        case .lastBillingAdmin:
            self.init(
                field: paths[.user] ?? ["input", "userId"],
                message: "This is the account's only Billing Admin. Make another user a Billing Admin first.", code: .conflict)
        case .nothingToChange:
            self.init(field: ["input"], message: "Give at least one of phone, email and billingAddress to change.", code: .invalid)
        }
    }
}
