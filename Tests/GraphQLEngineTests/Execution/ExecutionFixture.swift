import Synchronization

@testable import GraphQLEngine

/// A small shop served from memory, with a counter of every load, for the execution suites.
enum Shop {
    static let sdl = """
        interface Node { id: ID! }
        enum Status { PENDING ACTIVATED }
        input Range { from: Int = 0, to: Int! }
        input Pick @oneOf { id: ID, number: String }
        union SearchResult = Order | Product
        type Query {
          orders(first: Int = 10, status: Status, range: Range): [Order!]!
          order(pick: Pick!): Order
          node(id: ID!): Node
          search(text: String!): [SearchResult!]!
          failing: String
          failingNonNull: String!
          numbers: [Int]
          strictNumbers: [Int!]
          echo(text: String = "default", count: Int): String
          tooBig: Int
          badEnum: Status
        }
        type Mutation { append(value: String!): [String!]! }
        type Order implements Node {
          id: ID!
          number: String!
          status: Status!
          lineItems: [LineItem!]!
          note: String
          brokenNote: String!
          items: [LineItem]
        }
        type LineItem { sku: String!, quantity: Int!, product: Product!, flaky: String! }
        type Product implements Node { id: ID!, name: String! }
        """

    struct Root: Sendable {}
    struct OrderRow: GraphQLObjectValue { let id: Int; let number: String; let status: Status }
    struct LineItemRow: GraphQLObjectValue { let orderID: Int; let index: Int; let productID: Int }
    struct ProductRow: GraphQLObjectValue { let id: Int; let name: String }
    enum Status: String, LeafValue { case pending = "PENDING", activated = "ACTIVATED" }
    enum NodeValue: GraphQLObjectValue {
        case order(OrderRow)
        case product(ProductRow)
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Counts loads and records the order of mutations.
    final class Context: Sendable {
        let loads = Mutex<[String]>([])
        let log = Mutex<[String]>([])
        func load(_ name: String) { loads.withLock { $0.append(name) } }
        var loadNames: [String] { loads.withLock { $0 } }
    }

    static func order(_ id: Int) -> OrderRow {
        OrderRow(id: id, number: "SO-\(1000 + id)", status: id.isMultiple(of: 2) ? .activated : .pending)
    }

    static func executable() throws -> ExecutableSchema<Context> {
        let schema = try buildSchema(sdl)
        var binding = SchemaBinding<Context>(schema: schema)
        binding.object("Query", as: Root.self) { query in
            query.field("orders") { _, info -> [OrderRow] in
                info.context.load("orders")
                let first = info.arguments.int("first") ?? 10
                var orders = (1...60).map(order)
                if case .string(let status)? = info.arguments["status"] { orders = orders.filter { $0.status.rawValue == status } }
                if case .object? = info.arguments["range"] {
                    let range = info.arguments["range"]!
                    if case .int(let from)? = range["from"], case .int(let to)? = range["to"] {
                        orders = orders.filter { $0.id >= from && $0.id <= to }
                    }
                }
                return Array(orders.prefix(first))
            }
            query.field("order") { _, info -> OrderRow? in
                let pick = info.arguments["pick"]
                if case .string(let id)? = pick?["id"] { return Int(id).map(order) }
                if case .string(let number)? = pick?["number"] { return Int(number.dropFirst(3)).map { order($0 - 1000) } }
                return nil
            }
            query.field("node") { _, info -> NodeValue? in
                guard let id = info.arguments.string("id") else { return nil }
                if id.hasPrefix("o") { return Int(id.dropFirst()).map { .order(order($0)) } }
                if id.hasPrefix("p") { return Int(id.dropFirst()).map { .product(ProductRow(id: $0, name: "Product \($0)")) } }
                return nil
            }
            query.field("search") { _, _ -> [NodeValue] in
                [.order(order(1)), .product(ProductRow(id: 7, name: "Product 7")), .order(order(2))]
            }
            query.field("failing") { _, _ throws -> String? in throw GraphQLError("Something broke") }
            query.field("failingNonNull") { _, _ throws -> String in throw Failure(description: "Deep failure") }
            query.field("numbers") { _ in [JSONValue.int(1), .null, .int(3)] }
            query.field("strictNumbers") { _ in [JSONValue.int(1), .null, .int(3)] }
            query.field("echo") { _, info -> String? in
                "\(info.arguments.string("text") ?? "nil")/\(info.arguments.int("count").map(String.init) ?? "nil")"
            }
            query.field("tooBig") { _ in JSONValue.int(1 << 40) }
            query.field("badEnum") { _ in JSONValue.string("CANCELLED") }
        }
        binding.object("Mutation", as: Root.self) { mutation in
            mutation.batch("append") { roots, info async throws -> [[String]] in
                let value = info.arguments.string("value") ?? ""
                try await Task.sleep(for: .milliseconds(value == "slow" ? 20 : 0))
                let log = info.context.log.withLock { log in
                    log.append(value)
                    return log
                }
                return roots.map { _ in log }
            }
        }
        binding.object("Order", as: OrderRow.self) { type in
            type.field("id") { "o\($0.id)" }
            type.field("number") { $0.number }
            type.field("status") { $0.status }
            type.batch("lineItems") { orders, info async throws -> [[LineItemRow]] in
                info.context.load("lineItems")
                return orders.map { order in
                    (0..<(3 + order.id % 3)).map { LineItemRow(orderID: order.id, index: $0, productID: (order.id + $0) % 7) }
                }
            }
            type.field("note") { order -> String? in order.id == 2 ? "gift" : nil }
            type.field("brokenNote") { order -> JSONValue in order.id == 2 ? .null : .string("fine") }
            type.field("items") { order -> [LineItemRow?] in [LineItemRow(orderID: order.id, index: 0, productID: 1), nil] }
        }
        binding.object("LineItem", as: LineItemRow.self) { type in
            type.field("sku") { "SKU-\($0.orderID)-\($0.index)" }
            type.field("quantity") { $0.index + 1 }
            type.batch("product") { items, info async throws -> [ProductRow] in
                info.context.load("products")
                return items.map { ProductRow(id: $0.productID, name: "Product \($0.productID)") }
            }
            type.field("flaky") { item, _ throws -> String in
                if item.orderID == 2 && item.index == 1 { throw GraphQLError("Flaky item") }
                return "ok"
            }
        }
        binding.object("Product", as: ProductRow.self) { type in
            type.field("id") { "p\($0.id)" }
            type.field("name") { $0.name }
        }
        let split: @Sendable (NodeValue) -> (typeName: String, value: any Sendable) = { node in
            switch node {
            case .order(let order): return ("Order", order)
            case .product(let product): return ("Product", product)
            }
        }
        binding.abstract("Node", as: NodeValue.self, resolveType: split)
        binding.abstract("SearchResult", as: NodeValue.self, resolveType: split)
        return try binding.bind()
    }

    /// Parses, validates and executes, as the runtime does.
    static func run(
        _ query: String, variables: [(String, JSONValue)] = [], operationName: String? = nil, context: Context = Context()
    ) async throws -> ExecutionResult {
        let executable = try executable()
        let source = Source(query)
        let document = try Parser.parse(source)
        return await executable.execute(
            document: document, source: source, operationName: operationName, variables: variables, context: context,
            rootValue: Root())
    }
}
