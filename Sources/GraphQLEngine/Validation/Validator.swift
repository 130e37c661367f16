/// Checks an executable document against a schema with the rules of the specification's section 5.
///
/// All rules share one walk over the document and one `TypeInfo`; each rule is called only for the hooks it
/// declares. Validation stops after `maxErrors` errors, as graphql-js does.
///
/// ```swift
/// let source = Source("{ viewer { nam } }")
/// let errors = Validator.validate(schema: schema, document: try Parser.parse(source), source: source)
/// errors.first?.message  // "Cannot query field \"nam\" on type \"User\". Did you mean \"name\"?"
/// ```
public enum Validator {
    public static func validate(
        schema: GraphQLSchema, document: Document, source: Source,
        rules: [any ValidationRule.Type] = specifiedRules, maxErrors: Int = 100
    ) -> [GraphQLError] {
        let context = ValidationContext(schema: schema, document: document, source: source, maxErrors: maxErrors)
        let walker = ValidationWalker(context: context, rules: rules)
        walker.walk(document)
        return context.errors
    }
}

/// The single walk: updates the type information once per node, then calls each interested rule.
///
/// Nodes are lent to the rules rather than copied out of their lists (`forEachBorrowed`): copying a field
/// retains its name, arguments, directives and selections, and the walk would do that for every node.
final class ValidationWalker {
    let context: ValidationContext
    let typeInfo: TypeInfo
    /// The rules of every hook, hook by hook, each hook's rules in the order given.
    let rules: [any ValidationRule]
    /// Where each hook's rules start in `rules`; entry `count` ends the last hook's.
    let hookStarts: [Int]
    let allHooks: ValidationHooks
    /// False while walking variable definitions: their defaults and directives are not variable usages.
    @exclusivity(unchecked) var collectUsages = true

    init(context: ValidationContext, rules ruleTypes: [any ValidationRule.Type]) {
        self.context = context
        self.typeInfo = context.typeInfo
        let made = ruleTypes.map { $0.init(context: context) }
        let masks = ruleTypes.map { $0.hooks.rawValue }
        var hookStarts: [Int] = []
        hookStarts.reserveCapacity(ValidationHooks.count + 1)
        var rules: [any ValidationRule] = []
        var allHooks: UInt32 = 0
        var total = 0
        for mask in masks {
            allHooks |= mask
            total += mask.nonzeroBitCount
        }
        rules.reserveCapacity(total)
        for hook in 0..<ValidationHooks.count {
            hookStarts.append(rules.count)
            for index in masks.indices where masks[index] & (1 << hook) != 0 { rules.append(made[index]) }
        }
        hookStarts.append(rules.count)
        self.rules = rules
        self.hookStarts = hookStarts
        self.allHooks = ValidationHooks(rawValue: allHooks)
    }

    /// Calls `body` on every rule that declared `hook`.
    @inline(__always)
    private func each(_ hook: ValidationHooks, _ body: (any ValidationRule) -> Void) {
        guard allHooks.contains(hook) else { return }
        let index = hook.rawValue.trailingZeroBitCount
        forEachBorrowed(rules, from: hookStarts[index], to: hookStarts[index + 1]) { rule, _ in body(rule) }
    }

    func walk(_ document: Document) {
        each(.enterDocument) { $0.enterDocument(document) }
        forEachBorrowed(document.definitions) { definition, index in
            if context.aborted { return }
            context.currentDefinitionIndex = index
            switch definition {
            case .operation(let operation): walk(operation)
            case .fragment(let fragment): walk(fragment)
            default: return
            }
        }
        if context.aborted { return }
        each(.leaveDocument) { $0.leaveDocument(document) }
    }

    private func walk(_ node: OperationDefinition) {
        typeInfo.enterOperation(node)
        each(.enterOperation) { $0.enterOperation(node) }
        collectUsages = false
        forEachBorrowed(node.variableDefinitions) { definition, _ in
            typeInfo.enterVariableDefinition(definition)
            each(.enterVariableDefinition) { $0.enterVariableDefinition(definition) }
            walk(definition.directives, location: .variableDefinition)
            typeInfo.leaveInputScope()
        }
        collectUsages = true
        walk(node.directives, location: DirectiveLocation(node.operation))
        walk(node.selectionSet)
        each(.leaveOperation) { $0.leaveOperation(node) }
        typeInfo.leaveTypeScope()
    }

    private func walk(_ node: FragmentDefinition) {
        typeInfo.enterFragment(typeCondition: node.typeCondition)
        each(.enterFragment) { $0.enterFragment(node) }
        walk(node.directives, location: .fragmentDefinition)
        walk(node.selectionSet)
        each(.leaveFragment) { $0.leaveFragment(node) }
        typeInfo.leaveTypeScope()
    }

    private func walk(_ node: SelectionSet) {
        typeInfo.enterSelectionSet()
        each(.enterSelectionSet) { $0.enterSelectionSet(node) }
        forEachBorrowed(node.selections) { selection, _ in
            if context.aborted { return }
            switch selection {
            case .field(let field):
                typeInfo.enterField(field)
                each(.enterField) { $0.enterField(field) }
                if !field.arguments.isEmpty { walk(field.arguments) }
                walk(field.directives, location: .field)
                if let child = field.selectionSet { walk(child) }
                each(.leaveField) { $0.leaveField(field) }
                typeInfo.leaveField()
            case .fragmentSpread(let spread):
                each(.enterFragmentSpread) { $0.enterFragmentSpread(spread) }
                walk(spread.directives, location: .fragmentSpread)
            case .inlineFragment(let inline):
                typeInfo.enterFragment(typeCondition: inline.typeCondition)
                each(.enterInlineFragment) { $0.enterInlineFragment(inline) }
                walk(inline.directives, location: .inlineFragment)
                walk(inline.selectionSet)
                each(.leaveInlineFragment) { $0.leaveInlineFragment(inline) }
                typeInfo.leaveTypeScope()
            }
        }
        typeInfo.leaveSelectionSet()
    }

    private func walk(_ directives: NodeList<Directive>, location: DirectiveLocation) {
        if directives.isEmpty { return }
        each(.enterDirectives) { $0.enterDirectives(directives, location: location) }
        forEachBorrowed(directives) { directive, _ in
            typeInfo.enterDirective(directive)
            each(.enterDirective) { $0.enterDirective(directive, location: location) }
            walk(directive.arguments)
            each(.leaveDirective) { $0.leaveDirective(directive) }
            typeInfo.leaveDirective()
        }
    }

    private func walk(_ arguments: NodeList<Argument>) {
        forEachBorrowed(arguments) { argument, _ in
            typeInfo.enterArgument(argument)
            each(.enterArgument) { $0.enterArgument(argument) }
            if collectUsages {
                collectVariables(in: argument.value, type: typeInfo.inputType, hasDefault: typeInfo.hasDefaultValue)
            }
            typeInfo.leaveArgument()
        }
    }

    /// Records the variables inside a value with the input type of their position, as graphql-js `TypeInfo` sees it.
    private func collectVariables(in value: Value, type: GraphQLType?, hasDefault: Bool) {
        switch value {
        case .variable(let variable):
            context.usagesByDefinition[context.currentDefinitionIndex].append(
                VariableUsage(variable: variable, type: type, hasLocationDefault: hasDefault))
        case .list(let items, _):
            let nullable = type?.nullableType
            let itemType = nullable?.listItemType ?? nullable
            for item in items { collectVariables(in: item, type: itemType, hasDefault: false) }
        case .object(let fields, _):
            var inputObject: GraphQLInputObjectType?
            if case .inputObject(let object) = type?.namedType { inputObject = object }
            for field in fields {
                let definition = inputObject?.field(named: field.name.value)
                collectVariables(in: field.value, type: definition?.type, hasDefault: definition?.hasDefaultValue ?? false)
            }
        default:
            return
        }
    }
}

extension DirectiveLocation {
    /// The location of directives on an operation of that type.
    init(_ operation: OperationType) {
        switch operation {
        case .query: self = .query
        case .mutation: self = .mutation
        case .subscription: self = .subscription
        }
    }
}
