/// Everything a rule may ask while the document is walked: the schema, the document, the fragments,
/// variable usages and the errors reported so far.
///
/// Answers about fragments and variables are computed once per definition and cached.
public final class ValidationContext {
    public let schema: GraphQLSchema
    public let document: Document
    public let source: Source
    /// The walker's type information for the current node.
    public let typeInfo: TypeInfo
    /// The errors reported so far, at most `maxErrors` plus the one saying validation stopped.
    @exclusivity(unchecked) public private(set) var errors: [GraphQLError] = []
    /// True once the error limit is reached; the walker stops.
    @exclusivity(unchecked) public private(set) var aborted = false
    let maxErrors: Int

    /// The index in `document.definitions` of the operation or fragment being walked.
    @exclusivity(unchecked) public internal(set) var currentDefinitionIndex = 0
    /// True when two fragments share a name.
    public let hasRepeatedFragmentNames: Bool
    /// Fragment definitions by name; the last one wins when names repeat, as in graphql-js.
    private let fragmentIndexByName: [String: Int]
    @exclusivity(unchecked) private var spreadsByDefinition: [[FragmentSpread]?]
    @exclusivity(unchecked) private var spreadTargetsByDefinition: [[Int]?]
    @exclusivity(unchecked) private var referencedByDefinition: [[Int]?]
    /// Variable usages directly inside each definition, filled in by the walker.
    @exclusivity(unchecked) var usagesByDefinition: [[VariableUsage]]

    init(schema: GraphQLSchema, document: Document, source: Source, maxErrors: Int) {
        self.schema = schema
        self.document = document
        self.source = source
        self.maxErrors = maxErrors
        self.typeInfo = TypeInfo(schema: schema)
        let count = document.definitions.count
        spreadsByDefinition = Array(repeating: nil, count: count)
        spreadTargetsByDefinition = Array(repeating: nil, count: count)
        referencedByDefinition = Array(repeating: nil, count: count)
        usagesByDefinition = Array(repeating: [], count: count)
        var fragmentCount = 0
        var fragmentIndexByName: [String: Int] = [:]
        forEachBorrowed(document.definitions) { definition, index in
            if case .fragment(let fragment) = definition {
                fragmentIndexByName[fragment.name.value] = index
                fragmentCount += 1
            }
        }
        self.fragmentIndexByName = fragmentIndexByName
        hasRepeatedFragmentNames = fragmentIndexByName.count != fragmentCount
    }

    /// Records an error located at the given byte offsets of the source.
    public func report(_ message: String, _ offsets: Int...) {
        report(message, offsets: offsets)
    }

    /// Records an error located at the given byte offsets of the source.
    public func report(_ message: String, offsets: [Int]) {
        if aborted { return }
        if errors.count >= maxErrors {
            errors.append(GraphQLError("Too many validation errors, error limit reached. Validation aborted."))
            aborted = true
            return
        }
        errors.append(GraphQLError(message, source: source, offsets: offsets))
    }

    /// The fragment definition of that name.
    public func fragment(named name: String) -> FragmentDefinition? {
        guard let index = fragmentIndexByName[name], case .fragment(let fragment) = document.definitions[index] else {
            return nil
        }
        return fragment
    }

    /// The selection set and type condition of the fragment of that name, read without copying the rest of it.
    func fragmentSelection(named name: String) -> FragmentSelection? {
        guard let index = fragmentIndexByName[name] else { return nil }
        return withBorrowed(document.definitions, at: index) { definition in
            guard case .fragment(let fragment) = definition else { return nil }
            return FragmentSelection(selectionSet: fragment.selectionSet, typeConditionName: fragment.typeCondition.name.value)
        }
    }

    /// The name of the type condition of the fragment of that name, read without copying the fragment.
    func fragmentTypeConditionName(named name: String) -> String? {
        guard let index = fragmentIndexByName[name] else { return nil }
        return withBorrowed(document.definitions, at: index) { definition in
            if case .fragment(let fragment) = definition { return fragment.typeCondition.name.value }
            return nil
        }
    }

    /// The index in `document.definitions` of the fragment of that name.
    public func fragmentIndex(named name: String) -> Int? { fragmentIndexByName[name] }

    /// The fragment spreads inside a definition's selection set, nested ones included, in graphql-js's order.
    public func fragmentSpreads(ofDefinition index: Int) -> [FragmentSpread] {
        if let cached = spreadsByDefinition[index] { return cached }
        var spreads: [FragmentSpread] = []
        var setsToVisit: [SelectionSet] = []
        withBorrowed(document.definitions, at: index) { definition in
            switch definition {
            case .operation(let operation): setsToVisit.append(operation.selectionSet)
            case .fragment(let fragment): setsToVisit.append(fragment.selectionSet)
            default: break
            }
        }
        while let set = setsToVisit.popLast() {
            forEachBorrowed(set.selections) { selection, _ in
                switch selection {
                case .field(let field): if let child = field.selectionSet { setsToVisit.append(child) }
                case .inlineFragment(let inline): setsToVisit.append(inline.selectionSet)
                case .fragmentSpread(let spread): spreads.append(spread)
                }
            }
        }
        spreadsByDefinition[index] = spreads
        return spreads
    }

    /// For each of `fragmentSpreads(ofDefinition:)`, the index of the fragment it names, or -1 when unknown.
    public func fragmentSpreadTargets(ofDefinition index: Int) -> [Int] {
        if let cached = spreadTargetsByDefinition[index] { return cached }
        let targets = fragmentSpreads(ofDefinition: index).map { fragmentIndexByName[$0.name.value] ?? -1 }
        spreadTargetsByDefinition[index] = targets
        return targets
    }

    /// Indices of the fragments a definition spreads, directly or through other fragments, each once,
    /// in graphql-js's order.
    public func recursivelyReferencedFragments(ofDefinition index: Int) -> [Int] {
        if let cached = referencedByDefinition[index] { return cached }
        var collected: [Int] = []
        var seen = [Bool](repeating: false, count: document.definitions.count)
        var toVisit = [index]
        while let next = toVisit.popLast() {
            for target in fragmentSpreadTargets(ofDefinition: next) where target >= 0 && !seen[target] {
                seen[target] = true
                collected.append(target)
                toVisit.append(target)
            }
        }
        referencedByDefinition[index] = collected
        return collected
    }

    /// The variables used directly inside a definition, outside its variable definitions.
    public func variableUsages(ofDefinition index: Int) -> [VariableUsage] { usagesByDefinition[index] }

    /// The variables used by an operation and every fragment it reaches.
    public func recursiveVariableUsages(ofDefinition index: Int) -> [VariableUsage] {
        var usages = usagesByDefinition[index]
        for fragmentIndex in recursivelyReferencedFragments(ofDefinition: index) {
            usages.append(contentsOf: usagesByDefinition[fragmentIndex])
        }
        return usages
    }
}

/// A variable used in a value, with the type its position expects.
public struct VariableUsage: Sendable {
    public var variable: Variable
    /// The input type at the variable's position; nil when the position is unknown to the schema.
    public var type: GraphQLType?
    /// True when the position (an argument or input field) has a default value of its own.
    public var hasLocationDefault: Bool
}

/// The parts of a fragment definition that field merging compares.
struct FragmentSelection {
    var selectionSet: SelectionSet
    var typeConditionName: String
}
