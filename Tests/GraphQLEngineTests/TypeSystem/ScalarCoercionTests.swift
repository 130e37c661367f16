import Testing

@testable import GraphQLEngine

/// The specified scalars' coercions and graphql-js's messages for values they refuse.
@Suite struct ScalarCoercionTests {
    static func parseValueMessage(_ scalar: GraphQLScalarType, _ value: JSONValue) -> String? {
        do {
            _ = try scalar.parseValue(value)
            return nil
        } catch {
            return error.message
        }
    }

    static func parseLiteralMessage(_ scalar: GraphQLScalarType, _ text: String) throws -> String? {
        let literal = try Parser.parseValue(text)
        do {
            _ = try scalar.parseLiteral(literal)
            return nil
        } catch {
            return error.message
        }
    }

    static func serializeMessage(_ scalar: GraphQLScalarType, _ value: JSONValue) -> String? {
        do {
            _ = try scalar.serialize(value)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func intInput() throws {
        #expect(try GraphQLScalarType.int.parseValue(.int(2_147_483_647)) == .int(2_147_483_647))
        #expect(try GraphQLScalarType.int.parseValue(.double(3)) == .int(3))
        #expect(Self.parseValueMessage(.int, .double(1.5)) == "Int cannot represent non-integer value: 1.5")
        #expect(
            Self.parseValueMessage(.int, .int(2_147_483_648))
                == "Int cannot represent non 32-bit signed integer value: 2147483648")
        #expect(
            Self.parseValueMessage(.int, .int(-2_147_483_649))
                == "Int cannot represent non 32-bit signed integer value: -2147483649")
        #expect(
            Self.parseValueMessage(.int, .double(1e10))
                == "Int cannot represent non 32-bit signed integer value: 10000000000")
        #expect(Self.parseValueMessage(.int, .string("1")) == "Int cannot represent non-integer value: \"1\"")
        #expect(Self.parseValueMessage(.int, .list([.int(1), .int(2)])) == "Int cannot represent non-integer value: [1, 2]")
        #expect(Self.parseValueMessage(.int, .object([("a", .int(1))])) == "Int cannot represent non-integer value: { a: 1 }")
        #expect(Self.parseValueMessage(.int, .null) == "Int cannot represent non-integer value: null")
        #expect(try Self.parseLiteralMessage(.int, "1.5") == "Int cannot represent non-integer value: 1.5")
        #expect(
            try Self.parseLiteralMessage(.int, "2147483648")
                == "Int cannot represent non 32-bit signed integer value: 2147483648")
        #expect(try Self.parseLiteralMessage(.int, "\"abc\"") == "Int cannot represent non-integer value: \"abc\"")
        #expect(try GraphQLScalarType.int.parseLiteral(Parser.parseValue("-2147483648")) == .int(-2_147_483_648))
    }

    @Test func intOutput() throws {
        #expect(try GraphQLScalarType.int.serialize(.bool(true)) == .int(1))
        #expect(try GraphQLScalarType.int.serialize(.string("12")) == .int(12))
        #expect(try GraphQLScalarType.int.serialize(.double(4.0)) == .int(4))
        #expect(Self.serializeMessage(.int, .string("1.5")) == "Int cannot represent non-integer value: \"1.5\"")
        #expect(Self.serializeMessage(.int, .string("")) == "Int cannot represent non-integer value: \"\"")
        #expect(
            Self.serializeMessage(.int, .int(3_000_000_000))
                == "Int cannot represent non 32-bit signed integer value: 3000000000")
    }

    @Test func floatCoercion() throws {
        #expect(try GraphQLScalarType.float.parseValue(.int(1)) == .double(1))
        #expect(try GraphQLScalarType.float.parseLiteral(Parser.parseValue("1")) == .double(1))
        #expect(try GraphQLScalarType.float.parseLiteral(Parser.parseValue("-1.5e3")) == .double(-1500))
        #expect(Self.parseValueMessage(.float, .string("1.5")) == "Float cannot represent non numeric value: \"1.5\"")
        #expect(Self.parseValueMessage(.float, .bool(true)) == "Float cannot represent non numeric value: true")
        #expect(try Self.parseLiteralMessage(.float, "\"1\"") == "Float cannot represent non numeric value: \"1\"")
        #expect(try Self.parseLiteralMessage(.float, "ONE") == "Float cannot represent non numeric value: ONE")
        #expect(try GraphQLScalarType.float.serialize(.string("2.5")) == .double(2.5))
        #expect(Self.serializeMessage(.float, .string("abc")) == "Float cannot represent non numeric value: \"abc\"")
        #expect(Self.serializeMessage(.float, .double(.infinity)) == "Float cannot represent non numeric value: Infinity")
    }

    @Test func stringCoercion() throws {
        #expect(Self.parseValueMessage(.string, .int(1)) == "String cannot represent a non string value: 1")
        #expect(Self.parseValueMessage(.string, .bool(true)) == "String cannot represent a non string value: true")
        #expect(try Self.parseLiteralMessage(.string, "1") == "String cannot represent a non string value: 1")
        #expect(try Self.parseLiteralMessage(.string, "[\"a\"]") == "String cannot represent a non string value: [\"a\"]")
        #expect(try GraphQLScalarType.string.parseLiteral(Parser.parseValue("\"\"\"block\"\"\"")) == .string("block"))
        #expect(try GraphQLScalarType.string.serialize(.bool(false)) == .string("false"))
        #expect(try GraphQLScalarType.string.serialize(.int(42)) == .string("42"))
        #expect(try GraphQLScalarType.string.serialize(.double(2.0)) == .string("2"))
        #expect(try GraphQLScalarType.string.serialize(.double(2.5)) == .string("2.5"))
        #expect(Self.serializeMessage(.string, .list([])) == "String cannot represent value: []")
    }

    @Test func booleanCoercion() throws {
        #expect(Self.parseValueMessage(.boolean, .int(1)) == "Boolean cannot represent a non boolean value: 1")
        #expect(try Self.parseLiteralMessage(.boolean, "\"true\"") == "Boolean cannot represent a non boolean value: \"true\"")
        #expect(try GraphQLScalarType.boolean.serialize(.int(0)) == .bool(false))
        #expect(try GraphQLScalarType.boolean.serialize(.double(0.5)) == .bool(true))
        #expect(Self.serializeMessage(.boolean, .string("true")) == "Boolean cannot represent a non boolean value: \"true\"")
    }

    @Test func idCoercion() throws {
        #expect(try GraphQLScalarType.id.parseValue(.int(123)) == .string("123"))
        #expect(try GraphQLScalarType.id.parseValue(.string("abc")) == .string("abc"))
        #expect(Self.parseValueMessage(.id, .bool(true)) == "ID cannot represent value: true")
        #expect(Self.parseValueMessage(.id, .double(1.5)) == "ID cannot represent value: 1.5")
        #expect(try GraphQLScalarType.id.parseLiteral(Parser.parseValue("-7")) == .string("-7"))
        #expect(
            try Self.parseLiteralMessage(.id, "1.5") == "ID cannot represent a non-string and non-integer value: 1.5")
        #expect(try GraphQLScalarType.id.serialize(.int(5)) == .string("5"))
        #expect(Self.serializeMessage(.id, .bool(false)) == "ID cannot represent value: false")
    }

    @Test func customScalarsPassThroughOrUseSuppliedCoercion() throws {
        let strictDate = ScalarCoercion(parseValue: { value throws(GraphQLError) in
            guard case .string(let text) = value, text.count == 10 else {
                throw GraphQLError("Date must be YYYY-MM-DD")
            }
            return value
        })
        let schema = try buildSchema(
            "scalar Date scalar Decimal @specifiedBy(url: \"https://example.com/decimal\") type Query { a(d: Date, n: Decimal): Int }",
            scalars: ["Date": strictDate])
        guard case .scalar(let date)? = schema.type(named: "Date"), case .scalar(let decimal)? = schema.type(named: "Decimal")
        else {
            Issue.record("scalars missing")
            return
        }
        #expect(Self.parseValueMessage(date, .string("2026")) == "Date must be YYYY-MM-DD")
        #expect(try date.parseLiteral(Parser.parseValue("\"2026-11-27\"")) == .string("2026-11-27"))
        #expect(Self.parseValueMessage(date, .int(5)) == "Date must be YYYY-MM-DD")
        #expect(try decimal.parseValue(.object([("x", .int(1))])) == .object([("x", .int(1))]))
        #expect(try decimal.parseLiteral(Parser.parseValue("{x: [1, true]}")) == .object([("x", .list([.int(1), .bool(true)]))]))
        #expect(decimal.specifiedByURL == "https://example.com/decimal")
        #expect(date.specifiedByURL == nil)
    }

    @Test func enumCoercion() throws {
        let schema = try buildSchema("type Query { a: Role } enum Role { MEMBER BILLING_ADMIN }")
        guard case .enumType(let role)? = schema.type(named: "Role") else {
            Issue.record("Role missing")
            return
        }
        #expect(try role.parseValue(.string("MEMBER")) == .string("MEMBER"))
        #expect(try role.parseLiteral(Parser.parseValue("BILLING_ADMIN")) == .string("BILLING_ADMIN"))
        #expect(throws: GraphQLError("Value \"MEMBR\" does not exist in \"Role\" enum. Did you mean the enum value \"MEMBER\"?")) {
            try role.parseValue(.string("MEMBR"))
        }
        #expect(throws: GraphQLError("Value \"x\" does not exist in \"Role\" enum.")) { try role.parseValue(.string("x")) }
        #expect(throws: GraphQLError("Enum \"Role\" cannot represent non-string value: 1.")) { try role.parseValue(.int(1)) }
        #expect(
            throws: GraphQLError(
                "Enum \"Role\" cannot represent non-enum value: \"MEMBER\". Did you mean the enum value \"MEMBER\"?")
        ) { try role.parseLiteral(Parser.parseValue("\"MEMBER\"")) }
        #expect(throws: GraphQLError("Enum \"Role\" cannot represent value: \"ADMIN\"")) { try role.serialize(.string("ADMIN")) }
    }
}
