/// Fragment Spreads Must Not Form Cycles: no fragment spreads itself, directly or through others (spec 5.5.2.2).
public final class NoFragmentCyclesRule: ValidationRule {
    public static let hooks: ValidationHooks = [.enterFragment]
    let context: ValidationContext
    /// Fragments already searched from; a cycle through them has been reported once.
    private var visited = Set<String>()
    private var spreadPath: [FragmentSpread] = []
    private var pathIndexByName: [String: Int] = [:]

    public init(context: ValidationContext) { self.context = context }

    public func enterFragment(_ node: FragmentDefinition) {
        detectCycles(from: node.name.value, index: context.currentDefinitionIndex)
    }

    private func detectCycles(from name: String, index: Int) {
        guard visited.insert(name).inserted else { return }
        let spreads = context.fragmentSpreads(ofDefinition: index)
        if spreads.isEmpty { return }
        pathIndexByName[name] = spreadPath.count
        for spread in spreads {
            let spreadName = spread.name.value
            spreadPath.append(spread)
            if let cycleStart = pathIndexByName[spreadName] {
                let cycle = spreadPath[cycleStart...]
                let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                context.report(
                    "Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                    offsets: cycle.map(\.loc.start))
            } else if let spreadIndex = context.fragmentIndex(named: spreadName) {
                detectCycles(from: spreadName, index: spreadIndex)
            }
            spreadPath.removeLast()
        }
        pathIndexByName[name] = nil
    }
}
