import Foundation

/// What the report says about the machine, since a shared machine's load moves every figure.
enum Machine {
    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The first three fields of /proc/loadavg, or "unknown" where there is none.
    static var loadAverage: String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
