/// A type reference in a schema: a named type, or a list or non-null wrapper around another type.
///
/// ```swift
/// let type: GraphQLType = .nonNull(.list(.nonNull(.named(.scalar(GraphQLScalarType.int)))))
/// type.description  // "[Int!]!"
/// ```
public indirect enum GraphQLType: Sendable, Hashable, CustomStringConvertible {
    case named(GraphQLNamedType)
    case list(GraphQLType)
    case nonNull(GraphQLType)

    /// The named type under all list and non-null wrappers.
    public var namedType: GraphQLNamedType {
        switch self {
        case .named(let named): return named
        case .list(let inner), .nonNull(let inner): return inner.namedType
        }
    }

    /// This type without its outer non-null wrapper, if any.
    public var nullableType: GraphQLType {
        if case .nonNull(let inner) = self { return inner }
        return self
    }

    public var isNonNull: Bool {
        if case .nonNull = self { return true }
        return false
    }

    /// True for a list, or a non-null list.
    public var isList: Bool {
        if case .list = nullableType { return true }
        return false
    }

    /// The element type of a (possibly non-null) list; nil when this type is not a list.
    public var listItemType: GraphQLType? {
        if case .list(let item) = nullableType { return item }
        return nil
    }

    public var isInputType: Bool { namedType.isInputType }
    public var isOutputType: Bool { namedType.isOutputType }
    /// True only for an unwrapped scalar or enum, as graphql-js `isLeafType` (wrappers are not leaves).
    public var isLeafType: Bool {
        if case .named(let named) = self { return named.isLeafType }
        return false
    }
    /// True only for an unwrapped object, interface or union.
    public var isCompositeType: Bool {
        if case .named(let named) = self { return named.isCompositeType }
        return false
    }
    /// True only for an unwrapped interface or union.
    public var isAbstractType: Bool {
        if case .named(let named) = self { return named.isAbstractType }
        return false
    }

    /// The type as SDL prints it, such as `[Int!]!`.
    public var description: String {
        switch self {
        case .named(let named): return named.name
        case .list(let inner): return "[\(inner.description)]"
        case .nonNull(let inner): return "\(inner.description)!"
        }
    }
}

/// A named type of a schema; each case holds the type's unique instance, compared by identity.
public enum GraphQLNamedType: Sendable, Hashable, CustomStringConvertible {
    case scalar(GraphQLScalarType)
    case object(GraphQLObjectType)
    case interface(GraphQLInterfaceType)
    case union(GraphQLUnionType)
    case enumType(GraphQLEnumType)
    case inputObject(GraphQLInputObjectType)

    public var name: String {
        switch self {
        case .scalar(let type): return type.name
        case .object(let type): return type.name
        case .interface(let type): return type.name
        case .union(let type): return type.name
        case .enumType(let type): return type.name
        case .inputObject(let type): return type.name
        }
    }

    public var typeDescription: String? {
        switch self {
        case .scalar(let type): return type.description
        case .object(let type): return type.description
        case .interface(let type): return type.description
        case .union(let type): return type.description
        case .enumType(let type): return type.description
        case .inputObject(let type): return type.description
        }
    }

    /// The introspection kind of this type.
    public var kind: GraphQLTypeKind {
        switch self {
        case .scalar: return .scalar
        case .object: return .object
        case .interface: return .interface
        case .union: return .union
        case .enumType: return .enumType
        case .inputObject: return .inputObject
        }
    }

    /// Identity of the underlying class instance: two named types are the same type when these match.
    public var id: ObjectIdentifier {
        switch self {
        case .scalar(let type): return ObjectIdentifier(type)
        case .object(let type): return ObjectIdentifier(type)
        case .interface(let type): return ObjectIdentifier(type)
        case .union(let type): return ObjectIdentifier(type)
        case .enumType(let type): return ObjectIdentifier(type)
        case .inputObject(let type): return ObjectIdentifier(type)
        }
    }

    /// Directives applied to this type's definition and extensions.
    public var appliedDirectives: [GraphQLAppliedDirective] {
        switch self {
        case .scalar(let type): return type.appliedDirectives
        case .object(let type): return type.appliedDirectives
        case .interface(let type): return type.appliedDirectives
        case .union(let type): return type.appliedDirectives
        case .enumType(let type): return type.appliedDirectives
        case .inputObject(let type): return type.appliedDirectives
        }
    }

    public var isInputType: Bool {
        switch self {
        case .scalar, .enumType, .inputObject: return true
        case .object, .interface, .union: return false
        }
    }

    public var isOutputType: Bool {
        switch self {
        case .scalar, .enumType, .object, .interface, .union: return true
        case .inputObject: return false
        }
    }

    public var isLeafType: Bool {
        switch self {
        case .scalar, .enumType: return true
        default: return false
        }
    }

    public var isCompositeType: Bool {
        switch self {
        case .object, .interface, .union: return true
        default: return false
        }
    }

    public var isAbstractType: Bool {
        switch self {
        case .interface, .union: return true
        default: return false
        }
    }

    /// The fields of an object or interface; empty for other kinds.
    public var fields: [GraphQLField] {
        switch self {
        case .object(let type): return type.fields
        case .interface(let type): return type.fields
        default: return []
        }
    }

    /// A field of an object or interface by name, without meta fields (see `GraphQLSchema.field(named:on:)`).
    public func field(named name: String) -> GraphQLField? {
        switch self {
        case .object(let type): return type.field(named: name)
        case .interface(let type): return type.field(named: name)
        default: return nil
        }
    }

    public var description: String { name }

    public static func == (lhs: GraphQLNamedType, rhs: GraphQLNamedType) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// The kinds `__Type.kind` reports; raw values are the `__TypeKind` enum values.
public enum GraphQLTypeKind: String, Sendable, CaseIterable {
    case scalar = "SCALAR"
    case object = "OBJECT"
    case interface = "INTERFACE"
    case union = "UNION"
    case enumType = "ENUM"
    case inputObject = "INPUT_OBJECT"
    case list = "LIST"
    case nonNull = "NON_NULL"
}
