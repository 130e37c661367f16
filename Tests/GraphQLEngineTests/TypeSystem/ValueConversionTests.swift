import Testing

@testable import GraphQLEngine

/// `valueFromAST` and `astFromValue` with graphql-js semantics.
@Suite struct ValueConversionTests {
    static let schema: GraphQLSchema = {
        do {
            return try buildSchema(
                """
                type Query { a: Int b: Float }
                enum Direction { ASC DESC }
                input Sort { field: String! = "date" direction: Direction = DESC limit: Int }
                input Required { id: ID! }
                input Choice @oneOf { a: Int b: String }
                """)
        } catch {
            fatalError("\(error)")
        }
    }()

    static func type(_ text: String) throws -> GraphQLType {
        func resolve(_ reference: TypeReference) throws -> GraphQLType {
            switch reference.shape {
            case .named(let named): return .named(try #require(schema.type(named: named.name.value)))
            case .list(let inner, _): return .list(try resolve(inner))
            case .nonNull(let inner, _): return .nonNull(try resolve(inner))
            }
        }
        return try resolve(Parser.parseType(text))
    }

    static func coerce(_ literal: String, _ type: String, _ variables: [String: JSONValue]? = nil) throws -> JSONValue? {
        valueFromAST(try Parser.parseValue(literal), type: try Self.type(type), variables: variables)
    }

    @Test func scalarsAndNulls() throws {
        #expect(try Self.coerce("1", "Int") == .int(1))
        #expect(try Self.coerce("1.5", "Int") == nil)
        #expect(try Self.coerce("null", "Int") == .null)
        #expect(try Self.coerce("null", "Int!") == nil)
        #expect(try Self.coerce("\"x\"", "ID!") == .string("x"))
        #expect(try Self.coerce("DESC", "Direction") == .string("DESC"))
        #expect(try Self.coerce("\"DESC\"", "Direction") == nil)
        #expect(try Self.coerce("UP", "Direction") == nil)
    }

    @Test func lists() throws {
        #expect(try Self.coerce("[1, 2]", "[Int]") == .list([.int(1), .int(2)]))
        #expect(try Self.coerce("1", "[Int]") == .list([.int(1)]))
        #expect(try Self.coerce("[1, null]", "[Int]") == .list([.int(1), .null]))
        #expect(try Self.coerce("[1, null]", "[Int!]") == nil)
        #expect(try Self.coerce("[[1], 2]", "[[Int]]") == .list([.list([.int(1)]), .list([.int(2)])]))
        #expect(try Self.coerce("[1, \"2\"]", "[Int]") == nil)
    }

    @Test func variables() throws {
        #expect(try Self.coerce("$v", "Int", ["v": .int(3)]) == .int(3))
        #expect(try Self.coerce("$v", "Int", [:]) == nil)
        #expect(try Self.coerce("$v", "Int!", ["v": .null]) == nil)
        #expect(try Self.coerce("[1, $v]", "[Int]", [:]) == .list([.int(1), .null]))
        #expect(try Self.coerce("[1, $v]", "[Int!]", [:]) == nil)
        #expect(
            try Self.coerce("{field: \"f\", limit: $l}", "Sort", [:])
                == .object([("field", .string("f")), ("direction", .string("DESC"))]))
    }

    @Test func inputObjects() throws {
        #expect(
            try Self.coerce("{}", "Sort") == .object([("field", .string("date")), ("direction", .string("DESC"))]))
        #expect(
            try Self.coerce("{limit: 5, direction: ASC}", "Sort")
                == .object([("field", .string("date")), ("direction", .string("ASC")), ("limit", .int(5))]))
        #expect(try Self.coerce("{field: null}", "Sort") == nil)
        #expect(try Self.coerce("{}", "Required") == nil)
        #expect(try Self.coerce("{id: 4}", "Required") == .object([("id", .string("4"))]))
        #expect(try Self.coerce("\"x\"", "Sort") == nil)
    }

    @Test func oneOfInputObjects() throws {
        #expect(try Self.coerce("{a: 1}", "Choice") == .object([("a", .int(1))]))
        #expect(try Self.coerce("{a: 1, b: \"x\"}", "Choice") == nil)
        #expect(try Self.coerce("{a: null}", "Choice") == nil)
        #expect(try Self.coerce("{}", "Choice") == nil)
    }

    static func printed(_ value: JSONValue, _ type: String) throws -> String? {
        astFromValue(value, type: try Self.type(type)).map { Printer.print($0) }
    }

    @Test func astFromValues() throws {
        #expect(try Self.printed(.int(20), "Int") == "20")
        #expect(try Self.printed(.double(2), "Float") == "2")
        #expect(try Self.printed(.double(2.5), "Float") == "2.5")
        #expect(try Self.printed(.string("No longer supported"), "String") == "\"No longer supported\"")
        #expect(try Self.printed(.string("a\"b\n"), "String") == "\"a\\\"b\\n\"")
        #expect(try Self.printed(.string("123"), "ID") == "123")
        #expect(try Self.printed(.string("abc"), "ID") == "\"abc\"")
        #expect(try Self.printed(.bool(false), "Boolean") == "false")
        #expect(try Self.printed(.null, "Int") == "null")
        #expect(try Self.printed(.null, "Int!") == nil)
        #expect(try Self.printed(.string("DESC"), "Direction") == "DESC")
        #expect(try Self.printed(.string("UP"), "Direction") == nil)
        #expect(try Self.printed(.list([.int(1), .int(2)]), "[Int]") == "[1, 2]")
        #expect(try Self.printed(.int(1), "[Int]") == "1")
        #expect(
            try Self.printed(.object([("direction", .string("DESC")), ("field", .string("date"))]), "Sort")
                == "{field: \"date\", direction: DESC}")
    }

    @Test func contractDefaultPrintsAsIntrospectionShowsIt() throws {
        let schema = try ContractSchemaTests.contractSchema()
        let sort = try #require(schema.type(named: "Account")?.field(named: "orders")?.argument(named: "sort"))
        let defaultValue = try #require(sort.defaultValue)
        let literal = try #require(astFromValue(defaultValue, type: sort.type))
        #expect(Printer.print(literal) == "{field: ORDER_DATE, direction: DESC}")
    }
}
