import BillingStore
import GraphQLEngine

/// Binds every mutation of the contract except `login` and `logout`, and their payload types.
///
/// Each mutation validates its whole input first (every mistake becomes a userError, nothing is written), then
/// makes one store call: one write transaction with its audit event. The store's refusals (ownership, defaults,
/// idempotency) come back as userErrors too; only a failing database surfaces as a top-level error.
/// `@auth` on each mutation is enforced before the resolver runs, by the schema's field guard.
func bindMutations(into binding: inout SchemaBinding<RequestContext>) {
    binding.object("Mutation", as: Root.self) { mutation in
        mutation.batch("updateAccount") { roots, info async throws -> [UpdateAccountPayloadValue] in
            let payload = try await Mutations.updateAccount(info)
            return roots.map { _ in payload }
        }
        mutation.batch("addPaymentMethod") { roots, info async throws -> [PaymentMethodPayloadValue] in
            let payload = try await Mutations.addPaymentMethod(info)
            return roots.map { _ in payload }
        }
        mutation.batch("setDefaultPaymentMethod") { roots, info async throws -> [PaymentMethodPayloadValue] in
            let payload = try await Mutations.setDefaultPaymentMethod(info)
            return roots.map { _ in payload }
        }
        mutation.batch("removePaymentMethod") { roots, info async throws -> [RemovePaymentMethodPayloadValue] in
            let payload = try await Mutations.removePaymentMethod(info)
            return roots.map { _ in payload }
        }
        mutation.batch("addDialerMinutesCredit") { roots, info async throws -> [DialerMinutesCreditPayloadValue] in
            let payload = try await Mutations.addDialerMinutesCredit(info)
            return roots.map { _ in payload }
        }
        mutation.batch("addLicenses") { roots, info async throws -> [LicensePayloadValue] in
            let payload = try await Mutations.addLicenses(info)
            return roots.map { _ in payload }
        }
        mutation.batch("changeLicenseQuantity") { roots, info async throws -> [LicensePayloadValue] in
            let payload = try await Mutations.changeLicenseQuantity(info)
            return roots.map { _ in payload }
        }
        mutation.batch("setBillingAdmin") { roots, info async throws -> [SetBillingAdminPayloadValue] in
            let payload = try await Mutations.setBillingAdmin(info)
            return roots.map { _ in payload }
        }
    }
    Mutations.bindPayloads(into: &binding)
}

/// The mutation resolvers, one extension per group.
enum Mutations {
    static func bindPayloads(into binding: inout SchemaBinding<RequestContext>) {
        binding.object("UpdateAccountPayload", as: UpdateAccountPayloadValue.self) { payload in
            payload.field("account", \.account)
            payload.field("userErrors", \.userErrors)
        }
        binding.object("PaymentMethodPayload", as: PaymentMethodPayloadValue.self) { payload in
            payload.field("paymentMethod", \.paymentMethod)
            payload.field("userErrors", \.userErrors)
        }
        binding.object("RemovePaymentMethodPayload", as: RemovePaymentMethodPayloadValue.self) { payload in
            payload.field("removedPaymentMethodId", \.removedPaymentMethodID)
            payload.field("userErrors", \.userErrors)
        }
        binding.object("DialerMinutesCreditPayload", as: DialerMinutesCreditPayloadValue.self) { payload in
            payload.field("dialerMinutes", \.dialerMinutes)
            payload.field("order", \.order)
            payload.field("userErrors", \.userErrors)
        }
        binding.object("LicensePayload", as: LicensePayloadValue.self) { payload in
            payload.field("purchasedProduct", \.purchasedProduct)
            payload.field("order", \.order)
            payload.field("userErrors", \.userErrors)
        }
        binding.object("SetBillingAdminPayload", as: SetBillingAdminPayloadValue.self) { payload in
            payload.field("account", \.account)
            payload.field("user", \.user)
            payload.field("userErrors", \.userErrors)
        }
    }

    /// The signed-in viewer and the actor their writes are recorded under, at the service's clock.
    static func actor(_ info: ResolveInfo<RequestContext>) throws -> (viewer: Viewer, actor: WriteActor) {
        let viewer = try Resolvers.viewer(info)
        return (viewer, WriteActor(userID: viewer.userID, now: info.context.service.options.now()))
    }

    /// The account a Billing Admin's mutation changes: their own, named or implied by an absent `accountId`.
    ///
    /// Another account's id (or a malformed one) is NOT_FOUND: a customer may only ever change their own account.
    /// Mutations without an `accountId` input pass nil: a viewer without an account then gets a userError without a path.
    static func ownAccount(_ input: InputObject?, viewer: Viewer, errors: inout UserErrors) -> Int64? {
        let path = input?.path("accountId")
        guard let own = viewer.accountID else {
            errors.add(path, NotFoundMessages.account, .notFound)
            return nil
        }
        if let given = input?.string("accountId"), GlobalID.decode(given, as: "Account") != own {
            errors.add(path, NotFoundMessages.account, .notFound)
            return nil
        }
        return own
    }

    /// The row id of a global id of `typeName`, or a NOT_FOUND userError at `path`.
    static func rowID(_ text: String?, as typeName: String, path: [String], message: String, errors: inout UserErrors) -> Int64? {
        guard let text, let id = GlobalID.decode(text, as: typeName) else {
            errors.add(path, message, .notFound)
            return nil
        }
        return id
    }
}
