import Testing

@testable import GraphQLEngine

/// Each SDL or type-system rule a schema can break, with graphql-js's message.
@Suite struct SchemaRuleTests {
    /// The messages `buildSchema` throws for the SDL; empty when it builds.
    static func messages(_ sdl: String) -> [String] {
        do {
            _ = try buildSchema(sdl)
            return []
        } catch {
            return error.messages
        }
    }

    static let sdlRuleCases: [(String, [String])] = [
        ("type Query { a: Foo }", ["Unknown type \"Foo\"."]),
        (
            "type Query { a: Strin b: Quer }",
            ["Unknown type \"Strin\". Did you mean \"String\"?", "Unknown type \"Quer\". Did you mean \"Query\"?"]
        ),
        ("schema { query: Q } type Query { a: Int }", ["Unknown type \"Q\"."]),
        ("type Query { a: Int } type Query { b: Int }", ["There can be only one type named \"Query\"."]),
        (
            "type Query { a: Int } schema { query: Query } schema { query: Query }",
            ["Must provide only one schema definition.", "There can be only one query type in schema."]
        ),
        (
            "type Query { a: Int } schema { query: Query mutation: Query mutation: Query }",
            ["There can be only one mutation type in schema."]
        ),
        ("type Query { a: Int } enum E { A A }", ["Enum value \"E.A\" can only be defined once."]),
        ("type Query { a: Int } enum E { A } extend enum E { A }", ["Enum value \"E.A\" can only be defined once."]),
        ("type Query { a: Int a: String }", ["Field \"Query.a\" can only be defined once."]),
        ("type Query { a: Int } extend type Query { a: Int }", ["Field \"Query.a\" can only be defined once."]),
        ("type Query { a(x: Int, x: Int): Int }", ["Argument \"Query.a(x:)\" can only be defined once."]),
        ("type Query { a: Int } directive @d(x: Int, x: Int) on FIELD", ["Argument \"@d(x:)\" can only be defined once."]),
        ("type Query { a: Int } directive @d on FIELD directive @d on FIELD", ["There can be only one directive named \"@d\"."]),
        ("type Query { a: Int @unknown }", ["Unknown directive \"@unknown\"."]),
        ("type Query @deprecated { a: Int }", ["Directive \"@deprecated\" may not be used on OBJECT."]),
        ("type Query { a: Int @deprecated @deprecated }", ["The directive \"@deprecated\" can only be used once at this location."]),
        ("type Query { a: Int } extend type Foo { b: Int }", ["Cannot extend type \"Foo\" because it is not defined."]),
        (
            "type Query { a: Int } extend type Quer { b: Int }",
            ["Cannot extend type \"Quer\" because it is not defined. Did you mean \"Query\"?"]
        ),
        ("type Query { a: Int } scalar S extend type S { b: Int }", ["Cannot extend non-object type \"S\"."]),
        ("type Query { a: Int } extend input Query { b: Int }", ["Cannot extend non-input object type \"Query\"."]),
        (
            "type Query { a: Int @deprecated(reasn: \"\") }",
            ["Unknown argument \"reasn\" on directive \"@deprecated\". Did you mean \"reason\"?"]
        ),
        ("type Query { a: Int @deprecated(reason: \"a\", reason: \"b\") }", ["There can be only one argument named \"reason\"."]),
        ("type Query { a(i: In = {x: 1, x: 2}): Int } input In { x: Int }", ["There can be only one input field named \"x\"."]),
        (
            "scalar S @specifiedBy type Query { a: S }",
            ["Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided."]
        ),
        (
            "type Query { a: Int } directive @d(x: Int!) on FIELD_DEFINITION type O { a: Int @d }",
            ["Directive \"@d\" argument \"x\" of type \"Int!\" is required, but it was not provided."]
        ),
        ("type Query { a: Int @deprecated(reason: 1) }", ["Argument \"reason\" has invalid value 1."]),
        (
            "type Query @d { a: Int } extend type Query @d directive @d on OBJECT",
            ["The directive \"@d\" can only be used once at this location."]
        ),
        ("type Query @d { a: Int } extend type Query @d directive @d repeatable on OBJECT", []),
        (
            "type Query { a: Int } schema @d { query: Query } extend schema @d directive @d on SCHEMA",
            ["The directive \"@d\" can only be used once at this location."]
        ),
        ("type Query { a(x: Int @d): Int } directive @d on FIELD_DEFINITION", ["Directive \"@d\" may not be used on ARGUMENT_DEFINITION."]),
        ("type Query { a: Int } enum E { A @d } directive @d on ENUM", ["Directive \"@d\" may not be used on ENUM_VALUE."]),
        (
            "type Query { a: Int } input I { x: Int @d } directive @d on ARGUMENT_DEFINITION",
            ["Directive \"@d\" may not be used on INPUT_FIELD_DEFINITION."]
        ),
        ("type Query { a: Int } extend scalar Int @d directive @d on SCALAR", ["Cannot extend type \"Int\" because it is not defined."]),
        ("type Query { a: Int } type Query2 implements Nope { a: Int }", ["Unknown type \"Nope\"."]),
        ("scalar String type Query { a: String }", []),
        ("type Query { a: Int } directive @d(x: In = {y: 1}) on FIELD input In { y: Int z: Int = 2 }", []),
    ]

    @Test(arguments: sdlRuleCases) func sdlRules(sdl: String, expected: [String]) {
        #expect(Self.messages(sdl) == expected)
    }

    static let typeRuleCases: [(String, [String])] = [
        (
            "type Query { a: Int } interface Node { id: ID! } type User implements Node { name: String }",
            ["Interface field Node.id expected but User does not provide it."]
        ),
        (
            "type Query { a: Int } input A { b: B! } input B { a: A! }",
            ["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"."]
        ),
        (
            "type Query { a: Int } input A { b: A! }",
            ["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b\"."]
        ),
        ("type Query { a: Int } input A { b: A c: [A!]! }", []),
        ("type Query", ["Type Query must define one or more fields."]),
        ("type Query { a: In } input In { x: Int }", ["The type of Query.a must be Output Type but got: In."]),
        ("type Query { a(x: Query): Int }", ["The type of Query.a(x:) must be Input Type but got: Query."]),
        ("type Query { a: Int } input In { q: [Query] }", ["The type of In.q must be Input Type but got: [Query]."]),
        ("type Query { a: Int } directive @d(x: Query) on FIELD", ["The type of @d(x:) must be Input Type but got: Query."]),
        (
            "type Query { a: Int } union U = Query | In input In { x: Int }",
            ["Union type U can only include Object types, it cannot include In."]
        ),
        ("type Query { a: Int } union U", ["Union type U must define one or more member types."]),
        ("type Query { a: Int } union U = Query | Query", ["Union type U can only include type Query once."]),
        ("schema { query: In } input In { x: Int }", ["Query root type must be Object type, it cannot be In."]),
        (
            "schema { query: Query mutation: In } type Query { a: Int } input In { x: Int }",
            ["Mutation root type must be Object type if provided, it cannot be In."]
        ),
        ("type Mutation { a: Int }", ["Query root type must be provided."]),
        ("type Query { __a: Int }", ["Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection."]),
        (
            "type __Foo { a: Int } type Query { a: Int }",
            ["Name \"__Foo\" must not begin with \"__\", which is reserved by GraphQL introspection."]
        ),
        (
            "type Query { a: Int } directive @__d on FIELD",
            ["Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection."]
        ),
        ("type Query { a: Int } enum E", ["Enum type E must define one or more values."]),
        ("type Query { a: Int } input I", ["Input Object type I must define one or more fields."]),
        (
            "type Query { a: Int } input I @oneOf { a: Int! b: Int = 3 }",
            ["OneOf input field I.a must be nullable.", "OneOf input field I.b cannot have a default value."]
        ),
        ("type Query { a(x: Int! @deprecated): Int }", ["Required argument Query.a(x:) cannot be deprecated."]),
        ("type Query { a(x: Int! = 1 @deprecated): Int }", []),
        ("type Query { a: Int } input I { x: Int! @deprecated }", ["Required input field I.x cannot be deprecated."]),
        ("type Query { a: Int } directive @d(x: Int! @deprecated) on FIELD", ["Required argument @d(x:) cannot be deprecated."]),
        (
            "type Query { a: Int } interface I { a(x: Int): Int } type O implements I { a: String }",
            [
                "Interface field I.a expects type Int but O.a is type String.",
                "Interface field argument I.a(x:) expected but O.a does not provide it.",
            ]
        ),
        (
            "type Query { a: Int } interface I { a(x: Int): Int } type O implements I { a(x: String): Int }",
            ["Interface field argument I.a(x:) expects type Int but O.a(x:) is type String."]
        ),
        (
            "type Query { a: Int } interface I { a: Int } type O implements I { a(y: Int!): Int }",
            ["Object field O.a includes required argument y that is missing from the Interface field I.a."]
        ),
        ("type Query { a: Int } interface I { a: Int } type O implements I & I { a: Int }", ["Type O can only implement I once."]),
        (
            "type Query { a: Int } type O implements Query { a: Int }",
            ["Type O must only implement Interface types, it cannot implement Query."]
        ),
        (
            "type Query { a: Int } interface I implements I { a: Int }",
            ["Type I cannot implement itself because it would create a circular reference."]
        ),
        (
            "type Query { a: Int } interface I { a: Int } interface J implements I { a: Int } type O implements J { a: Int }",
            ["Type O must implement I because it is implemented by J."]
        ),
        (
            "type Query { a: Int } interface I { a: [Int] } type O implements I { a: Int }",
            ["Interface field I.a expects type [Int] but O.a is type Int."]
        ),
        ("type Query { a: Int } interface I { a: Int } type O implements I { a: Int! }", []),
        ("type Query { a: Int } interface I { a: I } type O implements I { a: O }", []),
        ("type Query { a: Int } extend schema { query: Query }", []),
        (
            "interface I { a: Int } type Query implements I { a: Int } union U = Query extend union U = I",
            ["Union type U can only include Object types, it cannot include I."]
        ),
        ("type Query { a: Int } schema { query: Query } extend schema { query: Query }", ["There can be only one query type in schema."]),
    ]

    @Test(arguments: typeRuleCases) func typeRules(sdl: String, expected: [String]) {
        #expect(Self.messages(sdl) == expected)
    }

    @Test func errorsCarryLocations() {
        do {
            _ = try buildSchema("type Query {\n  a: Foo\n}")
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.first?.locations == [SourceLocation(line: 2, column: 6)])
        }
    }

    @Test func redefinedStandardScalarStaysBuiltIn() throws {
        let schema = try buildSchema("scalar String type Query { a: String }")
        guard case .scalar(let string)? = schema.type(named: "String") else {
            Issue.record("String missing")
            return
        }
        #expect(string === GraphQLScalarType.string)
    }

    @Test func directiveArgumentDefaultsAreCoerced() throws {
        let schema = try buildSchema(
            "type Query { a: Int } directive @d(x: In = {y: 1}) on FIELD input In { y: Int z: Int = 2 }")
        #expect(schema.directive(named: "d")?.argument(named: "x")?.defaultValue == .object([("y", .int(1)), ("z", .int(2))]))
    }

    @Test func syntaxErrorsAreSchemaErrors() {
        #expect(Self.messages("type Query { a: Int = 1 }") == ["Syntax Error: Expected Name, found \"=\"."])
    }
}
