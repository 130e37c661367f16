/// An object type: named fields, possibly implementing interfaces.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
///
/// ```swift
/// let idField = schema.queryType?.fieldMap["viewer"]
/// ```
public final class GraphQLObjectType: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    /// Fields in definition order (extensions append); `fields[i].index == i`.
    @exclusivity(unchecked) public internal(set) var fields: [GraphQLField] = []
    @exclusivity(unchecked) public internal(set) var fieldMap: [String: GraphQLField] = [:] {
        didSet { fieldLookup = FieldLookup(fieldMap) }
    }
    /// `fieldMap` again, for the look-ups of validation and execution.
    @exclusivity(unchecked) private var fieldLookup = FieldLookup([:])
    @exclusivity(unchecked) public internal(set) var interfaces: [GraphQLInterfaceType] = []
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: ObjectTypeDefinition?
    @exclusivity(unchecked) public internal(set) var extensionASTNodes: [ObjectTypeExtension] = []

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }

    public func field(named name: String) -> GraphQLField? { fieldLookup.field(named: name) }

    /// The first applied directive of that name on the type.
    public func directive(named name: String) -> GraphQLAppliedDirective? {
        appliedDirectives.first { $0.name == name }
    }
}

/// An interface type: fields that implementing objects and interfaces must provide.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
public final class GraphQLInterfaceType: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    /// Fields in definition order (extensions append); `fields[i].index == i`.
    @exclusivity(unchecked) public internal(set) var fields: [GraphQLField] = []
    @exclusivity(unchecked) public internal(set) var fieldMap: [String: GraphQLField] = [:] {
        didSet { fieldLookup = FieldLookup(fieldMap) }
    }
    /// `fieldMap` again, for the look-ups of validation and execution.
    @exclusivity(unchecked) private var fieldLookup = FieldLookup([:])
    @exclusivity(unchecked) public internal(set) var interfaces: [GraphQLInterfaceType] = []
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: InterfaceTypeDefinition?
    @exclusivity(unchecked) public internal(set) var extensionASTNodes: [InterfaceTypeExtension] = []

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }

    public func field(named name: String) -> GraphQLField? { fieldLookup.field(named: name) }

    public func directive(named name: String) -> GraphQLAppliedDirective? {
        appliedDirectives.first { $0.name == name }
    }
}

/// A union type: one of several object types.
///
/// Mutated only while the schema is being built, immutable afterwards (hence `@unchecked Sendable`).
public final class GraphQLUnionType: @unchecked Sendable {
    public let name: String
    @exclusivity(unchecked) public internal(set) var description: String?
    @exclusivity(unchecked) public internal(set) var types: [GraphQLObjectType] = []
    @exclusivity(unchecked) public internal(set) var appliedDirectives: [GraphQLAppliedDirective] = []
    @exclusivity(unchecked) public internal(set) var astNode: UnionTypeDefinition?
    @exclusivity(unchecked) public internal(set) var extensionASTNodes: [UnionTypeExtension] = []

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }

    public func directive(named name: String) -> GraphQLAppliedDirective? {
        appliedDirectives.first { $0.name == name }
    }
}

/// Fields by name, for the look-ups that validation and execution make for every field of a document.
///
/// Open addressing on FNV-1a of the name's bytes: a `Dictionary` hashes each name with SipHash, about a tenth of
/// the validation of a dashboard query. The table is rebuilt whenever a type's `fieldMap` is assigned (once, by the
/// schema builder) from the schema's names, so a document cannot grow it, and a probe is bounded by its size.
struct FieldLookup: Sendable {
    private let names: [String]
    private let fields: [GraphQLField]
    /// Indices into `names`; -1: empty. A power of two, at least twice the number of fields.
    private let slots: [Int32]

    init(_ map: [String: GraphQLField]) {
        names = Array(map.keys)
        fields = names.map { map[$0]! }
        var size = 8
        while size < names.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        for index in names.indices {
            var slot = Self.hash(names[index]) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index)
        }
        self.slots = slots
    }

    func field(named name: String) -> GraphQLField? {
        let mask = slots.count - 1
        var slot = Self.hash(name) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if names[index] == name { return fields[index] }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    static func hash(_ name: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        if let found = name.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }) {
            return Int(truncatingIfNeeded: found ^ (found >> 32))
        }
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
