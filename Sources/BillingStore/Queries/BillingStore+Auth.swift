public import Foundation
import GRDB
import HummingbirdBcrypt

extension BillingStore {
    /// The user with this email (compared in lowercase), or nil.
    public func user(email: String) async throws -> User? {
        try await writer.read { db in
            try User.fetchOne(db, sql: "SELECT * FROM users WHERE email = ?", arguments: [email.lowercased()])
        }
    }

    /// The user whose email and password match, or nil. Bcrypt is slow on purpose: call it off latency-critical threads.
    public func authenticate(email: String, password: String) async throws -> User? {
        guard let user = try await user(email: email) else { return nil }
        return Bcrypt.verify(password, hash: user.passwordHash) ? user : nil
    }

    /// A new API token for `userID`, valid for `lifetime` seconds from `now`.
    ///
    /// The token is 32 random bytes in base64url; only its SHA-256 hash is stored, so it is shown once.
    public func createToken(userID: Int64, lifetime: TimeInterval = 30 * 86_400, now: Date = Date()) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let token = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let hash = SHA256.hexDigest(Array(token.utf8))
        let created = Timestamp.string(from: now)
        let expires = Timestamp.string(from: now.addingTimeInterval(lifetime))
        try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO api_tokens (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
                arguments: [userID, hash, created, expires])
        }
        return token
    }

    /// The user of a live token, selected by position.
    private static let userByTokenSQL = """
        SELECT \(User.selection(alias: "u")) FROM api_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?
        """

    /// The user a token belongs to, or nil when it is unknown, revoked or expired at `now`.
    public func user(forToken token: String, now: Date = Date()) async throws -> User? {
        let hash = SHA256.hexDigest(Array(token.utf8))
        let nowText = Timestamp.string(from: now)
        return try await read { db in
            try db.fetchCached(User.self, sql: Self.userByTokenSQL, arguments: [hash, nowText]).first
        }
    }

    /// Revokes a token; false when it was unknown or already revoked.
    @discardableResult
    public func revokeToken(_ token: String, now: Date = Date()) async throws -> Bool {
        let hash = SHA256.hexDigest(Array(token.utf8))
        let nowText = Timestamp.string(from: now)
        return try await writer.write { db in
            try db.execute(
                sql: "UPDATE api_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL", arguments: [nowText, hash])
            return db.changesCount > 0
        }
    }

    /// The secret named `name` (32 random bytes), created on first use; e.g. the key that signs invoice links.
    public func serverSecret(named name: String) async throws -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        let candidate = Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        let created = Timestamp.string(from: Date())
        return try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO server_secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING",
                arguments: [name, candidate, created])
            let value = try Data.fetchOne(db, sql: "SELECT value FROM server_secrets WHERE name = ?", arguments: [name]) ?? candidate
            return Array(value)
        }
    }

    /// A bcrypt hash of `password` (cost 10), for storing a new or changed password.
    public static func hashPassword(_ password: String) -> String {
        Bcrypt.hash(password, cost: 10)
    }
}
