import Synchronization

/// Admits at most `capacity` executions at once, lets at most `queueLimit` more wait, and refuses the rest.
///
/// Under overload, a refused request costs nothing and the admitted ones keep their latency, instead of every
/// request in flight slowing down together. A finished execution hands its slot straight to the oldest waiter.
///
/// ```swift
/// let gate = ExecutionGate(capacity: 8, queueLimit: 64)
/// guard await gate.enter() else { return overloaded() }
/// defer { gate.leave() }
/// ```
final class ExecutionGate: Sendable {
    let capacity: Int
    let queueLimit: Int
    private let state = Mutex(State())

    private struct State {
        var running = 0
        var waiters: [CheckedContinuation<Bool, Never>] = []
    }

    init(capacity: Int, queueLimit: Int) {
        precondition(capacity > 0 && queueLimit >= 0, "the gate needs room for one execution")
        self.capacity = capacity
        self.queueLimit = queueLimit
    }

    /// Waits for a slot; false when the wait queue is full (the caller answers 503).
    func enter() async -> Bool {
        let admitted = state.withLock { state -> Bool in
            guard state.running < capacity else { return false }
            state.running += 1
            return true
        }
        if admitted { return true }
        return await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            enum Outcome { case run, wait, refuse }
            let outcome = state.withLock { state -> Outcome in
                if state.running < capacity {
                    state.running += 1
                    return .run
                }
                guard state.waiters.count < queueLimit else { return .refuse }
                state.waiters.append(continuation)
                return .wait
            }
            switch outcome {
            case .run: continuation.resume(returning: true)
            case .refuse: continuation.resume(returning: false)
            case .wait: break
            }
        }
    }

    /// Frees the slot `enter()` gave, or passes it to the oldest waiter.
    func leave() {
        let next = state.withLock { state -> CheckedContinuation<Bool, Never>? in
            if state.waiters.isEmpty {
                state.running -= 1
                return nil
            }
            return state.waiters.removeFirst()
        }
        next?.resume(returning: true)
    }

    /// Executions running and requests waiting, for tests and metrics.
    var load: (running: Int, waiting: Int) {
        state.withLock { ($0.running, $0.waiters.count) }
    }
}
