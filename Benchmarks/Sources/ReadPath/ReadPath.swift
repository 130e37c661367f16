import BenchData
import BillingAPI
import BillingStore
import Foundation
import GraphQLEngine

/// `swift run -c release ReadPath [--seconds S] [--first N] [--db PATH]`: the dashboard request in process, split.
///
/// On the demo database (a fresh temporary file unless `--db` names one), as a Billing Admin, it times side by side:
/// - `request`: what the server does per request, HTTP aside: the token lookup, execution, JSON encoding;
/// - `loads`: the same store calls with no engine (`DashboardLoads`): SQL, decoding and the connection hand-offs;
/// - `encode`: the JSON encoding alone.
/// `request - loads - encode` is the engine's and the API's share. The samples of the three alternate, so all see
/// the same machine load.
@main
struct ReadPath {
    static func main() async {
        do {
            try await run(Array(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("ReadPath: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ arguments: [String]) async throws {
        var seconds = 3.0
        var pageSize = 50
        var databasePath: String?
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            guard let value = remaining.popFirst() else { throw Failure("\(argument) needs a value") }
            switch argument {
            case "--seconds": seconds = Double(value) ?? seconds
            case "--first": pageSize = Int(value) ?? pageSize
            case "--db": databasePath = value
            default: throw Failure("unknown option \(argument)")
            }
        }
        #if DEBUG
            print("warning: a debug build; run with `swift run -c release ReadPath` for real figures")
        #endif
        let setup = try await Setup(databasePath: databasePath, pageSize: pageSize)
        let stages = setup.stages()
        // Both paths must issue the same statements, or `loads` is not the request's store share.
        var statements: [Int] = []
        for stage in stages.prefix(2) {
            let before = setup.store.statementCounter.count
            try await stage.run(1)
            statements.append(setup.store.statementCounter.count - before)
        }
        guard statements[0] == statements[1] else {
            throw Failure("request runs \(statements[0]) statements, loads \(statements[1]): DashboardLoads drifted")
        }
        print("ReadPath: dashboard first: \(pageSize), \(setup.responseBytes) bytes, \(statements[0]) statements")
        print("cores \(ProcessInfo.processInfo.activeProcessorCount), load average \(loadAverage()) before")
        let timings = try await Stopwatch(seconds: seconds).measure(stages)
        for (stage, timing) in zip(stages, timings) {
            print(
                "\(stage.name.padding(toLength: 8, withPad: " ", startingAt: 0)) median \(format(timing.median))  min \(format(timing.min))"
            )
        }
        let engine = timings[0].median - timings[1].median - timings[2].median
        print("engine and API (request - loads - encode, medians): \(format(engine))")
        print("load average \(loadAverage()) after")
    }

    static func format(_ seconds: Double) -> String { String(format: "%8.1f µs", seconds * 1e6) }

    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "unknown"
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}

/// A message that stops the run.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
