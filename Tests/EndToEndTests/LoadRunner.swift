import Foundation
import Synchronization

/// Runs `count` clients, each on its own thread with its own connection, and waits for all of them.
///
/// Threads rather than tasks: each client blocks on its socket as a separate program would, and the test's
/// cooperative threads stay free.
enum LoadRunner {
    static func run(clients count: Int, _ body: @escaping @Sendable (Int) -> Void) async {
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let thread = Thread {
                body(index)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            group.notify(queue: .global()) { continuation.resume() }
        }
    }
}

/// A GraphQL client over a `BlockingHTTPClient`, for the load and crash tests.
final class GraphQLLoadClient {
    let http: BlockingHTTPClient
    let token: String?

    init(port: UInt16, token: String?) {
        http = BlockingHTTPClient(port: port)
        self.token = token
    }

    /// The HTTP status and the parsed response body (empty when it is not a JSON object).
    func send(_ query: String, variables: [String: Any] = [:]) throws -> (status: Int, json: [String: Any]) {
        var headers = [("Content-Type", "application/json"), ("Accept", "application/graphql-response+json")]
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        let body = try JSONSerialization.data(withJSONObject: ["query": query, "variables": variables])
        let response = try http.post("/graphql", headers: headers, body: Array(body))
        let json = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
        return (response.status, json)
    }
}

/// A small deterministic generator, one per client, so a run's mix is reproducible.
struct LoadRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed &+ 0x9E37_79B9_7F4A_7C15
    }

    mutating func next(_ upperBound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(upperBound))
    }
}

extension Dictionary where Key == String, Value == Any {
    /// The value at a dotted path of object keys, e.g. `data.addDialerMinutesCredit.order.id`.
    func at(_ path: String) -> Any? {
        var current: Any? = self
        for key in path.split(separator: ".") { current = (current as? [String: Any])?[String(key)] }
        return current
    }
}

/// A value shared by the load's threads behind a lock.
final class Shared<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) {
        mutex = Mutex(value)
    }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        mutex.withLock { body(&$0) }
    }
}

/// The API's global ids, as clients see them: base64url without padding of `Type:row id`.
enum GlobalIDs {
    static func encode(_ typeName: String, _ id: Int64) -> String {
        Data("\(typeName):\(id)".utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// The row id of a global id of `typeName`; nil for anything else.
    static func decode(_ id: String, as typeName: String) -> Int64? {
        var text = id.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        guard let data = Data(base64Encoded: text), let plain = String(data: data, encoding: .utf8),
            plain.hasPrefix(typeName + ":")
        else { return nil }
        return Int64(plain.dropFirst(typeName.count + 1))
    }
}
