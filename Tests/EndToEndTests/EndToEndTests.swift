import Foundation
import Synchronization
import Testing

/// The real `billing-portal` binary on a free loopback port with a fresh database.
@Suite(.serialized) struct EndToEndTests {
    static let dashboard = try! String(
        contentsOf: PortalBinary.checkout.appendingPathComponent("Tests/GraphQLEngineTests/Fixtures/dashboard.graphql"),
        encoding: .utf8)

    @Test func loginDashboardMutationPDFAndMetrics() async throws {
        let folder = try TemporaryFolder()
        let server = try PortalServer(database: folder.path("billing.sqlite"))

        let login = try await server.graphQL(
            "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token viewer { name } } }",
            variables: ["e": "admin@acme.test", "p": "demo-password"])
        #expect(login.status == 200)
        let payload = (login.json["data"] as? [String: Any])?["login"] as? [String: Any]
        let token = try #require(payload?["token"] as? String)

        let dashboard = try await server.graphQL(Self.dashboard, token: token)
        #expect(dashboard.status == 200)
        #expect(dashboard.json["errors"] == nil, "\(dashboard.json["errors"] ?? "")")
        let account = (dashboard.json["data"] as? [String: Any])?["account"] as? [String: Any]
        #expect(account?["name"] as? String == "Acme Corp")
        let invoices = ((account?["invoices"] as? [String: Any])?["nodes"] as? [[String: Any]]) ?? []
        #expect(invoices.count == 50)

        let url = try #require(invoices.compactMap { $0["downloadUrl"] as? String }.first)
        let number = invoices.first { $0["downloadUrl"] as? String == url }?["number"] as? String
        let pdf = try await server.request(url)
        #expect(pdf.status == 200)
        #expect(pdf.headers["content-type"] == "application/pdf")
        let text = try Self.pdftotext(pdf.body)
        #expect(text.contains(try #require(number)))
        #expect(text.contains("Amount due"))

        let update = try await server.graphQL(
            "mutation($p: String!) { updateAccount(input: { phone: $p }) { account { phone } userErrors { code } } }",
            variables: ["p": "(555) 123-4567"], token: token)
        let updated = (update.json["data"] as? [String: Any])?["updateAccount"] as? [String: Any]
        #expect((updated?["account"] as? [String: Any])?["phone"] as? String == "5551234567", "\(update.json)")
        let reread = try await server.graphQL("query Phone { account { phone } }", token: token)
        #expect(((reread.json["data"] as? [String: Any])?["account"] as? [String: Any])?["phone"] as? String == "5551234567")

        let logout = try await server.graphQL("mutation { logout }", token: token)
        #expect((logout.json["data"] as? [String: Any])?["logout"] as? Bool == true)
        let afterLogout = try await server.graphQL("{ viewer { name } }", token: token)
        let codes = (afterLogout.json["errors"] as? [[String: Any]] ?? []).compactMap {
            ($0["extensions"] as? [String: Any])?["code"] as? String
        }
        #expect(codes == ["UNAUTHENTICATED"])

        let health = try await server.request("/healthz")
        #expect(health.status == 200)
        let metrics = String(decoding: try await server.request("/metrics").body, as: UTF8.self)
        #expect(metrics.contains(#"graphql_requests_total{operation="Dashboard",outcome="success"} 1"#), "\(metrics)")
        #expect(metrics.contains(#"graphql_requests_total{operation="anonymous",outcome="success"} 3"#))
        #expect(metrics.contains(#"graphql_requests_total{operation="Phone",outcome="success"} 1"#))
        #expect(metrics.contains(#"graphql_requests_total{operation="anonymous",outcome="partial"} 1"#))
        #expect(metrics.contains("graphql_request_duration_seconds_count 6"))
        #expect(metrics.contains("sql_statements_total "))
        #expect(metrics.contains("graphql_document_cache_misses_total 6"))

        let stopped = server.stop()
        #expect(stopped.status == 0)
        #expect(stopped.log.contains(#""request_id":"#))
    }

    @Test func theCommandLineSeedsIssuesTokensAndQueries() async throws {
        let folder = try TemporaryFolder()
        let database = folder.path("cli.sqlite")
        let seeded = try PortalBinary.run(["seed", "--db", database])
        #expect(seeded.status == 0)
        #expect(seeded.output.contains("Seeded the demo data"))

        let local = try PortalBinary.run(["query", "--db", database, "--as", "admin@acme.test", "{ viewer { email } }"])
        #expect(local.status == 0, "\(local.errors)")
        #expect(local.output.contains(#"{"data":{"viewer":{"email":"admin@acme.test"}}"#))
        let failing = try PortalBinary.run(["query", "--db", database, "{ viewer { email } }"])
        #expect(failing.status == 1)
        #expect(failing.output.contains("UNAUTHENTICATED"))
        let fromStdin = try PortalBinary.run(
            ["query", "--db", database, "--as", "support@portal.test", "-"], stdin: "{ viewer { role } }")
        #expect(fromStdin.output.contains("SUPPORT"))
        let misspelt = try PortalBinary.run(["query", "--db", database, "--as", "admin@acme.test", folder.path("dashbord.graphql")])
        #expect(misspelt.status != 0)
        #expect(misspelt.errors.contains("No such file: \(folder.path("dashbord.graphql"))"), "\(misspelt.errors)")

        let missing = folder.path("missing.sqlite")
        let typo = try PortalBinary.run(["query", "--db", missing, "--as", "admin@acme.test", "{ viewer { email } }"])
        #expect(typo.status != 0)
        #expect(!FileManager.default.fileExists(atPath: missing))

        let token = try PortalBinary.run(["token", "--db", database, "--email", "admin@acme.test"])
        #expect(token.status == 0)
        let tokenText = token.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(tokenText.count >= 40)

        let server = try PortalServer(database: database)
        let remote = try PortalBinary.run([
            "query", "--url", server.base.appendingPathComponent("graphql").absoluteString, "--token", tokenText,
            "--variables", #"{"n": 2}"#, "query($n: Int) { account { orders(first: $n) { nodes { number } } } }",
        ])
        #expect(remote.status == 0, "\(remote.errors)")
        #expect(remote.output.contains(#""orders":{"nodes":[{"number":"#))
        #expect(server.stop().status == 0)

        let scale = try PortalBinary.run(["seed", "--db", folder.path("scale.sqlite"), "--accounts", "3", "--orders-per-account", "2"])
        #expect(scale.status == 0, "\(scale.errors)")
        #expect(scale.output.contains("Added 3 accounts and 6 orders"))
    }

    @Test func sigtermLetsTheRequestsInFlightFinish() async throws {
        let folder = try TemporaryFolder()
        let database = folder.path("shutdown.sqlite")
        #expect(try PortalBinary.run(["seed", "--db", database]).status == 0)
        let missing = folder.path("missing.sqlite")
        let typo = try PortalBinary.run(["query", "--db", missing, "--as", "admin@acme.test", "{ viewer { email } }"])
        #expect(typo.status != 0)
        #expect(!FileManager.default.fileExists(atPath: missing))

        let token = try PortalBinary.run(["token", "--db", database, "--email", "admin@acme.test"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try PortalServer(database: database)
        let signalled = Mutex<ContinuousClock.Instant?>(nil)
        let finishedAfterSignal = try await withThrowingTaskGroup(of: (Int, ContinuousClock.Instant).self) { group in
            for _ in 0..<12 {
                group.addTask {
                    let response = try await server.graphQL(Self.dashboard, token: token)
                    return (response.status, ContinuousClock.now)
                }
            }
            var late = 0
            while let result = await group.nextResult() {
                guard case .success(let (status, finished)) = result else { continue }
                #expect(status == 200)
                // The first answer means the others are being served: stop the server now.
                let signal = signalled.withLock { instant in
                    if instant == nil {
                        instant = ContinuousClock.now
                        server.process.terminate()
                    }
                    return instant!
                }
                if finished > signal { late += 1 }
            }
            return late
        }
        #expect(finishedAfterSignal >= 1)
        let stopped = server.stop()
        #expect(stopped.status == 0)
    }

    @Test func everyCommandExplainsItselfWithAnExample() throws {
        for command in ["serve", "query", "seed", "token"] {
            let help = try PortalBinary.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.output.contains("Example"), "\(command)")
            #expect(help.output.contains("billing-portal \(command)"), "\(command)")
        }
    }

    static func pdftotext(_ data: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString).pdf")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [file.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: text, as: UTF8.self)
    }
}
