/// What the schema says about the node being walked: the types and definitions around it, as graphql-js `TypeInfo`.
///
/// The walker updates it once per node; every rule reads the same instance. Stacks keep their storage between
/// pushes, so walking a document allocates only while a stack grows past its deepest level so far.
public final class TypeInfo {
    let schema: GraphQLSchema
    @exclusivity(unchecked) private var typeStack: [GraphQLType?] = []
    @exclusivity(unchecked) private var parentTypeStack: [GraphQLNamedType?] = []
    @exclusivity(unchecked) private var fieldDefStack: [GraphQLField?] = []
    @exclusivity(unchecked) private var inputTypeStack: [GraphQLType?] = []
    @exclusivity(unchecked) private var defaultValueStack: [Bool] = []

    /// The directive definition of the directive being walked.
    @exclusivity(unchecked) public private(set) var directive: GraphQLDirective?
    /// True while the arguments of a directive, known or not, are walked.
    @exclusivity(unchecked) public private(set) var isInDirective = false
    /// The definition of the argument being walked.
    @exclusivity(unchecked) public private(set) var argument: GraphQLArgument?

    init(schema: GraphQLSchema) {
        self.schema = schema
        typeStack.reserveCapacity(16)
        parentTypeStack.reserveCapacity(16)
        fieldDefStack.reserveCapacity(16)
        inputTypeStack.reserveCapacity(4)
    }

    /// The output type of the current field, operation or fragment.
    public var type: GraphQLType? { typeStack.last ?? nil }
    /// The composite type whose selection set holds the current node.
    public var parentType: GraphQLNamedType? { parentTypeStack.last ?? nil }
    /// The definition of the current field.
    public var fieldDef: GraphQLField? { fieldDefStack.last ?? nil }
    /// The type an argument or variable default value must have.
    public var inputType: GraphQLType? { inputTypeStack.last ?? nil }
    /// True when the current argument has a default value in the schema.
    public var hasDefaultValue: Bool { defaultValueStack.last ?? false }

    func enterOperation(_ node: OperationDefinition) {
        typeStack.append(schema.rootType(for: node.operation).map { .named(.object($0)) })
    }

    func enterFragment(typeCondition: NamedType?) {
        if let typeCondition {
            let named = schema.typeMap[typeCondition.name.value]
            typeStack.append(named.flatMap { $0.isOutputType ? .named($0) : nil })
        } else {
            let named = type?.namedType
            typeStack.append(named.map(GraphQLType.named))
        }
    }

    func leaveTypeScope() { typeStack.removeLast() }

    func enterSelectionSet() {
        let named = type?.namedType
        parentTypeStack.append(named.flatMap { $0.isCompositeType ? $0 : nil })
    }

    func leaveSelectionSet() { parentTypeStack.removeLast() }

    func enterField(_ node: Field) {
        let fieldDef = parentType.flatMap { schema.field(named: node.name.value, on: $0) }
        fieldDefStack.append(fieldDef)
        typeStack.append(fieldDef?.type)
    }

    func leaveField() {
        fieldDefStack.removeLast()
        typeStack.removeLast()
    }

    func enterVariableDefinition(_ node: VariableDefinition) {
        let type = schema.type(from: node.type)
        inputTypeStack.append(type.flatMap { $0.isInputType ? $0 : nil })
        defaultValueStack.append(false)
    }

    func leaveInputScope() {
        inputTypeStack.removeLast()
        defaultValueStack.removeLast()
    }

    func enterDirective(_ node: Directive) {
        directive = schema.directive(named: node.name.value)
        isInDirective = true
    }

    func leaveDirective() {
        directive = nil
        isInDirective = false
    }

    func enterArgument(_ node: Argument) {
        var definition: GraphQLArgument?
        if let directive {
            definition = directive.argument(named: node.name.value)
        } else if let fieldDef {
            definition = fieldDef.argument(named: node.name.value)
        }
        argument = definition
        inputTypeStack.append(definition.flatMap { $0.type.isInputType ? $0.type : nil })
        defaultValueStack.append(definition?.hasDefaultValue ?? false)
    }

    func leaveArgument() {
        argument = nil
        leaveInputScope()
    }
}

extension GraphQLType {
    /// True when the named type under the wrappers is a scalar or an enum; reads the wrappers without
    /// retaining the named type, as `namedType` must.
    var hasLeafNamedType: Bool {
        switch self {
        case .named(let named): return named.isLeafType
        case .list(let inner), .nonNull(let inner): return inner.hasLeafNamedType
        }
    }
}
