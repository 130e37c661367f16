import BillingStore
import GraphQLEngine

/// Purchases through the API; the store documents what each creates (orders, invoices, activation rules).
extension Mutations {
    /// `addDialerMinutesCredit`: minutes paid at once with the given or the default payment method.
    static func addDialerMinutesCredit(_ info: ResolveInfo<RequestContext>) async throws -> DialerMinutesCreditPayloadValue {
        let (viewer, actor) = try actor(info)
        let input = InputObject(info.arguments["input"], path: ["input"])
        var errors = UserErrors()
        let accountID = ownAccount(input, viewer: viewer, errors: &errors)
        let minutes = errors.check(["input", "minutes"]) { () throws(InvalidInput) in try PurchaseInputs.minutes(input?.int("minutes") ?? 0)
        }
        let methodID = paymentMethodID(input, errors: &errors)
        let key = idempotencyKey(input, errors: &errors)
        guard errors.isEmpty, let accountID, let minutes, let methodID, let key else {
            return DialerMinutesCreditPayloadValue(dialerMinutes: nil, order: nil, userErrors: errors.items)
        }
        let request = DialerCreditRequest(accountID: accountID, minutes: minutes, paymentMethodID: methodID, idempotencyKey: key)
        do {
            let result = try await info.context.store.addDialerMinutesCredit(request, by: actor)
            let order = try await order(result, info)
            let minutes = DialerMinutesValue(accountID: accountID, balanceMinutes: result.dialerBalanceMinutes)
            return DialerMinutesCreditPayloadValue(dialerMinutes: minutes, order: order, userErrors: [])
        } catch let error as WriteError {
            return DialerMinutesCreditPayloadValue(
                dialerMinutes: nil, order: nil, userErrors: [UserErrorValue(error, paths: purchasePaths)])
        }
    }

    /// `addLicenses`: new seats of a license product, billed on an OPEN invoice.
    static func addLicenses(_ info: ResolveInfo<RequestContext>) async throws -> LicensePayloadValue {
        let (viewer, actor) = try actor(info)
        let input = InputObject(info.arguments["input"], path: ["input"])
        var errors = UserErrors()
        let accountID = ownAccount(input, viewer: viewer, errors: &errors)
        let productID = rowID(
            input?.string("productId"), as: "Product", path: ["input", "productId"], message: NotFoundMessages.product, errors: &errors)
        let seats = errors.check(["input", "quantity"]) { () throws(InvalidInput) in try PurchaseInputs.seats(input?.int("quantity") ?? 0) }
        let methodID = paymentMethodID(input, errors: &errors)
        let key = idempotencyKey(input, errors: &errors)
        guard errors.isEmpty, let accountID, let productID, let seats, let methodID, let key else {
            return LicensePayloadValue(purchasedProduct: nil, order: nil, userErrors: errors.items)
        }
        let request = LicensePurchaseRequest(
            accountID: accountID, productID: productID, quantity: seats, paymentMethodID: methodID, idempotencyKey: key)
        do {
            return try await licensePayload(try await info.context.store.addLicenses(request, by: actor), info)
        } catch let error as WriteError {
            return LicensePayloadValue(purchasedProduct: nil, order: nil, userErrors: [UserErrorValue(error, paths: purchasePaths)])
        }
    }

    /// `changeLicenseQuantity`: a new seat count; more seats are ordered, fewer take effect without refund.
    static func changeLicenseQuantity(_ info: ResolveInfo<RequestContext>) async throws -> LicensePayloadValue {
        let (viewer, actor) = try actor(info)
        let input = InputObject(info.arguments["input"], path: ["input"])
        var errors = UserErrors()
        // This input names no account: a license is changed on the viewer's own account only.
        let accountID = ownAccount(nil, viewer: viewer, errors: &errors)
        let licenseID = rowID(
            input?.string("purchasedProductId"), as: "PurchasedProduct", path: ["input", "purchasedProductId"],
            message: NotFoundMessages.purchasedProduct, errors: &errors)
        let seats = errors.check(["input", "quantity"]) { () throws(InvalidInput) in try PurchaseInputs.seats(input?.int("quantity") ?? 0) }
        let key = idempotencyKey(input, errors: &errors)
        guard errors.isEmpty, let accountID, let licenseID, let seats, let key else {
            return LicensePayloadValue(purchasedProduct: nil, order: nil, userErrors: errors.items)
        }
        let change = LicenseQuantityChange(accountID: accountID, purchasedProductID: licenseID, quantity: seats, idempotencyKey: key)
        do {
            return try await licensePayload(try await info.context.store.changeLicenseQuantity(change, by: actor), info)
        } catch let error as WriteError {
            var paths = purchasePaths
            paths[.product] = ["input", "purchasedProductId"]
            // This input names no payment method: the default pays, so its problems belong to the input as a whole.
            paths[.paymentMethod] = nil
            return LicensePayloadValue(purchasedProduct: nil, order: nil, userErrors: [UserErrorValue(error, paths: paths)])
        }
    }

    /// Where purchase inputs name each kind of object.
    static let purchasePaths: [WriteSubject: [String]] = [
        .account: ["input", "accountId"], .paymentMethod: ["input", "paymentMethodId"], .product: ["input", "productId"],
        .purchasedProduct: ["input", "purchasedProductId"],
    ]

    /// The given payment method's row id: `.some(nil)` when none is given (the default pays), nil after an error.
    static func paymentMethodID(_ input: InputObject?, errors: inout UserErrors) -> Int64?? {
        guard let text = input?.string("paymentMethodId") else { return .some(nil) }
        guard
            let id = rowID(
                text, as: "PaymentMethod", path: ["input", "paymentMethodId"], message: NotFoundMessages.paymentMethod, errors: &errors)
        else { return nil }
        return .some(id)
    }

    /// The idempotency key: `.some(nil)` when none is given, nil after an error.
    static func idempotencyKey(_ input: InputObject?, errors: inout UserErrors) -> String?? {
        guard let key = input?.string("idempotencyKey") else { return .some(nil) }
        guard
            let checked = errors.check(["input", "idempotencyKey"], { () throws(InvalidInput) in try PurchaseInputs.idempotencyKey(key) })
        else { return nil }
        return .some(checked)
    }

    static func order(_ result: PurchaseResult, _ info: ResolveInfo<RequestContext>) async throws -> Order? {
        guard let id = result.orderID else { return nil }
        return try await info.context.store.orders(ids: [id])[id]
    }

    /// The payload of a license purchase or change: the license as that request left it (a retry answers the first
    /// result, not today's seats), read back only for results stored before the snapshot was kept.
    static func licensePayload(_ result: PurchaseResult, _ info: ResolveInfo<RequestContext>) async throws -> LicensePayloadValue {
        var license = result.purchasedProduct
        if license == nil, let id = result.purchasedProductID {
            license = try await info.context.store.purchasedProducts(ids: [id])[id]
        }
        return LicensePayloadValue(purchasedProduct: license, order: try await order(result, info), userErrors: [])
    }
}
