/// A stack of list items that the parser reuses for every list of one element type in a document.
///
/// A list's items are pushed as they are parsed, nested lists above them, then moved into an array of exactly their
/// count: one allocation per list instead of the 3-4 reallocations of appending to an empty array, and no retain or
/// release, since items are moved, not copied. The owner must call `release()` once, also after a syntax error, or
/// `empty()` and hand the stack on (see `ParserScratch`).
struct ScratchStack<Element> {
    private var base: UnsafeMutablePointer<Element>?
    /// How many items the stack holds; a list remembers it as its mark before pushing its first item.
    private(set) var count = 0
    private var capacity = 0

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

    /// Destroys any items left (a syntax error stops a list half-way), keeping the storage for the next document
    /// unless it has grown past `keptBytes`.
    mutating func empty() {
        guard let base else { return }
        base.deinitialize(count: count)
        count = 0
        if capacity * MemoryLayout<Element>.stride > ScratchStackLimits.keptBytes { release() }
    }

    /// Destroys any items left and frees the storage.
    mutating func release() {
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
