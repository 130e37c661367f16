import Foundation
import GraphQLEngine
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BillingServer

/// The per-request shortcuts of the HTTP layer: response buffers sized from the last answer, remembered query
/// complexity, log timestamps.
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

    /// The answer is written straight into the ByteBuffer it is sent from; one that outgrows the buffer's hint is
    /// still the same bytes.
    @Test func theResponseBufferHoldsResponseBytesWhateverItsCapacity() async throws {
        let server = try await TestServer()
        let viewer = try await server.service.viewer(forToken: try await server.token(for: "admin@acme.test"))
        let query = "{ account { orders(first: 20) { nodes { number total { formatted } lineItems { description } } } } }"
        let result = await server.service.execute(GraphQLRequest(query: query), viewer: viewer)
        let extensions: [(String, JSONValue)] = [("cost", .object([("requestedQueryCost", .int(3))]))]
        let expected = result.responseBytes(extensions: extensions)
        #expect(expected.count > 5_000)
        for capacity in [1, 1024, expected.count, 1 << 20] {
            let buffer = GraphQLEndpoint.responseBody(result, extensions: extensions, capacity: capacity)
            #expect(Array(buffer.readableBytesView) == expected, "capacity \(capacity)")
        }
    }

    @Test func complexityIsMeasuredOncePerQueryOperationAndVariables() {
        let memo = ComplexityMemo()
        var measured = 0
        func cost(_ query: String, _ name: String?, _ variables: [(String, JSONValue)], _ value: Int) -> Int {
            memo.complexity(query: query, operationName: name, variables: variables) {
                measured += 1
                return QueryComplexity(depth: 1, cost: value)
            }.cost
        }
        #expect(cost("q", nil, [("n", .int(5))], 10) == 10)
        #expect(cost("q", nil, [("n", .int(5))], 99) == 10)
        #expect(measured == 1)
        #expect(cost("q", nil, [("n", .int(50))], 20) == 20)
        #expect(cost("q", "Named", [("n", .int(5))], 30) == 30)
        #expect(cost("q", nil, [], 40) == 40)
        #expect(cost("other", nil, [("n", .int(5))], 50) == 50)
        #expect(measured == 5)
        #expect(cost("q", nil, [("n", .int(50))], 0) == 20)
        #expect(measured == 5)
        // Bounded: past the limit of texts the memo starts over, and a text's variants are capped.
        for index in 0..<ComplexityMemo.queryLimit { _ = cost("filler \(index)", nil, [], 1) }
        #expect(cost("q", nil, [("n", .int(5))], 60) == 60)
        for index in 0...ComplexityMemo.variantLimit { _ = cost("v", nil, [("n", .int(index))], index) }
        #expect(cost("v", nil, [("n", .int(0))], 70) == 70)
        // Big variables or texts are never kept: each request is measured afresh, and memory stays bounded.
        let big: [(String, JSONValue)] = [
            ("s", .list([.string(String(repeating: "x", count: 5_000)), .string(String(repeating: "y", count: 5_000))]))
        ]
        let before = measured
        #expect(cost("q", nil, big, 80) == 80 && cost("q", nil, big, 81) == 81)
        let long = String(repeating: " ", count: ComplexityMemo.keptBytesLimit + 1)
        #expect(cost(long, nil, [], 90) == 90 && cost(long, nil, [], 91) == 91)
        #expect(measured == before + 4)
        #expect(ComplexityMemo.textBytes(in: [("n", .int(1)), ("s", .string("abc"))], upTo: 100))
    }

    @Test func aRememberedCostStillRefusesAnOverLimitRequest() async throws {
        let server = try await TestServer { $0.limits = QueryLimits(maximumDepth: 20, maximumCost: 60) }
        let token = try await server.token(for: "admin@acme.test")
        let query = "query Orders($n: Int) { account { orders(first: $n) { nodes { number } } } }"
        try await server.test { client in
            for _ in 0..<2 {
                let small = try await client.graphQL(query, variables: #"{"n":5}"#, token: token)
                #expect(small.status == .ok)
                let large = try await client.graphQL(query, variables: #"{"n":100}"#, token: token)
                #expect(large.status == .badRequest)
                #expect(large.text.contains("\"requestedQueryCost\""))
            }
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
