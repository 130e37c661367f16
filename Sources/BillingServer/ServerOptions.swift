import BillingAPI
public import BillingStore
public import GraphQLEngine

import class Foundation.ProcessInfo

/// How the server listens, where it finds its files, and the limits it enforces.
///
/// ```swift
/// var options = ServerOptions()
/// options.port = 0  // any free port
/// options.resources = "/path/to/checkout"  // holds playground/ and schema/
/// ```
public struct ServerOptions: Sendable {
    public var hostname = "127.0.0.1"
    public var port = 8080
    /// The folder holding `playground/` and `schema/billing.graphql`; the working directory by default.
    public var resources = "."
    /// Depth, cost and page-size limits checked before execution: the dashboard query costs 3,045 and is 6 deep; the standard
    /// introspection query (graphql-js 16, graphql-core 3.2) is 15 deep.
    public var limits = QueryLimits(maximumDepth: 15, maximumCost: 10_000, maximumPageSize: BillingService.maximumPageSize)
    /// The largest request body accepted (1 MiB).
    public var maximumBodySize = 1 << 20
    /// The most bytes all request header fields may take together (16 KiB); past it the answer is 431.
    public var maximumHeaderSize = 16 * 1024
    /// Executions running at once: a few per core, since each mostly waits on SQLite.
    public var concurrentExecutions = 4 * ProcessInfo.processInfo.activeProcessorCount
    /// Requests waiting for an execution slot before the server answers 503.
    public var queuedExecutions = 256
    /// The `Retry-After` of a 503.
    public var retryAfterSeconds = 1
    /// Parsed and validated documents kept by query text; 0 turns the cache off (to measure what it saves).
    public var documentCacheCapacity = 512
    /// Serves `/ceiling`, a constant body with no GraphQL and no SQL, the load test's upper bound; off by default.
    public var ceilingRoute = false
    /// Seconds a connection may stay silent (between requests, or halfway through one) before it is closed, so
    /// idle or stalled clients cannot hold connections open forever.
    public var idleTimeoutSeconds = 30
    /// Seconds a request body may take to arrive whole (408 past it): the idle timeout restarts with every byte,
    /// so without this a client could drip a body slowly enough to hold a connection for ever.
    public var bodyTimeoutSeconds = 60
    /// Failed sign-ins for one email within `window` that lock it for `lockout` (10 in 60 s lock for 15 minutes).
    public var loginThrottle = LoginThrottle()
    /// What invoice download links start with, before `/invoices/<id>.pdf`: "" for links relative to this server's
    /// root, a path such as "/billing" behind a proxy that serves it under that prefix, or an absolute
    /// "https://billing.example.com" for links that leave the browser's page. Set it with `publicURL(_:)`.
    public private(set) var publicURL = ""

    public init() {}

    /// Checks and sets `publicURL`: empty, a path starting with "/", or an http(s) URL; without a query, a fragment or
    /// spaces. A trailing "/" is dropped, so "/billing/" and "/billing" give the same links.
    public mutating func publicURL(_ text: String) throws(InvalidPublicURL) {
        var url = Substring(text)
        while url.hasSuffix("/") { url = url.dropLast() }
        let scheme = url.hasPrefix("https://") || url.hasPrefix("http://")
        let host = scheme ? url.split(separator: "/", maxSplits: 2).dropFirst().first ?? "" : "x"
        guard url.isEmpty || ((url.hasPrefix("/") || scheme) && !host.isEmpty),
            !url.contains(where: { $0 == "?" || $0 == "#" || $0.isWhitespace || $0.isNewline })
        else { throw InvalidPublicURL(text: text) }
        publicURL = String(url)
    }

    /// The SDL file the service is built from.
    public var schemaPath: String { resources + "/schema/billing.graphql" }
}

/// A `--public-url` that cannot prefix a link.
public struct InvalidPublicURL: Error, CustomStringConvertible {
    public let text: String
    public var description: String {
        "--public-url must be a path starting with \"/\" or an http(s) URL, without a query or fragment: \"\(text)\" is neither."
    }
}
