/// What the walker does after a visitor enters a node.
public enum VisitAction: Sendable {
    /// Visit the node's children, then call `leave`.
    case `continue`
    /// Skip the node's children and its `leave`.
    case skipChildren
    /// End the walk at once.
    case stop
}

/// A typed syntax tree visitor: one `enter` and one `leave` per node kind, each a no-op by default.
///
/// Implement only the methods you need; `ASTWalker` calls them in document order.
///
/// ```swift
/// struct FieldCounter: ASTVisitor {
///     var count = 0
///     mutating func enter(_ node: Field) -> VisitAction {
///         count += 1
///         return .continue
///     }
/// }
/// var counter = FieldCounter()
/// ASTWalker.walk(document, with: &counter)
/// ```
public protocol ASTVisitor {
    mutating func enter(_ node: Document) -> VisitAction
    mutating func leave(_ node: Document)
    mutating func enter(_ node: OperationDefinition) -> VisitAction
    mutating func leave(_ node: OperationDefinition)
    mutating func enter(_ node: VariableDefinition) -> VisitAction
    mutating func leave(_ node: VariableDefinition)
    mutating func enter(_ node: SelectionSet) -> VisitAction
    mutating func leave(_ node: SelectionSet)
    mutating func enter(_ node: Field) -> VisitAction
    mutating func leave(_ node: Field)
    mutating func enter(_ node: Argument) -> VisitAction
    mutating func leave(_ node: Argument)
    mutating func enter(_ node: FragmentSpread) -> VisitAction
    mutating func leave(_ node: FragmentSpread)
    mutating func enter(_ node: InlineFragment) -> VisitAction
    mutating func leave(_ node: InlineFragment)
    mutating func enter(_ node: FragmentDefinition) -> VisitAction
    mutating func leave(_ node: FragmentDefinition)
    mutating func enter(_ node: Directive) -> VisitAction
    mutating func leave(_ node: Directive)
    mutating func enter(_ node: Value) -> VisitAction
    mutating func leave(_ node: Value)
    mutating func enter(_ node: ObjectField) -> VisitAction
    mutating func leave(_ node: ObjectField)
    mutating func enter(_ node: TypeReference) -> VisitAction
    mutating func leave(_ node: TypeReference)
    mutating func enter(_ node: NamedType) -> VisitAction
    mutating func leave(_ node: NamedType)
    mutating func enter(_ node: SchemaDefinition) -> VisitAction
    mutating func leave(_ node: SchemaDefinition)
    mutating func enter(_ node: OperationTypeDefinition) -> VisitAction
    mutating func leave(_ node: OperationTypeDefinition)
    mutating func enter(_ node: ScalarTypeDefinition) -> VisitAction
    mutating func leave(_ node: ScalarTypeDefinition)
    mutating func enter(_ node: ObjectTypeDefinition) -> VisitAction
    mutating func leave(_ node: ObjectTypeDefinition)
    mutating func enter(_ node: FieldDefinition) -> VisitAction
    mutating func leave(_ node: FieldDefinition)
    mutating func enter(_ node: InputValueDefinition) -> VisitAction
    mutating func leave(_ node: InputValueDefinition)
    mutating func enter(_ node: InterfaceTypeDefinition) -> VisitAction
    mutating func leave(_ node: InterfaceTypeDefinition)
    mutating func enter(_ node: UnionTypeDefinition) -> VisitAction
    mutating func leave(_ node: UnionTypeDefinition)
    mutating func enter(_ node: EnumTypeDefinition) -> VisitAction
    mutating func leave(_ node: EnumTypeDefinition)
    mutating func enter(_ node: EnumValueDefinition) -> VisitAction
    mutating func leave(_ node: EnumValueDefinition)
    mutating func enter(_ node: InputObjectTypeDefinition) -> VisitAction
    mutating func leave(_ node: InputObjectTypeDefinition)
    mutating func enter(_ node: DirectiveDefinition) -> VisitAction
    mutating func leave(_ node: DirectiveDefinition)
    mutating func enter(_ node: SchemaExtension) -> VisitAction
    mutating func leave(_ node: SchemaExtension)
    mutating func enter(_ node: ScalarTypeExtension) -> VisitAction
    mutating func leave(_ node: ScalarTypeExtension)
    mutating func enter(_ node: ObjectTypeExtension) -> VisitAction
    mutating func leave(_ node: ObjectTypeExtension)
    mutating func enter(_ node: InterfaceTypeExtension) -> VisitAction
    mutating func leave(_ node: InterfaceTypeExtension)
    mutating func enter(_ node: UnionTypeExtension) -> VisitAction
    mutating func leave(_ node: UnionTypeExtension)
    mutating func enter(_ node: EnumTypeExtension) -> VisitAction
    mutating func leave(_ node: EnumTypeExtension)
    mutating func enter(_ node: InputObjectTypeExtension) -> VisitAction
    mutating func leave(_ node: InputObjectTypeExtension)
}

extension ASTVisitor {
    public mutating func enter(_ node: Document) -> VisitAction { .continue }
    public mutating func leave(_ node: Document) {}
    public mutating func enter(_ node: OperationDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: OperationDefinition) {}
    public mutating func enter(_ node: VariableDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: VariableDefinition) {}
    public mutating func enter(_ node: SelectionSet) -> VisitAction { .continue }
    public mutating func leave(_ node: SelectionSet) {}
    public mutating func enter(_ node: Field) -> VisitAction { .continue }
    public mutating func leave(_ node: Field) {}
    public mutating func enter(_ node: Argument) -> VisitAction { .continue }
    public mutating func leave(_ node: Argument) {}
    public mutating func enter(_ node: FragmentSpread) -> VisitAction { .continue }
    public mutating func leave(_ node: FragmentSpread) {}
    public mutating func enter(_ node: InlineFragment) -> VisitAction { .continue }
    public mutating func leave(_ node: InlineFragment) {}
    public mutating func enter(_ node: FragmentDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: FragmentDefinition) {}
    public mutating func enter(_ node: Directive) -> VisitAction { .continue }
    public mutating func leave(_ node: Directive) {}
    public mutating func enter(_ node: Value) -> VisitAction { .continue }
    public mutating func leave(_ node: Value) {}
    public mutating func enter(_ node: ObjectField) -> VisitAction { .continue }
    public mutating func leave(_ node: ObjectField) {}
    public mutating func enter(_ node: TypeReference) -> VisitAction { .continue }
    public mutating func leave(_ node: TypeReference) {}
    public mutating func enter(_ node: NamedType) -> VisitAction { .continue }
    public mutating func leave(_ node: NamedType) {}
    public mutating func enter(_ node: SchemaDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: SchemaDefinition) {}
    public mutating func enter(_ node: OperationTypeDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: OperationTypeDefinition) {}
    public mutating func enter(_ node: ScalarTypeDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: ScalarTypeDefinition) {}
    public mutating func enter(_ node: ObjectTypeDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: ObjectTypeDefinition) {}
    public mutating func enter(_ node: FieldDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: FieldDefinition) {}
    public mutating func enter(_ node: InputValueDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: InputValueDefinition) {}
    public mutating func enter(_ node: InterfaceTypeDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: InterfaceTypeDefinition) {}
    public mutating func enter(_ node: UnionTypeDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: UnionTypeDefinition) {}
    public mutating func enter(_ node: EnumTypeDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: EnumTypeDefinition) {}
    public mutating func enter(_ node: EnumValueDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: EnumValueDefinition) {}
    public mutating func enter(_ node: InputObjectTypeDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: InputObjectTypeDefinition) {}
    public mutating func enter(_ node: DirectiveDefinition) -> VisitAction { .continue }
    public mutating func leave(_ node: DirectiveDefinition) {}
    public mutating func enter(_ node: SchemaExtension) -> VisitAction { .continue }
    public mutating func leave(_ node: SchemaExtension) {}
    public mutating func enter(_ node: ScalarTypeExtension) -> VisitAction { .continue }
    public mutating func leave(_ node: ScalarTypeExtension) {}
    public mutating func enter(_ node: ObjectTypeExtension) -> VisitAction { .continue }
    public mutating func leave(_ node: ObjectTypeExtension) {}
    public mutating func enter(_ node: InterfaceTypeExtension) -> VisitAction { .continue }
    public mutating func leave(_ node: InterfaceTypeExtension) {}
    public mutating func enter(_ node: UnionTypeExtension) -> VisitAction { .continue }
    public mutating func leave(_ node: UnionTypeExtension) {}
    public mutating func enter(_ node: EnumTypeExtension) -> VisitAction { .continue }
    public mutating func leave(_ node: EnumTypeExtension) {}
    public mutating func enter(_ node: InputObjectTypeExtension) -> VisitAction { .continue }
    public mutating func leave(_ node: InputObjectTypeExtension) {}
}
