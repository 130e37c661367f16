import Testing

@testable import GraphQLEngine

/// Lists of objects are handed to the next level as the arrays the resolvers returned (one segment per array);
/// the next level must see every object once, in response order, with its own index.
@Suite struct ListBatchTests {
    @Test func everyObjectOfEveryListIsResolvedInOrder() async throws {
        let result = try await Shop.run(#"{ orders(first: 4) { id lineItems { sku quantity product { id } } items { sku } } }"#)
        #expect(result.errors.isEmpty)
        guard case .list(let orders)? = result.data?["orders"] else {
            Issue.record("no orders")
            return
        }
        #expect(orders.count == 4)
        for (position, order) in orders.enumerated() {
            let id = position + 1
            guard case .list(let items)? = order["lineItems"] else {
                Issue.record("no line items for order \(id)")
                continue
            }
            // Order n has 3 + n % 3 line items; product ids come from a batch resolver over every line item.
            #expect(items.count == 3 + id % 3)
            for (index, item) in items.enumerated() {
                #expect(item["sku"] == .string("SKU-\(id)-\(index)"))
                #expect(item["quantity"] == .int(index + 1))
                #expect(item["product"]?["id"] == .string("p\((id + index) % 7)"))
            }
            // A list of optional objects goes object by object: the null stays in place.
            #expect(order["items"] == .list([.object([("sku", .string("SKU-\(id)-0"))]), .null]))
        }
    }

    @Test func anErrorInALaterListHasThatListsIndices() async throws {
        // LineItem.flaky throws for order 2's second line item: the second list's second object.
        let result = try await Shop.run(#"{ orders(first: 3) { lineItems { flaky } } }"#)
        #expect(result.errors.map(\.message) == ["Flaky item"])
        #expect(
            result.errors.first?.path == [.key("orders"), .index(1), .key("lineItems"), .index(1), .key("flaky")])
    }

    @Test func theEncoderKeepsListsWholeAndCountsAcrossThem() {
        var encoder = ShapeEncoder<Int>(expectedCount: 4)
        encoder.appendObject(10)
        encoder.appendList([20, 21])
        encoder.appendNull()
        encoder.appendList([])
        encoder.appendObject(30)
        let codes = encoder.codes
        let batch = encoder.makeBatch()
        #expect(codes == [0, -2, 2, 1, 2, -1, -2, 0, 3])
        #expect(batch.items == [10, 20, 21, 30])
        #expect(batch.segments == [[10], [20, 21], [30]])
        var seen: [Int] = []
        batch.forEachBorrowed { value, index in
            #expect(index == seen.count)
            seen.append(value)
        }
        #expect(seen == [10, 20, 21, 30])
    }
}
