import Foundation

/// Prints one aligned row per side and case, and collects the ratios for the summary.
struct Report {
    private(set) var ratios: [(String, Double)] = []

    static func header() {
        print(
            pad("case", 28) + pad("side", 8) + lpad("median", 12) + lpad("min", 12) + lpad("ops/s", 12)
                + lpad("MB/s", 9) + lpad("allocs/op", 11) + lpad("KB alloc/op", 13) + lpad("ours/theirs", 13))
    }

    mutating func row(_ benchCase: BenchCase, side: String, _ timing: Timing, theirs: Timing?) {
        let opsPerSecond = 1e9 / timing.medianNs
        let megabytes = benchCase.bytes.map { String(format: "%.1f", Double($0) * opsPerSecond / 1e6) } ?? "-"
        let allocations = timing.allocationsPerOp.map { String(format: "%.0f", $0) } ?? "-"
        let kilobytes = timing.allocatedBytesPerOp.map { String(format: "%.1f", $0 / 1024) } ?? "-"
        var ratio = ""
        if let theirs {
            let value = timing.medianNs / theirs.medianNs
            ratio = String(format: "%.3f", value)
            ratios.append((benchCase.name, value))
        }
        print(
            Report.pad(benchCase.name, 28) + Report.pad(side, 8) + Report.lpad(Report.duration(timing.medianNs), 12)
                + Report.lpad(Report.duration(timing.minNs), 12) + Report.lpad(String(format: "%.0f", opsPerSecond), 12)
                + Report.lpad(megabytes, 9) + Report.lpad(allocations, 11) + Report.lpad(kilobytes, 13)
                + Report.lpad(ratio, 13))
    }

    func unwired(_ benchCase: BenchCase) {
        print(Report.pad(benchCase.name, 28) + Report.pad("ours", 8) + "  not wired yet (LEAD HOOK in Ours.swift)")
    }

    func summary() {
        guard !ratios.isEmpty else { return }
        print("\nours/theirs is median time ours / median time GraphQLSwift: below 1 means ours is faster.")
        for (name, ratio) in ratios {
            print("  \(Report.pad(name, 28)) \(String(format: "%.3f", ratio))  (ours \(String(format: "%.1f", 1 / ratio))x as fast)")
        }
    }

    static func duration(_ nanoseconds: Double) -> String {
        switch nanoseconds {
        case ..<1e3: String(format: "%.0f ns", nanoseconds)
        case ..<1e6: String(format: "%.2f µs", nanoseconds / 1e3)
        case ..<1e9: String(format: "%.3f ms", nanoseconds / 1e6)
        default: String(format: "%.3f s", nanoseconds / 1e9)
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    static func lpad(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}
