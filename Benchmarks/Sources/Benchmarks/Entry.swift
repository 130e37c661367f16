import BenchData
import BillingServer
import Foundation

/// `swift run -c release Benchmarks [--quick] [--no-allocs] [--in-turn] [--markdown] [--list] [--dump-generated]
/// [--orders N] [--invoices N] [--line-items N] [--profile-ours RUNS] [--serve-baseline PORT] [--no-malloc-tuning]
/// [FILTER...]`
///
/// glibc's malloc gets the server's settings (`MallocTuning`, as `billing-portal serve` applies them) unless
/// `--no-malloc-tuning`: both engines run under the same allocator, the one the server runs with.
/// A case runs when its name contains any FILTER (all cases without one); a FILTER that starts with `=` must
/// match the whole name (`=pipeline/dashboard` is the request alone, without `/execute` and `/encode`). `--serve-baseline` runs no case: it
/// serves GraphQLSwift over HTTP for `loadtest.py` until SIGTERM.
@main
struct Entry {
    static func main() async {
        do {
            try await run(Array(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("Benchmarks: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ arguments: [String]) async throws {
        var sampler = Sampler()
        var filters: [String] = []
        var listOnly = false
        var markdown = false
        var profileRuns = 0
        var baselinePort: Int?
        var shape = DataShape()
        var mallocTuning = true
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--orders": shape.orders = try count(after: argument, &remaining)
            case "--invoices": shape.invoices = try count(after: argument, &remaining)
            case "--line-items": shape.lineItems = try count(after: argument, &remaining)
            case "--quick": sampler.targetSeconds = 0.3
            case "--no-allocs": sampler.countAllocations = false
            case "--in-turn": sampler.inTurn = true
            case "--list": listOnly = true
            case "--markdown": markdown = true
            case "--profile-ours": profileRuns = try count(after: argument, &remaining)
            case "--serve-baseline": baselinePort = try count(after: argument, &remaining)
            case "--no-malloc-tuning": mallocTuning = false
            case "--dump-generated":
                print(GeneratedDocument.make(), terminator: "")
                return
            case let flag where flag.hasPrefix("--"): throw BenchFailure("unknown option \(flag)")
            default: filters.append(argument)
            }
        }
        let malloc = mallocTuning ? MallocTuning.apply().summary : "off (glibc defaults)"
        #if DEBUG
            print("warning: a debug build; run with `swift run -c release Benchmarks` for real figures")
        #endif
        let inputs = try await Inputs(shape)
        if let baselinePort {
            try await BaselineServer.run(port: baselinePort, theirs: inputs.theirs)
            return
        }
        let cases = try await Cases.all(inputs).filter { benchCase in
            filters.isEmpty
                || filters.contains { filter in
                    filter.hasPrefix("=") ? benchCase.name == filter.dropFirst() : benchCase.name.contains(filter)
                }
        }
        if listOnly {
            for benchCase in cases { print("\(Report.pad(benchCase.name, 28)) \(benchCase.summary)") }
            return
        }
        if profileRuns > 0 {
            // Only our side, no timing: for callgrind or perf to see our engine alone.
            for benchCase in cases { try await benchCase.ours(profileRuns) }
            return
        }
        print("fixtures: \(Fixtures.directoryPath)")
        print("machine: \(Machine.cores) cores, load average \(Machine.loadAverage)")
        if let allowed = Machine.allowedCPUs { print("this process may run on CPUs \(allowed)") }
        print("data: \(shape.orders) orders, \(shape.invoices) invoices, \(shape.lineItems) line items each")
        print("malloc tuning: \(malloc)")
        print("allocation counting: \(Allocations.isCounting ? "on (interposed malloc)" : "unavailable")")
        print("target per side and case: \(sampler.targetSeconds) s after \(sampler.warmupSeconds) s warm-up\(sampler.inTurn ? ", sides in turn" : "")\n")
        var report = Report(markdown: markdown)
        report.header()
        for benchCase in cases {
            let timings = try await sampler.measure([benchCase.theirs, benchCase.ours])
            report.row(benchCase, side: "theirs", timings[0], theirs: nil)
            report.row(benchCase, side: "ours", timings[1], theirs: timings[0])
        }
        report.summary()
        print("load average after the run: \(Machine.loadAverage)")
    }

    private static func count(after flag: String, _ remaining: inout ArraySlice<String>) throws -> Int {
        guard let text = remaining.popFirst(), let value = Int(text), value >= 0 else {
            throw BenchFailure("\(flag) needs a count")
        }
        return value
    }
}
