public import Foundation

/// The rule that slows password guessing: `maximumFailures` failed logins for one email within `window` seconds
/// lock that email for `lockout` seconds, right password or not.
///
/// ```swift
/// let outcome = try await store.attemptLogin(email: "admin@acme.test", password: "guess", now: Date())
/// // the eleventh attempt within a minute after ten failures: .locked(until: now + 15 minutes)
/// ```
public struct LoginThrottle: Sendable, Equatable {
    /// Failed logins within `window` that lock the email.
    public var maximumFailures: Int
    /// The sliding window the failures are counted in, in seconds.
    public var window: TimeInterval
    /// How long a locked email refuses every login, in seconds.
    public var lockout: TimeInterval

    public init(maximumFailures: Int = 10, window: TimeInterval = 60, lockout: TimeInterval = 15 * 60) {
        self.maximumFailures = maximumFailures
        self.window = window
        self.lockout = lockout
    }
}

/// What a login attempt came to.
public enum LoginOutcome: Sendable, Hashable {
    /// The email and password match this user.
    case signedIn(User)
    /// The email is unknown or the password wrong: the caller must not say which.
    case rejected
    /// Too many failures for this email; no password was checked.
    case locked(until: Date)
}
