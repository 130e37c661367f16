public import Foundation
import GRDB

extension BillingStore {
    /// Checks a login against the throttle, then the password; the throttle's state is kept in the database.
    ///
    /// Each attempt counts as a failure before its password is checked and is forgotten only when it succeeds, so
    /// attempts sent in parallel cannot slip past the limit while bcrypt runs. The email (lower-cased, hashed) is the key,
    /// whether or not a user has it: unknown and known emails are counted, locked and answered alike. A locked
    /// email is refused without running bcrypt, so locked guessing costs the server nothing.
    public func attemptLogin(
        email: String, password: String, now: Date, throttle: LoginThrottle = LoginThrottle()
    ) async throws -> LoginOutcome {
        let key = Self.throttleKey(email)
        if let lockedUntil = try await admitLoginAttempt(key: key, now: now, throttle: throttle) {
            return .locked(until: lockedUntil)
        }
        guard let user = try await verifyCredentials(email: email, password: password) else { return .rejected }
        try await forgetLoginFailures(key: key)
        return .signedIn(user)
    }

    /// The throttle's key for an email: the SHA-256 hex of its lower-case form, the form users are looked up by.
    static func throttleKey(_ email: String) -> String {
        SHA256.hexDigest(Array(email.lowercased().utf8))
    }

    /// In one transaction: forgets expired state, answers the lock's end if `email` is locked, otherwise records
    /// the attempt as a failure and locks the email when that makes `maximumFailures` within the window.
    func admitLoginAttempt(key email: String, now: Date, throttle: LoginThrottle) async throws -> Date? {
        let nowText = Timestamp.string(from: now)
        let windowStart = Timestamp.string(from: now.addingTimeInterval(-throttle.window))
        let lockEnd = now.addingTimeInterval(throttle.lockout)
        let lockedUntil: String? = try await writer.write { db in
            try db.execute(sql: "DELETE FROM login_locks WHERE locked_until <= ?", arguments: [nowText])
            try db.execute(sql: "DELETE FROM login_failures WHERE failed_at <= ?", arguments: [windowStart])
            if let until = try String.fetchOne(db, sql: "SELECT locked_until FROM login_locks WHERE email_hash = ?", arguments: [email]) {
                return until
            }
            try db.execute(sql: "INSERT INTO login_failures (email_hash, failed_at) VALUES (?, ?)", arguments: [email, nowText])
            let failures = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM login_failures WHERE email_hash = ?", arguments: [email]) ?? 0
            if failures >= throttle.maximumFailures {
                // This attempt is still allowed; the ones after it are not, unless it turns out to succeed.
                try db.execute(
                    sql: """
                        INSERT INTO login_locks (email_hash, locked_until) VALUES (?, ?)
                        ON CONFLICT (email_hash) DO UPDATE SET locked_until = excluded.locked_until
                        """,
                    arguments: [email, Timestamp.string(from: lockEnd)])
                try db.execute(sql: "DELETE FROM login_failures WHERE email_hash = ?", arguments: [email])
            }
            return nil
        }
        guard let lockedUntil else { return nil }
        return (try? Date(lockedUntil, strategy: .iso8601)) ?? lockEnd
    }

    /// A successful login resets the email's count and lifts a lock its own attempt set.
    func forgetLoginFailures(key email: String) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM login_failures WHERE email_hash = ?", arguments: [email])
            try db.execute(sql: "DELETE FROM login_locks WHERE email_hash = ?", arguments: [email])
        }
    }

    /// The failures counted and the lock's end for `email` (lower-cased) at `now`: for tests and operators.
    public func loginThrottleState(
        email: String, now: Date, throttle: LoginThrottle = LoginThrottle()
    ) async throws
        -> (failures: Int, lockedUntil: String?)
    {
        let key = Self.throttleKey(email)
        let windowStart = Timestamp.string(from: now.addingTimeInterval(-throttle.window))
        let nowText = Timestamp.string(from: now)
        return try await writer.read { db in
            let failures =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM login_failures WHERE email_hash = ? AND failed_at > ?", arguments: [key, windowStart])
                ?? 0
            let until = try String.fetchOne(
                db, sql: "SELECT locked_until FROM login_locks WHERE email_hash = ? AND locked_until > ?", arguments: [key, nowText])
            return (failures, until)
        }
    }
}
