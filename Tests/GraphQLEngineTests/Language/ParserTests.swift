import Testing

@testable import GraphQLEngine

/// One test per group of productions: each compares the parsed tree with one built by hand.
@Suite struct ParserTests {
    func named(_ name: String) -> TypeReference { .named(NamedType(name: Name(name))) }
    func field(_ name: String, _ selections: NodeList<Selection>? = nil) -> Selection {
        .field(Field(name: Name(name), selectionSet: selections.map { SelectionSet(selections: $0) }))
    }
    func only(_ document: Document) throws -> Definition {
        try #require(document.definitions.count == 1)
        return document.definitions[0]
    }

    @Test func anonymousQueryShorthand() throws {
        let expected = Definition.operation(
            OperationDefinition(operation: .query, selectionSet: SelectionSet(selections: [field("a"), field("b", [field("c")])])))
        #expect(try only(Parser.parse("{ a b { c } }")) == expected)
    }

    @Test func namedOperationsWithVariablesAndDirectives() throws {
        let document = try Parser.parse(
            "mutation Pay($id: ID!, $n: [Int!]! = [1], $o: In = {a: null} @dir(x: 1)) @live { pay(id: $id) }")
        let variables: NodeList = [
            VariableDefinition(variable: Variable(name: Name("id")), type: .nonNull(named("ID"), .synthetic)),
            VariableDefinition(
                variable: Variable(name: Name("n")), type: .nonNull(.list(.nonNull(named("Int"), .synthetic), .synthetic), .synthetic),
                defaultValue: .list([.int("1", .synthetic)], .synthetic)),
            VariableDefinition(
                variable: Variable(name: Name("o")), type: named("In"),
                defaultValue: .object([ObjectField(name: Name("a"), value: .null(.synthetic))], .synthetic),
                directives: [Directive(name: Name("dir"), arguments: [Argument(name: Name("x"), value: .int("1", .synthetic))])]),
        ]
        let pay = Selection.field(
            Field(name: Name("pay"), arguments: [Argument(name: Name("id"), value: .variable(Variable(name: Name("id"))))]))
        let expected = Definition.operation(
            OperationDefinition(
                operation: .mutation, name: Name("Pay"), variableDefinitions: variables, directives: [Directive(name: Name("live"))],
                selectionSet: SelectionSet(selections: [pay])))
        #expect(try only(document) == expected)
        #expect(
            try only(Parser.parse("subscription { s }"))
                == .operation(OperationDefinition(operation: .subscription, selectionSet: SelectionSet(selections: [field("s")]))))
        #expect(
            try only(Parser.parse("query ($v: Int) { a }"))
                == .operation(
                    OperationDefinition(
                        operation: .query,
                        variableDefinitions: [VariableDefinition(variable: Variable(name: Name("v")), type: named("Int"))],
                        selectionSet: SelectionSet(selections: [field("a")]))))
    }

    @Test func aliasesArgumentsAndDirectivesOnFields() throws {
        let selection = try Parser.parse("{ total: sum(of: AMOUNT, in: \"EUR\") @include(if: $x) @skip(if: false) }")
        guard case .operation(let operation) = try only(selection), case .field(let sum) = operation.selectionSet.selections[0] else {
            Issue.record("expected a field")
            return
        }
        #expect(sum.alias == Name("total"))
        #expect(sum.name == Name("sum"))
        #expect(sum.responseKey == "total")
        #expect(
            sum.arguments == [
                Argument(name: Name("of"), value: .enumValue("AMOUNT", .synthetic)),
                Argument(name: Name("in"), value: .string("EUR", block: false, .synthetic)),
            ])
        #expect(sum.directives.map(\.name.value) == ["include", "skip"])
        #expect(sum.selectionSet == nil)
    }

    @Test func fragmentsSpreadsAndInlineFragments() throws {
        let document = try Parser.parse(
            "{ ...F @d ... on T { a } ... @include(if: true) { b } ... { c } } fragment F on T @e { d }")
        guard case .operation(let operation) = document.definitions[0] else {
            Issue.record("expected an operation")
            return
        }
        #expect(
            operation.selectionSet.selections == [
                .fragmentSpread(FragmentSpread(name: Name("F"), directives: [Directive(name: Name("d"))])),
                .inlineFragment(
                    InlineFragment(typeCondition: NamedType(name: Name("T")), selectionSet: SelectionSet(selections: [field("a")]))),
                .inlineFragment(
                    InlineFragment(
                        directives: [
                            Directive(name: Name("include"), arguments: [Argument(name: Name("if"), value: .boolean(true, .synthetic))])
                        ],
                        selectionSet: SelectionSet(selections: [field("b")]))),
                .inlineFragment(InlineFragment(selectionSet: SelectionSet(selections: [field("c")]))),
            ])
        #expect(
            document.definitions[1]
                == .fragment(
                    FragmentDefinition(
                        name: Name("F"), typeCondition: NamedType(name: Name("T")), directives: [Directive(name: Name("e"))],
                        selectionSet: SelectionSet(selections: [field("d")]))))
    }

    @Test func keywordsAreNamesWhereNamesAreExpected() throws {
        let document = try Parser.parse("{ query mutation: fragment on(on: on) ... on on { type } } fragment onFoo on on { a }")
        #expect(document.definitions.count == 2)
        #expect(throws: GraphQLError.self) { try Parser.parse("fragment on on T { a }") }
        #expect(throws: GraphQLError.self) { try Parser.parse("{ ...on }") }
    }

    @Test func valuesInEveryForm() throws {
        let value = try Parser.parseValue("[1, -2.5e3, \"s\", \"\"\"b\"\"\", true, null, RED, $v, [], {}, {a: [{b: 1}]}]")
        let expected = Value.list(
            [
                .int("1", .synthetic), .float("-2.5e3", .synthetic), .string("s", block: false, .synthetic),
                .string("b", block: true, .synthetic), .boolean(true, .synthetic), .null(.synthetic), .enumValue("RED", .synthetic),
                .variable(Variable(name: Name("v"))), .list([], .synthetic), .object([], .synthetic),
                .object(
                    [
                        ObjectField(
                            name: Name("a"),
                            value: .list([.object([ObjectField(name: Name("b"), value: .int("1", .synthetic))], .synthetic)], .synthetic))
                    ], .synthetic),
            ], .synthetic)
        #expect(value == expected)
        #expect(
            try Parser.parseConstValue("{a: [1, B]}")
                == .object(
                    [ObjectField(name: Name("a"), value: .list([.int("1", .synthetic), .enumValue("B", .synthetic)], .synthetic))],
                    .synthetic))
    }

    @Test func typeReferences() throws {
        #expect(try Parser.parseType("Int") == named("Int"))
        #expect(try Parser.parseType("[Int]") == .list(named("Int"), .synthetic))
        #expect(
            try Parser.parseType("[[Int!]]!")
                == .nonNull(.list(.list(.nonNull(named("Int"), .synthetic), .synthetic), .synthetic), .synthetic))
        #expect(try Parser.parseType("[[Int!]]!").namedType.name.value == "Int")
    }

    /// Layers whose locations are far from the named type's, or do not enclose it, are kept in an array: same shape.
    @Test func typeReferenceLayersWithDistantLocations() throws {
        let spaces = String(repeating: " ", count: 70_000)
        let parsed = try Parser.parseType("[\(spaces)Int!]!")
        #expect(parsed == .nonNull(.list(.nonNull(named("Int"), .synthetic), .synthetic), .synthetic))
        #expect(Printer.print(parsed) == "[Int!]!")
        guard case .nonNull(let list, let outer) = parsed.shape, case .list(let inner, let listLoc) = list.shape else {
            Issue.record("not [Int!]!")
            return
        }
        #expect(outer.start == 0 && outer.end == 70_007 && listLoc.start == 0 && listLoc.end == 70_006)
        #expect(inner.isNonNull && inner.loc.start == 70_001 && inner.loc.end == 70_005)
        let built = TypeReference.nonNull(.named(NamedType(name: Name("X"), loc: Location(start: 5, end: 6))), .synthetic)
        #expect(built == .nonNull(named("X"), .synthetic) && built.isNonNull && built.loc.end == 0)
        #expect(built.namedType.loc.start == 5)
    }

    /// Three layers are stored inline and deeper ones in an array: both peel off outermost first, with their locations.
    @Test func typeReferenceLayers() throws {
        let text = "[[[[Int!]]!]]"
        var type = try Parser.parseType(text)
        #expect(Printer.print(type) == text)
        var layers: [String] = []
        while true {
            switch type.shape {
            case .named(let bottom):
                layers.append("\(bottom.name.value)@\(bottom.loc.start)-\(bottom.loc.end)")
                #expect(layers == ["[]@0-13", "[]@1-12", "!@2-11", "[]@2-10", "[]@3-9", "!@4-8", "Int@4-7"])
                #expect(type == named("Int"))
                #expect(type != .nonNull(named("Int"), .synthetic))
                return
            case .list(let inner, let loc):
                layers.append("[]@\(loc.start)-\(loc.end)")
                #expect(!type.isNonNull && type.loc.start == loc.start && type.loc.end == loc.end)
                type = inner
            case .nonNull(let inner, let loc):
                layers.append("!@\(loc.start)-\(loc.end)")
                #expect(type.isNonNull)
                type = inner
            }
        }
    }

    @Test func schemaAndScalarDefinitions() throws {
        let document = try Parser.parse(
            "\"d\" schema @s { query: Q mutation: M subscription: S } \"\"\"x\"\"\" scalar Date @specifiedBy(url: \"u\")")
        #expect(
            document.definitions[0]
                == .schema(
                    SchemaDefinition(
                        description: Description("d"), directives: [Directive(name: Name("s"))],
                        operationTypes: [
                            OperationTypeDefinition(operation: .query, type: NamedType(name: Name("Q"))),
                            OperationTypeDefinition(operation: .mutation, type: NamedType(name: Name("M"))),
                            OperationTypeDefinition(operation: .subscription, type: NamedType(name: Name("S"))),
                        ])))
        guard case .scalar(let scalar) = document.definitions[1] else {
            Issue.record("expected a scalar")
            return
        }
        #expect(scalar.description == Description("x", block: true))
        #expect(scalar.name == Name("Date"))
        #expect(scalar.directives.first?.arguments == [Argument(name: Name("url"), value: .string("u", block: false, .synthetic))])
    }

    @Test func objectAndInterfaceTypes() throws {
        let document = try Parser.parse(
            """
            type T implements & A & B @d {
              "about f" f(a: Int = 1 @x, "about b" b: [String!]): String! @deprecated
            }
            interface I implements A { g: Int }
            type Bare
            """)
        let f = FieldDefinition(
            description: Description("about f"), name: Name("f"),
            arguments: [
                InputValueDefinition(
                    name: Name("a"), type: named("Int"), defaultValue: .int("1", .synthetic), directives: [Directive(name: Name("x"))]),
                InputValueDefinition(
                    description: Description("about b"), name: Name("b"), type: .list(.nonNull(named("String"), .synthetic), .synthetic)),
            ],
            type: .nonNull(named("String"), .synthetic), directives: [Directive(name: Name("deprecated"))])
        #expect(
            document.definitions[0]
                == .object(
                    ObjectTypeDefinition(
                        name: Name("T"), interfaces: [NamedType(name: Name("A")), NamedType(name: Name("B"))],
                        directives: [Directive(name: Name("d"))], fields: [f])))
        #expect(
            document.definitions[1]
                == .interface(
                    InterfaceTypeDefinition(
                        name: Name("I"), interfaces: [NamedType(name: Name("A"))],
                        fields: [FieldDefinition(name: Name("g"), type: named("Int"))])))
        #expect(document.definitions[2] == .object(ObjectTypeDefinition(name: Name("Bare"))))
    }

    @Test func unionsEnumsAndInputs() throws {
        let document = try Parser.parse(
            "union U @d = | A | B union V = C union W enum E { \"one\" ONE @x TWO } enum F input I { a: Int = 1, b: [E!]! = [ONE] @y } input J"
        )
        #expect(
            document.definitions[0]
                == .union(
                    UnionTypeDefinition(
                        name: Name("U"), directives: [Directive(name: Name("d"))],
                        types: [NamedType(name: Name("A")), NamedType(name: Name("B"))])))
        #expect(document.definitions[1] == .union(UnionTypeDefinition(name: Name("V"), types: [NamedType(name: Name("C"))])))
        #expect(document.definitions[2] == .union(UnionTypeDefinition(name: Name("W"))))
        #expect(
            document.definitions[3]
                == .enumType(
                    EnumTypeDefinition(
                        name: Name("E"),
                        values: [
                            EnumValueDefinition(
                                description: Description("one"), name: Name("ONE"), directives: [Directive(name: Name("x"))]),
                            EnumValueDefinition(name: Name("TWO")),
                        ])))
        #expect(document.definitions[4] == .enumType(EnumTypeDefinition(name: Name("F"))))
        #expect(
            document.definitions[5]
                == .inputObject(
                    InputObjectTypeDefinition(
                        name: Name("I"),
                        fields: [
                            InputValueDefinition(name: Name("a"), type: named("Int"), defaultValue: .int("1", .synthetic)),
                            InputValueDefinition(
                                name: Name("b"), type: .nonNull(.list(.nonNull(named("E"), .synthetic), .synthetic), .synthetic),
                                defaultValue: .list([.enumValue("ONE", .synthetic)], .synthetic), directives: [Directive(name: Name("y"))]),
                        ])))
        #expect(document.definitions[6] == .inputObject(InputObjectTypeDefinition(name: Name("J"))))
    }

    @Test func directiveDefinitions() throws {
        let document = try Parser.parse(
            "\"doc\" directive @a(x: Int = 2) repeatable on | FIELD | QUERY directive @b on SCHEMA directive @repeatable on ENUM_VALUE")
        #expect(
            document.definitions[0]
                == .directive(
                    DirectiveDefinition(
                        description: Description("doc"), name: Name("a"),
                        arguments: [InputValueDefinition(name: Name("x"), type: named("Int"), defaultValue: .int("2", .synthetic))],
                        repeatable: true, locations: [Name("FIELD"), Name("QUERY")])))
        #expect(document.definitions[1] == .directive(DirectiveDefinition(name: Name("b"), locations: [Name("SCHEMA")])))
        #expect(document.definitions[2] == .directive(DirectiveDefinition(name: Name("repeatable"), locations: [Name("ENUM_VALUE")])))
        for location in DirectiveLocation.allCases {
            _ = try Parser.parse("directive @d on \(location.rawValue)")
        }
    }

    @Test func extensions() throws {
        let document = try Parser.parse(
            """
            extend schema @a { query: Q }
            extend scalar S @b
            extend type T implements I @c { f: Int }
            extend interface J implements K
            extend union U = A | B
            extend enum E { X }
            extend input In @d
            """)
        #expect(
            document.definitions == [
                .schemaExtension(
                    SchemaExtension(
                        directives: [Directive(name: Name("a"))],
                        operationTypes: [OperationTypeDefinition(operation: .query, type: NamedType(name: Name("Q")))])),
                .scalarExtension(ScalarTypeExtension(name: Name("S"), directives: [Directive(name: Name("b"))])),
                .objectExtension(
                    ObjectTypeExtension(
                        name: Name("T"), interfaces: [NamedType(name: Name("I"))], directives: [Directive(name: Name("c"))],
                        fields: [FieldDefinition(name: Name("f"), type: named("Int"))])),
                .interfaceExtension(InterfaceTypeExtension(name: Name("J"), interfaces: [NamedType(name: Name("K"))])),
                .unionExtension(UnionTypeExtension(name: Name("U"), types: [NamedType(name: Name("A")), NamedType(name: Name("B"))])),
                .enumExtension(EnumTypeExtension(name: Name("E"), values: [EnumValueDefinition(name: Name("X"))])),
                .inputObjectExtension(InputObjectTypeExtension(name: Name("In"), directives: [Directive(name: Name("d"))])),
            ])
        #expect(!document.definitions.contains { $0.isExecutable })
    }

    @Test func mixedDocumentsKeepTheirOrder() throws {
        let document = try Parser.parse("type Q { a: Int } { a } fragment F on Q { a } extend type Q @x query N { a }")
        #expect(document.definitions.map(\.isExecutable) == [false, true, true, false, true])
    }

    @Test func sourceFromBytesParsesLikeText() throws {
        let text = "query Q { a(b: \"é\") }"
        #expect(try Parser.parse(Source(bytes: Array(text.utf8), name: "bytes.graphql")) == Parser.parse(text))
    }
}
