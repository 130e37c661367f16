/// The directives the specification defines, with graphql-js 16's descriptions.
extension GraphQLDirective {
    /// `@include(if: Boolean!)`.
    public static let include = GraphQLDirective(
        name: "include",
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.",
        locations: [.field, .fragmentSpread, .inlineFragment],
        args: [
            GraphQLArgument(
                name: "if", type: .nonNull(.named(.scalar(.boolean))), description: "Included when true.")
        ]
    )

    /// `@skip(if: Boolean!)`.
    public static let skip = GraphQLDirective(
        name: "skip",
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.",
        locations: [.field, .fragmentSpread, .inlineFragment],
        args: [
            GraphQLArgument(name: "if", type: .nonNull(.named(.scalar(.boolean))), description: "Skipped when true.")
        ]
    )

    /// The reason `@deprecated` gives when none is written.
    public static let defaultDeprecationReason = "No longer supported"

    /// `@deprecated(reason: String = "No longer supported")`.
    public static let deprecated = GraphQLDirective(
        name: "deprecated",
        description: "Marks an element of a GraphQL schema as no longer supported.",
        locations: [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue],
        args: [
            GraphQLArgument(
                name: "reason", type: .named(.scalar(.string)),
                description:
                    "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                defaultValueAST: .string(defaultDeprecationReason, block: false, .synthetic),
                defaultValue: .string(defaultDeprecationReason))
        ]
    )

    /// `@specifiedBy(url: String!)`.
    public static let specifiedBy = GraphQLDirective(
        name: "specifiedBy",
        description: "Exposes a URL that specifies the behavior of this scalar.",
        locations: [.scalar],
        args: [
            GraphQLArgument(
                name: "url", type: .nonNull(.named(.scalar(.string))),
                description: "The URL that specifies the behavior of this scalar.")
        ]
    )

    /// `@oneOf` on input objects.
    public static let oneOf = GraphQLDirective(
        name: "oneOf",
        description: "Indicates an Input Object is a OneOf Input Object.",
        locations: [.inputObject]
    )

    /// In graphql-js 16 / graphql-core 3.2 order: include, skip, deprecated, specifiedBy, oneOf.
    public static let specifiedDirectives: [GraphQLDirective] = [include, skip, deprecated, specifiedBy, oneOf]
}
