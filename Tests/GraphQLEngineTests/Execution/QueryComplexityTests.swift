import Testing

@testable import GraphQLEngine

@Suite struct QueryComplexityTests {
    static let sdl = """
        type Query { shop: Shop, shops(first: Int = 10): ShopConnection, node: Node, search: [Result] }
        interface Node { id: ID }
        union Result = Shop | Item
        type Shop implements Node { id: ID, name: String, items(first: Int = 20, after: String): ItemConnection, tags: [String] }
        type ShopConnection { totalCount: Int, nodes: [Shop] }
        type ItemConnection { totalCount: Int, nodes: [Item] }
        type Item { id: ID, name: String, shop: Shop }
        """

    static func measure(
        _ query: String, variables: [(String, JSONValue)] = [], operationName: String? = nil
    ) throws
        -> QueryComplexity
    {
        let schema = try buildSchema(sdl)
        let document = try Parser.parse(Source(query))
        guard case .success(let operation) = document.selectOperation(named: operationName) else {
            throw GraphQLError("no operation")
        }
        return QueryComplexity(operation: operation, document: document, schema: schema, variables: variables)
    }

    @Test func everyFieldCostsOne() throws {
        #expect(try Self.measure("{ shop { id name tags } }") == QueryComplexity(depth: 2, cost: 4))
        #expect(try Self.measure("{ __typename }") == QueryComplexity(depth: 1, cost: 1))
    }

    @Test func aPageSizeMultipliesTheChildren() throws {
        // shops: 1 + 3 * (totalCount 1 + nodes (1 + name 1)) = 1 + 3 * 3
        #expect(
            try Self.measure("{ shops(first: 3) { totalCount nodes { name } } }") == QueryComplexity(depth: 3, cost: 10, pageSizes: 3...3))
    }

    @Test func nestedPagesMultiply() throws {
        // shops: 1 + 2 * (nodes: 1 + (items: 1 + 5 * (nodes: 1 + id 1)))
        let complexity = try Self.measure("{ shops(first: 2) { nodes { items(first: 5) { nodes { id } } } } }")
        #expect(complexity == QueryComplexity(depth: 5, cost: 1 + 2 * (1 + 1 + 5 * 2), pageSizes: 2...5))
    }

    @Test func theSchemaDefaultAppliesWhenTheArgumentIsMissingOrNull() throws {
        #expect(try Self.measure("{ shops { totalCount } }").cost == 1 + 10)
        #expect(try Self.measure("{ shops(first: null) { totalCount } }").cost == 1 + 10)
        #expect(try Self.measure("{ shop { items { totalCount } } }").cost == 1 + 1 + 20)
    }

    @Test func variablesGiveTheSizeThenTheirDefaultsThenTheSchemas() throws {
        let query = "query($n: Int = 7) { shops(first: $n) { totalCount } }"
        #expect(try Self.measure(query, variables: [("n", .int(4))]).cost == 1 + 4)
        #expect(try Self.measure(query).cost == 1 + 7)
        #expect(try Self.measure("query($n: Int) { shops(first: $n) { totalCount } }").cost == 1 + 10)
    }

    @Test func aZeroOrNegativeSizeStillCountsTheChildrenOnce() throws {
        #expect(try Self.measure("{ shops(first: 0) { totalCount } }").cost == 2)
        #expect(try Self.measure("{ shops(first: -5) { totalCount } }").cost == 2)
    }

    @Test func fragmentsAreExpandedWhereTheyAreSpread() throws {
        let query = """
            { shops(first: 4) { nodes { ...ShopFields } } shop { ...ShopFields } }
            fragment ShopFields on Shop { id name items(first: 2) { nodes { ... on Item { id } } } }
            """
        // ShopFields: id 1 + name 1 + items (1 + 2 * (nodes 1 + id 1)) = 7, depth 4
        #expect(try Self.measure(query) == QueryComplexity(depth: 5, cost: (1 + 4 * (1 + 7)) + (1 + 7), pageSizes: 2...4))
    }

    @Test func aFragmentCycleCountsNothingAndEnds() throws {
        let query = """
            { shop { ...A } }
            fragment A on Shop { id ...B }
            fragment B on Shop { name ...A }
            """
        #expect(try Self.measure(query) == QueryComplexity(depth: 2, cost: 3))
    }

    @Test func repeatedFragmentsAreMeasuredOnceSoWideDocumentsStayFast() throws {
        var query = "{ shop { ...F0 } }\n"
        for level in 0..<40 {
            query += "fragment F\(level) on Shop { id ...F\(level + 1) ...F\(level + 1) }\n"
        }
        query += "fragment F40 on Shop { id }"
        let complexity = try Self.measure(query)
        // F40 costs 1 and each level below costs 1 + twice the next: F0 costs 2^41 - 1, plus `shop`.
        #expect(complexity == QueryComplexity(depth: 2, cost: 1 << 41))
    }

    @Test func hugeSizesSaturateInsteadOfOverflowing() throws {
        let query = """
            { shops(first: 2147483647) { nodes { items(first: 2147483647) { nodes { shop {
              items(first: 2147483647) { nodes { id } } } } } } } }
            """
        #expect(try Self.measure(query).cost == Int.max)
    }

    @Test func skippedFieldsCountNothing() throws {
        #expect(try Self.measure("{ shop { id name @skip(if: true) tags @include(if: false) } }").cost == 2)
        let query = "query($s: Boolean!) { shop { id name @skip(if: $s) } }"
        #expect(try Self.measure(query, variables: [("s", .bool(true))]).cost == 2)
        #expect(try Self.measure(query, variables: [("s", .bool(false))]).cost == 3)
    }

    @Test func abstractSelectionsCountEveryBranch() throws {
        let query = "{ search { __typename ... on Shop { name } ... on Item { id name } } node { id } }"
        #expect(try Self.measure(query) == QueryComplexity(depth: 2, cost: 1 + 4 + 2))
    }

    @Test func onlyTheChosenOperationIsMeasured() throws {
        let query = "query A { shop { id } } query B { shops(first: 9) { totalCount } }"
        #expect(try Self.measure(query, operationName: "A").cost == 2)
        #expect(try Self.measure(query, operationName: "B").cost == 10)
    }

    @Test func limitsNameWhatIsExceeded() {
        let limits = QueryLimits(maximumDepth: 12, maximumCost: 10_000)
        #expect(limits.errors(for: QueryComplexity(depth: 12, cost: 10_000)).isEmpty)
        let errors = limits.errors(for: QueryComplexity(depth: 14, cost: 12_500))
        #expect(
            errors.map(\.message) == [
                "Query depth 14 exceeds the maximum of 12.", "Query cost 12500 exceeds the maximum of 10000.",
            ])
        #expect(errors.allSatisfy { $0.code == "QUERY_TOO_COMPLEX" })
    }

    @Test func pageSizesAreTheSmallestAndLargestGivenAndLimitsRefuseThemOutOfRange() throws {
        let query = "query($n: Int) { shops(first: $n) { nodes { name } } more: shops(first: 0) { totalCount } }"
        let measured = try Self.measure(query, variables: [("n", .int(250))])
        #expect(measured.pageSizes == 0...250)
        #expect(measured.cost == (1 + 250 * 2) + 2)
        #expect(try Self.measure("{ shop { id } }").pageSizes == nil)
        let limits = QueryLimits(maximumDepth: 12, maximumCost: 10_000, maximumPageSize: 100)
        #expect(limits.errors(for: measured).map(\.message) == [#"Argument "first" must be at most 100; got 250."#])
        #expect(limits.errors(for: measured).allSatisfy { $0.code == "BAD_USER_INPUT" })
        let negative = try Self.measure("{ shops(first: -3) { totalCount } }")
        #expect(limits.errors(for: negative).map(\.message) == [#"Argument "first" must not be negative; got -3."#])
        #expect(QueryLimits(maximumDepth: 12, maximumCost: 10_000).errors(for: measured).isEmpty)
    }

    /// The server's limits (depth 15, cost 10,000) must admit the dashboard and the standard introspection query.
    @Test func theDashboardAndTheIntrospectionQueryFitTheServersLimits() throws {
        let schema = try buildSchema(try Fixture.text("api-contract.graphql"))
        let expected = [
            "dashboard.graphql": QueryComplexity(depth: 6, cost: 3045, pageSizes: 50...50),
            "introspection-query.graphql": QueryComplexity(depth: 15, cost: 226),
        ]
        for (name, complexity) in expected {
            let document = try Parser.parse(Source(try Fixture.text(name)))
            guard case .success(let operation) = document.selectOperation(named: nil) else {
                Issue.record("no operation in \(name)")
                continue
            }
            let measured = QueryComplexity(operation: operation, document: document, schema: schema, variables: [])
            #expect(measured == complexity, "\(name)")
            #expect(QueryLimits(maximumDepth: 15, maximumCost: 10_000).errors(for: measured).isEmpty)
        }
    }
}
