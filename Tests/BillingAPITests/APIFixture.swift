import BillingAPI
import BillingStore
import Foundation
import GraphQLEngine

/// A `BillingService` over a real SQLite file with the demo data, in a fresh temporary folder.
final class APIFixture: Sendable {
    let service: BillingService
    let store: BillingStore
    let folder: URL

    /// The schema the server loads, read from the package's `schema/` folder.
    static let schemaSDL: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! String(contentsOf: root.appendingPathComponent("schema/billing.graphql"), encoding: .utf8)
    }()

    init(options: BillingOptions = BillingOptions()) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("billing-api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try BillingStore(path: folder.appendingPathComponent("billing.sqlite").path)
        try await store.seedDemo()
        service = try BillingService(store: store, schemaSDL: Self.schemaSDL, options: options)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The viewer signed in as `email` (a demo user).
    func viewer(_ email: String) async throws -> Viewer {
        Viewer(try await store.user(email: email)!)
    }

    /// Runs `query` as the demo user `email` (nil: anonymous).
    func run(
        _ query: String, as email: String?, variables: [(String, JSONValue)] = [], token: String? = nil
    ) async throws -> ExecutionResult {
        var viewer: Viewer?
        if let email { viewer = try await self.viewer(email) }
        return await service.execute(GraphQLRequest(query: query, variables: variables), viewer: viewer, token: token)
    }

    /// The global id of the demo account named `name`, as `Query.account` shows it.
    func accountID(_ name: String) async throws -> String {
        let result = try await run("{ accounts(first: 10, search: \"\(name)\") { nodes { id name } } }", as: "support@portal.test")
        return result.data?["accounts"]?["nodes"]?.first?["id"]?.stringValue ?? ""
    }
}

extension JSONValue {
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var intValue: Int? {
        if case .int(let number) = self { return number }
        return nil
    }

    var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    var listValue: [JSONValue]? {
        if case .list(let items) = self { return items }
        return nil
    }

    var first: JSONValue? { listValue?.first }

    subscript(index: Int) -> JSONValue? {
        guard let items = listValue, index < items.count else { return nil }
        return items[index]
    }
}

extension ExecutionResult {
    /// The codes of the errors, in order.
    var codes: [String?] { errors.map(\.code) }
}
