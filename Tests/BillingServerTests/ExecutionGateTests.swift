import Testing

@testable import BillingServer

@Suite struct ExecutionGateTests {
    @Test func admitsUpToCapacityQueuesUpToTheLimitAndRefusesTheRest() async throws {
        let gate = ExecutionGate(capacity: 2, queueLimit: 1)
        #expect(await gate.enter())
        #expect(await gate.enter())
        let waiter = Task { await gate.enter() }
        while gate.load.waiting == 0 { await Task.yield() }
        #expect(await gate.enter() == false)
        #expect(gate.load == (running: 2, waiting: 1))
        gate.leave()
        #expect(await waiter.value)
        #expect(gate.load == (running: 2, waiting: 0))
        gate.leave()
        gate.leave()
        #expect(gate.load == (running: 0, waiting: 0))
    }

    @Test func waitersAreAdmittedOldestFirst() async throws {
        let gate = ExecutionGate(capacity: 1, queueLimit: 8)
        #expect(await gate.enter())
        let order = OrderLog()
        var tasks: [Task<Void, Never>] = []
        for index in 0..<3 {
            tasks.append(
                Task {
                    if await gate.enter() { await order.append(index) }
                })
            while gate.load.waiting < index + 1 { await Task.yield() }
        }
        for admitted in 1...3 {
            gate.leave()
            while await order.values.count < admitted { await Task.yield() }
        }
        for task in tasks { await task.value }
        #expect(await order.values == [0, 1, 2])
        #expect(gate.load == (running: 1, waiting: 0))
    }
}

actor OrderLog {
    var values: [Int] = []

    func append(_ value: Int) {
        values.append(value)
    }
}
