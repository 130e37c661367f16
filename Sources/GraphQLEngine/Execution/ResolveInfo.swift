/// What a resolver knows besides its parent objects: the request's context, the field's coerced arguments,
/// the field and the selections below it.
///
/// The executor itself is not generic over the context: it hands every resolver a `FieldInfo`, and the binding
/// (inlined, and so specialized, in the module that binds the resolvers) views it as a `ResolveInfo<Context>`.
public struct ResolveInfo<Context: Sendable>: Sendable {
    @usableFromInline let base: FieldInfo

    @inlinable init(_ base: FieldInfo) { self.base = base }

    /// The request's context, boxed once per execution: an info then copies one reference rather than the whole
    /// context (a struct context would otherwise be copied, member by member, per field).
    public var context: Context { unsafeDowncast(base.contextBox, to: ContextBox<Context>.self).value }
    public var arguments: ArgumentValues { base.arguments }
    public var field: GraphQLField { base.field }
    public var parentType: GraphQLObjectType { base.parentType }
    /// The field's nodes in the document (more than one when the same response key is selected twice).
    public var fieldNodes: [Field] { base.fieldNodes.all }

    /// True when the selection below this field asks for a field of that name on its direct child
    /// (through fragments too): a connection resolver asks whether `totalCount` is wanted.
    public func selects(_ name: String) -> Bool { base.selects(name) }
}

/// A resolver's view of its field, the same for every context type.
@usableFromInline struct FieldInfo: Sendable {
    /// A `ContextBox<Context>` of the execution's context type.
    @usableFromInline let contextBox: any AnyObject & Sendable
    let arguments: ArgumentValues
    let field: GraphQLField
    let parentType: GraphQLObjectType
    let fieldNodes: FieldNodes
    let fragments: [String: FragmentDefinition]

    init(
        contextBox: any AnyObject & Sendable, arguments: ArgumentValues, field: GraphQLField, parentType: GraphQLObjectType,
        fieldNodes: FieldNodes, fragments: [String: FragmentDefinition]
    ) {
        self.contextBox = contextBox
        self.arguments = arguments
        self.field = field
        self.parentType = parentType
        self.fieldNodes = fieldNodes
        self.fragments = fragments
    }

    func selects(_ name: String) -> Bool {
        var visited: Set<String> = []
        return fieldNodes.contains { node in
            node.selectionSet.map { selects(name, in: $0, visited: &visited) } ?? false
        }
    }

    private func selects(_ name: String, in selectionSet: SelectionSet, visited: inout Set<String>) -> Bool {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                if field.name.value == name { return true }
            case .inlineFragment(let fragment):
                if selects(name, in: fragment.selectionSet, visited: &visited) { return true }
            case .fragmentSpread(let spread):
                guard visited.insert(spread.name.value).inserted, let fragment = fragments[spread.name.value] else {
                    continue
                }
                if selects(name, in: fragment.selectionSet, visited: &visited) { return true }
            }
        }
        return false
    }
}

/// A field's arguments after coercion, in the order the schema declares them; absent ones are missing.
public struct ArgumentValues: Sendable, Equatable {
    public var entries: [(String, JSONValue)]

    public init(_ entries: [(String, JSONValue)] = []) { self.entries = entries }

    public subscript(name: String) -> JSONValue? {
        for (key, value) in entries where key == name { return value }
        return nil
    }

    public func int(_ name: String) -> Int? {
        if case .int(let value)? = self[name] { return value }
        return nil
    }

    public func string(_ name: String) -> String? {
        if case .string(let value)? = self[name] { return value }
        return nil
    }

    public func bool(_ name: String) -> Bool? {
        if case .bool(let value)? = self[name] { return value }
        return nil
    }

    public static func == (lhs: ArgumentValues, rhs: ArgumentValues) -> Bool {
        JSONValue.object(lhs.entries) == JSONValue.object(rhs.entries)
    }
}

/// One execution's context, shared by every `ResolveInfo` of the execution.
@usableFromInline final class ContextBox<Context: Sendable>: Sendable {
    @usableFromInline let value: Context
    init(_ value: Context) { self.value = value }
}
