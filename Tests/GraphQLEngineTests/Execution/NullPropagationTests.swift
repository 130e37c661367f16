import Testing

@testable import GraphQLEngine

@Suite struct NullPropagationTests {
    @Test func aNullableFieldErrorIsNullWithItsPath() async throws {
        let result = try await Shop.run("{ failing echo }")
        #expect(result.data?.jsonString == #"{"failing":null,"echo":"default/nil"}"#)
        #expect(result.errors.map(\.message) == ["Something broke"])
        #expect(result.errors.first?.path == [.key("failing")])
        #expect(result.errors.first?.locations == [SourceLocation(line: 1, column: 3)])
    }

    @Test func aNonNullRootFieldErrorNullsData() async throws {
        let result = try await Shop.run("{ echo failingNonNull }")
        #expect(result.data == .null)
        #expect(result.errors.map(\.message) == ["Deep failure"])
    }

    @Test func aNonNullFieldInAListItemNullsTheWholeNonNullChain() async throws {
        // Order.brokenNote is String! and null for order 2: the order is [Order!]! so the null reaches `data`.
        let result = try await Shop.run("{ orders(first: 3) { id brokenNote } }")
        #expect(result.data == .null)
        #expect(result.errors.map(\.message) == ["Cannot return null for non-nullable field Order.brokenNote."])
        #expect(result.errors.first?.path == [.key("orders"), .index(1), .key("brokenNote")])
    }

    @Test func aNullStopsAtTheNearestNullableField() async throws {
        // order(pick:) is nullable: the failure inside it stops there.
        let result = try await Shop.run(#"{ order(pick: {id: "2"}) { id brokenNote } echo }"#)
        #expect(result.data?.jsonString == #"{"order":null,"echo":"default/nil"}"#)
        #expect(result.errors.first?.path == [.key("order"), .key("brokenNote")])
    }

    @Test func errorsDeepInListsCarryEveryIndex() async throws {
        // LineItem.flaky throws for order 2's second item; lineItems is [LineItem!]! and orders [Order!]!.
        let result = try await Shop.run(#"{ order(pick: {id: "2"}) { lineItems { flaky } } }"#)
        #expect(result.data?.jsonString == #"{"order":null}"#)
        #expect(result.errors.map(\.message) == ["Flaky item"])
        #expect(result.errors.first?.path == [.key("order"), .key("lineItems"), .index(1), .key("flaky")])
    }

    @Test func nullableListItemsAbsorbNulls() async throws {
        let result = try await Shop.run("{ numbers strictNumbers }")
        #expect(result.data?.jsonString == #"{"numbers":[1,null,3],"strictNumbers":null}"#)
        #expect(result.errors.map(\.message) == ["Cannot return null for non-nullable field Query.strictNumbers."])
        #expect(result.errors.first?.path == [.key("strictNumbers"), .index(1)])
    }

    @Test func nullObjectsInNullableListsStayNull() async throws {
        let result = try await Shop.run(#"{ order(pick: {id: "1"}) { items { sku } } }"#)
        #expect(result.data?.jsonString == #"{"order":{"items":[{"sku":"SKU-1-0"},null]}}"#)
        #expect(result.errors.isEmpty)
    }

    @Test func resultCoercionErrorsNameTheValue() async throws {
        let result = try await Shop.run("{ tooBig badEnum }")
        #expect(result.data?.jsonString == #"{"tooBig":null,"badEnum":null}"#)
        #expect(
            result.errors.map(\.message) == [
                "Int cannot represent non 32-bit signed integer value: 1099511627776",
                #"Enum "Status" cannot represent value: "CANCELLED""#,
            ])
    }
}

@Suite struct AbstractTypeTests {
    @Test func fragmentsOnInterfacesAndObjects() async throws {
        let query = """
            { a: node(id: "o3") { __typename id ... on Order { number } ... on Product { name } }
              b: node(id: "p9") { __typename ...N }
              c: node(id: "zz") { id } }
            fragment N on Node { id ... on Product { name } }
            """
        let result = try await Shop.run(query)
        #expect(
            result.data?.jsonString
                == #"{"a":{"__typename":"Order","id":"o3","number":"SO-1003"},"b":{"__typename":"Product","id":"p9","name":"Product 9"},"c":null}"#
        )
    }

    @Test func unionListsKeepTheirOrderAcrossTypes() async throws {
        let result = try await Shop.run("{ search(text: \"x\") { __typename ... on Order { id } ... on Product { name } } }")
        #expect(
            result.data?.jsonString
                == #"{"search":[{"__typename":"Order","id":"o1"},{"__typename":"Product","name":"Product 7"},{"__typename":"Order","id":"o2"}]}"#
        )
    }
}

@Suite struct SerialMutationTests {
    @Test func mutationFieldsRunOneAfterAnotherInDocumentOrder() async throws {
        // The first field sleeps: were the fields run concurrently, "fast" would be logged first.
        let result = try await Shop.run(#"mutation { a: append(value: "slow") b: append(value: "fast") c: append(value: "last") }"#)
        #expect(result.data?.jsonString == #"{"a":["slow"],"b":["slow","fast"],"c":["slow","fast","last"]}"#)
    }
}

@Suite struct BatchResolverTests {
    @Test func loadsPerLevelDoNotGrowWithRows() async throws {
        let query = "query($n: Int) { orders(first: $n) { number lineItems { sku product { name } } } }"
        let small = Shop.Context()
        let smallResult = try await Shop.run(query, variables: [("n", .int(2))], context: small)
        let large = Shop.Context()
        let largeResult = try await Shop.run(query, variables: [("n", .int(50))], context: large)
        #expect(smallResult.errors.isEmpty && largeResult.errors.isEmpty)
        #expect(small.loadNames == ["orders", "lineItems", "products"])
        #expect(large.loadNames == small.loadNames)
        guard case .object(let entries)? = largeResult.data, case .list(let orders) = entries[0].1 else {
            Issue.record("no orders")
            return
        }
        #expect(orders.count == 50)
        // 3 to 5 line items per order, every one with its product.
        let itemCount = orders.reduce(0) { count, order in
            guard case .list(let items)? = order["lineItems"] else { return count }
            return count + items.count
        }
        #expect(itemCount == (1...50).reduce(0) { $0 + 3 + $1 % 3 })
    }

    @Test func bindingRefusesMissingAndMistypedResolvers() throws {
        let schema = try buildSchema("type Query { a: String, b: Thing } type Thing { x: Int }")
        var binding = SchemaBinding<Shop.Context>(schema: schema)
        binding.object("Query", as: Shop.Root.self) { query in
            query.field("a") { _ in Shop.ProductRow(id: 1, name: "x") }
            query.field("c") { _ in "unknown" }
        }
        #expect {
            try binding.bind()
        } throws: { error in
            let problems = (error as? SchemaBindingError)?.problems ?? []
            return problems.contains("Field Query.a is a String but its resolver returns objects.")
                && problems.contains("Field Query.b has no resolver.")
                && problems.contains("Resolver for Query.c names no field of the schema.")
                && problems.contains("Type Thing is not bound to a Swift type.")
        }
    }
}
