/// The syntax tree of a GraphQL document: value types, `Sendable`, every node with its `Location`.
///
/// Names follow the specification's grammar. Equality ignores locations (see `Location`). A node's lists are
/// `NodeList`s, which read like arrays and take array literals; the parser packs them into a few shared blocks.
///
/// ```swift
/// let document = try Parser.parse("{ viewer { name } }")
/// if case .operation(let operation) = document.definitions[0] { print(operation.operation) }  // query
/// ```
public struct Document: Sendable, Equatable {
    public var definitions: [Definition]
    public var loc: Location

    public init(definitions: [Definition], loc: Location = .synthetic) {
        self.definitions = definitions
        self.loc = loc
    }
}

/// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
public enum Definition: Sendable, Equatable {
    case operation(OperationDefinition)
    case fragment(FragmentDefinition)
    case schema(SchemaDefinition)
    case scalar(ScalarTypeDefinition)
    case object(ObjectTypeDefinition)
    case interface(InterfaceTypeDefinition)
    case union(UnionTypeDefinition)
    case enumType(EnumTypeDefinition)
    case inputObject(InputObjectTypeDefinition)
    case directive(DirectiveDefinition)
    case schemaExtension(SchemaExtension)
    case scalarExtension(ScalarTypeExtension)
    case objectExtension(ObjectTypeExtension)
    case interfaceExtension(InterfaceTypeExtension)
    case unionExtension(UnionTypeExtension)
    case enumExtension(EnumTypeExtension)
    case inputObjectExtension(InputObjectTypeExtension)

    public var loc: Location {
        switch self {
        case .operation(let node): return node.loc
        case .fragment(let node): return node.loc
        case .schema(let node): return node.loc
        case .scalar(let node): return node.loc
        case .object(let node): return node.loc
        case .interface(let node): return node.loc
        case .union(let node): return node.loc
        case .enumType(let node): return node.loc
        case .inputObject(let node): return node.loc
        case .directive(let node): return node.loc
        case .schemaExtension(let node): return node.loc
        case .scalarExtension(let node): return node.loc
        case .objectExtension(let node): return node.loc
        case .interfaceExtension(let node): return node.loc
        case .unionExtension(let node): return node.loc
        case .enumExtension(let node): return node.loc
        case .inputObjectExtension(let node): return node.loc
        }
    }

    /// True for operations and fragments.
    public var isExecutable: Bool {
        switch self {
        case .operation, .fragment: return true
        default: return false
        }
    }
}

/// A name token: `[_A-Za-z][_0-9A-Za-z]*`.
public struct Name: Sendable, Equatable {
    public var value: String
    public var loc: Location

    public init(_ value: String, loc: Location = .synthetic) {
        self.value = value
        self.loc = loc
    }
}

// MARK: - Executable definitions

/// OperationType : one of `query` `mutation` `subscription`
public enum OperationType: String, Sendable, Equatable {
    case query, mutation, subscription
}

/// OperationDefinition : OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
public struct OperationDefinition: Sendable, Equatable {
    // `loc` first: see `Field`.
    public var loc: Location
    public var operation: OperationType
    public var name: Name?
    public var variableDefinitions: NodeList<VariableDefinition>
    public var directives: NodeList<Directive>
    public var selectionSet: SelectionSet
}

extension OperationDefinition {
    public init(
        operation: OperationType, name: Name? = nil, variableDefinitions: NodeList<VariableDefinition> = [],
        directives: NodeList<Directive> = [], selectionSet: SelectionSet, loc: Location = .synthetic
    ) {
        self.init(
            loc: loc, operation: operation, name: name, variableDefinitions: variableDefinitions, directives: directives,
            selectionSet: selectionSet)
    }
}

/// VariableDefinition : Variable : Type DefaultValue? Directives[Const]?
public struct VariableDefinition: Sendable, Equatable {
    // `loc` first: see `Field`.
    public var loc: Location
    public var variable: Variable
    public var type: TypeReference
    public var defaultValue: Value?
    public var directives: NodeList<Directive>
}

extension VariableDefinition {
    public init(
        variable: Variable, type: TypeReference, defaultValue: Value? = nil, directives: NodeList<Directive> = [],
        loc: Location = .synthetic
    ) {
        self.init(loc: loc, variable: variable, type: type, defaultValue: defaultValue, directives: directives)
    }
}

/// Variable : `$` Name
public struct Variable: Sendable, Equatable {
    public var name: Name
    public var loc: Location

    public init(name: Name, loc: Location = .synthetic) {
        self.name = name
        self.loc = loc
    }
}

/// SelectionSet : `{` Selection+ `}`
public struct SelectionSet: Sendable, Equatable {
    public var selections: NodeList<Selection>
    public var loc: Location

    public init(selections: NodeList<Selection>, loc: Location = .synthetic) {
        self.selections = selections
        self.loc = loc
    }
}

/// Selection : Field | FragmentSpread | InlineFragment
public enum Selection: Sendable, Equatable {
    case field(Field)
    case fragmentSpread(FragmentSpread)
    case inlineFragment(InlineFragment)

    public var loc: Location {
        switch self {
        case .field(let node): return node.loc
        case .fragmentSpread(let node): return node.loc
        case .inlineFragment(let node): return node.loc
        }
    }

    public var directives: NodeList<Directive> {
        switch self {
        case .field(let node): return node.directives
        case .fragmentSpread(let node): return node.directives
        case .inlineFragment(let node): return node.directives
        }
    }
}

/// Field : Alias? Name Arguments? Directives? SelectionSet?
public struct Field: Sendable, Equatable {
    // `loc` comes first so the compiler's memberwise initializer, `init(loc:alias:...)`, differs from the public
    // one: the parser builds fields with it, which saves a retain and release of every member per field
    // (an explicit initializer of a struct with optional members copies the struct once).
    public var loc: Location
    public var alias: Name?
    public var name: Name
    public var arguments: NodeList<Argument>
    public var directives: NodeList<Directive>
    public var selectionSet: SelectionSet?

    /// The key of this field in the response: its alias, else its name.
    public var responseKey: String { alias?.value ?? name.value }
}

extension Field {
    public init(
        alias: Name? = nil, name: Name, arguments: NodeList<Argument> = [], directives: NodeList<Directive> = [],
        selectionSet: SelectionSet? = nil, loc: Location = .synthetic
    ) {
        self.init(
            loc: loc, alias: alias, name: name, arguments: arguments, directives: directives, selectionSet: selectionSet)
    }
}

/// Argument : Name : Value
public struct Argument: Sendable, Equatable {
    public var name: Name
    public var value: Value
    public var loc: Location

    public init(name: Name, value: Value, loc: Location = .synthetic) {
        self.name = name
        self.value = value
        self.loc = loc
    }
}

/// FragmentSpread : `...` FragmentName Directives?
public struct FragmentSpread: Sendable, Equatable {
    public var name: Name
    public var directives: NodeList<Directive>
    public var loc: Location

    public init(name: Name, directives: NodeList<Directive> = [], loc: Location = .synthetic) {
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// InlineFragment : `...` TypeCondition? Directives? SelectionSet
public struct InlineFragment: Sendable, Equatable {
    // `loc` first: see `Field`.
    public var loc: Location
    public var typeCondition: NamedType?
    public var directives: NodeList<Directive>
    public var selectionSet: SelectionSet
}

extension InlineFragment {
    public init(
        typeCondition: NamedType? = nil, directives: NodeList<Directive> = [], selectionSet: SelectionSet,
        loc: Location = .synthetic
    ) {
        self.init(loc: loc, typeCondition: typeCondition, directives: directives, selectionSet: selectionSet)
    }
}

/// FragmentDefinition : `fragment` FragmentName TypeCondition Directives? SelectionSet
public struct FragmentDefinition: Sendable, Equatable {
    public var name: Name
    public var typeCondition: NamedType
    public var directives: NodeList<Directive>
    public var selectionSet: SelectionSet
    public var loc: Location

    public init(
        name: Name, typeCondition: NamedType, directives: NodeList<Directive> = [], selectionSet: SelectionSet,
        loc: Location = .synthetic
    ) {
        self.name = name
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.loc = loc
    }
}

/// Directive : `@` Name Arguments?
public struct Directive: Sendable, Equatable {
    public var name: Name
    public var arguments: NodeList<Argument>
    public var loc: Location

    public init(name: Name, arguments: NodeList<Argument> = [], loc: Location = .synthetic) {
        self.name = name
        self.arguments = arguments
        self.loc = loc
    }
}

// MARK: - Values

/// Value : Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue
///
/// Int and Float keep their source text: coercion, not parsing, decides what fits.
///
/// Not `indirect`: lists and objects recurse through `NodeList`s, which are already references, so no case needs a
/// box of its own (an indirect enum allocates one per value, scalars included).
public enum Value: Sendable, Equatable {
    case variable(Variable)
    case int(String, Location)
    case float(String, Location)
    /// A string or block string, already decoded; `block` records which form the source used.
    case string(String, block: Bool, Location)
    case boolean(Bool, Location)
    case null(Location)
    case enumValue(String, Location)
    case list(NodeList<Value>, Location)
    case object(NodeList<ObjectField>, Location)

    public var loc: Location {
        switch self {
        case .variable(let variable): return variable.loc
        case .int(_, let loc), .float(_, let loc), .string(_, _, let loc), .boolean(_, let loc),
            .enumValue(_, let loc), .list(_, let loc), .object(_, let loc):
            return loc
        case .null(let loc): return loc
        }
    }
}

/// ObjectField : Name : Value
public struct ObjectField: Sendable, Equatable {
    public var name: Name
    public var value: Value
    public var loc: Location

    public init(name: Name, value: Value, loc: Location = .synthetic) {
        self.name = name
        self.value = value
        self.loc = loc
    }
}

// MARK: - Types

/// Type : NamedType | ListType | NonNullType
///
/// A named type wrapped in layers of lists and non-nulls. Switch on `shape` to take the outermost layer off;
/// build with `.named(_:)`, `.list(_:_:)` and `.nonNull(_:_:)`.
///
/// A struct rather than an `indirect` enum, which allocated a box per layer: up to three layers (`ID!`,
/// `[Role!]!`, nearly every reference a document holds) are stored inline, each location as its distances from the
/// named type's, so that a reference is 48 bytes and allocates nothing. Deeper references, and layers whose
/// locations do not enclose the named type's within 65,535 bytes, keep their layers in an array.
public struct TypeReference: Sendable, Equatable {
    /// The named type at the bottom of lists and non-nulls.
    public private(set) var namedType: NamedType
    private var layers = Layers.inline(0, 0, 0, 0)

    private struct Layer: Sendable {
        var isList: Bool
        var loc: Location
    }

    /// The layers around `namedType`, innermost first.
    private enum Layers: Sendable {
        /// Up to three layers. Layer `i`'s word holds how far its start is before the named type's start (low 16
        /// bits) and its end after the named type's end (high 16 bits); `info` holds the count (bits 0-1) and, in
        /// bit `2 + i`, whether layer `i` is a list.
        case inline(UInt32, UInt32, UInt32, UInt8)
        case boxed([Layer])
    }

    /// One layer of a type reference: the named type, or a list or non-null around the inner reference.
    public enum Shape: Sendable, Equatable {
        case named(NamedType)
        case list(TypeReference, Location)
        case nonNull(TypeReference, Location)
    }

    /// A bare named type.
    public init(_ named: NamedType) {
        namedType = named
    }

    /// A bare named type.
    public static func named(_ named: NamedType) -> TypeReference { TypeReference(named) }

    /// ListType : [ Type ]
    public static func list(_ inner: TypeReference, _ loc: Location) -> TypeReference {
        var type = inner
        type.wrap(isList: true, loc: loc)
        return type
    }

    /// NonNullType : NamedType ! | ListType !
    public static func nonNull(_ inner: TypeReference, _ loc: Location) -> TypeReference {
        var type = inner
        type.wrap(isList: false, loc: loc)
        return type
    }

    /// Wraps the reference in one more layer, a list or a non-null, that spans `loc`.
    @inline(__always)
    mutating func wrap(isList: Bool, loc: Location) {
        if case .inline(let word0, let word1, _, let info) = layers {
            let count = info & 3
            let before = namedType.loc.start &- loc.start
            let after = loc.end &- namedType.loc.end
            if count < 3 && before >= 0 && before <= 0xFFFF && after >= 0 && after <= 0xFFFF {
                let word = UInt32(truncatingIfNeeded: before) | UInt32(truncatingIfNeeded: after) &<< 16
                let newInfo = (info &+ 1) | (isList ? 4 &<< count : 0)
                switch count {
                case 0: layers = .inline(word, 0, 0, newInfo)
                case 1: layers = .inline(word0, word, 0, newInfo)
                default: layers = .inline(word0, word1, word, newInfo)
                }
                return
            }
        }
        layers = .boxed(allLayers() + [Layer(isList: isList, loc: loc)])
    }

    /// The location a layer's word gives.
    private func location(_ word: UInt32) -> Location {
        Location(
            start: namedType.loc.start - Int(word & 0xFFFF), end: namedType.loc.end + Int(word &>> 16))
    }

    /// Every layer, innermost first.
    private func allLayers() -> [Layer] {
        switch layers {
        case .inline(let word0, let word1, let word2, let info):
            let words = [word0, word1, word2]
            return (0..<Int(info & 3)).map { index in
                Layer(isList: info & (4 &<< UInt8(index)) != 0, loc: location(words[index]))
            }
        case .boxed(let layers):
            return layers
        }
    }

    /// The outermost layer, with the reference inside it.
    public var shape: Shape {
        switch layers {
        case .inline(let word0, let word1, let word2, let info):
            let count = info & 3
            guard count > 0 else { return .named(namedType) }
            var inner = self
            let top = count &- 1
            inner.layers = .inline(top > 0 ? word0 : 0, top > 1 ? word1 : 0, 0, top | (info & ~(4 &<< top) & ~3))
            let word = top == 0 ? word0 : top == 1 ? word1 : word2
            let loc = location(word)
            return info & (4 &<< top) != 0 ? .list(inner, loc) : .nonNull(inner, loc)
        case .boxed(let all):
            var inner = TypeReference(namedType)
            for layer in all.dropLast() { inner.wrap(isList: layer.isList, loc: layer.loc) }
            let top = all[all.count - 1]
            return top.isList ? .list(inner, top.loc) : .nonNull(inner, top.loc)
        }
    }

    /// Whether the outermost layer is a non-null.
    public var isNonNull: Bool {
        switch layers {
        case .inline(_, _, _, let info):
            let count = info & 3
            return count > 0 && info & (4 &<< (count &- 1)) == 0
        case .boxed(let all):
            return !all[all.count - 1].isList
        }
    }

    /// The location of the outermost layer.
    public var loc: Location {
        switch shape {
        case .named(let named): return named.loc
        case .list(_, let loc), .nonNull(_, let loc): return loc
        }
    }

    /// Equal when the named types are and the layers are the same kinds in the same order; locations are ignored.
    public static func == (lhs: TypeReference, rhs: TypeReference) -> Bool {
        guard lhs.namedType == rhs.namedType else { return false }
        if case .inline(_, _, _, let left) = lhs.layers, case .inline(_, _, _, let right) = rhs.layers {
            return left == right
        }
        return lhs.allLayers().map(\.isList) == rhs.allLayers().map(\.isList)
    }
}

/// NamedType : Name
public struct NamedType: Sendable, Equatable {
    public var name: Name
    public var loc: Location

    public init(name: Name, loc: Location = .synthetic) {
        self.name = name
        self.loc = loc
    }
}

// MARK: - Type system definitions

/// Description : StringValue
public struct Description: Sendable, Equatable {
    public var value: String
    public var block: Bool
    public var loc: Location

    public init(_ value: String, block: Bool = false, loc: Location = .synthetic) {
        self.value = value
        self.block = block
        self.loc = loc
    }
}

/// SchemaDefinition : Description? `schema` Directives[Const]? `{` RootOperationTypeDefinition+ `}`
public struct SchemaDefinition: Sendable, Equatable {
    public var description: Description?
    public var directives: NodeList<Directive>
    public var operationTypes: NodeList<OperationTypeDefinition>
    public var loc: Location

    public init(
        description: Description? = nil, directives: NodeList<Directive> = [], operationTypes: NodeList<OperationTypeDefinition>,
        loc: Location = .synthetic
    ) {
        self.description = description
        self.directives = directives
        self.operationTypes = operationTypes
        self.loc = loc
    }
}

/// RootOperationTypeDefinition : OperationType : NamedType
public struct OperationTypeDefinition: Sendable, Equatable {
    public var operation: OperationType
    public var type: NamedType
    public var loc: Location

    public init(operation: OperationType, type: NamedType, loc: Location = .synthetic) {
        self.operation = operation
        self.type = type
        self.loc = loc
    }
}

/// ScalarTypeDefinition : Description? `scalar` Name Directives[Const]?
public struct ScalarTypeDefinition: Sendable, Equatable {
    public var description: Description?
    public var name: Name
    public var directives: NodeList<Directive>
    public var loc: Location

    public init(description: Description? = nil, name: Name, directives: NodeList<Directive> = [], loc: Location = .synthetic) {
        self.description = description
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// ObjectTypeDefinition : Description? `type` Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
public struct ObjectTypeDefinition: Sendable, Equatable {
    public var description: Description?
    public var name: Name
    public var interfaces: NodeList<NamedType>
    public var directives: NodeList<Directive>
    public var fields: NodeList<FieldDefinition>
    public var loc: Location

    public init(
        description: Description? = nil, name: Name, interfaces: NodeList<NamedType> = [], directives: NodeList<Directive> = [],
        fields: NodeList<FieldDefinition> = [], loc: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
public struct FieldDefinition: Sendable, Equatable {
    // `loc` first: see `Field`.
    public var loc: Location
    public var description: Description?
    public var name: Name
    public var arguments: NodeList<InputValueDefinition>
    public var type: TypeReference
    public var directives: NodeList<Directive>
}

extension FieldDefinition {
    public init(
        description: Description? = nil, name: Name, arguments: NodeList<InputValueDefinition> = [], type: TypeReference,
        directives: NodeList<Directive> = [], loc: Location = .synthetic
    ) {
        self.init(loc: loc, description: description, name: name, arguments: arguments, type: type, directives: directives)
    }
}

/// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
public struct InputValueDefinition: Sendable, Equatable {
    // `loc` first: see `Field`.
    public var loc: Location
    public var description: Description?
    public var name: Name
    public var type: TypeReference
    public var defaultValue: Value?
    public var directives: NodeList<Directive>
}

extension InputValueDefinition {
    public init(
        description: Description? = nil, name: Name, type: TypeReference, defaultValue: Value? = nil,
        directives: NodeList<Directive> = [], loc: Location = .synthetic
    ) {
        self.init(loc: loc, description: description, name: name, type: type, defaultValue: defaultValue, directives: directives)
    }
}

/// InterfaceTypeDefinition : Description? `interface` Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
public struct InterfaceTypeDefinition: Sendable, Equatable {
    public var description: Description?
    public var name: Name
    public var interfaces: NodeList<NamedType>
    public var directives: NodeList<Directive>
    public var fields: NodeList<FieldDefinition>
    public var loc: Location

    public init(
        description: Description? = nil, name: Name, interfaces: NodeList<NamedType> = [], directives: NodeList<Directive> = [],
        fields: NodeList<FieldDefinition> = [], loc: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// UnionTypeDefinition : Description? `union` Name Directives[Const]? UnionMemberTypes?
public struct UnionTypeDefinition: Sendable, Equatable {
    public var description: Description?
    public var name: Name
    public var directives: NodeList<Directive>
    public var types: NodeList<NamedType>
    public var loc: Location

    public init(
        description: Description? = nil, name: Name, directives: NodeList<Directive> = [], types: NodeList<NamedType> = [],
        loc: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.types = types
        self.loc = loc
    }
}

/// EnumTypeDefinition : Description? `enum` Name Directives[Const]? EnumValuesDefinition?
public struct EnumTypeDefinition: Sendable, Equatable {
    public var description: Description?
    public var name: Name
    public var directives: NodeList<Directive>
    public var values: NodeList<EnumValueDefinition>
    public var loc: Location

    public init(
        description: Description? = nil, name: Name, directives: NodeList<Directive> = [], values: NodeList<EnumValueDefinition> = [],
        loc: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.values = values
        self.loc = loc
    }
}

/// EnumValueDefinition : Description? EnumValue Directives[Const]?
public struct EnumValueDefinition: Sendable, Equatable {
    // `loc` first: see `Field`.
    public var loc: Location
    public var description: Description?
    public var name: Name
    public var directives: NodeList<Directive>
}

extension EnumValueDefinition {
    public init(description: Description? = nil, name: Name, directives: NodeList<Directive> = [], loc: Location = .synthetic) {
        self.init(loc: loc, description: description, name: name, directives: directives)
    }
}

/// InputObjectTypeDefinition : Description? `input` Name Directives[Const]? InputFieldsDefinition?
public struct InputObjectTypeDefinition: Sendable, Equatable {
    public var description: Description?
    public var name: Name
    public var directives: NodeList<Directive>
    public var fields: NodeList<InputValueDefinition>
    public var loc: Location

    public init(
        description: Description? = nil, name: Name, directives: NodeList<Directive> = [], fields: NodeList<InputValueDefinition> = [],
        loc: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation
public enum DirectiveLocation: String, Sendable, Equatable, CaseIterable {
    case query = "QUERY"
    case mutation = "MUTATION"
    case subscription = "SUBSCRIPTION"
    case field = "FIELD"
    case fragmentDefinition = "FRAGMENT_DEFINITION"
    case fragmentSpread = "FRAGMENT_SPREAD"
    case inlineFragment = "INLINE_FRAGMENT"
    case variableDefinition = "VARIABLE_DEFINITION"
    case schema = "SCHEMA"
    case scalar = "SCALAR"
    case object = "OBJECT"
    case fieldDefinition = "FIELD_DEFINITION"
    case argumentDefinition = "ARGUMENT_DEFINITION"
    case interface = "INTERFACE"
    case union = "UNION"
    case enumType = "ENUM"
    case enumValue = "ENUM_VALUE"
    case inputObject = "INPUT_OBJECT"
    case inputFieldDefinition = "INPUT_FIELD_DEFINITION"
}

/// DirectiveDefinition : Description? `directive` `@` Name ArgumentsDefinition? `repeatable`? `on` DirectiveLocations
public struct DirectiveDefinition: Sendable, Equatable {
    public var description: Description?
    public var name: Name
    public var arguments: NodeList<InputValueDefinition>
    public var repeatable: Bool
    public var locations: NodeList<Name>
    public var loc: Location

    public init(
        description: Description? = nil, name: Name, arguments: NodeList<InputValueDefinition> = [], repeatable: Bool = false,
        locations: NodeList<Name>, loc: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.repeatable = repeatable
        self.locations = locations
        self.loc = loc
    }
}

// MARK: - Type system extensions

/// SchemaExtension : `extend` `schema` Directives[Const]? `{` RootOperationTypeDefinition+ `}` | `extend` `schema` Directives[Const]
public struct SchemaExtension: Sendable, Equatable {
    public var directives: NodeList<Directive>
    public var operationTypes: NodeList<OperationTypeDefinition>
    public var loc: Location

    public init(directives: NodeList<Directive> = [], operationTypes: NodeList<OperationTypeDefinition> = [], loc: Location = .synthetic) {
        self.directives = directives
        self.operationTypes = operationTypes
        self.loc = loc
    }
}

/// ScalarTypeExtension : `extend` `scalar` Name Directives[Const]
public struct ScalarTypeExtension: Sendable, Equatable {
    public var name: Name
    public var directives: NodeList<Directive>
    public var loc: Location

    public init(name: Name, directives: NodeList<Directive>, loc: Location = .synthetic) {
        self.name = name
        self.directives = directives
        self.loc = loc
    }
}

/// ObjectTypeExtension : `extend` `type` Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
public struct ObjectTypeExtension: Sendable, Equatable {
    public var name: Name
    public var interfaces: NodeList<NamedType>
    public var directives: NodeList<Directive>
    public var fields: NodeList<FieldDefinition>
    public var loc: Location

    public init(
        name: Name, interfaces: NodeList<NamedType> = [], directives: NodeList<Directive> = [], fields: NodeList<FieldDefinition> = [],
        loc: Location = .synthetic
    ) {
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// InterfaceTypeExtension : `extend` `interface` Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
public struct InterfaceTypeExtension: Sendable, Equatable {
    public var name: Name
    public var interfaces: NodeList<NamedType>
    public var directives: NodeList<Directive>
    public var fields: NodeList<FieldDefinition>
    public var loc: Location

    public init(
        name: Name, interfaces: NodeList<NamedType> = [], directives: NodeList<Directive> = [], fields: NodeList<FieldDefinition> = [],
        loc: Location = .synthetic
    ) {
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}

/// UnionTypeExtension : `extend` `union` Name Directives[Const]? UnionMemberTypes?
public struct UnionTypeExtension: Sendable, Equatable {
    public var name: Name
    public var directives: NodeList<Directive>
    public var types: NodeList<NamedType>
    public var loc: Location

    public init(name: Name, directives: NodeList<Directive> = [], types: NodeList<NamedType> = [], loc: Location = .synthetic) {
        self.name = name
        self.directives = directives
        self.types = types
        self.loc = loc
    }
}

/// EnumTypeExtension : `extend` `enum` Name Directives[Const]? EnumValuesDefinition?
public struct EnumTypeExtension: Sendable, Equatable {
    public var name: Name
    public var directives: NodeList<Directive>
    public var values: NodeList<EnumValueDefinition>
    public var loc: Location

    public init(name: Name, directives: NodeList<Directive> = [], values: NodeList<EnumValueDefinition> = [], loc: Location = .synthetic) {
        self.name = name
        self.directives = directives
        self.values = values
        self.loc = loc
    }
}

/// InputObjectTypeExtension : `extend` `input` Name Directives[Const]? InputFieldsDefinition?
public struct InputObjectTypeExtension: Sendable, Equatable {
    public var name: Name
    public var directives: NodeList<Directive>
    public var fields: NodeList<InputValueDefinition>
    public var loc: Location

    public init(name: Name, directives: NodeList<Directive> = [], fields: NodeList<InputValueDefinition> = [], loc: Location = .synthetic) {
        self.name = name
        self.directives = directives
        self.fields = fields
        self.loc = loc
    }
}
