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
        var oursBody: [UInt8]?
        let pipeline = inputs.pipeline
        if let pipeline {
            let body = try await pipeline.request()
            try ResponseCheck.sameJSON(Array(theirsBody), body)
            oursBody = body
        }
        ResponseCheck.report(theirs: theirsBody.count, ours: oursBody?.count)
        if pipeline != nil && !Ours.hasValidator {
            print("note: ours/pipeline skips validation until Ours.validate is wired (LEAD HOOK)")
        }

        return [
            BenchCase(
                name: "pipeline/dashboard",
                summary: "parse, validate, execute, encode the dashboard (\(theirsBody.count) response bytes)"
                    + (Ours.hasValidator ? "" : "; ours does not validate until the validator is wired"),
                bytes: nil,
                theirs: { count in
                    for _ in 0..<count { blackHole(try await theirs.request()) }
                },
                ours: pipeline.map { pipeline in
                    { count in
                        for _ in 0..<count { blackHole(try await pipeline.request()) }
                    }
                }),
            BenchCase(
                name: "pipeline/dashboard/execute",
                summary: "execution alone, document parsed up front",
                bytes: nil,
                theirs: { count in
                    for _ in 0..<count { blackHole(try await theirs.executeParsed()) }
                },
                ours: pipeline.map { pipeline in
                    { count in
                        for _ in 0..<count { try await pipeline.executeOnly() }
                    }
                }),
            BenchCase(
                name: "pipeline/dashboard/encode",
                summary: "JSON encoding alone of the computed result (MB/s of response)",
                bytes: theirsBody.count,
                theirs: { count in
                    for _ in 0..<count { blackHole(try Theirs.encode(theirsResult)) }
                },
                ours: pipeline.map { pipeline in
                    { count in
                        for _ in 0..<count { blackHole(try pipeline.encodeOnly()) }
                    }
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

    static func report(theirs: Int, ours: Int?) {
        let oursText = ours.map { "\($0) bytes, same JSON as theirs" } ?? "not wired"
        print("dashboard response: theirs \(theirs) bytes; ours \(oursText)")
    }

    private static func canonical(_ bytes: [UInt8]) throws -> Data {
        let object = try JSONSerialization.jsonObject(with: Data(bytes))
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}
