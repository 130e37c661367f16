import Testing

@testable import GraphQLEngine

/// `extend` of every kind in the same SDL, descriptions and deprecations.
@Suite struct SchemaExtensionTests {
    static let sdl = """
        "The schema."
        schema { query: Query }
        extend schema @tag(name: "root") { mutation: Mutation }
        directive @tag(name: String!) repeatable on SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT

        "Entry point."
        type Query {
          "Old way."
          old: Int @deprecated
          older(arg: Int @deprecated(reason: "use other")): Int @deprecated(reason: "Use `new`.")
        }
        extend type Query implements Named @tag(name: "q") { name: String! new: Int }
        type Mutation { noop: Boolean }

        scalar Stamp
        extend scalar Stamp @specifiedBy(url: "https://example.com/stamp") @tag(name: "s")

        interface Named { name: String! }
        interface Aged { age: Int }
        extend interface Aged implements Named { name: String! }

        type Cat implements Named { name: String! }
        type Dog implements Named & Aged { name: String! age: Int }
        union Pet = Cat
        extend union Pet @tag(name: "u") = Dog

        enum Size { SMALL }
        extend enum Size { LARGE @deprecated(reason: "too big") HUGE }

        input Filter { size: Size = SMALL }
        extend input Filter @tag(name: "i") { stamp: Stamp minAge: Int = 1 @deprecated }
        """

    static func built() throws -> GraphQLSchema { try buildSchema(sdl) }

    @Test func schemaExtensionAddsRootAndDirective() throws {
        let schema = try Self.built()
        #expect(schema.description == "The schema.")
        #expect(schema.mutationType?.name == "Mutation")
        #expect(schema.appliedDirectives.first?.argument("name") == .string("root"))
        #expect(schema.extensionASTNodes.count == 1)
    }

    @Test func objectExtensionAppendsFieldsAndInterfaces() throws {
        let schema = try Self.built()
        let query = try #require(schema.queryType)
        #expect(query.description == "Entry point.")
        #expect(query.fields.map(\.name) == ["old", "older", "name", "new"])
        #expect(query.fields.map(\.index) == [0, 1, 2, 3])
        #expect(query.interfaces.map(\.name) == ["Named"])
        #expect(query.directive(named: "tag")?.argument("name") == .string("q"))
        let named = try #require(schema.type(named: "Named"))
        #expect(schema.isPossibleType(abstract: named, object: query))
    }

    @Test func interfaceExtension() throws {
        let schema = try Self.built()
        guard case .interface(let aged)? = schema.type(named: "Aged"), case .interface(let named)? = schema.type(named: "Named")
        else {
            Issue.record("interfaces missing")
            return
        }
        #expect(aged.fields.map(\.name) == ["age", "name"])
        #expect(aged.interfaces.map(\.name) == ["Named"])
        #expect(schema.implementations(of: named).interfaces.map(\.name) == ["Aged"])
        #expect(schema.implementations(of: named).objects.map(\.name) == ["Query", "Cat", "Dog"])
        #expect(schema.isSubType(abstract: .interface(named), maybeSub: .interface(aged)))
    }

    @Test func unionScalarEnumInputExtensions() throws {
        let schema = try Self.built()
        let pet = try #require(schema.type(named: "Pet"))
        #expect(schema.possibleTypes(of: pet).map(\.name) == ["Cat", "Dog"])
        #expect(pet.appliedDirectives.map(\.name) == ["tag"])
        guard case .scalar(let stamp)? = schema.type(named: "Stamp"), case .enumType(let size)? = schema.type(named: "Size"),
            case .inputObject(let filter)? = schema.type(named: "Filter")
        else {
            Issue.record("types missing")
            return
        }
        #expect(stamp.specifiedByURL == "https://example.com/stamp")
        #expect(stamp.appliedDirectives.map(\.name) == ["specifiedBy", "tag"])
        #expect(size.values.map(\.name) == ["SMALL", "LARGE", "HUGE"])
        #expect(filter.fields.map(\.name) == ["size", "stamp", "minAge"])
        #expect(filter.fields.map(\.index) == [0, 1, 2])
        #expect(filter.field(named: "size")?.defaultValue == .string("SMALL"))
        #expect(filter.directive(named: "tag") != nil)
    }

    @Test func deprecations() throws {
        let schema = try Self.built()
        let query = try #require(schema.queryType)
        #expect(query.field(named: "old")?.deprecationReason == "No longer supported")
        #expect(query.field(named: "old")?.description == "Old way.")
        #expect(query.field(named: "older")?.deprecationReason == "Use `new`.")
        #expect(query.field(named: "older")?.argument(named: "arg")?.deprecationReason == "use other")
        #expect(query.field(named: "new")?.isDeprecated == false)
        guard case .enumType(let size)? = schema.type(named: "Size"), case .inputObject(let filter)? = schema.type(named: "Filter")
        else { return }
        #expect(size.value(named: "LARGE")?.deprecationReason == "too big")
        #expect(size.value(named: "HUGE")?.isDeprecated == false)
        #expect(filter.field(named: "minAge")?.deprecationReason == "No longer supported")
    }

    @Test func rootTypesByConventionalNames() throws {
        let schema = try buildSchema("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }")
        #expect(schema.queryType?.name == "Query")
        #expect(schema.mutationType?.name == "Mutation")
        #expect(schema.subscriptionType?.name == "Subscription")
        let explicit = try buildSchema("schema { query: Root } type Root { a: Int } type Mutation { b: Int }")
        #expect(explicit.queryType?.name == "Root")
        #expect(explicit.mutationType == nil)
    }

    @Test func typeOrderFollowsGraphQLJS() throws {
        let schema = try buildSchema(
            "type Query { a: Int b: Foo } type Foo { x: String y: Bar } enum Bar { A } scalar Unused input In { s: Float }")
        #expect(
            schema.types.map(\.name) == [
                "Query", "Int", "Foo", "String", "Bar", "Unused", "In", "Float", "Boolean", "__Schema", "__Type",
                "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
            ])
        let forward = try buildSchema("type Query { b: Foo a: Int } type Foo { x: String }")
        #expect(forward.types.prefix(5).map(\.name) == ["Query", "Int", "Foo", "String", "Boolean"])
    }
}
