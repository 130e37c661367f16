/// A directive definition: built-in (`@skip`, `@include`, ...) or declared in SDL.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
///
/// ```swift
/// schema.directive(named: "skip")?.locations  // [.field, .fragmentSpread, .inlineFragment]
/// ```
public final class GraphQLDirective: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    @exclusivity(unchecked) public internal(set) var locations: [DirectiveLocation]
    /// Arguments in definition order; `args[i].index == i`.
    @exclusivity(unchecked) public internal(set) var args: [GraphQLArgument]
    @exclusivity(unchecked) public internal(set) var isRepeatable: Bool
    @exclusivity(unchecked) public internal(set) var astNode: DirectiveDefinition?

    public init(
        name: String, description: String? = nil, locations: [DirectiveLocation], args: [GraphQLArgument] = [],
        isRepeatable: Bool = false
    ) {
        self.name = name
        self.description = description
        self.locations = locations
        self.args = args
        self.isRepeatable = isRepeatable
        for (index, arg) in args.enumerated() { arg.index = index }
    }

    public func argument(named name: String) -> GraphQLArgument? {
        for arg in args where arg.name == name { return arg }
        return nil
    }

    /// True for the directives the specification defines (`@include`, `@skip`, `@deprecated`, `@specifiedBy`, `@oneOf`).
    public var isSpecifiedDirective: Bool {
        GraphQLDirective.specifiedDirectives.contains { $0 === self }
    }
}
