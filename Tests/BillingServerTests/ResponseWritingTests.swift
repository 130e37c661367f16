import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BillingServer

/// The per-request shortcuts of the HTTP layer: response buffers sized from the last answer, log timestamps.
@Suite struct ResponseWritingTests {
    @Test func hintsStartFromTheLastAnswerOfTheSameOperation() {
        let hints = ResponseSizeHints()
        #expect(hints.capacity(for: "Dashboard") == ResponseSizeHints.initialCapacity)
        hints.record(160_000, for: "Dashboard")
        #expect(hints.capacity(for: "Dashboard") >= 160_000)
        #expect(hints.capacity(for: "Dashboard") < 200_000)
        #expect(hints.capacity(for: "Other") == ResponseSizeHints.initialCapacity)
        hints.record(10, for: "Tiny")
        #expect(hints.capacity(for: "Tiny") == 1024)
        hints.record(1 << 30, for: "Huge")
        #expect(hints.capacity(for: "Huge") == ResponseSizeHints.maximumCapacity)
    }

    @Test func hintsKeepABoundedNumberOfOperations() {
        let hints = ResponseSizeHints()
        for index in 0..<(ResponseSizeHints.operationLimit + 10) { hints.record(50_000, for: "Op\(index)") }
        #expect(hints.capacity(for: "Op0") > 50_000)
        #expect(hints.capacity(for: "Op\(ResponseSizeHints.operationLimit + 5)") == ResponseSizeHints.initialCapacity)
        // A known operation is still updated once the table is full.
        hints.record(100_000, for: "Op0")
        #expect(hints.capacity(for: "Op0") > 100_000)
    }

    @Test func aRepeatedQueryGetsTheSameBytesWhateverTheBufferItStartsIn() async throws {
        let server = try await TestServer()
        let token = try await server.token(for: "admin@acme.test")
        let query = "query Orders { viewer { name } account { orders(first: 50) { nodes { number total { formatted } } } } }"
        try await server.test { client in
            let first = try await client.graphQL(query, token: token)
            let second = try await client.graphQL(query, token: token)
            let third = try await client.graphQL(query, token: token)
            #expect(first.status == .ok)
            #expect(first.body.readableBytes > 1000)
            #expect(first.text.contains("\"formatted\":\"$"))
            #expect(second.text == first.text)
            #expect(third.text == first.text)
        }
    }

    @Test func logTimestampsMatchFoundationsISO8601WithMilliseconds() {
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        let seconds: [Double] = [0, 0.5, 59.999, 86_399.001, -0.25, -86_400.5, 951_782_400.25, 1_764_240_000.123, 4_102_444_799.999]
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            #expect(JSONLogHandler.timestamp(date) == date.formatted(style), "\(value)")
        }
        // 1_764_240_000.123 is stored as ...000.12299...: both truncate it to .122.
        #expect(JSONLogHandler.timestamp(Date(timeIntervalSince1970: 1_764_240_000.123)) == "2025-11-27T10:40:00.122Z")
    }
}
