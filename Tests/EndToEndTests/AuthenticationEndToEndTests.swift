import Foundation
import Testing

/// Login lockout and token refusal through the real server.
@Suite(.serialized) struct AuthenticationEndToEndTests {
    static let incorrect = "INVALID: Email or password is incorrect."
    static let locked = "TOO_MANY_ATTEMPTS: Too many failed sign-in attempts for this email. Try again in 15 minutes."

    func attempt(_ server: PortalServer, _ email: String, _ password: String) async throws -> (HTTPAnswer, Duration) {
        let started = ContinuousClock.now
        let answer = try await server.post(json: ["query": LoginDocument.text, "variables": ["e": email, "p": password]])
        return (answer, ContinuousClock.now - started)
    }

    @Test func tenFailuresLockAnEmailKnownOrNotAndTheLockSurvivesARestart() async throws {
        let folder = try TemporaryFolder()
        let database = folder.path("lockout.sqlite")
        // Twenty bcrypt checks in a row can take more than the default minute on a loaded machine; the window is
        // widened so the test counts failures, not the machine's speed. The lock itself keeps its 15 minutes.
        let server = try PortalServer(database: database, options: ["--login-window", "3600"])
        var known: [Duration] = []
        var unknown: [Duration] = []
        for index in 0..<10 {
            let (real, realTime) = try await attempt(server, "admin@acme.test", "wrong-\(index)")
            let (ghost, ghostTime) = try await attempt(server, "ghost@acme.test", "wrong-\(index)")
            #expect(real.loginErrors == [Self.incorrect])
            #expect(real.body == ghost.body, "attempt \(index + 1): \(real.text) vs \(ghost.text)")
            known.append(realTime)
            unknown.append(ghostTime)
        }
        // The unknown email's password is still checked, against a dummy hash: a fast answer would tell it apart.
        let median = { (times: [Duration]) in times.sorted()[times.count / 2] }
        #expect(median(unknown) > median(known) / 2, "known \(median(known)), unknown \(median(unknown))")

        let (lockedReal, _) = try await attempt(server, "admin@acme.test", "demo-password")
        let (lockedGhost, _) = try await attempt(server, "GHOST@acme.test", "demo-password")
        #expect(lockedReal.loginErrors == [Self.locked])
        #expect(lockedReal.loginToken == nil)
        #expect(lockedReal.body == lockedGhost.body)
        #expect(try await server.login("member@acme.test").isEmpty == false)
        #expect(server.stop().status == 0)

        let restarted = try PortalServer(database: database, options: ["--login-window", "3600"])
        let (afterRestart, _) = try await attempt(restarted, "Admin@Acme.test", "demo-password")
        #expect(afterRestart.loginErrors == [Self.locked])
        #expect(try await restarted.login("member@acme.test").isEmpty == false)
        #expect(restarted.stop().status == 0)
        // Two locks, keyed by hashes: the emails typed are not in the table.
        #expect(try TestDatabase.read(database: database) { try Int.fetchOne($0, sql: "SELECT count(*) FROM login_locks") } == 2)
        let keys = try TestDatabase.read(database: database) {
            try String.fetchAll($0, sql: "SELECT email_hash FROM login_locks UNION ALL SELECT email_hash FROM login_failures")
        }.joined(separator: ",")
        #expect(!keys.contains("acme") && !keys.contains("@"), "\(keys)")
    }

    @Test func theThrottleFlagsSetTheLimitAndTheLockLength() async throws {
        let folder = try TemporaryFolder()
        let server = try PortalServer(
            database: folder.path("flags.sqlite"), options: ["--login-failures", "2", "--login-window", "3600", "--login-lockout", "120"])
        for index in 0..<2 {
            #expect(try await attempt(server, "admin@acme.test", "wrong-\(index)").0.loginErrors == [Self.incorrect])
        }
        let locked = try await attempt(server, "admin@acme.test", "demo-password").0
        #expect(locked.loginErrors == ["TOO_MANY_ATTEMPTS: Too many failed sign-in attempts for this email. Try again in 2 minutes."])
        #expect(server.stop().status == 0)
        let refused = try PortalBinary.run(["serve", "--login-failures", "0", "--db", "/nonexistent/never.sqlite"])
        #expect(refused.status != 0 && refused.errors.contains("--login-failures, --login-window and --login-lockout must be at least 1."))
    }

    @Test func fifteenAliasedLoginsInOneRequestMeetTheLockAfterTen() async throws {
        let folder = try TemporaryFolder()
        let server = try PortalServer(database: folder.path("aliases.sqlite"))
        let aliases = (0..<15).map { #"a\#($0): login(email: "csm@portal.test", password: "guess-\#($0)") { token userErrors { code } }"# }
        let answer = try await server.post(json: ["query": "mutation { \(aliases.joined(separator: " ")) }"])
        let data = answer.json["data"] as? [String: Any] ?? [:]
        let codes = (0..<15).map { index in
            (((data["a\(index)"] as? [String: Any])?["userErrors"] as? [[String: Any]])?.first?["code"] as? String) ?? "none"
        }
        #expect(codes == [String](repeating: "INVALID", count: 10) + [String](repeating: "TOO_MANY_ATTEMPTS", count: 5), "\(answer.text)")
        #expect(server.stop().status == 0)
    }

    @Test func revokedUnknownAndExpiredTokensGetOneAnswerAndMalformedOnesA401() async throws {
        let folder = try TemporaryFolder()
        let database = folder.path("tokens.sqlite")
        let server = try PortalServer(database: database)
        let revoked = try await server.login("admin@acme.test")
        let logout = try await server.post(json: ["query": "mutation { logout }"], headers: ["Authorization": "Bearer \(revoked)"])
        #expect(logout.text.hasPrefix(#"{"data":{"logout":true}"#), "\(logout.text)")
        let expired = try await server.login("member@acme.test")
        try TestDatabase.write(
            "UPDATE api_tokens SET expires_at = '2001-01-01T00:00:00Z' WHERE id = (SELECT max(id) FROM api_tokens)", database: database)
        let unknown = String(revoked.reversed())
        let valid = try await server.login("support@portal.test")

        for query in ["{ viewer { email } }", "mutation { logout }", "{ account { name } products { sku } }"] {
            var bodies: Set<Data> = []
            for token in [revoked, unknown, expired] {
                let answer = try await server.post(json: ["query": query], headers: ["Authorization": "Bearer \(token)"])
                #expect(answer.status == 200)
                #expect(Set(answer.errorCodes) == ["UNAUTHENTICATED"], "\(query): \(answer.text)")
                #expect(answer.errorMessages.first == "Sign in to use the billing API.")
                bodies.insert(answer.body)
            }
            #expect(bodies.count == 1, "\(query): the three refusals differ")
        }
        // The same refusal on the invoice PDF route, where the valid admin token gets the PDF.
        let admin = try await server.login("admin@acme.test")
        let links = try await server.graphQL("{ account { invoices(first: 5) { nodes { downloadUrl } } } }", token: admin)
        let nodes =
            ((((links.json["data"] as? [String: Any])?["account"] as? [String: Any])?["invoices"] as? [String: Any])?["nodes"]
                as? [[String: Any]]) ?? []
        let url = try #require(nodes.compactMap { $0["downloadUrl"] as? String }.first)
        let path = String(url.prefix { $0 != "?" })
        #expect(try await server.request(path, headers: ["Authorization": "Bearer \(admin)"]).status == 200)
        var refusals: Set<String> = []
        for token in [revoked, unknown, expired] {
            let pdf = try await server.request(path, headers: ["Authorization": "Bearer \(token)"])
            #expect(pdf.status != 200)
            refusals.insert("\(pdf.status) \(String(decoding: pdf.body, as: UTF8.self))")
        }
        #expect(refusals.count == 1, "\(refusals)")
        for header in [
            "Bearer \(valid) extra", "Basic \(valid)", valid, "Bearer \(valid)!", "Bearer " + String(repeating: valid, count: 20),
        ] {
            let answer = try await server.post(json: ["query": "{ viewer { email } }"], headers: ["Authorization": header])
            #expect(answer.status == 401, "\(header.prefix(40))")
            #expect(answer.errorCodes == ["UNAUTHENTICATED"])
            #expect(answer.headers["www-authenticate"]?.hasPrefix("Bearer") == true)
        }
        // The control: the valid token still works, so the refusals above are about the tokens.
        let viewer = try await server.post(json: ["query": "{ viewer { email } }"], headers: ["Authorization": "Bearer \(valid)"])
        #expect(viewer.text.hasPrefix(#"{"data":{"viewer":{"email":"support@portal.test"}}"#), "\(viewer.text)")
        #expect(server.stop().status == 0)
    }
}
