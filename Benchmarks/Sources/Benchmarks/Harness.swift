import BenchData
import MallocCounter

/// A failure that stops the benchmark run with a message.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs an operation `count` times in a row; the harness times whole batches, never single calls.
typealias Batch = (_ count: Int) async throws -> Void

/// What one side of one case measured.
struct Timing {
    /// Median over samples of the time per operation, in nanoseconds.
    let medianNs: Double
    let minNs: Double
    /// Operations run while timing (warm-up excluded).
    let iterations: Int
    let samples: Int
    /// Heap allocations (malloc, calloc, realloc, memalign) per operation; nil where not counted.
    let allocationsPerOp: Double?
    let allocatedBytesPerOp: Double?
}

/// Warm-up, then timed samples of batches sized so the whole case runs about `targetSeconds`.
struct Sampler {
    var targetSeconds = 1.2
    var warmupSeconds = 0.2
    var sampleSeconds = 0.01
    var countAllocations = true

    private let clock = ContinuousClock()

    func measure(_ batch: Batch) async throws -> Timing {
        // Warm-up: caches, lazy schema state, the first-call costs of the Swift runtime.
        var warmupRuns = 0
        let warmupStart = clock.now
        repeat {
            try await batch(1)
            warmupRuns += 1
        } while seconds(since: warmupStart) < warmupSeconds || warmupRuns < 3
        let estimate = max(seconds(since: warmupStart) / Double(warmupRuns), 1e-9)

        let batchSize = max(1, Int(sampleSeconds / estimate))
        let sampleCount = min(300, max(9, Int(targetSeconds / (estimate * Double(batchSize)))))
        var perOp: [Double] = []
        perOp.reserveCapacity(sampleCount)
        for _ in 0..<sampleCount {
            let start = clock.now
            try await batch(batchSize)
            perOp.append(seconds(since: start) * 1e9 / Double(batchSize))
        }
        perOp.sort()

        // Counted in a pass of its own so the timed samples pay nothing for counting.
        var allocations: Double?
        var bytes: Double?
        if countAllocations && Allocations.isCounting {
            let runs = max(1, min(batchSize, 1000))
            let (calls, size) = try await Allocations.count { try await batch(runs) }
            allocations = Double(calls) / Double(runs)
            bytes = Double(size) / Double(runs)
        }
        return Timing(
            medianNs: perOp[perOp.count / 2], minNs: perOp[0], iterations: batchSize * sampleCount,
            samples: sampleCount, allocationsPerOp: allocations, allocatedBytesPerOp: bytes)
    }

    private func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}

/// The malloc counter of the `MallocCounter` target.
enum Allocations {
    /// True when the interposed allocator is the one the process uses: checked once by allocating.
    static let isCounting: Bool = {
        mc_set_counting(true)
        let before = mc_read().allocations
        blackHole([Int](repeating: 7, count: 64))
        let after = mc_read().allocations
        mc_set_counting(false)
        return after > before
    }()

    /// Allocations and requested bytes during `body`, from every thread.
    static func count(_ body: () async throws -> Void) async rethrows -> (UInt64, UInt64) {
        mc_set_counting(true)
        let before = mc_read()
        defer { mc_set_counting(false) }
        try await body()
        let after = mc_read()
        return (after.allocations - before.allocations, after.bytes - before.bytes)
    }
}
