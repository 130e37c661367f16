import Foundation
import GRDB
import Testing

@testable import BillingStore

@Suite struct AuthTests {
    @Test func tokensAreStoredOnlyAsHashes() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let user = try #require(try await temp.store.user(email: "admin@acme.test"))
        let token = try await temp.store.createToken(userID: user.id)
        #expect(token.count == 43 && token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(try await temp.store.user(forToken: token)?.id == user.id)
        let stored = try await temp.read { db in try Row.fetchAll(db, sql: "SELECT * FROM api_tokens").map(\.description) }
        #expect(stored.count == 1)
        #expect(!stored[0].contains(token))
        #expect(stored[0].contains(SHA256.hexDigest(Array(token.utf8))))
        let second = try await temp.store.createToken(userID: user.id)
        #expect(second != token)
    }

    @Test func revokedExpiredAndUnknownTokensFindNoOne() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let user = try #require(try await store.user(email: "support@portal.test"))
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let token = try await store.createToken(userID: user.id, lifetime: 3600, now: now)
        #expect(try await store.user(forToken: token, now: now.addingTimeInterval(3599))?.id == user.id)
        #expect(try await store.user(forToken: token, now: now.addingTimeInterval(3600)) == nil)
        #expect(try await store.user(forToken: token + "x", now: now) == nil)
        #expect(try await store.revokeToken(token, now: now))
        #expect(try await store.user(forToken: token, now: now) == nil)
        #expect(try await store.revokeToken(token, now: now) == false)
    }

    @Test func serverSecretIsMadeOnceAndKept() async throws {
        let temp = try await TemporaryStore()
        let secret = try await temp.store.serverSecret(named: "invoice-links")
        #expect(secret.count == 32)
        #expect(try await temp.store.serverSecret(named: "invoice-links") == secret)
        #expect(try await temp.store.serverSecret(named: "other") != secret)
    }

    @Test func hashedPasswordsVerify() async throws {
        let hash = BillingStore.hashPassword("s3cret")
        #expect(hash.hasPrefix("$2"))
        let temp = try await TemporaryStore(seedDemo: true)
        try await temp.write { db in
            try db.execute(sql: "UPDATE users SET password_hash = ? WHERE email = 'member@acme.test'", arguments: [hash])
        }
        #expect(try await temp.store.authenticate(email: "member@acme.test", password: "s3cret") != nil)
        #expect(try await temp.store.authenticate(email: "member@acme.test", password: "demo-password") == nil)
        #expect(try await temp.store.authenticate(email: "nobody@acme.test", password: "demo-password") == nil)
    }
}
