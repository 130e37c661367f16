import Testing

@testable import GraphQLEngine

@Suite struct ExecutionBasicsTests {
    @Test func resolvesNestedFieldsInQueryOrder() async throws {
        let result = try await Shop.run("{ orders(first: 2) { status number id } }")
        #expect(result.errors.isEmpty)
        #expect(
            result.data?.jsonString
                == #"{"orders":[{"status":"PENDING","number":"SO-1001","id":"o1"},{"status":"ACTIVATED","number":"SO-1002","id":"o2"}]}"#
        )
    }

    @Test func aliasesAndRepeatedKeysMerge() async throws {
        let result = try await Shop.run(
            "{ a: orders(first: 1) { number } orders(first: 1) { id } orders(first: 1) { number } __typename }")
        #expect(result.data?.jsonString == #"{"a":[{"number":"SO-1001"}],"orders":[{"id":"o1","number":"SO-1001"}],"__typename":"Query"}"#)
    }

    @Test func argumentsTakeDefaultsVariablesAndLiterals() async throws {
        let result = try await Shop.run(
            #"query($n: Int) { a: echo b: echo(text: "x", count: 2) c: echo(count: $n) d: echo(text: null) }"#,
            variables: [("n", .int(5))])
        #expect(result.data?.jsonString == #"{"a":"default/nil","b":"x/2","c":"default/5","d":"nil/nil"}"#)
    }

    @Test func inputObjectsGetTheirFieldDefaults() async throws {
        let result = try await Shop.run("{ orders(range: {to: 3}) { id } }")
        #expect(result.data?.jsonString == #"{"orders":[{"id":"o1"},{"id":"o2"},{"id":"o3"}]}"#)
        let fromVariable = try await Shop.run(
            "query($r: Range) { orders(range: $r) { id } }", variables: [("r", .object([("from", .int(59)), ("to", .int(99))]))])
        #expect(fromVariable.data?.jsonString == #"{"orders":[{"id":"o59"},{"id":"o60"}]}"#)
    }

    @Test func oneOfInputTakesExactlyOneField() async throws {
        let result = try await Shop.run(#"{ byId: order(pick: {id: "4"}) { number } byNumber: order(pick: {number: "SO-1005"}) { id } }"#)
        #expect(result.data?.jsonString == #"{"byId":{"number":"SO-1004"},"byNumber":{"id":"o5"}}"#)
        let twoKeys = try await Shop.run(
            "query($p: Pick!) { order(pick: $p) { id } }", variables: [("p", .object([("id", .string("1")), ("number", .string("x"))]))])
        #expect(twoKeys.data == nil)
        #expect(
            twoKeys.errors.map(\.message) == [
                #"Variable "$p" got invalid value { id: "1", number: "x" }; Exactly one key must be specified for OneOf type "Pick"."#
            ])
    }

    @Test func enumArgumentsFilter() async throws {
        let result = try await Shop.run("{ orders(first: 3, status: ACTIVATED) { id status } }")
        #expect(
            result.data?.jsonString
                == #"{"orders":[{"id":"o2","status":"ACTIVATED"},{"id":"o4","status":"ACTIVATED"},{"id":"o6","status":"ACTIVATED"}]}"#)
    }
}

@Suite struct OperationSelectionTests {
    @Test func picksTheNamedOperation() async throws {
        let query = "query A { echo } query B { echo(text: \"b\") }"
        let result = try await Shop.run(query, operationName: "B")
        #expect(result.data?.jsonString == #"{"echo":"b/nil"}"#)
    }

    @Test func refusesAmbiguousMissingAndUnknownOperations() async throws {
        let ambiguous = try await Shop.run("query A { echo } query B { echo }")
        #expect(ambiguous.data == nil)
        #expect(ambiguous.errors.map(\.message) == ["Must provide operation name if query contains multiple operations."])
        let unknown = try await Shop.run("query A { echo }", operationName: "C")
        #expect(unknown.errors.map(\.message) == [#"Unknown operation named "C"."#])
        let none = try await Shop.run("fragment F on Query { echo }")
        #expect(none.errors.map(\.message) == ["Must provide an operation."])
    }
}

@Suite struct VariableCoercionTests {
    @Test func reportsMissingNullAndWrongTypes() async throws {
        let missing = try await Shop.run("query($p: Pick!) { order(pick: $p) { id } }")
        #expect(missing.data == nil)
        #expect(missing.errors.map(\.message) == [#"Variable "$p" of required type "Pick!" was not provided."#])
        #expect(missing.errors.first?.locations == [SourceLocation(line: 1, column: 7)])

        let null = try await Shop.run("query($p: Pick!) { order(pick: $p) { id } }", variables: [("p", .null)])
        #expect(null.errors.map(\.message) == [#"Variable "$p" of non-null type "Pick!" must not be null."#])

        let wrong = try await Shop.run("query($n: Int) { orders(first: $n) { id } }", variables: [("n", .string("ten"))])
        #expect(wrong.errors.map(\.message) == [#"Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten""#])
    }

    @Test func reportsProblemsInsideInputObjectsWithTheirPath() async throws {
        let result = try await Shop.run(
            "query($r: Range) { orders(range: $r) { id } }",
            variables: [("r", .object([("from", .string("x")), ("tp", .int(1))]))])
        #expect(
            result.errors.map(\.message) == [
                #"Variable "$r" got invalid value "x" at "r.from"; Int cannot represent non-integer value: "x""#,
                #"Variable "$r" got invalid value { from: "x", tp: 1 }; Field "to" of required type "Int!" was not provided."#,
                #"Variable "$r" got invalid value { from: "x", tp: 1 }; Field "tp" is not defined by type "Range". Did you mean "to"?"#,
            ])
    }

    @Test func reportsUnknownEnumValuesWithSuggestions() async throws {
        let result = try await Shop.run(
            "query($s: Status) { orders(status: $s) { id } }", variables: [("s", .string("PENDIN"))])
        #expect(
            result.errors.map(\.message) == [
                #"Variable "$s" got invalid value "PENDIN"; Value "PENDIN" does not exist in "Status" enum. Did you mean the enum value "PENDING"?"#
            ])
    }

    @Test func stopsAfterFiftyErrorsAsGraphQLJSDoes() async throws {
        let unknown = (0..<20_000).map { ("k\($0)", JSONValue.int($0)) }
        let result = try await Shop.run(
            "query($r: Range) { orders(range: $r) { id } }", variables: [("r", .object([("to", .int(1))] + unknown))])
        #expect(result.data == nil)
        #expect(result.errors.count == 51)
        #expect(result.errors.first?.message.hasSuffix(#"; Field "k0" is not defined by type "Range"."#) == true)
        #expect(result.errors[49].message.hasSuffix(#"; Field "k49" is not defined by type "Range"."#))
        #expect(result.errors.last?.message == "Too many errors processing variables, error limit reached. Execution aborted.")
    }

    @Test func listCoercionStopsCollectingPastTheLimit() throws {
        var problems: [(path: [PathComponent], value: JSONValue, message: String)] = []
        let items = (0..<1_000).map { JSONValue.string("x\($0)") }
        _ = ValueCoercion.coerceInput(.list(items), type: .list(.named(.scalar(.int))), path: [], problems: &problems)
        #expect(problems.count == ValueCoercion.maximumVariableErrors + 1)
    }

    @Test func aSingleValueCoercesToAList() throws {
        var problems: [(path: [PathComponent], value: JSONValue, message: String)] = []
        let coerced = ValueCoercion.coerceInput(.int(3), type: .list(.named(.scalar(.int))), path: [], problems: &problems)
        #expect(coerced == .list([.int(3)]))
        #expect(problems.isEmpty)
    }
}

@Suite struct SkipIncludeTests {
    @Test func directivesWithLiteralsAndVariables() async throws {
        let query = """
            query($yes: Boolean!, $no: Boolean!) {
              a: echo @skip(if: $yes)
              b: echo @include(if: $yes)
              c: echo @include(if: $no)
              d: echo @skip(if: false) @include(if: true)
              ... @skip(if: $no) { e: echo }
              ...F @include(if: $no)
            }
            fragment F on Query { f: echo }
            """
        let result = try await Shop.run(query, variables: [("yes", .bool(true)), ("no", .bool(false))])
        #expect(result.data?.jsonString == #"{"b":"default/nil","d":"default/nil","e":"default/nil"}"#)
    }
}
