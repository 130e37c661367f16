import Testing

@testable import GraphQLEngine

/// The response written straight from the executor's columns must be the JSON of the `JSONValue` tree.
@Suite struct StreamedResponseTests {
    static let queries = [
        "{ failing echo }",
        "{ echo failingNonNull }",
        "{ orders(first: 3) { id brokenNote } }",
        #"{ order(pick: {id: "2"}) { id brokenNote } echo }"#,
        #"{ order(pick: {id: "2"}) { lineItems { flaky } } }"#,
        "{ numbers strictNumbers }",
        #"{ order(pick: {id: "1"}) { items { sku } } }"#,
        "{ tooBig badEnum }",
        #"{ a: node(id: "o3") { __typename id ... on Order { number } } b: node(id: "p9") { __typename id } c: node(id: "zz") { id } }"#,
        #"{ search(text: "x") { __typename ... on Order { id lineItems { sku quantity } } ... on Product { name } } }"#,
        #"{ orders(first: 2, status: ACTIVATED) { id number status x: number lineItems { sku product { id name } } } }"#,
        #"{ echo(text: "quote \" backslash \\ tab \t", count: 2) }"#,
    ]

    @Test(arguments: queries)
    func streamedBytesEqualTheTree(_ query: String) async throws {
        let result = try await Shop.run(query)
        let streamed = result.responseBytes()
        #expect(String(decoding: streamed, as: UTF8.self) == result.response().jsonString)
        #expect(result.hasData)
    }

    /// Keys are copied with their quotes, colon and comma by word moves up to 16 bytes and by memmove past that:
    /// aliases of 1 to 24 bytes (4 to 28 bytes written), each written where the tree puts it.
    @Test func keysOfEveryLengthAreWrittenWhole() async throws {
        let aliases = (1...24).map { length in "a" + String(repeating: "k", count: length - 1) }
        let query = "{ " + aliases.map { "\($0): echo" }.joined(separator: " ") + " }"
        let result = try await Shop.run(query)
        let expected = "{\"data\":{" + aliases.map { "\"\($0)\":\"default/nil\"" }.joined(separator: ",") + "}}"
        #expect(String(decoding: result.responseBytes(), as: UTF8.self) == expected)
        #expect(result.response().jsonString == expected)
    }

    @Test func extensionsFollowDataAndErrorsComeFirst() async throws {
        let result = try await Shop.run("{ failing echo }")
        let extensions: [(String, JSONValue)] = [("cost", .int(3))]
        let text = String(decoding: result.responseBytes(extensions: extensions), as: UTF8.self)
        #expect(text == result.response(extensions: extensions).jsonString)
        #expect(text.hasPrefix(#"{"errors":[{"message":"Something broke""#))
        #expect(text.hasSuffix(#","data":{"failing":null,"echo":"default/nil"},"extensions":{"cost":3}}"#))
    }

    @Test func requestErrorsHaveNoDataKey() async throws {
        let result = try await Shop.run("query Q { echo }", operationName: "Missing")
        #expect(!result.hasData)
        #expect(result.data == nil)
        let text = String(decoding: result.responseBytes(extensions: [("cost", .int(0))]), as: UTF8.self)
        #expect(
            text
                == #"{"errors":[{"message":"Unknown operation named \"Missing\".","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}],"extensions":{"cost":0}}"#
        )
    }

    @Test func settingDataReplacesTheExecutedColumns() async throws {
        var result = try await Shop.run("{ echo }")
        #expect(result.data?.jsonString == #"{"echo":"default/nil"}"#)
        result.data = .object([("other", .bool(true))])
        #expect(String(decoding: result.responseBytes(), as: UTF8.self) == #"{"data":{"other":true}}"#)
        result.data = nil
        #expect(!result.hasData)
    }

    @Test func equalityComparesTheBuiltData() async throws {
        let executed = try await Shop.run("{ echo }")
        let built = ExecutionResult(data: .object([("echo", .string("default/nil"))]), errors: [])
        #expect(executed == built)
        #expect(executed != ExecutionResult(data: .object([("echo", .string("other"))]), errors: []))
    }
}
