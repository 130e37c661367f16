import Foundation

/// What the report says about the machine, since a shared machine's load moves every figure.
enum Machine {
    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The CPUs this process may run on (`Cpus_allowed_list` of /proc/self/status, e.g. `0-1`, or `0` under
    /// `taskset -c 0`), or nil where there is no such file.
    static var allowedCPUs: String? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("Cpus_allowed_list:") {
            return line.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The first three fields of /proc/loadavg, or "unknown" where there is none.
    static var loadAverage: String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
