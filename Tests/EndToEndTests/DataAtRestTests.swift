import Foundation
import Testing

/// Card numbers, bank account numbers, passwords and tokens sent to the real server never reach its files or log.
@Suite(.serialized) struct DataAtRestTests {
    static let passwords = ["demo-password", "Wrong-Passw0rd-1", "correct horse battery staple", "pässwörd-ünïcode-✓", "hunter2hunter2"]
    static let cards = ["4242424242424242", "5555555555554444", "378282246310005", "6011111111111117", "4000056655665556"]
    static let bankAccountNumber = "000123456789"
    static let addCard = """
        mutation($card: CardInput!, $default: Boolean) {
          addPaymentMethod(input: { card: $card, isDefault: $default }) { paymentMethod { id brand last4 } userErrors { code message } }
        }
        """

    @Test func noSecretReachesTheDatabaseFilesOrTheLog() async throws {
        let folder = try TemporaryFolder()
        let database = folder.path("rest.sqlite")
        let server = try PortalServer(database: database)
        var secrets = Self.passwords + Self.cards + [Self.bankAccountNumber]

        // Every password as a login, right or wrong, for known and unknown emails, and typed into the email field.
        for password in Self.passwords {
            for email in ["admin@acme.test", "member@acme.test", "ghost@acme.test"] {
                _ = try await server.post(json: ["query": LoginDocument.text, "variables": ["e": email, "p": password]])
            }
            _ = try await server.post(json: ["query": LoginDocument.text, "variables": ["e": password, "p": password]])
            let inline = #"mutation { login(email: "csm@portal.test", password: "\#(password)") { token } }"#
            _ = try await server.post(json: ["query": inline])
            let encoded = inline.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            #expect(try await server.request("/graphql?query=\(encoded)").status == 405)
        }
        let token = try await server.login("admin@acme.test")
        secrets.append(token)

        // Every card added, as typed and with separators; one refused for its expiry, one for its checksum.
        var cardIDs: [String] = []
        for (index, number) in Self.cards.enumerated() {
            for typed in [number, Self.grouped(number, separator: " "), Self.grouped(number, separator: "-")] {
                let card: [String: Any] = ["number": typed, "expMonth": 12, "expYear": 2031, "holderName": "Rest Holder \(index)"]
                let answer = try await server.post(Self.addCard, variables: ["card": card, "default": index == 0], token: token)
                let payload = (answer.json["data"] as? [String: Any])?["addPaymentMethod"] as? [String: Any]
                if let id = (payload?["paymentMethod"] as? [String: Any])?["id"] as? String { cardIDs.append(id) }
            }
            secrets += [Self.grouped(number, separator: " "), Self.grouped(number, separator: "-")]
            let expired: [String: Any] = ["number": number, "expMonth": 1, "expYear": 2020, "holderName": "Expired"]
            _ = try await server.post(Self.addCard, variables: ["card": expired], token: token)
        }
        #expect(cardIDs.count == 15)
        let badChecksum = "4242424242424241"
        secrets.append(badChecksum)
        _ = try await server.post(
            Self.addCard, variables: ["card": ["number": badChecksum, "expMonth": 12, "expYear": 2031, "holderName": "Bad"]], token: token)
        let bank = try await server.post(
            """
            mutation($n: String!) { addPaymentMethod(input: { bankAccount: { routingNumber: "021000021", accountNumber: $n, holderName: "Rest Bank" } }) {
              paymentMethod { last4 } userErrors { message } } }
            """, variables: ["n": Self.bankAccountNumber], token: token)
        #expect(bank.text.contains(#""last4":"6789""#), "\(bank.text)")
        let purchase = try await server.post(
            """
            mutation($pm: ID) { addDialerMinutesCredit(input: { minutes: 100, paymentMethodId: $pm, idempotencyKey: "rest-1" }) {
              order { number } userErrors { message } } }
            """, variables: ["pm": cardIDs[3]], token: token)
        #expect(purchase.json["errors"] == nil, "\(purchase.text)")
        let logout = try await server.post(json: ["query": "mutation { logout }"], headers: ["Authorization": "Bearer \(token)"])
        #expect(logout.text.contains(#""logout":true"#))

        // While it runs (the WAL holds the recent writes), and again after a clean stop.
        let running = try Self.files(in: folder.url)
        #expect(running.contains { $0.hasSuffix("-wal") })
        for file in running { try Self.expectNone(of: secrets, in: file, control: "Rest Holder") }
        let stopped = server.stop()
        #expect(stopped.status == 0)
        for file in try Self.files(in: folder.url) { try Self.expectNone(of: secrets, in: file, control: "Rest Holder") }
        for secret in secrets {
            #expect(!stopped.log.contains(secret), "the log holds \(secret.prefix(6))…")
        }
        #expect(stopped.log.contains("request_id"))
        print("data at rest: \(secrets.count) secrets, \(running.count) files while running, none found")
    }

    /// Every file of the database: the main file and its -wal, -shm or -journal.
    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("rest.sqlite") }.sorted()
            .map { folder.appendingPathComponent($0).path }
    }

    /// Reads the file as raw bytes: none of `secrets` is in it, as UTF-8 or UTF-16. The main file (or its WAL, for
    /// what SQLite has not checkpointed yet) must hold `control`, so the scan demonstrably reads stored rows.
    static func expectNone(of secrets: [String], in path: String, control: String) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for secret in secrets {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(path) holds \(secret.prefix(6))…")
            let utf16 = Data(secret.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            #expect(bytes.range(of: utf16) == nil, "\(path) holds \(secret.prefix(6))… as UTF-16")
        }
        if path.hasSuffix(".sqlite") || path.hasSuffix("-wal") {
            let main = (try? Data(contentsOf: URL(fileURLWithPath: path.replacingOccurrences(of: "-wal", with: "")))) ?? Data()
            let wal = (try? Data(contentsOf: URL(fileURLWithPath: path.hasSuffix("-wal") ? path : path + "-wal"))) ?? Data()
            #expect(main.range(of: Data(control.utf8)) != nil || wal.range(of: Data(control.utf8)) != nil, "\(path)")
        }
    }

    /// `number` in groups of four, as people type it.
    static func grouped(_ number: String, separator: String) -> String {
        var groups: [String] = []
        var rest = Substring(number)
        while !rest.isEmpty {
            groups.append(String(rest.prefix(4)))
            rest = rest.dropFirst(4)
        }
        return groups.joined(separator: separator)
    }
}
