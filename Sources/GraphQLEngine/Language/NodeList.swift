/// The list type of the syntax tree: a selection set's selections, a field's arguments and directives, and every
/// other list a node holds.
///
/// A value type that reads like an array (`for`, `count`, subscripts, `map`, array literals) but whose elements may
/// share one block of memory with other lists. The parser moves each list it finishes into a block, a `NodeStorage`,
/// shared by the lists of its kind at its nesting depth, so the benchmark's 100 KB document allocates 114 blocks
/// instead of 2,453 arrays (allocating and freeing them was about a third of parsing it).
///
/// A list keeps its block alive; a block, its elements. Blocks only hold lists of deeper levels or of other kinds
/// (a selection's nested selections are one level deeper; its arguments are another kind, whose values never hold
/// selections), so blocks never form a cycle. A list copied out of a document keeps its whole block alive, elements
/// of other lists included, until the last list in the block goes.
///
/// Changing a list copies it into a block of its own first, unless it is already the only list of its block.
///
/// ```swift
/// let set = SelectionSet(selections: [.field(Field(name: Name("id")))])
/// for selection in set.selections { print(selection.loc) }
/// ```
public struct NodeList<Element: Sendable>: Sendable {
    // `NodeStorage` inherits from `ManagedBuffer`, which is not `Sendable`; its elements are, and are not changed
    // while two lists share them (see `makeUnique`).
    @usableFromInline nonisolated(unsafe) var storage: NodeStorage<Element>?
    @usableFromInline var offset: UInt32
    @usableFromInline var length: UInt32

    /// An empty list, which allocates nothing.
    @inlinable
    public init() {
        storage = nil
        offset = 0
        length = 0
    }

    @inlinable
    init(storage: NodeStorage<Element>, offset: Int, count: Int) {
        precondition(offset >= 0 && count >= 0 && offset + count <= Int(UInt32.max), "NodeList too long")
        self.storage = storage
        self.offset = UInt32(truncatingIfNeeded: offset)
        self.length = UInt32(truncatingIfNeeded: count)
    }

    /// A list of the `count` elements at `source`, copied into a block of their own with room for `capacity`.
    @inlinable
    init(copying source: UnsafeBufferPointer<Element>, capacity: Int) {
        guard let base = source.baseAddress, !source.isEmpty else {
            self.init()
            return
        }
        let block = NodeStorage<Element>.make(capacity: Swift.max(capacity, source.count))
        _ = block.append(copying: base, count: source.count)
        self.init(storage: block, offset: 0, count: source.count)
    }

    /// A list of `elements`, in a block of their own.
    @inlinable
    public init<S: Sequence>(_ elements: S) where S.Element == Element {
        let array = ContiguousArray(elements)
        self = array.withUnsafeBufferPointer { NodeList(copying: $0, capacity: $0.count) }
    }

    /// Calls `body` with the elements in place; the pointer must not escape the call.
    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        // The list is borrowed for the call, so its block outlives `body` without a retain here.
        guard length > 0 else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: storage.unsafelyUnwrapped.elements + Int(offset), count: Int(length)))
    }
}

extension NodeList: RandomAccessCollection {
    public typealias Index = Int
    public typealias Indices = Range<Int>

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { Int(length) }
    @inlinable public var count: Int { Int(length) }
    @inlinable public var isEmpty: Bool { length == 0 }
    @inlinable public var indices: Range<Int> { 0..<Int(length) }
    @inlinable public func index(after index: Int) -> Int { index + 1 }
    @inlinable public func index(before index: Int) -> Int { index - 1 }

    @inlinable
    public subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < Int(length), "NodeList index out of range")
            return storage.unsafelyUnwrapped.elements[Int(offset) + position]
        }
        set {
            precondition(position >= 0 && position < Int(length), "NodeList index out of range")
            makeUnique()
            storage.unsafelyUnwrapped.elements[Int(offset) + position] = newValue
        }
    }
}

extension NodeList {
    /// Reads the elements in order through a pointer, holding the block for as long as it lives.
    public struct Iterator: IteratorProtocol {
        @usableFromInline let storage: NodeStorage<Element>?
        @usableFromInline var position: UnsafeMutablePointer<Element>?
        @usableFromInline let end: UnsafeMutablePointer<Element>?

        @inlinable
        init(_ list: NodeList) {
            storage = list.storage
            if let storage = list.storage {
                position = storage.elements + Int(list.offset)
                end = position.unsafelyUnwrapped + Int(list.length)
            } else {
                position = nil
                end = nil
            }
        }

        @inlinable
        public mutating func next() -> Element? {
            guard position != end, let current = position else { return nil }
            position = current + 1
            // The block is only read through the pointer: keep it alive up to the read.
            return withExtendedLifetime(storage) { current.pointee }
        }
    }

    @inlinable
    public func makeIterator() -> Iterator { Iterator(self) }

    @inlinable
    public func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R? {
        try withUnsafeBufferPointer(body)
    }
}

extension NodeList: MutableCollection {}

extension NodeList: RangeReplaceableCollection {
    @inlinable
    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C)
    where C.Element == Element {
        precondition(subrange.lowerBound >= 0 && subrange.upperBound <= Int(length), "NodeList range out of bounds")
        let added = newElements.count
        let newCount = Int(length) - subrange.count + added
        precondition(newCount <= Int(UInt32.max), "NodeList too long")
        // Appending to the only list of a block with room grows it in place.
        if subrange.isEmpty, subrange.lowerBound == Int(length), isUniqueTail(room: added) {
            storage.unsafelyUnwrapped.append(contentsOf: newElements, count: added)
            length = UInt32(truncatingIfNeeded: newCount)
            return
        }
        guard newCount > 0 else {
            self = NodeList()
            return
        }
        // An append (which may be one of many) leaves room to grow; any other change gets a block of its size.
        let isAppend = subrange.isEmpty && subrange.lowerBound == Int(length)
        let block = NodeStorage<Element>.make(capacity: isAppend ? Swift.max(newCount, Int(length) * 2) : newCount)
        withUnsafeBufferPointer { elements in
            let base = elements.baseAddress
            if subrange.lowerBound > 0 {
                _ = block.append(copying: base.unsafelyUnwrapped, count: subrange.lowerBound)
            }
            block.append(contentsOf: newElements, count: added)
            if subrange.upperBound < elements.count {
                _ = block.append(
                    copying: base.unsafelyUnwrapped + subrange.upperBound, count: elements.count - subrange.upperBound)
            }
        }
        self = NodeList(storage: block, offset: 0, count: newCount)
    }

    /// Makes room for `minimumCapacity` elements in a block of the list's own, so that appends up to it change
    /// the block in place.
    @inlinable
    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        guard minimumCapacity > Int(length), !isUniqueTail(room: minimumCapacity - Int(length)) else { return }
        self = withUnsafeBufferPointer { NodeList(copying: $0, capacity: minimumCapacity) }
        if minimumCapacity > 0 && storage == nil {
            self = NodeList(storage: NodeStorage<Element>.make(capacity: minimumCapacity), offset: 0, count: 0)
        }
    }

    /// Whether this list is its block's only one and its last elements, with room for `room` more.
    @inlinable
    mutating func isUniqueTail(room: Int) -> Bool {
        guard storage != nil, isKnownUniquelyReferenced(&storage) else { return false }
        let block = storage.unsafelyUnwrapped
        return Int(offset) + Int(length) == block.used && block.room >= room
    }

    /// Gives the list a block of its own, copying its elements, unless it already has one.
    @inlinable
    mutating func makeUnique() {
        guard storage != nil, !isKnownUniquelyReferenced(&storage) else { return }
        self = withUnsafeBufferPointer { NodeList(copying: $0, capacity: $0.count) }
    }
}

extension NodeList: ExpressibleByArrayLiteral {
    @inlinable
    public init(arrayLiteral elements: Element...) {
        self = elements.withUnsafeBufferPointer { NodeList(copying: $0, capacity: $0.count) }
    }
}

extension NodeList: Equatable where Element: Equatable {
    @inlinable
    public static func == (lhs: NodeList, rhs: NodeList) -> Bool {
        guard lhs.length == rhs.length else { return false }
        if lhs.storage === rhs.storage && lhs.offset == rhs.offset { return true }
        return lhs.elementsEqual(rhs)
    }
}

// Printed, dumped and mirrored as an array of its elements, as the arrays it replaced were.
extension NodeList: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { Array(self).description }
    public var debugDescription: String { Array(self).debugDescription }
    public var customMirror: Mirror { Mirror(self, unlabeledChildren: Array(self), displayStyle: .collection) }
}

/// The count and capacity of a `NodeStorage` block.
@usableFromInline
struct NodeStorageHeader {
    /// How many elements, from the first, are initialized.
    @usableFromInline var count: Int
    @usableFromInline let capacity: Int

    @inlinable
    init(capacity: Int) {
        self.count = 0
        self.capacity = capacity
    }
}

/// A block of syntax-tree list elements, shared by the lists of one kind and one depth of a parsed document (see
/// `NodeList`).
///
/// Elements are appended while the parser owns the block. Afterwards a list changes elements in place (or appends)
/// only when it holds the block's only reference (see `NodeList.makeUnique` and `isUniqueTail`), so no other list
/// ever sees a change. The block destroys its elements when the last list goes.
///
/// Blocks of the syntax tree's own element types are instances of a subclass per type (`SelectionBlock`, ...),
/// whose `deinit` destroys the elements with code compiled for that type: a generic class's `deinit` is never
/// specialized, and destroyed each element through the type's value witnesses, one indirect call per element.
@usableFromInline
class NodeStorage<Element>: ManagedBuffer<NodeStorageHeader, Element> {
    @inlinable
    static func make(capacity: Int) -> NodeStorage {
        let buffer = blockClass.create(minimumCapacity: capacity) { _ in NodeStorageHeader(capacity: capacity) }
        return unsafeDowncast(buffer, to: NodeStorage.self)
    }

    /// The class of a new block: the subclass for `Element` if it has one, else this generic class. The tests
    /// fold away where `Element` is known.
    @inlinable
    static var blockClass: NodeStorage<Element>.Type {
        block(SelectionBlock.self) ?? block(ArgumentBlock.self) ?? block(DirectiveBlock.self)
            ?? block(ValueBlock.self) ?? block(ObjectFieldBlock.self) ?? block(VariableDefinitionBlock.self)
            ?? block(FieldDefinitionBlock.self) ?? block(InputValueDefinitionBlock.self)
            ?? block(EnumValueDefinitionBlock.self) ?? block(NamedTypeBlock.self) ?? self
    }

    /// `subclass` as a block class of this element type, if it is one.
    @inlinable @inline(__always)
    static func block<Other>(_ subclass: NodeStorage<Other>.Type) -> NodeStorage<Element>.Type? {
        Element.self == Other.self ? unsafeBitCast(subclass, to: NodeStorage<Element>.Type.self) : nil
    }

    // The header is read and written through its pointer: as a class's stored property, `header` would be
    // checked for exclusive access at run time on every use.
    @inlinable var headerPointer: UnsafeMutablePointer<NodeStorageHeader> {
        withUnsafeMutablePointerToHeader { $0 }
    }

    @inlinable var used: Int { headerPointer.pointee.count }
    @inlinable var room: Int { headerPointer.pointee.capacity &- headerPointer.pointee.count }
    @inlinable var size: Int { headerPointer.pointee.capacity }

    /// The first element's address, valid while the block lives.
    @inlinable var elements: UnsafeMutablePointer<Element> {
        withUnsafeMutablePointerToElements { $0 }
    }

    /// Moves `count` elements from `source` to the end of the block, which must have room, and returns the index
    /// of the first.
    @inlinable
    func append(moving source: UnsafeMutablePointer<Element>, count: Int) -> Int {
        let header = headerPointer
        let start = header.pointee.count
        // One move per element: lists are short, and `moveInitialize(from:count:)` calls `memmove`.
        let target = elements + start
        for index in 0..<count { (target + index).initialize(to: (source + index).move()) }
        header.pointee.count = start &+ count
        return start
    }

    /// Copies `count` elements from `source` to the end of the block, which must have room.
    @inlinable
    func append(copying source: UnsafePointer<Element>, count: Int) -> Int {
        let header = headerPointer
        let start = header.pointee.count
        (elements + start).initialize(from: source, count: count)
        header.pointee.count = start &+ count
        return start
    }

    /// Appends the elements of `collection`, which must be `count` and fit the block's room; a collection that
    /// yields another number than it said traps rather than write past the room.
    @inlinable
    func append<C: Collection>(contentsOf collection: C, count: Int) where C.Element == Element {
        let header = headerPointer
        let start = header.pointee.count
        let target = elements + start
        var index = 0
        for element in collection {
            precondition(index < count, "a collection changed its count while being read")
            (target + index).initialize(to: element)
            index += 1
            header.pointee.count = start &+ index
        }
        precondition(index == count, "a collection changed its count while being read")
    }

    /// Destroys the elements; a subclass's `deinit` calls it, then this class's finds none left.
    @inlinable @inline(__always)
    final func destroyElements() {
        let header = headerPointer
        let elements = elements
        // One element at a time: `deinitialize(count:)` calls the runtime's `swift_arrayDestroy`, which destroys
        // through the value witnesses whatever the caller knows of the type.
        for index in 0..<header.pointee.count { _ = (elements + index).move() }
        header.pointee.count = 0
    }

    deinit { destroyElements() }
}

// The subclasses whose `deinit` is compiled for their element type (see `NodeStorage`).
@usableFromInline final class SelectionBlock: NodeStorage<Selection> { deinit { destroyElements() } }
@usableFromInline final class ArgumentBlock: NodeStorage<Argument> { deinit { destroyElements() } }
@usableFromInline final class DirectiveBlock: NodeStorage<Directive> { deinit { destroyElements() } }
@usableFromInline final class ValueBlock: NodeStorage<Value> { deinit { destroyElements() } }
@usableFromInline final class ObjectFieldBlock: NodeStorage<ObjectField> { deinit { destroyElements() } }
@usableFromInline final class VariableDefinitionBlock: NodeStorage<VariableDefinition> { deinit { destroyElements() } }
@usableFromInline final class FieldDefinitionBlock: NodeStorage<FieldDefinition> { deinit { destroyElements() } }
@usableFromInline final class InputValueDefinitionBlock: NodeStorage<InputValueDefinition> {
    deinit { destroyElements() }
}
@usableFromInline final class EnumValueDefinitionBlock: NodeStorage<EnumValueDefinition> {
    deinit { destroyElements() }
}
@usableFromInline final class NamedTypeBlock: NodeStorage<NamedType> { deinit { destroyElements() } }
