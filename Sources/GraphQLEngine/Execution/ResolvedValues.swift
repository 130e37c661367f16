/// A value a resolver may return for a scalar or enum field: it becomes a `JSONValue` before result coercion.
///
/// ```swift
/// enum OrderStatus: String, LeafValue { case pending = "PENDING", activated = "ACTIVATED" }
/// ```
public protocol LeafValue: Sendable {
    var leafValue: JSONValue { get }
}

extension String: LeafValue {
    @inlinable public var leafValue: JSONValue { .string(self) }
}

extension Int: LeafValue {
    @inlinable public var leafValue: JSONValue { .int(self) }
}

extension Int64: LeafValue {
    @inlinable public var leafValue: JSONValue { .int(Int(self)) }
}

extension Bool: LeafValue {
    @inlinable public var leafValue: JSONValue { .bool(self) }
}

extension Double: LeafValue {
    @inlinable public var leafValue: JSONValue { .double(self) }
}

extension JSONValue: LeafValue {
    @inlinable public var leafValue: JSONValue { self }
}

extension Optional: LeafValue where Wrapped: LeafValue {
    @inlinable public var leafValue: JSONValue { self?.leafValue ?? .null }
}

extension Array: LeafValue where Element: LeafValue {
    @inlinable public var leafValue: JSONValue { .list(map(\.leafValue)) }
}

extension LeafValue where Self: RawRepresentable, RawValue == String {
    @inlinable public var leafValue: JSONValue { .string(rawValue) }
}

/// What a resolver returns for an object, interface or union field: an object, nil, or lists of them.
///
/// The executor gathers the objects of every parent into one typed batch (`[Child]`), so the next level's
/// resolvers receive all of them at once; `encode(into:)` records where each one sits in the response.
/// A type whose `Child` is itself is one object, and an array of it is handed over whole (`appendList`),
/// without calling each element's `encode(into:)`.
public protocol ResolvedChildren: Sendable {
    associatedtype Child: Sendable
    func encode(into encoder: inout ShapeEncoder<Child>)
}

/// A Swift type that an object type (or an interface or union) of the schema is bound to.
///
/// ```swift
/// struct OrderRow: GraphQLObjectValue { let id: Int64; let number: String }
/// ```
public protocol GraphQLObjectValue: ResolvedChildren where Child == Self {}

extension GraphQLObjectValue {
    @inlinable public func encode(into encoder: inout ShapeEncoder<Self>) { encoder.appendObject(self) }
}

extension Optional: ResolvedChildren where Wrapped: ResolvedChildren {
    public typealias Child = Wrapped.Child
    @inlinable public func encode(into encoder: inout ShapeEncoder<Wrapped.Child>) {
        if let self { self.encode(into: &encoder) } else { encoder.appendNull() }
    }
}

extension Array: ResolvedChildren where Element: ResolvedChildren {
    public typealias Child = Element.Child
    @inlinable public func encode(into encoder: inout ShapeEncoder<Element.Child>) {
        if Element.self == Element.Child.self {
            // An array of objects (the type test is decided where the types are known): handed over whole.
            encoder.appendList(unsafeBitCast(self, to: [Element.Child].self))
            return
        }
        encoder.beginList(count: count)
        withUnsafeBufferPointer { elements in
            for index in elements.indices { elements[index].encode(into: &encoder) }
        }
    }
}

/// Records the shape of resolved values (objects, nulls, lists) as flat codes and gathers the objects.
///
/// Codes: `-1` null, `-2` followed by a count for a list, `k >= 0` the k-th gathered object.
public struct ShapeEncoder<Child: Sendable> {
    @usableFromInline static var nullCode: Int32 { -1 }
    @usableFromInline static var listCode: Int32 { -2 }

    @usableFromInline var codes: [Int32] = []
    /// The objects appended one by one since the last list handed over whole.
    @usableFromInline var objects: [Child] = []
    /// The objects gathered before `objects`, as arrays: lists handed over whole, and earlier runs of `objects`.
    @usableFromInline var segments: [[Child]] = []
    /// How many objects `segments` hold.
    @usableFromInline var segmentedCount = 0

    /// The number of parents, each of which usually adds one value.
    @usableFromInline let expectedCount: Int

    @inlinable init(expectedCount: Int) {
        self.expectedCount = expectedCount
        codes.reserveCapacity(expectedCount)
    }

    @inlinable public mutating func appendObject(_ object: Child) {
        codes.append(Int32(segmentedCount + objects.count))
        // Room for one object per parent at the first: most fields give each parent one object or none.
        if objects.capacity == 0 { objects.reserveCapacity(expectedCount) }
        objects.append(object)
    }

    /// A list of objects, kept as the array it is rather than copied object by object.
    @inlinable public mutating func appendList(_ list: [Child]) {
        beginList(count: list.count)
        guard !list.isEmpty else { return }
        if segments.isEmpty { segments.reserveCapacity(expectedCount + 1) }
        let first = segmentedCount + objects.count
        for offset in 0..<list.count { codes.append(Int32(first + offset)) }
        closeObjectRun()
        segments.append(list)
        segmentedCount += list.count
    }

    /// The gathered objects, in the order of their codes.
    @inlinable consuming func makeBatch() -> TypedBatch<Child> {
        if segments.isEmpty { return TypedBatch(objects) }
        closeObjectRun()
        return TypedBatch(segments: segments, count: segmentedCount)
    }

    /// Moves the objects appended one by one so far into a segment of their own.
    @inlinable mutating func closeObjectRun() {
        guard !objects.isEmpty else { return }
        segmentedCount += objects.count
        segments.append(objects)
        objects = []
    }

    @inlinable public mutating func appendNull() { codes.append(Self.nullCode) }

    @inlinable public mutating func beginList(count: Int) {
        codes.append(Self.listCode)
        codes.append(Int32(count))
    }
}
