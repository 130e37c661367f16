import Testing

@testable import GraphQLEngine

/// The introspection types every schema carries, as graphql-core 3.2 defines them.
@Suite struct IntrospectionTypesTests {
    @Test func typesAndFieldsInOrder() throws {
        let shared = IntrospectionSchema.shared
        #expect(
            shared.types.map(\.name) == [
                "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive",
                "__DirectiveLocation",
            ])
        #expect(
            shared.typeType.fields.map(\.name) == [
                "kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues",
                "inputFields", "ofType", "isOneOf",
            ])
        let fields = try #require(shared.typeType.field(named: "fields"))
        #expect(fields.type.description == "[__Field!]")
        #expect(fields.argument(named: "includeDeprecated")?.defaultValue == .bool(false))
        #expect(shared.schemaType.field(named: "types")?.description == "A list of all types supported by this server.")
    }

    @Test func enumsMatchTheSpecification() throws {
        guard case .enumType(let kind)? = IntrospectionSchema.shared.types.first(where: { $0.name == "__TypeKind" }),
            case .enumType(let location)? = IntrospectionSchema.shared.types.first(where: { $0.name == "__DirectiveLocation" })
        else {
            Issue.record("introspection enums missing")
            return
        }
        #expect(kind.values.map(\.name) == GraphQLTypeKind.allCases.map(\.rawValue))
        #expect(location.values.map(\.name) == DirectiveLocation.allCases.map(\.rawValue))
        #expect(kind.value(named: "LIST")?.description == "Indicates this type is a list. `ofType` is a valid field.")
    }

    @Test func everySchemaSharesThem() throws {
        let first = try buildSchema("type Query { a: Int }")
        let second = try buildSchema("type Query { b: String }")
        let schemaA = try #require(first.type(named: "__Schema"))
        let schemaB = try #require(second.type(named: "__Schema"))
        #expect(schemaA == schemaB)
        #expect(first.typeMetaField === second.typeMetaField)
        #expect(first.typeNameMetaField.description == "The name of the current Object type at runtime.")
    }

    @Test func specifiedDirectiveDescriptions() {
        let deprecated = GraphQLDirective.deprecated
        #expect(deprecated.description == "Marks an element of a GraphQL schema as no longer supported.")
        #expect(deprecated.args.first?.defaultValue == .string("No longer supported"))
        #expect(GraphQLDirective.skip.args.first?.description == "Skipped when true.")
        #expect(GraphQLDirective.oneOf.locations == [.inputObject])
        #expect(GraphQLDirective.specifiedBy.args.first?.type.description == "String!")
    }
}
