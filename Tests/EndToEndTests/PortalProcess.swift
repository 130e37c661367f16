import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The built `billing-portal` binary, run as a child process.
enum PortalBinary {
    /// The checkout's root, which holds `playground/` and `schema/`.
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary beside the test bundle, in the same build folder.
    static var url: URL {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        for candidate in [
            folder, Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ] {
            let binary = candidate.appendingPathComponent("billing-portal")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return folder.appendingPathComponent("billing-portal")
    }

    /// Runs a command to its end: exit status, standard output and standard error.
    static func run(_ arguments: [String], stdin: String? = nil) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = checkout
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

/// A temporary folder removed at the end of a test.
struct TemporaryFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("billing-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// `billing-portal serve --port 0` on a database file, stopped with SIGTERM.
final class PortalServer: @unchecked Sendable {
    let process = Process()
    let base: URL
    private let logs = Pipe()
    /// The log read so far: drained as it comes, so a busy server never blocks on a full pipe.
    private let logText = Mutex(Data())

    init(database: String, options: [String] = []) throws {
        process.executableURL = PortalBinary.url
        process.arguments = ["serve", "--port", "0", "--db", database, "--resources", PortalBinary.checkout.path] + options
        let output = Pipe()
        process.standardOutput = output
        process.standardError = logs
        try process.run()
        // The server prints "BillingPortal listening on http://127.0.0.1:PORT" once it accepts connections.
        var line = Data()
        let reader = output.fileHandleForReading
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: "http://"),
            let url = URL(string: String(text[range.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            process.terminate()
            throw ServerFailure("the server did not start: \(text)")
        }
        base = url
        logs.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            self?.logText.withLock { $0.append(chunk) }
        }
    }

    /// Stops the server with SIGTERM and returns its exit status and log.
    func stop() -> (status: Int32, log: String) {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        logs.fileHandleForReading.readabilityHandler = nil
        let rest = logs.fileHandleForReading.readDataToEndOfFile()
        let log = logText.withLock { $0 + rest }
        return (process.terminationStatus, String(decoding: log, as: UTF8.self))
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// One HTTP request; the status, headers and body.
    func request(
        _ path: String, method: String = "GET", headers: [String: String] = [:], body: Data? = nil
    ) async throws -> (status: Int, headers: [String: String], body: Data) {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields { fields[String(describing: name).lowercased()] = String(describing: value) }
        return (http.statusCode, fields, data)
    }

    /// POSTs a GraphQL request and parses the JSON response.
    func graphQL(
        _ query: String, variables: [String: Any] = [:], token: String? = nil
    ) async throws
        -> (status: Int, json: [String: Any])
    {
        var headers = ["Content-Type": "application/json", "Accept": "application/graphql-response+json"]
        if let token { headers["Authorization"] = "Bearer \(token)" }
        let body = try JSONSerialization.data(withJSONObject: ["query": query, "variables": variables])
        let response = try await request("/graphql", method: "POST", headers: headers, body: body)
        let json = try JSONSerialization.jsonObject(with: response.body) as? [String: Any] ?? [:]
        return (response.status, json)
    }
}

struct ServerFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
