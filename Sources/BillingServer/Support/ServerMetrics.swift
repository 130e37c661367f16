import Metrics
import Prometheus
import Synchronization

/// The server's metrics through swift-metrics, exported in Prometheus text format from a registry of its own.
///
/// Each application has its own registry, so two servers in one process (the tests) count apart.
/// Counters kept elsewhere (SQL statements, document cache) are brought up to date when `/metrics` is read.
///
/// ```swift
/// let metrics = ServerMetrics()
/// metrics.recordRequest(operation: "Dashboard", outcome: .success, duration: .milliseconds(3))
/// let text = metrics.exposition(statements: 120, cacheHits: 4, cacheMisses: 1)
/// ```
final class ServerMetrics: Sendable {
    /// How a GraphQL request ended, the `outcome` label.
    enum Outcome: String, Sendable {
        /// Executed without errors.
        case success
        /// Executed, with field errors.
        case partial
        /// Refused before execution: malformed, invalid, over a limit, unauthenticated header.
        case rejected
        /// Refused because the execution queue was full.
        case overloaded
    }

    /// Distinct operation names kept as label values; later names count as `other`, so clients cannot grow the
    /// registry without bound.
    static let operationLabelLimit = 200

    let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    private let latency: Metrics.Timer
    private let statements: Metrics.Counter
    private let cacheHits: Metrics.Counter
    private let cacheMisses: Metrics.Counter
    private let running: Metrics.Gauge
    private let waiting: Metrics.Gauge
    private let mirrored = Mutex((statements: 0, hits: 0, misses: 0))
    private let operationNames = Mutex(Set<String>())

    init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets["graphql_request_duration_seconds"] = [
            .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
            .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
            .seconds(1), .milliseconds(2500), .seconds(5),
        ]
        self.factory = factory
        latency = Metrics.Timer(label: "graphql_request_duration_seconds", factory: factory)
        statements = Metrics.Counter(label: "sql_statements_total", factory: factory)
        cacheHits = Metrics.Counter(label: "graphql_document_cache_hits_total", factory: factory)
        cacheMisses = Metrics.Counter(label: "graphql_document_cache_misses_total", factory: factory)
        running = Metrics.Gauge(label: "graphql_executions_running", factory: factory)
        waiting = Metrics.Gauge(label: "graphql_executions_waiting", factory: factory)
    }

    /// Counts one GraphQL request by operation name and outcome, and records its latency.
    func recordRequest(operation: String, outcome: Outcome, duration: Duration) {
        let label = operationNames.withLock { names -> String in
            if names.contains(operation) { return operation }
            guard names.count < Self.operationLabelLimit else { return "other" }
            names.insert(operation)
            return operation
        }
        Metrics.Counter(
            label: "graphql_requests_total", dimensions: [("operation", label), ("outcome", outcome.rawValue)],
            factory: factory
        ).increment()
        latency.record(duration: duration)
    }

    /// The Prometheus text, after catching the mirrored counters up with their sources and reading the gate's load.
    func exposition(
        statements statementCount: Int, cacheHits hits: Int, cacheMisses misses: Int,
        load: (running: Int, waiting: Int) = (0, 0)
    ) -> [UInt8] {
        running.record(load.running)
        waiting.record(load.waiting)
        let deltas = mirrored.withLock { last -> (Int, Int, Int) in
            let deltas = (statementCount - last.statements, hits - last.hits, misses - last.misses)
            last = (max(last.statements, statementCount), max(last.hits, hits), max(last.misses, misses))
            return deltas
        }
        if deltas.0 > 0 { statements.increment(by: deltas.0) }
        if deltas.1 > 0 { cacheHits.increment(by: deltas.1) }
        if deltas.2 > 0 { cacheMisses.increment(by: deltas.2) }
        return registry.emitToBuffer()
    }
}
