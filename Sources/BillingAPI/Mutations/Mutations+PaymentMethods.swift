import BillingStore
import GraphQLEngine

extension Mutations {
    /// `addPaymentMethod`: exactly one of a card and a bank account, checked, and saved as brand, last four digits,
    /// expiry and holder only: the full number is dropped here.
    static func addPaymentMethod(_ info: ResolveInfo<RequestContext>) async throws -> PaymentMethodPayloadValue {
        let (viewer, actor) = try actor(info)
        let input = InputObject(info.arguments["input"], path: ["input"])
        var errors = UserErrors()
        let accountID = ownAccount(input, viewer: viewer, errors: &errors)
        let isDefault = input?.bool("isDefault") ?? false
        let isOneTime = input?.bool("isOneTime") ?? false
        if isDefault && isOneTime {
            errors.add(["input", "isOneTime"], "A one-time payment method cannot be the default. Choose one or the other.", .invalid)
        }
        var method: NewPaymentMethod?
        switch (input?.object("card"), input?.object("bankAccount")) {
        case (let card?, nil):
            let now = actor.now
            let checked = errors.check(card.path) { () throws(InvalidInputs) in
                try PaymentCard.validate(
                    number: card.string("number") ?? "", expMonth: card.int("expMonth") ?? 0, expYear: card.int("expYear") ?? 0,
                    holderName: card.string("holderName") ?? "", now: now)
            }
            method = checked.map {
                NewPaymentMethod(
                    kind: .card, brand: $0.brand.rawValue, last4: $0.last4, expMonth: $0.expMonth, expYear: $0.expYear,
                    holderName: $0.holderName, isDefault: isDefault, isOneTime: isOneTime)
            }
        case (nil, let bank?):
            let checked = errors.check(bank.path) { () throws(InvalidInputs) in
                try BankAccount.validate(
                    routingNumber: bank.string("routingNumber") ?? "", accountNumber: bank.string("accountNumber") ?? "",
                    holderName: bank.string("holderName") ?? "")
            }
            method = checked.map {
                NewPaymentMethod(
                    kind: .bankAccount, brand: BankAccount.brand, last4: $0.last4, expMonth: nil, expYear: nil, holderName: $0.holderName,
                    isDefault: isDefault, isOneTime: isOneTime)
            }
        case (.some, .some):
            errors.add(["input"], "Give either a card or a bank account, not both.", .invalid)
        case (nil, nil):
            errors.add(["input"], "Give a card or a bank account.", .invalid)
        }
        guard errors.isEmpty, let accountID, let method else {
            return PaymentMethodPayloadValue(paymentMethod: nil, userErrors: errors.items)
        }
        do {
            let saved = try await info.context.store.addPaymentMethod(accountID: accountID, method, by: actor)
            return PaymentMethodPayloadValue(paymentMethod: saved, userErrors: [])
        } catch let error as WriteError {
            return PaymentMethodPayloadValue(
                paymentMethod: nil, userErrors: [UserErrorValue(error, paths: [:], idPath: ["input", "isOneTime"])])
        }
    }

    /// `setDefaultPaymentMethod`: one of the viewer's account's methods becomes its only default.
    static func setDefaultPaymentMethod(_ info: ResolveInfo<RequestContext>) async throws -> PaymentMethodPayloadValue {
        let (viewer, actor) = try actor(info)
        var errors = UserErrors()
        let accountID = ownAccount(nil, viewer: viewer, errors: &errors)
        let id = rowID(
            info.arguments.string("id"), as: "PaymentMethod", path: ["id"], message: NotFoundMessages.paymentMethod, errors: &errors)
        guard let accountID, let id else { return PaymentMethodPayloadValue(paymentMethod: nil, userErrors: errors.items) }
        do {
            let method = try await info.context.store.setDefaultPaymentMethod(id: id, accountID: accountID, by: actor)
            return PaymentMethodPayloadValue(paymentMethod: method, userErrors: [])
        } catch let error as WriteError {
            return PaymentMethodPayloadValue(paymentMethod: nil, userErrors: [UserErrorValue(error, paths: [.paymentMethod: ["id"]])])
        }
    }

    /// `removePaymentMethod`: the default goes only when no other method remains.
    static func removePaymentMethod(_ info: ResolveInfo<RequestContext>) async throws -> RemovePaymentMethodPayloadValue {
        let (viewer, actor) = try actor(info)
        var errors = UserErrors()
        let accountID = ownAccount(nil, viewer: viewer, errors: &errors)
        let id = rowID(
            info.arguments.string("id"), as: "PaymentMethod", path: ["id"], message: NotFoundMessages.paymentMethod, errors: &errors)
        guard let accountID, let id else { return RemovePaymentMethodPayloadValue(removedPaymentMethodID: nil, userErrors: errors.items) }
        do {
            try await info.context.store.removePaymentMethod(id: id, accountID: accountID, by: actor)
            return RemovePaymentMethodPayloadValue(removedPaymentMethodID: GlobalID.encode("PaymentMethod", id), userErrors: [])
        } catch let error as WriteError {
            return RemovePaymentMethodPayloadValue(
                removedPaymentMethodID: nil, userErrors: [UserErrorValue(error, paths: [.paymentMethod: ["id"]])])
        }
    }
}
