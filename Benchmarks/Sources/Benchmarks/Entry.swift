import BenchData
import Foundation

/// `swift run -c release Benchmarks [--quick] [--no-allocs] [--markdown] [--list] [--dump-generated]
/// [--orders N] [--invoices N] [--line-items N] [FILTER...]`
///
/// A case runs when its name contains any FILTER (all cases without one).
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
        var shape = DataShape()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--orders": shape.orders = try count(after: argument, &remaining)
            case "--invoices": shape.invoices = try count(after: argument, &remaining)
            case "--line-items": shape.lineItems = try count(after: argument, &remaining)
            case "--quick": sampler.targetSeconds = 0.3
            case "--no-allocs": sampler.countAllocations = false
            case "--list": listOnly = true
            case "--markdown": markdown = true
            case "--dump-generated":
                print(GeneratedDocument.make(), terminator: "")
                return
            case let flag where flag.hasPrefix("--"): throw BenchFailure("unknown option \(flag)")
            default: filters.append(argument)
            }
        }
        #if DEBUG
            print("warning: a debug build; run with `swift run -c release Benchmarks` for real figures")
        #endif
        let inputs = try await Inputs(shape)
        let cases = try await Cases.all(inputs).filter { benchCase in
            filters.isEmpty || filters.contains { benchCase.name.contains($0) }
        }
        if listOnly {
            for benchCase in cases { print("\(Report.pad(benchCase.name, 28)) \(benchCase.summary)") }
            return
        }
        print("fixtures: \(Fixtures.directoryPath)")
        print("machine: \(Machine.cores) cores, load average \(Machine.loadAverage)")
        print("data: \(shape.orders) orders, \(shape.invoices) invoices, \(shape.lineItems) line items each")
        print("allocation counting: \(Allocations.isCounting ? "on (interposed malloc)" : "unavailable")")
        print("target per side and case: \(sampler.targetSeconds) s after \(sampler.warmupSeconds) s warm-up\n")
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
