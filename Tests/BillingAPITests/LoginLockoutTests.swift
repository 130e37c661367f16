import BillingAPI
import BillingStore
import Foundation
import GraphQLEngine
import Synchronization
import Testing

/// A clock the tests move by hand, so a lockout's minute and quarter hour pass without sleeping.
final class TestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_800_000_000))

    var now: Date { current.withLock { $0 } }

    func advance(_ seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}

/// Ten failed logins for one email within a minute lock it for 15 minutes; nothing tells which emails exist.
struct LoginLockoutTests {
    static let incorrect = "INVALID: Email or password is incorrect."

    let clock: TestClock
    let fixture: APIFixture

    init() async throws {
        let clock = TestClock()
        self.clock = clock
        fixture = try await APIFixture(options: BillingOptions(now: { clock.now }))
    }

    /// Logs in and returns `data.login` as "CODE: message" lines, or "token" when a token came back.
    func login(_ email: String, _ password: String) async throws -> [String] {
        let result = try await fixture.run(
            SessionTests.login, as: nil, variables: [("email", .string(email)), ("password", .string(password))])
        #expect(result.errors.isEmpty)
        let payload = result.data?["login"]
        if payload?["token"]?.stringValue != nil { return ["token"] }
        return payload?["userErrors"]?.listValue?.map { "\($0["code"]?.stringValue ?? ""): \($0["message"]?.stringValue ?? "")" } ?? []
    }

    func fail(_ email: String, times: Int) async throws {
        for attempt in 0..<times {
            #expect(try await login(email, "wrong-\(attempt)") == [Self.incorrect], "attempt \(attempt + 1)")
        }
    }

    @Test func tenFailuresLockTheEmailEvenForTheRightPassword() async throws {
        try await fail("admin@acme.test", times: 10)
        let locked = "TOO_MANY_ATTEMPTS: Too many failed sign-in attempts for this email. Try again in 15 minutes."
        #expect(try await login("admin@acme.test", "demo-password") == [locked])
        #expect(try await login("admin@acme.test", "wrong") == [locked])
        // Another email is not affected.
        #expect(try await login("member@acme.test", "demo-password") == ["token"])
    }

    @Test func anUnknownEmailGetsExactlyTheSameAnswers() async throws {
        for attempt in 0..<12 {
            let password = attempt == 11 ? "demo-password" : "wrong-\(attempt)"
            let known = try await fixture.run(
                SessionTests.login, as: nil, variables: [("email", .string("admin@acme.test")), ("password", .string(password))])
            let unknown = try await fixture.run(
                SessionTests.login, as: nil, variables: [("email", .string("ghost@acme.test")), ("password", .string(password))])
            #expect(known.data == unknown.data, "attempt \(attempt + 1)")
            #expect(known.data?["login"]?["token"] == .null)
            clock.advance(1)
        }
    }

    @Test func theLockLastsFifteenMinutes() async throws {
        try await fail("admin@acme.test", times: 10)
        clock.advance(14 * 60 + 1)
        #expect(
            try await login("admin@acme.test", "demo-password") == [
                "TOO_MANY_ATTEMPTS: Too many failed sign-in attempts for this email. Try again in 1 minute."
            ])
        clock.advance(59)
        #expect(try await login("admin@acme.test", "demo-password") == ["token"])
    }

    @Test func failuresCountInASlidingMinute() async throws {
        try await fail("admin@acme.test", times: 9)
        clock.advance(61)
        // The first nine fell out of the window: nine more still leave the email open.
        try await fail("admin@acme.test", times: 9)
        #expect(try await login("admin@acme.test", "demo-password") == ["token"])

        try await fail("member@acme.test", times: 5)
        clock.advance(30)
        try await fail("member@acme.test", times: 5)
        #expect(try await login("member@acme.test", "demo-password").first?.hasPrefix("TOO_MANY_ATTEMPTS") == true)
    }

    @Test func aSuccessfulLoginResetsTheCount() async throws {
        try await fail("admin@acme.test", times: 9)
        #expect(try await login("admin@acme.test", "demo-password") == ["token"])
        try await fail("admin@acme.test", times: 9)
        #expect(try await login("admin@acme.test", "demo-password") == ["token"])
        let state = try await fixture.store.loginThrottleState(email: "admin@acme.test", now: clock.now)
        #expect(state.failures == 0)
        #expect(state.lockedUntil == nil)
    }

    @Test func theEmailIsCountedInAnyCase() async throws {
        for (index, email) in ["ADMIN@acme.test", "admin@ACME.TEST", "Admin@Acme.Test", "admin@acme.test"].enumerated() {
            try await fail(email, times: index < 2 ? 3 : 2)
        }
        #expect(try await login("aDmIn@acme.test", "demo-password").first?.hasPrefix("TOO_MANY_ATTEMPTS") == true)
    }

    @Test func theLockSurvivesAReopenedDatabase() async throws {
        try await fail("nobody@nowhere.test", times: 10)
        let reopened = try BillingStore(path: fixture.folder.appendingPathComponent("billing.sqlite").path)
        let state = try await reopened.loginThrottleState(email: "NOBODY@nowhere.test", now: clock.now)
        #expect(state.failures == 0)
        #expect(state.lockedUntil != nil)
        let clock = clock
        let service = try BillingService(store: reopened, schemaSDL: APIFixture.schemaSDL, options: BillingOptions(now: { clock.now }))
        let result = await service.execute(
            GraphQLRequest(
                query: SessionTests.login, variables: [("email", .string("nobody@nowhere.test")), ("password", .string("x"))]),
            viewer: nil)
        #expect(result.data?["login"]?["userErrors"]?.first?["code"] == .string("TOO_MANY_ATTEMPTS"))
    }

    @Test func aliasedLoginsInOneRequestAreCountedOneByOne() async throws {
        let aliases = (0..<15).map { #"a\#($0): login(email: "admin@acme.test", password: "guess-\#($0)") { token userErrors { code } }"# }
        let result = try await fixture.run("mutation { \(aliases.joined(separator: " ")) }", as: nil)
        #expect(result.errors.isEmpty)
        let codes = (0..<15).map { result.data?["a\($0)"]?["userErrors"]?.first?["code"]?.stringValue ?? "" }
        #expect(codes == [String](repeating: "INVALID", count: 10) + [String](repeating: "TOO_MANY_ATTEMPTS", count: 5))
    }

    @Test func parallelAttemptsCannotSlipPastTheLimit() async throws {
        let answers = try await withThrowingTaskGroup(of: [String].self) { group in
            for attempt in 0..<20 { group.addTask { try await login("admin@acme.test", "parallel-\(attempt)") } }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(answers.filter { $0 == Self.incorrect }.count == 10)
        #expect(answers.filter { $0.hasPrefix("TOO_MANY_ATTEMPTS") }.count == 10)
    }
}
