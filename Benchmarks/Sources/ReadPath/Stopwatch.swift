/// One thing `ReadPath` times: `run(n)` does it n times in a row.
struct Stage {
    let name: String
    let run: (_ count: Int) async throws -> Void
}

/// Times stages in alternating samples, about 10 ms each, for `seconds` per stage after a warm-up.
struct Stopwatch {
    let seconds: Double
    private let clock = ContinuousClock()

    init(seconds: Double) { self.seconds = seconds }

    /// The median and the minimum time of one run of each stage, in seconds.
    func measure(_ stages: [Stage]) async throws -> [(median: Double, min: Double)] {
        var batchSizes: [Int] = []
        for stage in stages {
            var runs = 0
            let start = clock.now
            repeat {
                try await stage.run(1)
                runs += 1
            } while elapsed(since: start) < 0.3 || runs < 3
            batchSizes.append(max(1, Int(0.01 / (elapsed(since: start) / Double(runs)))))
        }
        var samples = Array(repeating: [Double](), count: stages.count)
        let start = clock.now
        while elapsed(since: start) < seconds * Double(stages.count) || samples[0].count < 9 {
            for (index, stage) in stages.enumerated() {
                let sampleStart = clock.now
                try await stage.run(batchSizes[index])
                samples[index].append(elapsed(since: sampleStart) / Double(batchSizes[index]))
            }
        }
        return samples.map { values in
            let sorted = values.sorted()
            return (sorted[sorted.count / 2], sorted[0])
        }
    }

    private func elapsed(since start: ContinuousClock.Instant) -> Double {
        let duration = clock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
