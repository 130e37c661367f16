import Foundation
import GRDB

extension Database {
    /// Claims `key` for a request of `fingerprint`, or answers the request it was first used for.
    ///
    /// The INSERT either creates the key's row or does nothing because the row exists: the unique `(account_id, key)`
    /// constraint, not a prior SELECT, decides who wins, so two requests racing on one key cannot both apply (on
    /// PostgreSQL the loser's INSERT waits for the winner's commit). Returns nil when this request owns the key
    /// and must apply; the stored result (marked replayed) when the same request was applied before.
    func claimIdempotencyKey(_ key: String, accountID: Int64, fingerprint: String, now: Date) throws -> PurchaseResult? {
        try execute(
            sql: """
                INSERT INTO idempotency_keys (account_id, key, request_fingerprint, response, created_at) VALUES (?, ?, ?, '', ?)
                ON CONFLICT (account_id, key) DO NOTHING
                """,
            arguments: [accountID, key, fingerprint, Timestamp.string(from: now)])
        if changesCount > 0 { return nil }
        guard
            let row = try Row.fetchOne(
                self, sql: "SELECT request_fingerprint, response FROM idempotency_keys WHERE account_id = ? AND key = ?",
                arguments: [accountID, key])
        else { throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "idempotency key vanished") }
        guard row["request_fingerprint"] as String == fingerprint else { throw WriteError.idempotencyKeyReused }
        var result = try JSONDecoder().decode(PurchaseResult.self, from: Data((row["response"] as String).utf8))
        result.replayed = true
        return result
    }

    /// Stores the result of the request that owns `key`, in the same transaction as its effects.
    func storeIdempotentResult(_ result: PurchaseResult, key: String, accountID: Int64) throws {
        let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        try execute(
            sql: "UPDATE idempotency_keys SET response = ? WHERE account_id = ? AND key = ?", arguments: [json, accountID, key])
    }
}

/// A request's identity for idempotency: the mutation and every input that shapes its effect, hashed.
enum RequestFingerprint {
    /// SHA-256 hex of `action` and `fields` (name=value, nil as `-`), so a key reused for other input is caught.
    static func make(_ action: String, _ fields: KeyValuePairs<String, (any CustomStringConvertible)?>) -> String {
        var text = action
        for (name, value) in fields { text += "\n\(name)=\(value.map { "\($0)" } ?? "-")" }
        return SHA256.hexDigest(Array(text.utf8))
    }
}

extension BillingStore {
    /// Runs a purchase in one write transaction, applying it at most once per idempotency key.
    func purchase(
        accountID: Int64, key: String?, fingerprint: String, actor: WriteActor,
        _ apply: @escaping @Sendable (Database) throws -> PurchaseResult
    ) async throws -> PurchaseResult {
        try await writer.write { db in
            if let key, let stored = try db.claimIdempotencyKey(key, accountID: accountID, fingerprint: fingerprint, now: actor.now) {
                return stored
            }
            let result = try apply(db)
            if let key { try db.storeIdempotentResult(result, key: key, accountID: accountID) }
            return result
        }
    }
}
