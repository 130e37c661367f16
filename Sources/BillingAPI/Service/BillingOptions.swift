public import BillingStore
public import Foundation

/// Settings of a `BillingService`.
public struct BillingOptions: Sendable {
    /// The clock: token expiry, download-link expiry, the login throttle.
    public var now: @Sendable () -> Date
    /// How many failed logins lock an email, and for how long.
    public var loginThrottle: LoginThrottle
    /// How long a signed invoice download link stays valid, in seconds.
    public var downloadLinkLifetime: Int
    /// Prefix of the relative download URLs, e.g. "/billing" behind a proxy; "" by default.
    public var basePath: String
    /// Called with every error a resolver threw that is not a `GraphQLError` (a database failure, a bug), before
    /// the response shows it as "Internal server error.": the server logs it here.
    public var reportInternalError: (@Sendable (any Error) -> Void)?
    /// Parsed and validated documents kept by query text (an LRU); 0 parses and validates every request.
    public var documentCacheCapacity = 512

    public init(
        now: @escaping @Sendable () -> Date = { Date() }, downloadLinkLifetime: Int = 300, basePath: String = "",
        reportInternalError: (@Sendable (any Error) -> Void)? = nil, loginThrottle: LoginThrottle = LoginThrottle()
    ) {
        self.now = now
        self.loginThrottle = loginThrottle
        self.downloadLinkLifetime = downloadLinkLifetime
        self.basePath = basePath
        self.reportInternalError = reportInternalError
    }
}
