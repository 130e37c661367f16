import Foundation
import GRDB

/// What the hostile, lockout and data-at-rest suites need beyond `PortalServer`'s requests.
extension PortalServer {
    /// The server's peak resident set size so far (`VmHWM` of `/proc/<pid>/status`), in KiB.
    func peakResidentKiB() throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { throw ServerFailure("no VmHWM in /proc/\(process.processIdentifier)/status") }
        return kib
    }

    /// POSTs raw bytes to `/graphql` asking for graphql-response+json, so a request that did not run is a 4xx.
    func post(_ body: Data, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        var fields = ["Content-Type": "application/json", "Accept": "application/graphql-response+json"]
        fields.merge(headers) { _, new in new }
        let response = try await request("/graphql", method: "POST", headers: fields, body: body)
        return HTTPAnswer(status: response.status, headers: response.headers, body: response.body)
    }

    /// POSTs a JSON object to `/graphql`.
    func post(json: [String: Any], headers: [String: String] = [:]) async throws -> HTTPAnswer {
        try await post(try JSONSerialization.data(withJSONObject: json), headers: headers)
    }

    /// POSTs a query with variables, signed in with `token`.
    func post(_ query: String, variables: [String: Any] = [:], token: String) async throws -> HTTPAnswer {
        try await post(json: ["query": query, "variables": variables], headers: ["Authorization": "Bearer \(token)"])
    }

    /// Signs in through `login` and returns the token.
    func login(_ email: String, _ password: String = "demo-password") async throws -> String {
        let answer = try await post(json: ["query": LoginDocument.text, "variables": ["e": email, "p": password]])
        let payload = (answer.json["data"] as? [String: Any])?["login"] as? [String: Any]
        guard let token = payload?["token"] as? String else { throw ServerFailure("login failed: \(answer.text)") }
        return token
    }
}

/// The login mutation every suite sends, with its answer's parts.
enum LoginDocument {
    static let text = """
        mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token viewer { email } userErrors { message code } } }
        """
}

/// A response: status, headers (lower-cased names), body, and the GraphQL parts when the body is JSON.
struct HTTPAnswer {
    let status: Int
    let headers: [String: String]
    let body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    var errors: [[String: Any]] { json["errors"] as? [[String: Any]] ?? [] }
    var errorMessages: [String] { errors.compactMap { $0["message"] as? String } }
    var errorCodes: [String?] { errors.map { ($0["extensions"] as? [String: Any])?["code"] as? String } }

    /// `data.login.userErrors` of a login answer, as "CODE: message".
    var loginErrors: [String] {
        let payload = (json["data"] as? [String: Any])?["login"] as? [String: Any]
        return (payload?["userErrors"] as? [[String: Any]] ?? []).map { "\($0["code"] ?? ""): \($0["message"] ?? "")" }
    }

    var loginToken: String? { ((json["data"] as? [String: Any])?["login"] as? [String: Any])?["token"] as? String }
}

/// The server's database file opened from the test process, as another program would open it while the server
/// runs or after it stopped.
enum TestDatabase {
    static func write(_ sql: String, database: String) throws {
        let queue = try DatabaseQueue(path: database)
        defer { try? queue.close() }
        try queue.write { try $0.execute(sql: sql) }
    }

    static func read<T>(database: String, _ body: (Database) throws -> T) throws -> T {
        let queue = try DatabaseQueue(path: database)
        defer { try? queue.close() }
        return try queue.read(body)
    }
}
