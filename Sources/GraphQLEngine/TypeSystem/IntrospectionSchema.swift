/// The introspection types and meta fields, shared by every schema.
///
/// They are written in SDL with graphql-js 16's (and graphql-core 3.2's) exact descriptions, fields and
/// order, and built once with the schema builder. Built once and never mutated afterwards.
///
/// ```swift
/// IntrospectionSchema.shared.schemaType.name  // "__Schema"
/// ```
public final class IntrospectionSchema: Sendable {
    public static let shared = IntrospectionSchema()

    /// `__Schema`, `__Type`, `__TypeKind`, `__Field`, `__InputValue`, `__EnumValue`, `__Directive`,
    /// `__DirectiveLocation`, in graphql-js order.
    public let types: [GraphQLNamedType]
    public let schemaType: GraphQLNamedType
    public let typeType: GraphQLNamedType
    /// `__typename: String!`
    public let typeNameMetaField: GraphQLField
    /// `__schema: __Schema!`
    public let schemaMetaField: GraphQLField
    /// `__type(name: String!): __Type`
    public let typeMetaField: GraphQLField

    /// The specified scalars and the introspection types: what any SDL may name without defining.
    static let standardTypes: [String: GraphQLNamedType] = {
        var types = specifiedScalarTypes
        for type in shared.types { types[type.name] = type }
        return types
    }()

    static let specifiedScalarTypes: [String: GraphQLNamedType] = Dictionary(
        uniqueKeysWithValues: GraphQLScalarType.specifiedScalars.map { ($0.name, .scalar($0)) })

    private init() {
        let document: Document
        do {
            document = try Parser.parse(Self.sdl)
        } catch {
            fatalError("introspection SDL does not parse: \(error)")
        }
        var builder = SchemaBuilder(
            document: document, source: nil, scalarCoercions: [:], standardTypes: Self.specifiedScalarTypes)
        do {
            types = try builder.buildTypesOnly()
        } catch {
            fatalError("introspection SDL does not build: \(error)")
        }
        let byName = Dictionary(uniqueKeysWithValues: types.map { ($0.name, $0) })
        schemaType = byName["__Schema"]!
        typeType = byName["__Type"]!
        typeNameMetaField = GraphQLField(
            name: "__typename", type: .nonNull(.named(.scalar(.string))),
            description: "The name of the current Object type at runtime.")
        schemaMetaField = GraphQLField(
            name: "__schema", type: .nonNull(.named(schemaType)),
            description: "Access the current type schema of this server.")
        typeMetaField = GraphQLField(
            name: "__type", type: .named(typeType), description: "Request the type information of a single type.")
        typeMetaField.args = [GraphQLArgument(name: "name", type: .nonNull(.named(.scalar(.string))))]
    }

    /// True for a type named with the `__` prefix that is one of these instances.
    public func isIntrospectionType(_ type: GraphQLNamedType) -> Bool {
        types.contains { $0 == type }
    }

    static let sdl = #"""
        """
        A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.
        """
        type __Schema {
          description: String

          """A list of all types supported by this server."""
          types: [__Type!]!

          """The type that query operations will be rooted at."""
          queryType: __Type!

          """
          If this server supports mutation, the type that mutation operations will be rooted at.
          """
          mutationType: __Type

          """
          If this server supports subscription, the type that subscription operations will be rooted at.
          """
          subscriptionType: __Type

          """A list of all directives supported by this server."""
          directives: [__Directive!]!
        }

        """
        The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.

        Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
        """
        type __Type {
          kind: __TypeKind!
          name: String
          description: String
          specifiedByURL: String
          fields(includeDeprecated: Boolean = false): [__Field!]
          interfaces: [__Type!]
          possibleTypes: [__Type!]
          enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
          inputFields(includeDeprecated: Boolean = false): [__InputValue!]
          ofType: __Type
          isOneOf: Boolean
        }

        """An enum describing what kind of type a given `__Type` is."""
        enum __TypeKind {
          """Indicates this type is a scalar."""
          SCALAR

          """
          Indicates this type is an object. `fields` and `interfaces` are valid fields.
          """
          OBJECT

          """
          Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.
          """
          INTERFACE

          """Indicates this type is a union. `possibleTypes` is a valid field."""
          UNION

          """Indicates this type is an enum. `enumValues` is a valid field."""
          ENUM

          """
          Indicates this type is an input object. `inputFields` is a valid field.
          """
          INPUT_OBJECT

          """Indicates this type is a list. `ofType` is a valid field."""
          LIST

          """Indicates this type is a non-null. `ofType` is a valid field."""
          NON_NULL
        }

        """
        Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.
        """
        type __Field {
          name: String!
          description: String
          args(includeDeprecated: Boolean = false): [__InputValue!]!
          type: __Type!
          isDeprecated: Boolean!
          deprecationReason: String
        }

        """
        Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.
        """
        type __InputValue {
          name: String!
          description: String
          type: __Type!

          """
          A GraphQL-formatted string representing the default value for this input value.
          """
          defaultValue: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        """
        One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.
        """
        type __EnumValue {
          name: String!
          description: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        """
        A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.

        In some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.
        """
        type __Directive {
          name: String!
          description: String
          isRepeatable: Boolean!
          locations: [__DirectiveLocation!]!
          args(includeDeprecated: Boolean = false): [__InputValue!]!
        }

        """
        A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.
        """
        enum __DirectiveLocation {
          """Location adjacent to a query operation."""
          QUERY

          """Location adjacent to a mutation operation."""
          MUTATION

          """Location adjacent to a subscription operation."""
          SUBSCRIPTION

          """Location adjacent to a field."""
          FIELD

          """Location adjacent to a fragment definition."""
          FRAGMENT_DEFINITION

          """Location adjacent to a fragment spread."""
          FRAGMENT_SPREAD

          """Location adjacent to an inline fragment."""
          INLINE_FRAGMENT

          """Location adjacent to a variable definition."""
          VARIABLE_DEFINITION

          """Location adjacent to a schema definition."""
          SCHEMA

          """Location adjacent to a scalar definition."""
          SCALAR

          """Location adjacent to an object type definition."""
          OBJECT

          """Location adjacent to a field definition."""
          FIELD_DEFINITION

          """Location adjacent to an argument definition."""
          ARGUMENT_DEFINITION

          """Location adjacent to an interface definition."""
          INTERFACE

          """Location adjacent to a union definition."""
          UNION

          """Location adjacent to an enum definition."""
          ENUM

          """Location adjacent to an enum value definition."""
          ENUM_VALUE

          """Location adjacent to an input object type definition."""
          INPUT_OBJECT

          """Location adjacent to an input object field definition."""
          INPUT_FIELD_DEFINITION
        }
        """#
}
