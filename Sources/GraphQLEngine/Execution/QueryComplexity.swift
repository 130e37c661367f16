/// The depth and estimated cost of one operation, measured before it executes.
///
/// Every field costs 1. A field with a page-size argument (`first` by default: a connection) multiplies the cost
/// of its selection by that size, as the GitHub and Shopify APIs count, because its children run once per item.
/// The size comes from a literal, a variable of the request (or the variable's default) or the argument's
/// default in the schema. Fragments are expanded (each fragment measured once, a cycle counts nothing), fields
/// skipped by a literal or variable `@skip`/`@include` count nothing, and arithmetic saturates instead of
/// overflowing. Depth counts fields only: a top-level field is at depth 1.
///
/// ```swift
/// let complexity = QueryComplexity(
///     operation: operation, document: document, schema: schema, variables: [("first", .int(50))])
/// let errors = QueryLimits(maximumDepth: 12, maximumCost: 10_000).errors(for: complexity)
/// ```
public struct QueryComplexity: Sendable, Equatable {
    /// The deepest nesting of fields.
    public var depth: Int
    /// The estimated number of field resolutions.
    public var cost: Int
    /// The smallest and the largest page size asked for, as given (before the cost's floor of 1); nil when no
    /// field takes one. `QueryLimits` refuses a size out of range here, before execution, so a bad `first` is
    /// one clear request error rather than a null carried up through every non-null parent.
    public var pageSizes: ClosedRange<Int>?

    public init(depth: Int, cost: Int, pageSizes: ClosedRange<Int>? = nil) {
        self.depth = depth
        self.cost = cost
        self.pageSizes = pageSizes
    }

    /// Measures `operation` of `document` with the request's raw variables.
    public init(
        operation: OperationDefinition, document: Document, schema: GraphQLSchema, variables: [(String, JSONValue)],
        sizeArgument: String = "first"
    ) {
        var measurer = ComplexityMeasurer(
            document: document, operation: operation, schema: schema, variables: variables, sizeArgument: sizeArgument)
        let root = schema.rootType(for: operation.operation).map { GraphQLNamedType.object($0) }
        self = measurer.measure(operation.selectionSet, in: root)
    }
}

/// The largest depth and cost a server accepts for one request.
public struct QueryLimits: Sendable, Equatable {
    public var maximumDepth: Int
    public var maximumCost: Int
    /// The largest page size (`first`) a field may ask for; nil for no check here.
    public var maximumPageSize: Int?

    public init(maximumDepth: Int, maximumCost: Int, maximumPageSize: Int? = nil) {
        self.maximumDepth = maximumDepth
        self.maximumCost = maximumCost
        self.maximumPageSize = maximumPageSize
    }

    /// One `QUERY_TOO_COMPLEX` error per limit the complexity exceeds; empty when the query may run.
    public func errors(for complexity: QueryComplexity) -> [GraphQLError] {
        var errors: [GraphQLError] = []
        let code: [(key: String, value: JSONValue)] = [(key: "code", value: .string("QUERY_TOO_COMPLEX"))]
        if complexity.depth > maximumDepth {
            errors.append(
                GraphQLError(
                    "Query depth \(complexity.depth) exceeds the maximum of \(maximumDepth).", extensions: code))
        }
        if complexity.cost > maximumCost {
            errors.append(
                GraphQLError("Query cost \(complexity.cost) exceeds the maximum of \(maximumCost).", extensions: code))
        }
        if let maximumPageSize, let sizes = complexity.pageSizes {
            if sizes.lowerBound < 0 {
                errors.append(
                    GraphQLError("Argument \"first\" must not be negative; got \(sizes.lowerBound).").coded(RequestErrorCode.badUserInput))
            }
            if sizes.upperBound > maximumPageSize {
                errors.append(
                    GraphQLError("Argument \"first\" must be at most \(maximumPageSize); got \(sizes.upperBound).")
                        .coded(RequestErrorCode.badUserInput))
            }
        }
        return errors
    }
}

/// The walk behind `QueryComplexity`: a selection set's cost and depth, fragments memoized by name.
struct ComplexityMeasurer {
    let schema: GraphQLSchema
    let sizeArgument: String
    let fragments: [String: FragmentDefinition]
    let variables: [String: JSONValue]
    let variableDefaults: [String: Value]
    /// Measured fragments; a nil entry marks a fragment being measured, so a cycle counts nothing.
    var fragmentResults: [String: QueryComplexity?] = [:]

    init(
        document: Document, operation: OperationDefinition, schema: GraphQLSchema, variables: [(String, JSONValue)],
        sizeArgument: String
    ) {
        self.schema = schema
        self.sizeArgument = sizeArgument
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions { fragments[fragment.name.value] = fragment }
        self.fragments = fragments
        self.variables = Dictionary(variables, uniquingKeysWith: { _, last in last })
        var defaults: [String: Value] = [:]
        for definition in operation.variableDefinitions {
            if let value = definition.defaultValue { defaults[definition.variable.name.value] = value }
        }
        self.variableDefaults = defaults
    }

    /// Cost is the sum over the selections; depth the deepest selection.
    mutating func measure(_ selectionSet: SelectionSet, in parentType: GraphQLNamedType?) -> QueryComplexity {
        var total = QueryComplexity(depth: 0, cost: 0)
        for selection in selectionSet.selections where isIncluded(selection.directives) {
            let part: QueryComplexity
            switch selection {
            case .field(let field):
                part = measure(field, in: parentType)
            case .inlineFragment(let inline):
                let type = inline.typeCondition.flatMap { schema.type(named: $0.name.value) } ?? parentType
                part = measure(inline.selectionSet, in: type)
            case .fragmentSpread(let spread):
                part = measureFragment(named: spread.name.value)
            }
            total.cost = Self.add(total.cost, part.cost)
            total.depth = max(total.depth, part.depth)
            total.pageSizes = Self.union(total.pageSizes, part.pageSizes)
        }
        return total
    }

    mutating func measure(_ field: Field, in parentType: GraphQLNamedType?) -> QueryComplexity {
        let definition = parentType.flatMap { schema.field(named: field.name.value, on: $0) }
        guard let selectionSet = field.selectionSet else { return QueryComplexity(depth: 1, cost: 1) }
        let children = measure(selectionSet, in: definition?.type.namedType)
        let given = definition.flatMap { pageSize(of: field, definition: $0) }
        let size = given.map { max($0, 1) } ?? 1
        return QueryComplexity(
            depth: Self.add(children.depth, 1), cost: Self.add(1, Self.multiply(children.cost, size)),
            pageSizes: Self.union(children.pageSizes, given.map { $0...$0 }))
    }

    mutating func measureFragment(named name: String) -> QueryComplexity {
        if let known = fragmentResults[name] { return known ?? QueryComplexity(depth: 0, cost: 0) }
        guard let fragment = fragments[name] else { return QueryComplexity(depth: 0, cost: 0) }
        fragmentResults[name] = .some(nil)
        let result = measure(fragment.selectionSet, in: schema.type(named: fragment.typeCondition.name.value))
        fragmentResults[name] = result
        return result
    }

    /// The page size a field asks for, as given; the cost counts at least 1, since a connection's `totalCount` and
    /// `pageInfo` resolve even when it is empty.
    func pageSize(of field: Field, definition: GraphQLField) -> Int? {
        guard let argument = definition.argument(named: sizeArgument) else { return nil }
        var value: JSONValue? = nil
        if let given = field.arguments.first(where: { $0.name.value == sizeArgument }) {
            value = resolve(given.value)
        }
        if value == nil || value == .null { value = argument.defaultValue }
        guard case .int(let size) = value else { return nil }
        return size
    }

    /// A literal's value, or a variable's request value (else its default); nil when neither is known.
    func resolve(_ value: Value) -> JSONValue? {
        switch value {
        case .variable(let variable):
            let name = variable.name.value
            if let given = variables[name] { return given }
            return variableDefaults[name].flatMap { resolve($0) }
        case .int(let text, _): return Int(text).map { .int($0) }
        case .boolean(let flag, _): return .bool(flag)
        case .null: return .null
        default: return nil
        }
    }

    /// False when `@skip(if: true)` or `@include(if: false)` is known to apply.
    func isIncluded(_ directives: NodeList<Directive>) -> Bool {
        for directive in directives {
            let name = directive.name.value
            guard name == "skip" || name == "include",
                let argument = directive.arguments.first(where: { $0.name.value == "if" }),
                case .bool(let flag) = resolve(argument.value)
            else { continue }
            if (name == "skip" && flag) || (name == "include" && !flag) { return false }
        }
        return true
    }

    static func union(_ a: ClosedRange<Int>?, _ b: ClosedRange<Int>?) -> ClosedRange<Int>? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
    }

    static func add(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }

    static func multiply(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? Int.max : product
    }
}
