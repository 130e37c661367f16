/// A validation rule of the specification's section 5, run by `Validator` in one walk shared with every other rule.
///
/// A rule is a `final class` made fresh for each validation. The walker calls only the hooks named in
/// `hooks`, so a rule pays nothing for the node kinds it ignores. While a hook runs, `context.typeInfo`
/// describes the node: its parent type, field definition, input type, directive and argument.
///
/// ```swift
/// final class NoAnonymousQueriesRule: ValidationRule {
///     static let hooks: ValidationHooks = [.enterOperation]
///     let context: ValidationContext
///     init(context: ValidationContext) { self.context = context }
///     func enterOperation(_ node: OperationDefinition) {
///         if node.name == nil { context.report("Name your operations.", node.loc.start) }
///     }
/// }
/// ```
public protocol ValidationRule: AnyObject {
    /// The hooks this rule implements; the walker calls no others.
    static var hooks: ValidationHooks { get }

    init(context: ValidationContext)

    func enterDocument(_ node: Document)
    func leaveDocument(_ node: Document)
    func enterOperation(_ node: OperationDefinition)
    func leaveOperation(_ node: OperationDefinition)
    func enterVariableDefinition(_ node: VariableDefinition)
    func enterFragment(_ node: FragmentDefinition)
    func leaveFragment(_ node: FragmentDefinition)
    func enterSelectionSet(_ node: SelectionSet)
    func enterField(_ node: Field)
    func leaveField(_ node: Field)
    func enterFragmentSpread(_ node: FragmentSpread)
    func enterInlineFragment(_ node: InlineFragment)
    func leaveInlineFragment(_ node: InlineFragment)
    /// The directives of one node, all at once, before each is entered.
    func enterDirectives(_ nodes: NodeList<Directive>, location: DirectiveLocation)
    func enterDirective(_ node: Directive, location: DirectiveLocation)
    func leaveDirective(_ node: Directive)
    func enterArgument(_ node: Argument)
}

extension ValidationRule {
    public func enterDocument(_ node: Document) {}
    public func leaveDocument(_ node: Document) {}
    public func enterOperation(_ node: OperationDefinition) {}
    public func leaveOperation(_ node: OperationDefinition) {}
    public func enterVariableDefinition(_ node: VariableDefinition) {}
    public func enterFragment(_ node: FragmentDefinition) {}
    public func leaveFragment(_ node: FragmentDefinition) {}
    public func enterSelectionSet(_ node: SelectionSet) {}
    public func enterField(_ node: Field) {}
    public func leaveField(_ node: Field) {}
    public func enterFragmentSpread(_ node: FragmentSpread) {}
    public func enterInlineFragment(_ node: InlineFragment) {}
    public func leaveInlineFragment(_ node: InlineFragment) {}
    public func enterDirectives(_ nodes: NodeList<Directive>, location: DirectiveLocation) {}
    public func enterDirective(_ node: Directive, location: DirectiveLocation) {}
    public func leaveDirective(_ node: Directive) {}
    public func enterArgument(_ node: Argument) {}
}

/// The hooks of a `ValidationRule`, one bit each.
public struct ValidationHooks: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let enterDocument = ValidationHooks(rawValue: 1 << 0)
    public static let leaveDocument = ValidationHooks(rawValue: 1 << 1)
    public static let enterOperation = ValidationHooks(rawValue: 1 << 2)
    public static let leaveOperation = ValidationHooks(rawValue: 1 << 3)
    public static let enterVariableDefinition = ValidationHooks(rawValue: 1 << 4)
    public static let enterFragment = ValidationHooks(rawValue: 1 << 5)
    public static let leaveFragment = ValidationHooks(rawValue: 1 << 6)
    public static let enterSelectionSet = ValidationHooks(rawValue: 1 << 7)
    public static let enterField = ValidationHooks(rawValue: 1 << 8)
    public static let leaveField = ValidationHooks(rawValue: 1 << 9)
    public static let enterFragmentSpread = ValidationHooks(rawValue: 1 << 10)
    public static let enterInlineFragment = ValidationHooks(rawValue: 1 << 11)
    public static let leaveInlineFragment = ValidationHooks(rawValue: 1 << 12)
    public static let enterDirectives = ValidationHooks(rawValue: 1 << 13)
    public static let enterDirective = ValidationHooks(rawValue: 1 << 14)
    public static let leaveDirective = ValidationHooks(rawValue: 1 << 15)
    public static let enterArgument = ValidationHooks(rawValue: 1 << 16)

    /// The number of hooks.
    static let count = 17
}
