import Foundation
import Testing

/// Connections that stall are closed after `serve --idle-timeout`, so slow or idle clients (slowloris) cannot hold
/// the server's connections forever, while a live client is served as usual.
@Suite struct IdleTimeoutTests {
    @Test func aClientStalledHalfwayThroughItsHeadersIsDisconnected() async throws {
        let folder = try TemporaryFolder()
        let server = try PortalServer(database: folder.path("idle.sqlite"), options: ["--idle-timeout", "1"])
        let port = try #require(server.base.port.map(UInt16.init))
        let stalled = BlockingHTTPClient(port: port)
        try stalled.sendRaw(Array("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appl".utf8))
        let started = Date()
        #expect(stalled.closedByServer(within: 10))
        #expect(Date().timeIntervalSince(started) < 8)

        let idle = BlockingHTTPClient(port: port)
        try idle.sendRaw([])
        #expect(idle.closedByServer(within: 10))

        let answer = try await server.graphQL("{ __typename }")
        #expect(answer.status == 200)
        #expect(server.stop().status == 0)
    }

    @Test func aBusyConnectionOutlivesTheTimeout() async throws {
        let folder = try TemporaryFolder()
        let server = try PortalServer(database: folder.path("active.sqlite"), options: ["--idle-timeout", "2"])
        let port = try #require(server.base.port.map(UInt16.init))
        // Requests back to back on one connection for longer than the timeout: the timeout counts silence, not the
        // connection's age, so none of them finds the connection closed (the client throws if it does).
        let client = GraphQLLoadClient(port: port, token: nil)
        let started = Date()
        var answered = 0
        while Date().timeIntervalSince(started) < 3.5 {
            #expect(try client.send("{ __typename }").status == 200)
            answered += 1
        }
        #expect(answered > 1)
        #expect(server.stop().status == 0)
    }

    @Test func aClientDrippingItsBodyGetsA408AndIsDisconnected() async throws {
        let folder = try TemporaryFolder()
        let server = try PortalServer(
            database: folder.path("drip.sqlite"), options: ["--idle-timeout", "30", "--body-timeout", "2"])
        let port = try #require(server.base.port.map(UInt16.init))
        let dripper = BlockingHTTPClient(port: port)
        let head = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
        try dripper.sendRaw(Array(head.utf8))
        // A byte every 200 ms keeps the idle timer from ever firing; only the body deadline can end this.
        let started = Date()
        for _ in 0..<20 {
            usleep(200_000)
            do { try dripper.sendRaw([32]) } catch { break }
        }
        let response = try dripper.receiveResponse()
        #expect(response.status == 408)
        #expect(String(decoding: response.body, as: UTF8.self).contains("REQUEST_TIMEOUT"))
        #expect(dripper.closedByServer(within: 5))
        #expect(Date().timeIntervalSince(started) < 12)

        let answer = try await server.graphQL("{ __typename }")
        #expect(answer.status == 200)
        #expect(server.stop().status == 0)
    }

    @Test func aTimeoutUnderOneSecondIsRefused() throws {
        let run = try PortalBinary.run(["serve", "--idle-timeout", "0", "--db", "/nonexistent/never.sqlite"])
        #expect(run.status != 0)
        #expect(run.errors.contains("--idle-timeout must be at least 1 second."))
        let body = try PortalBinary.run(["serve", "--body-timeout", "0", "--db", "/nonexistent/never.sqlite"])
        #expect(body.status != 0)
        #expect(body.errors.contains("--body-timeout must be at least 1 second."))
    }
}
