import BenchData
import BillingAPI
import BillingStore
import Foundation
import GraphQLEngine

/// The demo database, the service over it, a Billing Admin's token, and the stages `ReadPath` times.
struct Setup {
    let store: BillingStore
    let service: BillingService
    let token: String
    let accountID: Int64
    let pageSize: Int
    let request: GraphQLRequest
    let responseBytes: Int
    /// The checkout: `Benchmarks/Sources/ReadPath/` is three folders below it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    init(databasePath: String?, pageSize: Int) async throws {
        let path = databasePath ?? NSTemporaryDirectory() + "readpath-\(ProcessInfo.processInfo.processIdentifier).sqlite"
        if databasePath == nil {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        store = try BillingStore(path: path)
        try await store.seedDemo()
        let sdl = try String(contentsOf: Self.root.appendingPathComponent("schema/billing.graphql"), encoding: .utf8)
        service = try BillingService(store: store, schemaSDL: sdl)
        guard let admin = try await store.user(email: "admin@acme.test"), let accountID = admin.accountID else {
            throw Failure("the demo data has no admin@acme.test")
        }
        self.accountID = accountID
        token = try await store.createToken(userID: admin.id)
        self.pageSize = pageSize
        let query = try String(
            contentsOf: Self.root.appendingPathComponent("Benchmarks/Fixtures/dashboard.graphql"), encoding: .utf8)
        request = GraphQLRequest(query: query, variables: [("orders", .int(pageSize)), ("invoices", .int(pageSize))])
        let viewer = try await service.viewer(forToken: token)
        let result = await service.execute(request, viewer: viewer, token: token)
        guard result.errors.isEmpty, result.data != nil else { throw Failure("the dashboard failed: \(result.errors)") }
        responseBytes = result.response().jsonBytes().count
    }

    /// `request`, `loads` and `encode`, in that order.
    func stages() -> [Stage] {
        let (service, request, token) = (self.service, self.request, self.token)
        let prepared = service.runtime.prepare(request.query)
        let loads = DashboardLoads(store: store, token: token, accountID: accountID, pageSize: pageSize)
        let encodeInput = ResultBox()
        // As the server writes it: straight from the executor's columns into memory sized from the last answer
        // (the server's is a fresh ByteBuffer per response).
        let responseCapacity = responseBytes + responseBytes / 8 + 64
        return [
            Stage(name: "request") { count in
                for _ in 0..<count {
                    let viewer = try await service.viewer(forToken: token)
                    let result = await service.execute(prepared, request: request, viewer: viewer, token: token, requestID: "")
                    blackHole(Self.encode(result, capacity: responseCapacity))
                    encodeInput.result = result
                }
            },
            Stage(name: "loads") { count in
                for _ in 0..<count { blackHole(try await loads.run()) }
            },
            Stage(name: "encode") { count in
                guard let result = encodeInput.result else { throw Failure("encode ran before request") }
                for _ in 0..<count { blackHole(Self.encode(result, capacity: responseCapacity)) }
            },
        ]
    }
}

extension Setup {
    /// Writes `result` into fresh memory of `capacity` bytes, as the server does into its ByteBuffer; the byte count.
    static func encode(_ result: ExecutionResult, capacity: Int) -> Int {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        defer { memory.deallocate() }
        switch result.writeResponse(into: memory) {
        case .written(let count): return count
        case .tooLarge(let bytes): return bytes.count
        }
    }
}

/// The last result `request` computed, for `encode` to encode again.
final class ResultBox: @unchecked Sendable {
    var result: ExecutionResult?
}
