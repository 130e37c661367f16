/// A stack of list items that the parser reuses for every list of one element type in a document.
///
/// A list's items are pushed as they are parsed, nested lists above them, then moved into the block that the
/// document's lists of this type and depth share (`popList`, see `NodeList`), or into an array of exactly their
/// count (`pop`, for the document's one list of definitions). No retain or release: items are moved, not copied.
/// The owner must call `release()` once, also after a syntax error, or `empty()` and hand the stack on (see
/// `ParserScratch`).
struct ScratchStack<Element: Sendable> {
    private var base: UnsafeMutablePointer<Element>?
    /// How many items the stack holds; a list remembers it as its mark before pushing its first item.
    private(set) var count = 0
    private var capacity = 0
    /// The block that lists of this element type at each nesting depth are moved into, if one was made yet:
    /// `blockSlots` slots, all initialized, of which those below `blocksInUse` may be non-nil. Not an array,
    /// whose uniqueness checks on every change and whose emptying cost more than the lists' moves in a small
    /// document.
    private var blocks: UnsafeMutablePointer<NodeStorage<Element>?>?
    private var blockSlots = 0
    private(set) var blocksInUse = 0

    @inline(__always)
    mutating func push(_ element: consuming Element) {
        if count == capacity { grow() }
        // `grow()` has just made `base` non-nil if it was nil.
        (base.unsafelyUnwrapped + count).initialize(to: element)
        count += 1
    }

    @inline(never)
    private mutating func grow() {
        // The first block is at most 1 KiB, so a small document's stacks come from malloc's per-thread cache.
        let newCapacity = capacity == 0 ? max(4, 1024 / MemoryLayout<Element>.stride) : capacity * 2
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        if let base {
            newBase.moveInitialize(from: base, count: count)
            base.deallocate()
        }
        base = newBase
        capacity = newCapacity
    }

    /// Moves the items pushed since `mark` into a new array of exactly their count, and pops them.
    @inline(__always)
    mutating func pop(from mark: Int) -> [Element] {
        let itemCount = count - mark
        guard itemCount > 0, let base else { return [] }
        count = mark
        // Not `Array(unsafeUninitializedCapacity:)`: it allocates through a standard library function that is never
        // specialized, so every list paid a runtime lookup of its storage class's metadata. `reserveCapacity` is
        // specialized for the element type, and each append moves an item in with no retain or release.
        var items: [Element] = []
        items.reserveCapacity(itemCount)
        for index in mark..<mark + itemCount {
            items.append((base + index).move())
        }
        return items
    }

    /// Moves the items pushed since `mark` into the block for lists at `depth`, and pops them.
    ///
    /// A list's block holds lists of the same element type and depth only. Lists of a type whose elements can hold
    /// lists of the same type (selections, values, object fields) must pass their nesting depth, which is deeper
    /// for every list they hold, so that no block holds a list of itself; other types pass 0.
    ///
    /// `spare` is how many bytes the document's new blocks may still hold beyond the lists put in them (see
    /// `newBlock`); the parser shares one budget between its stacks.
    @inline(__always)
    mutating func popList(from mark: Int, depth: Int, spare: inout Int) -> NodeList<Element> {
        let itemCount = count - mark
        guard itemCount > 0, let base else { return NodeList() }
        count = mark
        let block = block(for: itemCount, depth: depth, spare: &spare)
        let offset = block.append(moving: base + mark, count: itemCount)
        return NodeList(storage: block, offset: offset, count: itemCount)
    }

    /// The block for lists at `depth`, with room for `itemCount` more elements.
    @inline(__always)
    private mutating func block(for itemCount: Int, depth: Int, spare: inout Int) -> NodeStorage<Element> {
        if depth < blocksInUse, let block = blocks.unsafelyUnwrapped[depth], block.room >= itemCount {
            return block
        }
        return newBlock(for: itemCount, depth: depth, spare: &spare)
    }

    /// Starts a new block for lists at `depth`: 1 KiB at first (within malloc's per-thread cache), then twice the
    /// size of the last, up to 32 KiB, and never too small for the list at hand.
    ///
    /// Room beyond the list at hand comes out of `spare`, and a block gets only what is left of it: a small document
    /// that nests deeply (a few hundred bytes of `{a{a{a...`) would otherwise pin 1 KiB per depth and list type for
    /// as long as the document cache holds it.
    @inline(never)
    private mutating func newBlock(for itemCount: Int, depth: Int, spare: inout Int) -> NodeStorage<Element> {
        precondition(depth >= 0)
        if depth >= blockSlots {
            let newSlots = max(16, depth + 1, blockSlots * 2)
            let newTable = UnsafeMutablePointer<NodeStorage<Element>?>.allocate(capacity: newSlots)
            if let blocks {
                newTable.moveInitialize(from: blocks, count: blockSlots)
                blocks.deallocate()
            }
            (newTable + blockSlots).initialize(repeating: nil, count: newSlots - blockSlots)
            blocks = newTable
            blockSlots = newSlots
        }
        let slot = blocks.unsafelyUnwrapped + depth
        let stride = MemoryLayout<Element>.stride
        let first = max(1, (1024 - 48) / stride)
        let limit = max(first, 32 * 1024 / stride)
        let previous = slot.pointee?.size ?? 0
        let wanted = previous == 0 ? first : min(previous * 2, limit)
        let room = max(0, min(wanted - itemCount, spare / stride))
        spare -= room * stride
        let block = NodeStorage<Element>.make(capacity: itemCount + room)
        slot.pointee = block
        blocksInUse = max(blocksInUse, depth + 1)
        return block
    }

    /// Lets go of the blocks lists were moved into (the document owns them), keeping the table.
    private mutating func forgetBlocks() {
        guard let blocks else { return }
        for depth in 0..<blocksInUse { blocks[depth] = nil }
        blocksInUse = 0
    }

    /// Destroys any items left (a syntax error stops a list half-way), keeping the storage for the next document
    /// unless it has grown past `keptBytes`. The blocks lists were moved into are let go: the document owns them.
    mutating func empty() {
        forgetBlocks()
        guard let base else { return }
        base.deinitialize(count: count)
        count = 0
        if capacity * MemoryLayout<Element>.stride > ScratchStackLimits.keptBytes { release() }
    }

    /// Destroys any items left and frees the storage.
    mutating func release() {
        forgetBlocks()
        if let blocks {
            blocks.deinitialize(count: blockSlots)
            blocks.deallocate()
            self.blocks = nil
            blockSlots = 0
        }
        guard let base else { return }
        base.deinitialize(count: count)
        base.deallocate()
        self.base = nil
        count = 0
        capacity = 0
    }
}

enum ScratchStackLimits {
    /// The most storage one stack keeps between documents: a huge document's stacks are freed.
    static let keptBytes = 64 * 1024
}
