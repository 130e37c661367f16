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
        var walker = ValidationWalker(context: context, rules: rules)
        walker.walk(document)
        return context.errors
    }
}

/// The single walk: updates the type information once per node, then calls each interested rule.
struct ValidationWalker {
    let context: ValidationContext
    let typeInfo: TypeInfo
    /// For each hook bit, the rules that declared it, in the order given.
    let rulesByHook: [[any ValidationRule]]
    let allHooks: ValidationHooks
    /// False while walking variable definitions: their defaults and directives are not variable usages.
    var collectUsages = true

    init(context: ValidationContext, rules: [any ValidationRule.Type]) {
        self.context = context
        self.typeInfo = context.typeInfo
        var rulesByHook: [[any ValidationRule]] = Array(repeating: [], count: ValidationHooks.count)
        var allHooks: UInt32 = 0
        for ruleType in rules {
            let rule = ruleType.init(context: context)
            var mask = ruleType.hooks.rawValue
            allHooks |= mask
            while mask != 0 {
                rulesByHook[mask.trailingZeroBitCount].append(rule)
                mask &= mask - 1
            }
        }
        self.rulesByHook = rulesByHook
        self.allHooks = ValidationHooks(rawValue: allHooks)
    }

    /// Calls `body` on every rule that declared `hook`.
    @inline(__always)
    private func each(_ hook: ValidationHooks, _ body: (any ValidationRule) -> Void) {
        guard allHooks.contains(hook) else { return }
        for rule in rulesByHook[hook.rawValue.trailingZeroBitCount] { body(rule) }
    }

    mutating func walk(_ document: Document) {
        each(.enterDocument) { $0.enterDocument(document) }
        for (index, definition) in document.definitions.enumerated() {
            if context.aborted { return }
            context.currentDefinitionIndex = index
            switch definition {
            case .operation(let operation): walk(operation)
            case .fragment(let fragment): walk(fragment)
            default: continue
            }
        }
        if context.aborted { return }
        each(.leaveDocument) { $0.leaveDocument(document) }
    }

    private mutating func walk(_ node: OperationDefinition) {
        typeInfo.enterOperation(node)
        each(.enterOperation) { $0.enterOperation(node) }
        collectUsages = false
        for definition in node.variableDefinitions {
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

    private mutating func walk(_ node: FragmentDefinition) {
        typeInfo.enterFragment(typeCondition: node.typeCondition)
        each(.enterFragment) { $0.enterFragment(node) }
        walk(node.directives, location: .fragmentDefinition)
        walk(node.selectionSet)
        each(.leaveFragment) { $0.leaveFragment(node) }
        typeInfo.leaveTypeScope()
    }

    private mutating func walk(_ node: SelectionSet) {
        typeInfo.enterSelectionSet()
        each(.enterSelectionSet) { $0.enterSelectionSet(node) }
        for selection in node.selections {
            if context.aborted { break }
            switch selection {
            case .field(let field):
                typeInfo.enterField(field)
                each(.enterField) { $0.enterField(field) }
                walk(field.arguments)
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

    private mutating func walk(_ directives: [Directive], location: DirectiveLocation) {
        if directives.isEmpty { return }
        each(.enterDirectives) { $0.enterDirectives(directives, location: location) }
        for directive in directives {
            typeInfo.enterDirective(directive)
            each(.enterDirective) { $0.enterDirective(directive, location: location) }
            walk(directive.arguments)
            each(.leaveDirective) { $0.leaveDirective(directive) }
            typeInfo.leaveDirective()
        }
    }

    private mutating func walk(_ arguments: [Argument]) {
        for argument in arguments {
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
