import BenchData
import Foundation
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
    /// Median over samples of the CPU time of the whole process (every thread) per operation: the work
    /// done, which a loaded machine inflates much less than the elapsed time.
    let cpuMedianNs: Double
    /// Operations run while timing (warm-up excluded).
    let iterations: Int
    let samples: Int
    /// Heap allocations (malloc, calloc, realloc, memalign) per operation; nil where not counted.
    let allocationsPerOp: Double?
    let allocatedBytesPerOp: Double?
}

/// Warm-up, then timed samples of batches sized so each side of a case runs about `targetSeconds`.
///
/// The sides' samples alternate (theirs, ours, theirs, ...) so that both see the same machine load;
/// on a shared machine that matters more for the ratio than any single figure.
struct Sampler {
    var targetSeconds = 1.2
    var warmupSeconds = 0.2
    var sampleSeconds = 0.01
    var countAllocations = true
    /// Each side takes all of its samples before the next side starts, instead of alternating: to see whether one
    /// side's run slows the other's (caches, malloc arenas, threads), at the price of the same-load guarantee.
    var inTurn = false

    private let clock = ContinuousClock()

    func measure(_ sides: [Batch]) async throws -> [Timing] {
        var plans: [(batchSize: Int, samples: Int)] = []
        for batch in sides {
            plans.append(try await plan(batch))
        }
        var perOp = Array(repeating: [Double](), count: sides.count)
        var cpuPerOp = Array(repeating: [Double](), count: sides.count)
        while plans.indices.contains(where: { perOp[$0].count < plans[$0].samples }) {
            // In turn: only the first side that still needs samples runs.
            let turn = plans.indices.first { perOp[$0].count < plans[$0].samples }
            for (index, batch) in sides.enumerated() where perOp[index].count < plans[index].samples {
                if inTurn && index != turn { continue }
                let cpuStart = processCPUNanoseconds()
                let start = clock.now
                try await batch(plans[index].batchSize)
                perOp[index].append(seconds(since: start) * 1e9 / Double(plans[index].batchSize))
                cpuPerOp[index].append(Double(processCPUNanoseconds() - cpuStart) / Double(plans[index].batchSize))
            }
        }
        var timings: [Timing] = []
        for (index, batch) in sides.enumerated() {
            let samples = perOp[index].sorted()
            let cpuSamples = cpuPerOp[index].sorted()
            let (allocations, bytes) = try await allocationsPerOp(batch, runs: plans[index].batchSize)
            timings.append(
                Timing(
                    medianNs: samples[samples.count / 2], minNs: samples[0], cpuMedianNs: cpuSamples[cpuSamples.count / 2],
                    iterations: plans[index].batchSize * samples.count, samples: samples.count,
                    allocationsPerOp: allocations, allocatedBytesPerOp: bytes))
        }
        return timings
    }

    /// Warms a side up (caches, lazy schema state, first-call costs) and sizes its batches and samples.
    private func plan(_ batch: Batch) async throws -> (batchSize: Int, samples: Int) {
        var runs = 0
        let start = clock.now
        repeat {
            try await batch(1)
            runs += 1
        } while seconds(since: start) < warmupSeconds || runs < 3
        let estimate = max(seconds(since: start) / Double(runs), 1e-9)
        let batchSize = max(1, Int(sampleSeconds / estimate))
        let samples = min(300, max(9, Int(targetSeconds / (estimate * Double(batchSize)))))
        return (batchSize, samples)
    }

    /// Counted in a pass of its own so the timed samples pay nothing for counting.
    private func allocationsPerOp(_ batch: Batch, runs: Int) async throws -> (Double?, Double?) {
        guard countAllocations && Allocations.isCounting else { return (nil, nil) }
        let runs = max(1, min(runs, 1000))
        let (calls, size) = try await Allocations.count { try await batch(runs) }
        return (Double(calls) / Double(runs), Double(size) / Double(runs))
    }

    private func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}

/// CPU time of the whole process, every thread, in nanoseconds.
func processCPUNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
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
