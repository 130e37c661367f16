#if canImport(Glibc)
    import Glibc
#endif

/// glibc allocator settings for a server that builds answers of a few hundred KB per request.
///
/// With glibc's defaults, the median dashboard request pays for its allocator: freeing a 161 KB answer buffer
/// shrinks the heap again (`M_TRIM_THRESHOLD`, 128 KiB at first) and the next request faults fresh pages back in,
/// and a block over `M_MMAP_THRESHOLD` gets its own `mmap`/`munmap`. Each value is set with `mallopt` and its
/// result kept, so a C library that refuses one says so in the start-up log.
///
/// ```swift
/// let report = MallocTuning.apply()
/// print(report.summary)  // "M_TRIM_THRESHOLD=64 MiB M_TOP_PAD=16 MiB M_MMAP_THRESHOLD=32 MiB"
/// ```
public enum MallocTuning {
    /// A `mallopt` parameter; the raw value is glibc's code from `<malloc.h>`.
    public enum Parameter: Int32, Sendable, CaseIterable {
        case trimThreshold = -1
        case topPad = -2
        case mmapThreshold = -3

        /// The name `<malloc.h>` gives it.
        public var name: String {
            switch self {
            case .trimThreshold: "M_TRIM_THRESHOLD"
            case .topPad: "M_TOP_PAD"
            case .mmapThreshold: "M_MMAP_THRESHOLD"
            }
        }
    }

    /// One setting and whether the allocator took it.
    public struct Setting: Sendable, Equatable {
        public let parameter: Parameter
        public let bytes: Int
        public let applied: Bool
    }

    /// What `apply` did.
    public struct Report: Sendable, Equatable {
        /// Each setting asked for, in order; empty when the C library has no `mallopt`.
        public let settings: [Setting]

        /// One line for a log or a benchmark header: each setting in MiB, a refused one marked "refused".
        public var summary: String {
            guard !settings.isEmpty else { return "unavailable (no mallopt)" }
            return settings.map { setting in
                "\(setting.parameter.name)=\(setting.bytes >> 20) MiB" + (setting.applied ? "" : " (refused)")
            }.joined(separator: " ")
        }

        /// Whether every setting was applied.
        public var isComplete: Bool { !settings.isEmpty && settings.allSatisfy(\.applied) }
    }

    /// The server's settings.
    ///
    /// - `M_TRIM_THRESHOLD` 64 MiB: free memory at the top of a heap is kept, up to 64 MiB, instead of being
    ///   given back after each answer and faulted in again by the next.
    /// - `M_TOP_PAD` 16 MiB: a heap grows in 16 MiB steps, so a burst of large answers needs few `brk` calls.
    /// - `M_MMAP_THRESHOLD` 32 MiB, the most `GLIBC_TUNABLES` accepts on 64-bit (`mallopt` in glibc 2.36 takes
    ///   more), so the same value can be tried without a rebuild: answers (presized up to 4 MiB, see
    ///   `ResponseSizeHints`) and request bodies (at most 1 MiB) come from the heap, never from an `mmap` of
    ///   their own that `free` unmaps again. Setting any of the three also turns off glibc's sliding threshold.
    public static let serverSettings: [(Parameter, Int)] = [
        (.trimThreshold, 64 << 20), (.topPad, 16 << 20), (.mmapThreshold, 32 << 20),
    ]

    /// Applies `settings` in order through `mallopt` (the C library's by default) and reports each result.
    public static func apply(
        _ settings: [(Parameter, Int)] = serverSettings,
        mallopt: (@Sendable (Int32, Int32) -> Int32)? = systemMallopt
    ) -> Report {
        guard let mallopt else { return Report(settings: []) }
        return Report(
            settings: settings.map { parameter, bytes in
                let fits = bytes >= 0 && bytes <= Int(Int32.max)
                let applied = fits && mallopt(parameter.rawValue, Int32(truncatingIfNeeded: bytes)) == 1
                return Setting(parameter: parameter, bytes: bytes, applied: applied)
            })
    }

    /// glibc's `mallopt`, looked up at run time: `<malloc.h>` is not part of Swift's Glibc module.
    public static let systemMallopt: (@Sendable (Int32, Int32) -> Int32)? = {
        #if canImport(Glibc)
            guard let symbol = dlsym(nil, "mallopt") else { return nil }
            let function = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
            return { function($0, $1) }
        #else
            return nil
        #endif
    }()
}
