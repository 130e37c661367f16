import Testing

@testable import GraphQLEngine

@Suite struct GraphQLRuntimeTests {
    @Test func cachesDocumentsByTextNotByVariables() async throws {
        let runtime = GraphQLRuntime(executable: try Shop.executable(), cacheCapacity: 8)
        let query = "query($n: Int) { orders(first: $n) { id } }"
        for count in 1...3 {
            let result = await runtime.execute(
                GraphQLRequest(query: query, variables: [("n", .int(count))]), context: Shop.Context(), rootValue: Shop.Root())
            guard case .list(let orders)? = result.data?["orders"] else {
                Issue.record("no orders")
                return
            }
            #expect(orders.count == count)
        }
        #expect(runtime.documents.statistics.misses == 1)
        #expect(runtime.documents.statistics.hits == 2)
    }

    @Test func requestErrorsHaveNoData() async throws {
        let runtime = GraphQLRuntime(executable: try Shop.executable())
        let syntax = await runtime.execute(GraphQLRequest(query: "{ orders { id }"), context: Shop.Context(), rootValue: Shop.Root())
        #expect(syntax.data == nil)
        #expect(syntax.errors.map(\.message) == ["Syntax Error: Expected Name, found <EOF>."])
        let invalid = await runtime.execute(GraphQLRequest(query: "{ orders { nmber } }"), context: Shop.Context(), rootValue: Shop.Root())
        #expect(invalid.data == nil)
        #expect(invalid.errors.map(\.message) == [#"Cannot query field "nmber" on type "Order". Did you mean "number" or "note"?"#])
        #expect(invalid.response().jsonString.hasPrefix(#"{"errors":[{"message":"Cannot query field"#))
    }

    @Test func requestErrorsCarryACodeForEachStage() async throws {
        let runtime = GraphQLRuntime(executable: try Shop.executable())
        let cases: [(GraphQLRequest, String)] = [
            (GraphQLRequest(query: "{ orders { id }"), "GRAPHQL_PARSE_FAILED"),
            (GraphQLRequest(query: "{ orders { nmber } }"), "GRAPHQL_VALIDATION_FAILED"),
            (GraphQLRequest(query: "query A { echo }", operationName: "B"), "OPERATION_RESOLUTION_FAILURE"),
            (GraphQLRequest(query: "query A { echo } query B { echo }"), "OPERATION_RESOLUTION_FAILURE"),
            (GraphQLRequest(query: "query($n: Int) { orders(first: $n) { id } }", variables: [("n", .string("x"))]), "BAD_USER_INPUT"),
        ]
        for (request, code) in cases {
            let result = await runtime.execute(request, context: Shop.Context(), rootValue: Shop.Root())
            #expect(result.data == nil)
            #expect(!result.errors.isEmpty && result.errors.allSatisfy { $0.code == code }, "\(request.query): \(result.errors)")
        }
    }

    @Test func longQueriesAreNotKeptSoTheCacheStaysBounded() async throws {
        let runtime = GraphQLRuntime(executable: try Shop.executable(), cacheCapacity: 8, maximumCachedQueryBytes: 100)
        let long = "{ echo }" + String(repeating: " ", count: 200)
        for _ in 0..<3 {
            let result = await runtime.execute(GraphQLRequest(query: long), context: Shop.Context(), rootValue: Shop.Root())
            #expect(result.data?.jsonString == #"{"echo":"default/nil"}"#)
        }
        #expect(runtime.documents.count == 0)
        _ = runtime.prepare("{ echo }")
        #expect(runtime.documents.count == 1)
    }

    @Test func aCacheOfZeroStillServes() async throws {
        let runtime = GraphQLRuntime(executable: try Shop.executable(), cacheCapacity: 0)
        let result = await runtime.execute(GraphQLRequest(query: "{ echo }"), context: Shop.Context(), rootValue: Shop.Root())
        #expect(result.data?.jsonString == #"{"echo":"default/nil"}"#)
        #expect(runtime.documents.count == 0)
    }

    @Test func reportsTheOperationARequestWouldRun() throws {
        let runtime = GraphQLRuntime(executable: try Shop.executable())
        let prepared = runtime.prepare("query A { echo } mutation B { append(value: \"x\") }")
        #expect(prepared.operation(named: "B")?.operation == .mutation)
        #expect(prepared.operation(named: nil) == nil)
        #expect(prepared.operation(named: "C") == nil)
    }
}
