import BillingStore
import GraphQLEngine

extension Mutations {
    /// `updateAccount`: phone, email and billing address, each validated; only the given ones change, an explicit
    /// null removes one, and an invalid one changes nothing at all (the old portal silently ignored a badly
    /// formatted phone).
    static func updateAccount(_ info: ResolveInfo<RequestContext>) async throws -> UpdateAccountPayloadValue {
        let (viewer, actor) = try actor(info)
        let input = InputObject(info.arguments["input"], path: ["input"])
        var errors = UserErrors()
        let accountID = ownAccount(input, viewer: viewer, errors: &errors)
        var changes = AccountChanges()
        if let input {
            if let phone = input.string("phone") {
                changes.phone = errors.check(input.path("phone")) { () throws(InvalidInput) in try PhoneNumber.normalize(phone) }
            }
            if let email = input.string("email") {
                changes.email = errors.check(input.path("email")) { () throws(InvalidInput) in try EmailAddress.normalize(email) }
            }
            if let address = input.object("billingAddress") {
                let raw = BillingAddress.Input(
                    line1: address.string("line1") ?? "", line2: address.string("line2"), city: address.string("city") ?? "",
                    region: address.string("region"), postalCode: address.string("postalCode") ?? "",
                    country: address.string("country") ?? "")
                changes.billingAddress = errors.check(address.path) { () throws(InvalidInputs) in try BillingAddress.validate(raw) }
            }
            changes.cleared = Set(AccountField.allCases.filter { input.isExplicitNull($0.rawValue) })
        }
        guard errors.isEmpty, let accountID else { return UpdateAccountPayloadValue(account: nil, userErrors: errors.items) }
        do {
            let account = try await info.context.store.updateAccount(accountID, changes, by: actor)
            return UpdateAccountPayloadValue(account: account, userErrors: [])
        } catch let error as WriteError {
            return UpdateAccountPayloadValue(account: nil, userErrors: [UserErrorValue(error, paths: [.account: ["input", "accountId"]])])
        }
    }

    /// `setBillingAdmin`: a Customer Success Manager grants or withdraws Billing Admin access for a user of an
    /// account they manage. The change shows at once: roles are read on every request.
    static func setBillingAdmin(_ info: ResolveInfo<RequestContext>) async throws -> SetBillingAdminPayloadValue {
        let (_, actor) = try actor(info)
        var errors = UserErrors()
        let input = InputObject(info.arguments["input"], path: ["input"])
        let accountID = rowID(
            input?.string("accountId"), as: "Account", path: ["input", "accountId"], message: NotFoundMessages.account, errors: &errors)
        let userID = rowID(input?.string("userId"), as: "User", path: ["input", "userId"], message: NotFoundMessages.user, errors: &errors)
        guard let accountID, let userID, let isBillingAdmin = input?.bool("isBillingAdmin") else {
            return SetBillingAdminPayloadValue(account: nil, user: nil, userErrors: errors.items)
        }
        let store = info.context.store
        do {
            let user = try await store.setBillingAdmin(accountID: accountID, userID: userID, isBillingAdmin: isBillingAdmin, by: actor)
            let account = try await store.accounts(ids: [accountID])[accountID]
            return SetBillingAdminPayloadValue(account: account, user: UserValue(user), userErrors: [])
        } catch let error as WriteError {
            let paths: [WriteSubject: [String]] = [.account: ["input", "accountId"], .user: ["input", "userId"]]
            // Only Customer Success Managers get this far (@auth), so the store's "forbidden" means an account they do
            // not manage, which must answer as if it did not exist, as every other object of another tenant does.
            let shown = error == .forbidden ? WriteError.notFound(.account) : error
            return SetBillingAdminPayloadValue(account: nil, user: nil, userErrors: [UserErrorValue(shown, paths: paths)])
        }
    }
}
