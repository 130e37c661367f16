import Synchronization
import Testing

@testable import BillingServer

/// The allocator settings `serve` applies at start-up, and how a refusal is reported.
@Suite struct MallocTuningTests {
    @Test func theServerSettingsAreAllAppliedByGlibc() throws {
        let report = MallocTuning.apply()
        try #require(MallocTuning.systemMallopt != nil)
        #expect(report.isComplete)
        #expect(report.settings.map(\.parameter) == [.trimThreshold, .topPad, .mmapThreshold])
        #expect(report.summary == "M_TRIM_THRESHOLD=64 MiB M_TOP_PAD=16 MiB M_MMAP_THRESHOLD=32 MiB")
    }

    @Test func aValuePastMalloptsIntIsRefusedWithoutCallingIt() {
        let calls = Mutex(0)
        let report = MallocTuning.apply(
            [(.topPad, 1 << 31), (.topPad, -1), (.topPad, 1 << 20)],
            mallopt: { _, _ in
                calls.withLock { $0 += 1 }
                return 1
            })
        #expect(report.settings.map(\.applied) == [false, false, true])
        #expect(calls.withLock { $0 } == 1)
        #expect(report.summary == "M_TOP_PAD=2048 MiB (refused) M_TOP_PAD=-1 MiB (refused) M_TOP_PAD=1 MiB")
    }

    @Test func eachSettingReachesMalloptWithItsCode() {
        let calls = Mutex<[(Int32, Int32)]>([])
        let report = MallocTuning.apply(
            [(.trimThreshold, 1 << 20), (.topPad, 2 << 20), (.mmapThreshold, 3 << 20), (.topPad, 1 << 40)],
            mallopt: { parameter, value in
                calls.withLock { $0.append((parameter, value)) }
                return parameter == -2 ? 0 : 1
            })
        let made = calls.withLock { $0 }
        #expect(made.map(\.0) == [-1, -2, -3])
        #expect(made.map(\.1) == [1 << 20, 2 << 20, 3 << 20])
        // M_TOP_PAD refused by the allocator, and a value past Int32 refused before reaching it.
        #expect(report.settings.map(\.applied) == [true, false, true, false])
        #expect(MallocTuning.apply(mallopt: nil).summary == "unavailable (no mallopt)")
    }
}
