/// Fragment Spreads Must Not Form Cycles: no fragment spreads itself, directly or through others (spec 5.5.2.2).
public final class NoFragmentCyclesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterFragment]
    let context: ValidationContext
    /// Fragments already searched from, by the index their name resolves to; a cycle through them is reported once.
    @exclusivity(unchecked) private var visited: [Bool]
    @exclusivity(unchecked) private var spreadPath: [FragmentSpread] = []
    /// Position in `spreadPath` where each fragment on the current path starts, or -1.
    @exclusivity(unchecked) private var pathIndex: [Int]

    public init(context: ValidationContext) {
        self.context = context
        let count = context.document.definitions.count
        visited = Array(repeating: false, count: count)
        pathIndex = Array(repeating: -1, count: count)
    }

    public func enterFragment(_ node: FragmentDefinition) {
        guard let key = context.fragmentIndex(named: node.name.value) else { return }
        detectCycles(key: key, spreadsOf: context.currentDefinitionIndex)
    }

    /// Follows the spreads of the definition at `spreadsOf`, whose name resolves to the fragment at `key`.
    private func detectCycles(key: Int, spreadsOf index: Int) {
        if visited[key] { return }
        visited[key] = true
        let spreads = context.fragmentSpreads(ofDefinition: index)
        if spreads.isEmpty { return }
        let targets = context.fragmentSpreadTargets(ofDefinition: index)
        pathIndex[key] = spreadPath.count
        for (spread, target) in zip(spreads, targets) {
            spreadPath.append(spread)
            if target >= 0 && pathIndex[target] >= 0 {
                let cycle = spreadPath[pathIndex[target]...]
                let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                context.report(
                    "Cannot spread fragment \"\(spread.name.value)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                    offsets: cycle.map(\.loc.start))
            } else if target >= 0 {
                detectCycles(key: target, spreadsOf: target)
            }
            spreadPath.removeLast()
        }
        pathIndex[key] = -1
    }
}
