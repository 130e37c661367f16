import BillingAPI
import GraphQLEngine
import Testing

/// Filters, sorts and pages of `Account.orders`, checked against the whole list read in one page.
struct OrderListTests {
    static let page = """
        query($first: Int, $after: String, $filter: OrderFilter, $sort: OrderSort) {
          account { orders(first: $first, after: $after, filter: $filter, sort: $sort) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id orderDate status total { amount } } } nodes { id } } }
        }
        """

    struct Row: Equatable {
        var id: String
        var date: String
        var status: String
        var amount: Double
    }

    static func rows(_ result: ExecutionResult) -> [Row] {
        (result.data?["account"]?["orders"]?["edges"]?.listValue ?? []).map { edge in
            let node = edge["node"]!
            return Row(
                id: node["id"]!.stringValue!, date: node["orderDate"]!.stringValue!, status: node["status"]!.stringValue!,
                amount: Double(node["total"]!["amount"]!.stringValue!)!)
        }
    }

    func run(
        _ fixture: APIFixture, first: Int? = 100, after: String? = nil, filter: JSONValue? = nil, sort: JSONValue? = nil
    ) async throws -> ExecutionResult {
        var variables: [(String, JSONValue)] = []
        if let first { variables.append(("first", .int(first))) }
        if let after { variables.append(("after", .string(after))) }
        if let filter { variables.append(("filter", filter)) }
        if let sort { variables.append(("sort", sort)) }
        return try await fixture.run(Self.page, as: "admin@acme.test", variables: variables)
    }

    @Test func defaultIsNewestFirstTwentyAtATime() async throws {
        let fixture = try await APIFixture()
        let result = try await run(fixture, first: nil)
        let rows = Self.rows(result)
        #expect(rows.count == 20)
        #expect(rows.map(\.date) == rows.map(\.date).sorted(by: >))
        #expect(result.data?["account"]?["orders"]?["nodes"]?.listValue?.map { $0["id"] } == rows.map { .string($0.id) })
    }

    @Test func pagingVisitsEveryOrderOnceForEverySort() async throws {
        let fixture = try await APIFixture()
        for field in ["ORDER_DATE", "AMOUNT"] {
            for direction in ["ASC", "DESC"] {
                let sort = JSONValue.object([("field", .string(field)), ("direction", .string(direction))])
                let all = Self.rows(try await run(fixture, sort: sort))
                var seen: [Row] = []
                var after: String?
                var pages = 0
                while true {
                    let result = try await run(fixture, first: 7, after: after, sort: sort)
                    let info = result.data?["account"]?["orders"]?["pageInfo"]
                    seen += Self.rows(result)
                    pages += 1
                    #expect(info?["hasPreviousPage"] == .bool(after != nil))
                    guard info?["hasNextPage"] == .bool(true) else { break }
                    after = info?["endCursor"]?.stringValue
                }
                #expect(seen == all, "\(field) \(direction)")
                #expect(pages == (all.count + 6) / 7)
                let keys = field == "AMOUNT" ? seen.map { String(format: "%020.2f", $0.amount) } : seen.map(\.date)
                #expect(keys == (direction == "ASC" ? keys.sorted() : keys.sorted(by: >)))
            }
        }
    }

    @Test func lastPageAndEmptyPageAfterIt() async throws {
        let fixture = try await APIFixture()
        let all = try await run(fixture)
        let total = try #require(all.data?["account"]?["orders"]?["totalCount"]?.intValue)
        let lastCursor = try #require(all.data?["account"]?["orders"]?["pageInfo"]?["endCursor"]?.stringValue)
        #expect(Self.rows(all).count == total)
        #expect(all.data?["account"]?["orders"]?["pageInfo"]?["hasNextPage"] == .bool(false))
        let after = try await run(fixture, after: lastCursor)
        #expect(after.errors.isEmpty)
        #expect(Self.rows(after).isEmpty)
        #expect(after.data?["account"]?["orders"]?["pageInfo"]?["endCursor"] == .null)
        #expect(after.data?["account"]?["orders"]?["totalCount"]?.intValue == total)
    }

    @Test func firstZeroIsAnEmptyPage() async throws {
        let fixture = try await APIFixture()
        let result = try await run(fixture, first: 0)
        #expect(result.errors.isEmpty)
        #expect(Self.rows(result).isEmpty)
        #expect(result.data?["account"]?["orders"]?["pageInfo"]?["startCursor"] == .null)
        #expect((result.data?["account"]?["orders"]?["totalCount"]?.intValue ?? 0) > 0)
    }

    @Test func negativeOrOversizedFirstIsABadUserInput() async throws {
        let fixture = try await APIFixture()
        for first in [-1, 101] {
            let result = try await run(fixture, first: first)
            #expect(result.codes == ["BAD_USER_INPUT"], "first: \(first)")
            #expect(result.errors.first?.path == [.key("account"), .key("orders")])
            #expect(result.errors.first?.message.contains("\"first\"") == true)
        }
    }

    @Test func cursorFromAnotherSortOrGarbageIsABadUserInput() async throws {
        let fixture = try await APIFixture()
        let byAmount = JSONValue.object([("field", .string("AMOUNT")), ("direction", .string("ASC"))])
        let amountPage = try await run(fixture, first: 3, sort: byAmount)
        let cursor = try #require(amountPage.data?["account"]?["orders"]?["pageInfo"]?["endCursor"]?.stringValue)
        for bad in [cursor, "garbage", "", "T3JkZXI6NzI"] {
            let result = try await run(fixture, first: 3, after: bad)
            #expect(result.codes == ["BAD_USER_INPUT"], "cursor \(bad)")
            #expect(result.errors.first?.message.hasPrefix("Invalid cursor") == true)
        }
    }

    @Test func filtersMatchTheWholeList() async throws {
        let fixture = try await APIFixture()
        let all = Self.rows(try await run(fixture))
        let someDay = all[all.count / 2].date
        let (from, to) = (all[all.count - 10].date, all[10].date)
        let cases: [(JSONValue, (Row) -> Bool)] = [
            (.object([("on", .string(someDay))]), { $0.date == someDay }),
            (.object([("from", .string(from)), ("to", .string(to))]), { $0.date >= from && $0.date <= to }),
            (.object([("from", .string(from))]), { $0.date >= from }),
            (.object([("to", .string(to))]), { $0.date <= to }),
            (.object([("status", .string("PENDING"))]), { $0.status == "PENDING" }),
            (.object([("status", .string("ACTIVATED")), ("to", .string(to))]), { $0.status == "ACTIVATED" && $0.date <= to }),
            (.object([("on", .string(someDay)), ("from", .string(to))]), { $0.date == someDay && $0.date >= to }),
        ]
        for (filter, predicate) in cases {
            let result = try await run(fixture, filter: filter)
            let expected = all.filter(predicate)
            #expect(Self.rows(result) == expected, "\(filter)")
            #expect(result.data?["account"]?["orders"]?["totalCount"]?.intValue == expected.count)
        }
        #expect(all.contains { $0.status == "PENDING" } && all.contains { $0.status == "ACTIVATED" })
    }

    @Test func dateRangeWithoutOrders() async throws {
        let fixture = try await APIFixture()
        for filter: JSONValue in [
            .object([("from", .string("1990-01-01")), ("to", .string("1990-12-31"))]),
            .object([("from", .string("2026-01-02")), ("to", .string("2026-01-01"))]),
        ] {
            let result = try await run(fixture, filter: filter)
            #expect(result.errors.isEmpty)
            #expect(Self.rows(result).isEmpty)
            #expect(result.data?["account"]?["orders"]?["totalCount"] == .int(0))
            #expect(result.data?["account"]?["orders"]?["pageInfo"]?["hasNextPage"] == .bool(false))
        }
    }

    @Test func invalidDatesAreRefusedByTheScalar() async throws {
        let fixture = try await APIFixture()
        let result = try await run(fixture, filter: .object([("on", .string("2026-02-30"))]))
        #expect(result.data == nil)
        #expect(result.errors.first?.message.contains("Date cannot represent an invalid date: \"2026-02-30\"") == true)
        let literal = try await fixture.run("{ account { orders(filter: { on: \"tomorrow\" }) { totalCount } } }", as: "admin@acme.test")
        #expect(literal.data == nil)
        // As graphql-js does for a scalar whose literal parser throws a GraphQLError: its message as it is.
        #expect(literal.errors.first?.message == "Date cannot represent an invalid date: \"tomorrow\"; expected YYYY-MM-DD.")
    }

    @Test func singleOrderWithLineItems() async throws {
        let fixture = try await APIFixture()
        let first = Self.rows(try await run(fixture, first: 1))[0]
        let result = try await fixture.run(
            "query($id: ID!) { account { order(id: $id) { id total { amount } lineItems { quantity unitPrice { amount } total { amount } } } } }",
            as: "admin@acme.test", variables: [("id", .string(first.id))])
        let order = try #require(result.data?["account"]?["order"])
        #expect(order["id"] == .string(first.id))
        let lines = order["lineItems"]?.listValue ?? []
        #expect((3...6).contains(lines.count))
        let sum = lines.reduce(0.0) { $0 + Double($1["total"]!["amount"]!.stringValue!)! }
        #expect(abs(sum - first.amount) < 0.001)
        for line in lines {
            let unit = Double(line["unitPrice"]!["amount"]!.stringValue!)!
            #expect(abs(unit * Double(line["quantity"]!.intValue!) - Double(line["total"]!["amount"]!.stringValue!)!) < 0.001)
        }
    }
}
