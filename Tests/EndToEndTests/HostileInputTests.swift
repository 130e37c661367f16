import Foundation
import Testing

/// Hostile HTTP input against the real server: every request gets a clear 4xx or GraphQL error in time, memory
/// stays bounded, and the server still answers a normal query correctly afterwards.
@Suite(.serialized) struct HostileInputTests {
    /// Each answer must come within this, on a debug build of a loaded 2-core machine (they take under 1 s).
    static let timeLimit = Duration.seconds(10)
    /// Peak RSS bound, MiB. The server holds at most a 1 MiB body per request, a few copies of it while parsing, and
    /// a document cache of at most 512 texts of 64 KiB (32 MiB); a debug build starts at about 50 MiB. Anything
    /// that kept a hostile input's cost unbounded (quadratic coercion, an expanded fragment bomb) would pass this.
    static let peakRSSLimitMiB = 160

    @Test func everyHostileRequestGetsAClearRefusal() async throws {
        let folder = try TemporaryFolder()
        let server = try PortalServer(database: folder.path("hostile.sqlite"))
        let token = try await server.login("admin@acme.test")
        let baseline = try server.peakResidentKiB()

        let cases = HostileCases.all
        var slowest = (name: "", duration: Duration.zero)
        for hostile in cases {
            var headers = ["Accept": "application/graphql-response+json"]
            if hostile.method == "POST" { headers["Content-Type"] = "application/json" }
            headers.merge(hostile.headers) { _, new in new }
            let started = ContinuousClock.now
            let response: (status: Int, headers: [String: String], body: Data)
            do {
                response = try await server.request(hostile.path, method: hostile.method, headers: headers, body: hostile.body)
            } catch {
                Issue.record("\(hostile.name): \(error)")
                continue
            }
            let elapsed = ContinuousClock.now - started
            if elapsed > slowest.duration { slowest = (hostile.name, elapsed) }
            let answer = HTTPAnswer(status: response.status, headers: response.headers, body: response.body)
            #expect(elapsed < Self.timeLimit, "\(hostile.name) took \(elapsed)")
            #expect(answer.status == hostile.status, "\(hostile.name): \(answer.status) \(answer.text.prefix(300))")
            switch hostile.message {
            case .exact(let message):
                #expect(answer.errorMessages.first == message, "\(hostile.name): \(answer.text.prefix(300))")
            case .prefix(let prefix):
                #expect(answer.errorMessages.first?.hasPrefix(prefix) == true, "\(hostile.name): \(answer.text.prefix(300))")
            case .emptyBody:
                #expect(answer.body.isEmpty, "\(hostile.name)")
            }
            if let code = hostile.code {
                #expect(answer.errorCodes.first == code, "\(hostile.name): \(answer.text.prefix(300))")
            }
            #expect(answer.json["data"] == nil || hostile.status == 200, "\(hostile.name) ran: \(answer.text.prefix(300))")
            // Nothing internal leaks into a refusal: no Swift type names, source paths or SQL.
            for leak in ["Swift.", ".swift", "DecodingError", "SQLite", "SELECT "] {
                #expect(!answer.text.prefix(2_000).contains(leak), "\(hostile.name) shows \(leak)")
            }
        }

        // Concurrent bursts of the heaviest accepted bodies: the peak must stay bounded under parallel load too.
        let heavy = try JSONSerialization.data(withJSONObject: [
            "query": "query($n: Int) { account { orders(first: $n) { totalCount } } }",
            "variables": ["n": String(repeating: "x", count: 900_000)],
        ])
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<16 { group.addTask { try await server.post(heavy).status } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses == [Int](repeating: 400, count: 16))

        let normal = try await server.post(json: ["query": "{ viewer { email role } }"], headers: ["Authorization": "Bearer \(token)"])
        #expect(normal.status == 200)
        #expect(normal.text.hasPrefix(#"{"data":{"viewer":{"email":"admin@acme.test","role":"BILLING_ADMIN"}}"#), "\(normal.text)")
        let dashboard = try await server.graphQL(EndToEndTests.dashboard, token: token)
        #expect(dashboard.status == 200)
        #expect(dashboard.json["errors"] == nil)

        let peak = try server.peakResidentKiB()
        #expect(peak < Self.peakRSSLimitMiB * 1024, "peak RSS \(peak) KiB")
        print(
            "hostile inputs: \(cases.count) requests plus 16 concurrent 900 KB bodies; peak RSS \(peak / 1024) MiB "
                + "(\(baseline / 1024) MiB after start-up); slowest \(slowest.name) in \(slowest.duration)")
        #expect(server.stop().status == 0)
    }
}
