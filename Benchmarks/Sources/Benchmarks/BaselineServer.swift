import BenchData
import Foundation
import GraphQL
import Hummingbird

/// `Benchmarks --serve-baseline PORT`: GraphQLSwift 4.3.0 on Hummingbird, the load test's baseline (d).
///
/// `POST /graphql` with a JSON body `{"query", "variables", "operationName"}` runs GraphQLSwift's
/// `graphql(schema:request:...)` over the contract schema and the in-memory dataset, as `Theirs.request()` does
/// in the engine benchmarks, and answers the JSON bytes `JSONEncoder` makes. No database, no authentication (a
/// token is ignored), no document cache: GraphQLSwift's own pipeline behind the same HTTP server as ours.
/// Port 0 picks a free port; the line `... listening on http://127.0.0.1:PORT` tells which.
enum BaselineServer {
    /// The request body of GraphQL over HTTP.
    struct Body: Decodable {
        var query: String
        var variables: [String: Map]?
        var operationName: String?
    }

    static func run(port: Int, theirs: Theirs) async throws {
        let schema = theirs.schema
        let dataset = theirs.dataset
        let router = Router()
        router.post("/graphql") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            let body = try JSONDecoder().decode(Body.self, from: Data(bytes.readableBytesView))
            let result = try await graphql(
                schema: schema, request: body.query, rootValue: dataset, context: dataset,
                variableValues: body.variables ?? [:], operationName: body.operationName)
            let data = try Theirs.encode(result)
            return Response(
                status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port), serverName: "GraphQLSwift"),
            onServerRunning: { channel in
                let url = "http://127.0.0.1:\(channel.localAddress?.port ?? port)"
                FileHandle.standardOutput.write(Data("GraphQLSwift baseline listening on \(url)\n".utf8))
            })
        try await app.runService()
    }
}
