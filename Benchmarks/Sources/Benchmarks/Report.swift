import Foundation

/// Prints one row per side and case as it is measured, as aligned text or as a Markdown table.
struct Report {
    var markdown = false
    private var ratios: [(name: String, median: Double, min: Double, cpu: Double)] = []

    private static let columns: [(title: String, width: Int)] = [
        ("case", 28), ("side", 8), ("median", 12), ("min", 12), ("cpu/op", 12), ("ops/s", 12), ("MB/s", 9), ("allocs/op", 11),
        ("KB alloc/op", 13), ("ours/theirs", 13),
    ]

    init(markdown: Bool) { self.markdown = markdown }

    func header() {
        if markdown {
            print("| " + Report.columns.map(\.title).joined(separator: " | ") + " |")
            print("|" + Report.columns.indices.map { $0 < 2 ? " --- |" : " ---: |" }.joined())
        } else {
            line(Report.columns.map(\.title))
        }
    }

    mutating func row(_ benchCase: BenchCase, side: String, _ timing: Timing, theirs: Timing?) {
        let opsPerSecond = 1e9 / timing.medianNs
        var ratio = ""
        if let theirs {
            let median = timing.medianNs / theirs.medianNs
            ratio = String(format: "%.3f", median)
            ratios.append((benchCase.name, median, timing.minNs / theirs.minNs, timing.cpuMedianNs / theirs.cpuMedianNs))
        }
        line([
            benchCase.name, side, Report.duration(timing.medianNs), Report.duration(timing.minNs),
            Report.duration(timing.cpuMedianNs),
            String(format: "%.0f", opsPerSecond),
            benchCase.bytes.map { String(format: "%.1f", Double($0) * opsPerSecond / 1e6) } ?? "-",
            timing.allocationsPerOp.map { String(format: "%.0f", $0) } ?? "-",
            timing.allocatedBytesPerOp.map { String(format: "%.1f", $0 / 1024) } ?? "-", ratio,
        ])
    }

    func summary() {
        guard !ratios.isEmpty else { return }
        print("\nours/theirs = time of ours / time of GraphQLSwift (below 1: ours is faster), from medians, minimums, CPU time:")
        for ratio in ratios {
            let text = String(
                format: "%.3f (ours %.1fx as fast); min %.3f (%.1fx); cpu %.3f (%.1fx)", ratio.median, 1 / ratio.median,
                ratio.min, 1 / ratio.min, ratio.cpu, 1 / ratio.cpu)
            print("  \(Report.pad(ratio.name, 28)) \(text)")
        }
    }

    private func line(_ cells: [String]) {
        if markdown {
            print("| " + cells.joined(separator: " | ") + String(repeating: " |", count: Report.columns.count - cells.count + 1))
            return
        }
        var text = ""
        for (index, cell) in cells.enumerated() {
            let width = Report.columns[index].width
            if index < 2 {
                text += Report.pad(cell, width)
            } else if cells.count < Report.columns.count && index == cells.count - 1 {
                text += "  " + cell
            } else {
                text += Report.lpad(cell, width)
            }
        }
        print(text)
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
