import BenchData
import Foundation

/// The dashboard request end to end, and its two big parts, on the shared in-memory data.
enum PipelineCases {
    static func all(_ inputs: Inputs) async throws -> [BenchCase] {
        let theirs = inputs.theirs
        let theirsResult = try await theirs.executeParsed()
        guard theirsResult.errors.isEmpty else {
            throw BenchFailure("GraphQLSwift's dashboard response has errors: \(theirsResult.errors.prefix(3))")
        }
        let theirsBody = try await theirs.request()
        let pipeline = inputs.pipeline
        let oursBody = try await pipeline.request()
        try ResponseCheck.sameJSON(Array(theirsBody), oursBody)
        print("dashboard response: theirs \(theirsBody.count) bytes, ours \(oursBody.count) bytes, the same JSON")

        return [
            BenchCase(
                name: "pipeline/dashboard",
                summary: "parse, validate, execute, encode the dashboard (\(theirsBody.count) response bytes)",
                bytes: nil,
                theirs: { count in
                    for _ in 0..<count { blackHole(try await theirs.request()) }
                },
                ours: { count in
                    for _ in 0..<count { blackHole(try await pipeline.request()) }
                }),
            BenchCase(
                name: "pipeline/dashboard/execute",
                summary: "execution alone, document parsed up front",
                bytes: nil,
                theirs: { count in
                    for _ in 0..<count { blackHole(try await theirs.executeParsed()) }
                },
                ours: { count in
                    for _ in 0..<count { try await pipeline.executeOnly() }
                }),
            BenchCase(
                name: "pipeline/dashboard/encode",
                summary: "JSON encoding alone of the computed result (MB/s of response)",
                bytes: theirsBody.count,
                theirs: { count in
                    for _ in 0..<count { blackHole(try Theirs.encode(theirsResult)) }
                },
                ours: { count in
                    for _ in 0..<count { blackHole(try pipeline.encodeOnly()) }
                }),
        ]
    }
}

/// Makes sure both engines answer the dashboard with the same JSON before timing them.
enum ResponseCheck {
    static func sameJSON(_ theirs: [UInt8], _ ours: [UInt8]) throws {
        guard try canonical(theirs) == canonical(ours) else {
            throw BenchFailure("ours and GraphQLSwift answer the dashboard with different JSON")
        }
    }

    private static func canonical(_ bytes: [UInt8]) throws -> Data {
        let object = try JSONSerialization.jsonObject(with: Data(bytes))
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}
