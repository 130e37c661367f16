/// The resolvers of one object type, bound to the Swift type `T` of its values.
///
/// `field` resolvers run per object and synchronously; `batch` resolvers run once per level with every
/// parent object, and may be `async`.
public struct ObjectBinding<T: Sendable, Context: Sendable> {
    public let typeName: String
    @usableFromInline var fields: [String: BoundField]

    init(typeName: String, fields: [String: BoundField]) {
        self.typeName = typeName
        self.fields = fields
    }

    /// A scalar or enum field read from each object.
    @inlinable public mutating func field<V: LeafValue>(_ name: String, _ resolve: @escaping @Sendable (T) -> V) {
        fields[name] = BoundField(
            resolver: .sync { batch, _ in
                let parents = unsafeDowncast(batch, to: TypedBatch<T>.self)
                var values: [JSONValue] = []
                values.reserveCapacity(parents.count)
                parents.forEachBorrowed { parent, _ in values.append(resolve(parent).leafValue) }
                return ResolverOutput(.leaves(values))
            }, childSwiftType: nil, childSwiftTypeName: "")
    }

    /// A scalar or enum field read from a stored property of each object: `object.field("number", \.number)`.
    ///
    /// The value is read where it lies in the level's arrays, at the property's offset: no closure call and no
    /// copy of the whole object per value (lending a line item to a closure copies all of its bytes). A key path
    /// that is not a stored property (a computed one, or one through a class) is read through the key path, which
    /// costs more than a closure: bind those with a closure.
    @inlinable public mutating func field<V: LeafValue>(_ name: String, _ property: any KeyPath<T, V> & Sendable) {
        guard let offset = MemoryLayout<T>.offset(of: property) else {
            return field(name) { (object: T) -> V in object[keyPath: property] }
        }
        fields[name] = BoundField(
            resolver: .sync { batch, _ in
                let parents = unsafeDowncast(batch, to: TypedBatch<T>.self)
                var values: [JSONValue] = []
                values.reserveCapacity(parents.count)
                parents.forEachStored(at: offset, as: V.self) { value in values.append(value.pointee.leafValue) }
                return ResolverOutput(.leaves(values))
            }, childSwiftType: nil, childSwiftTypeName: "", storedPropertyOffset: offset)
    }

    /// A scalar or enum field computed per object with the arguments and context; a throw fails that object's field only.
    @inlinable public mutating func field<V: LeafValue>(
        _ name: String, _ resolve: @escaping @Sendable (T, ResolveInfo<Context>) throws -> V
    ) {
        fields[name] = BoundField(
            resolver: .sync { batch, fieldInfo in
                let parents = unsafeDowncast(batch, to: TypedBatch<T>.self)
                let info = ResolveInfo<Context>(fieldInfo)
                var output = ResolverOutput(.leaves([]))
                var values: [JSONValue] = []
                values.reserveCapacity(parents.count)
                parents.forEachBorrowed { parent, index in
                    do {
                        values.append(try resolve(parent, info).leafValue)
                    } catch {
                        values.append(.null)
                        output.errors.append((index, error))
                    }
                }
                output.output = .leaves(values)
                return output
            }, childSwiftType: nil, childSwiftTypeName: "")
    }

    /// An object (or list of objects, or nil) read from each object.
    @inlinable public mutating func field<C: ResolvedChildren>(_ name: String, _ resolve: @escaping @Sendable (T) -> C) {
        fields[name] = BoundField(
            resolver: .sync { batch, _ in
                let parents = unsafeDowncast(batch, to: TypedBatch<T>.self)
                var encoder = ShapeEncoder<C.Child>(expectedCount: parents.count)
                parents.forEachBorrowed { parent, _ in resolve(parent).encode(into: &encoder) }
                return ResolverOutput(.children(codes: encoder.codes, batch: encoder.makeBatch()))
            }, childSwiftType: ObjectIdentifier(C.Child.self), childSwiftTypeName: String(describing: C.Child.self))
    }

    /// An object (or list of objects, or nil) read from a stored property of each object, where it lies, as the
    /// scalar field of a key path is (`field(_:_:)` with a key path to a leaf value).
    @inlinable public mutating func field<C: ResolvedChildren>(_ name: String, _ property: any KeyPath<T, C> & Sendable) {
        guard let offset = MemoryLayout<T>.offset(of: property) else {
            return field(name) { (object: T) -> C in object[keyPath: property] }
        }
        fields[name] = BoundField(
            resolver: .sync { batch, _ in
                let parents = unsafeDowncast(batch, to: TypedBatch<T>.self)
                var encoder = ShapeEncoder<C.Child>(expectedCount: parents.count)
                parents.forEachStored(at: offset, as: C.self) { value in withLent(value) { $0.encode(into: &encoder) } }
                return ResolverOutput(.children(codes: encoder.codes, batch: encoder.makeBatch()))
            }, childSwiftType: ObjectIdentifier(C.Child.self), childSwiftTypeName: String(describing: C.Child.self),
            storedPropertyOffset: offset)
    }

    /// An object (or list of objects, or nil) computed per object with the arguments and context.
    @inlinable public mutating func field<C: ResolvedChildren>(
        _ name: String, _ resolve: @escaping @Sendable (T, ResolveInfo<Context>) throws -> C
    ) {
        fields[name] = BoundField(
            resolver: .sync { batch, fieldInfo in
                let parents = unsafeDowncast(batch, to: TypedBatch<T>.self)
                let info = ResolveInfo<Context>(fieldInfo)
                var encoder = ShapeEncoder<C.Child>(expectedCount: parents.count)
                var errors: [(Int, any Error)] = []
                parents.forEachBorrowed { parent, index in
                    do {
                        try resolve(parent, info).encode(into: &encoder)
                    } catch {
                        encoder.appendNull()
                        errors.append((index, error))
                    }
                }
                var output = ResolverOutput(.children(codes: encoder.codes, batch: encoder.makeBatch()))
                output.errors = errors
                return output
            }, childSwiftType: ObjectIdentifier(C.Child.self), childSwiftTypeName: String(describing: C.Child.self))
    }

    /// A scalar or enum field resolved for every parent of a level at once: one result per parent, in order.
    @inlinable public mutating func batch<V: LeafValue>(
        _ name: String, _ resolve: @escaping @Sendable ([T], ResolveInfo<Context>) async throws -> [V]
    ) {
        let typeName = typeName
        fields[name] = BoundField(
            resolver: .async { batch, info in
                let items = unsafeDowncast(batch, to: TypedBatch<T>.self).items
                let results = try await resolve(items, ResolveInfo(info))
                guard results.count == items.count else { throw BatchCountMismatch(typeName, name, items.count, results.count) }
                return ResolverOutput(.leaves(results.map(\.leafValue)))
            }, childSwiftType: nil, childSwiftTypeName: "")
    }

    /// An object field resolved for every parent of a level at once: one result per parent, in order.
    @inlinable public mutating func batch<C: ResolvedChildren>(
        _ name: String, _ resolve: @escaping @Sendable ([T], ResolveInfo<Context>) async throws -> [C]
    ) {
        let typeName = typeName
        fields[name] = BoundField(
            resolver: .async { batch, info in
                let items = unsafeDowncast(batch, to: TypedBatch<T>.self).items
                let results = try await resolve(items, ResolveInfo(info))
                guard results.count == items.count else { throw BatchCountMismatch(typeName, name, items.count, results.count) }
                var encoder = ShapeEncoder<C.Child>(expectedCount: items.count)
                for result in results { result.encode(into: &encoder) }
                return ResolverOutput(.children(codes: encoder.codes, batch: encoder.makeBatch()))
            }, childSwiftType: ObjectIdentifier(C.Child.self), childSwiftTypeName: String(describing: C.Child.self))
    }
}

/// Calls `body` with every element of `items` and its index, without copying the elements.
///
/// Passing `items[index]` to a resolver closure copies the element, retaining every reference inside it (a line
/// item with its product and amounts holds over a dozen strings), because the compiler cannot prove that the
/// closure leaves the array's memory alone. The array is immutable here and outlives the call, so each element
/// is lent instead: its bytes go to a stack slot that is taken as an owned value, lent to `body`, and put back,
/// so nothing is retained or released. Only for bitwise-takable types (all Swift structs, enums and classes);
/// others are copied as usual.
@inlinable func forEachBorrowed<T>(_ items: [T], _ body: (T, Int) -> Void) {
    forEachBorrowed(items, from: 0, to: items.count, body)
}

/// Calls `body` with the elements of `items` from index `start` up to `end`, lent as in `forEachBorrowed(_:_:)`.
@inlinable func forEachBorrowed<T>(_ items: [T], from start: Int, to end: Int, _ body: (T, Int) -> Void) {
    if start >= end { return }
    items.withUnsafeBufferPointer { elements in forEachBorrowed(in: elements, from: start, to: end, body) }
}

/// Calls `body` with every element of a syntax-tree list and its index, lent as in `forEachBorrowed(_:_:)`.
@inlinable func forEachBorrowed<T>(_ items: NodeList<T>, _ body: (T, Int) -> Void) {
    if items.isEmpty { return }
    items.withUnsafeBufferPointer { elements in forEachBorrowed(in: elements, from: 0, to: elements.count, body) }
}

/// Calls `body` with the elements of `elements` from index `start` up to `end`, which must be in bounds, lent as in
/// `forEachBorrowed(_:_:)`.
@inlinable func forEachBorrowed<T>(
    in elements: UnsafeBufferPointer<T>, from start: Int, to end: Int, _ body: (T, Int) -> Void
) {
    guard let base = elements.baseAddress else { return }
    guard _isBitwiseTakable(T.self), !_isPOD(T.self) else {
        for index in start..<end { body(elements[index], index) }
        return
    }
    withUnsafeTemporaryAllocation(of: T.self, capacity: 1) { slot in
        let slot = slot.baseAddress!
        for index in start..<end {
            UnsafeMutableRawPointer(slot).copyMemory(from: base + index, byteCount: MemoryLayout<T>.size)
            let lent = slot.move()
            body(lent, index)
            slot.initialize(to: consume lent)
        }
    }
}

/// Calls `body` with the value at `pointer`, lent as in `forEachBorrowed(_:_:)`: no retain or release. The memory
/// must hold the value, unchanged, for the call; it is only read.
@inlinable @inline(__always) func withLent<T, R>(_ pointer: UnsafePointer<T>, _ body: (T) -> R) -> R {
    guard _isBitwiseTakable(T.self), !_isPOD(T.self) else { return body(pointer.pointee) }
    return withUnsafeTemporaryAllocation(of: T.self, capacity: 1) { slot in
        let slot = slot.baseAddress.unsafelyUnwrapped
        UnsafeMutableRawPointer(slot).copyMemory(from: pointer, byteCount: MemoryLayout<T>.size)
        let lent = slot.move()
        let result = body(lent)
        slot.initialize(to: consume lent)
        return result
    }
}

/// Calls `body` with the element of `items` at `index`, lent as in `forEachBorrowed(_:_:)`.
@inlinable func withBorrowed<T, R>(_ items: [T], at index: Int, _ body: (T) -> R) -> R {
    items.withUnsafeBufferPointer { $0.withLentElement(at: index, body) }
}

extension UnsafeBufferPointer {
    /// Calls `body` with the element at `index`, lent (`withLent`), after checking the index in every build, as an
    /// array's subscript does (the buffer's subscript checks only in debug builds).
    @inlinable @inline(__always)
    func withLentElement<R>(at index: Int, _ body: (Element) -> R) -> R {
        precondition(index >= 0 && index < count, "Index out of range")
        return withLent(baseAddress.unsafelyUnwrapped + index, body)
    }

    /// The element at `index`, checked in every build, as an array's subscript is (the buffer's subscript checks
    /// only in debug builds). Shape codes come from resolvers' `encode(into:)`, which may write a wrong list count.
    @inline(__always)
    func checked(_ index: Int) -> Element {
        precondition(index >= 0 && index < count, "Index out of range")
        return self[index]
    }
}

/// A batch resolver returned a number of results other than its number of parents: a bug in the resolver.
@usableFromInline struct BatchCountMismatch: Error, CustomStringConvertible {
    @usableFromInline let description: String
    @usableFromInline init(_ typeName: String, _ field: String, _ expected: Int, _ actual: Int) {
        description = "Batch resolver \(typeName).\(field) returned \(actual) results for \(expected) parents."
    }
}

/// The parent objects of one level, boxed once per level rather than once per object.
@usableFromInline protocol ObjectBatch: AnyObject, Sendable {
    var count: Int { get }
}

/// The objects of a level, in order: the concatenation of `segments`. A field whose resolver returns arrays of
/// objects hands its arrays over as they are, one segment per array, so the objects are not copied (a struct's
/// copy retains every string and array inside it) and are freed with the data they came from.
@usableFromInline final class TypedBatch<T: Sendable>: ObjectBatch {
    @usableFromInline let segments: [[T]]
    @usableFromInline let count: Int

    @inlinable init(_ items: [T]) {
        segments = [items]
        count = items.count
    }

    @inlinable init(segments: [[T]], count: Int) {
        self.segments = segments
        self.count = count
    }

    /// Every object in one array: the only segment as it is, more than one copied together.
    @inlinable var items: [T] {
        if segments.count == 1 { return segments[0] }
        var all: [T] = []
        all.reserveCapacity(count)
        for segment in segments { all.append(contentsOf: segment) }
        return all
    }

    /// Calls `body` with a pointer to the stored property at `offset` (`MemoryLayout<T>.offset(of:)`) of every
    /// object, in order. The pointer is valid only during the call, and only for reading.
    @inlinable func forEachStored<V>(at offset: Int, as _: V.Type, _ body: (UnsafePointer<V>) -> Void) {
        for segment in segments {
            segment.withUnsafeBufferPointer { objects in
                guard let base = objects.baseAddress else { return }
                let first = UnsafeRawPointer(base) + offset
                for index in 0..<objects.count {
                    body((first + index * MemoryLayout<T>.stride).assumingMemoryBound(to: V.self))
                }
            }
        }
    }

    /// Calls `body` with every object and its index, lent as in `forEachBorrowed(_:_:)`.
    @inlinable func forEachBorrowed(_ body: (T, Int) -> Void) {
        var offset = 0
        for segment in segments {
            let base = offset
            GraphQLEngine.forEachBorrowed(segment) { item, index in body(item, base + index) }
            offset += segment.count
        }
    }
}

@usableFromInline enum FieldOutput {
    /// One value per parent.
    case leaves([JSONValue])
    /// Shape codes of every parent's value, in parent order, and the gathered child objects.
    case children(codes: [Int32], batch: any ObjectBatch)
}

@usableFromInline struct ResolverOutput {
    @usableFromInline var output: FieldOutput
    /// Errors of single parents, by parent index; their values are null.
    @usableFromInline var errors: [(Int, any Error)] = []
    @inlinable init(_ output: FieldOutput) { self.output = output }
}

@usableFromInline enum BoundResolver: Sendable {
    case sync(@Sendable (any ObjectBatch, FieldInfo) throws -> ResolverOutput)
    case async(@Sendable (any ObjectBatch, FieldInfo) async throws -> ResolverOutput)
}

@usableFromInline struct BoundField: Sendable {
    @usableFromInline var resolver: BoundResolver
    @usableFromInline var childSwiftType: ObjectIdentifier?
    @usableFromInline var childSwiftTypeName: String
    /// For a field bound by key path: the stored property's offset it reads at; nil for every other field.
    @usableFromInline var storedPropertyOffset: Int?

    @inlinable init(
        resolver: BoundResolver, childSwiftType: ObjectIdentifier?, childSwiftTypeName: String,
        storedPropertyOffset: Int? = nil
    ) {
        self.resolver = resolver
        self.childSwiftType = childSwiftType
        self.childSwiftTypeName = childSwiftTypeName
        self.storedPropertyOffset = storedPropertyOffset
    }
}

final class BoundObjectType: Sendable {
    let type: GraphQLObjectType
    let swiftType: ObjectIdentifier
    /// By field index.
    let fields: [BoundField?]
    let makeBatch: @Sendable ([any Sendable]) -> (any ObjectBatch)?

    init(
        type: GraphQLObjectType, swiftType: ObjectIdentifier, fields: [BoundField?],
        makeBatch: @escaping @Sendable ([any Sendable]) -> (any ObjectBatch)?
    ) {
        self.type = type
        self.swiftType = swiftType
        self.fields = fields
        self.makeBatch = makeBatch
    }
}

struct BoundAbstractType: Sendable {
    let swiftType: ObjectIdentifier
    let split: @Sendable (any ObjectBatch) -> [(typeName: String, value: any Sendable)]
}
