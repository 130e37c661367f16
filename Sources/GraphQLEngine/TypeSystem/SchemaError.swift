/// Why a schema could not be built: every rule the SDL breaks, in the order found.
///
/// ```swift
/// do { _ = try buildSchema("type Query") } catch let error as SchemaError {
///     error.errors[0].message  // "Type Query must define one or more fields."
/// }
/// ```
public struct SchemaError: Error, Sendable, CustomStringConvertible {
    public var errors: [GraphQLError]

    public init(errors: [GraphQLError]) {
        self.errors = errors
    }

    /// The messages, one per paragraph, as graphql-js joins them.
    public var description: String {
        errors.map(\.description).joined(separator: "\n\n")
    }

    public var messages: [String] { errors.map(\.message) }
}
