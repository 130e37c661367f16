import BillingStore
import GraphQLEngine

extension Resolvers {
    /// `login`, `logout` and the types they return.
    static func bindSession(into binding: inout SchemaBinding<RequestContext>) {
        binding.object("Mutation", as: Root.self) { mutation in
            mutation.batch("login") { roots, info async throws -> [LoginPayloadValue] in
                let payload = try await login(
                    email: info.arguments.string("email") ?? "", password: info.arguments.string("password") ?? "", info: info)
                return roots.map { _ in payload }
            }
            mutation.batch("logout") { roots, info async throws -> [Bool] in
                guard let token = info.context.token else { return roots.map { _ in false } }
                let revoked = try await info.context.store.revokeToken(token, now: info.context.service.options.now())
                return roots.map { _ in revoked }
            }
        }
        binding.object("LoginPayload", as: LoginPayloadValue.self) { payload in
            payload.field("token", \.token)
            payload.field("viewer", \.viewer)
            payload.field("userErrors", \.userErrors)
        }
        binding.object("UserError", as: UserErrorValue.self) { error in
            error.field("field", \.field)
            error.field("message", \.message)
            error.field("code", \.code)
        }
    }

    /// Checks the password (bcrypt) and issues a token, unless the email is locked after too many failures.
    ///
    /// An unknown email and a wrong password get the same answer in about the same time; a locked email gets the
    /// same answer whether or not a user has it, and whatever the password.
    static func login(email: String, password: String, info: ResolveInfo<RequestContext>) async throws -> LoginPayloadValue {
        let store = info.context.store
        let options = info.context.service.options
        let now = options.now()
        switch try await store.attemptLogin(email: email, password: password, now: now, throttle: options.loginThrottle) {
        case .signedIn(let user):
            let token = try await store.createToken(userID: user.id, now: now)
            return LoginPayloadValue(token: token, viewer: UserValue(user), userErrors: [])
        case .rejected:
            return LoginPayloadValue(
                token: nil, viewer: nil,
                userErrors: [UserErrorValue(field: nil, message: LoginMessages.incorrect, code: .invalid)])
        case .locked(let until):
            let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
            return LoginPayloadValue(
                token: nil, viewer: nil,
                userErrors: [UserErrorValue(field: nil, message: LoginMessages.locked(minutes: minutes), code: .tooManyAttempts)])
        }
    }
}

/// The sentences `login` answers with; none says whether a user has the email.
enum LoginMessages {
    static let incorrect = "Email or password is incorrect."

    static func locked(minutes: Int) -> String {
        "Too many failed sign-in attempts for this email. Try again in \(minutes) minute\(minutes == 1 ? "" : "s")."
    }
}
