/// A stack the parser collects list items on, so each finished list is allocated once at its exact size.
///
/// Appending to a fresh `Array` per selection set reallocates and copies it as it grows; here items are
/// moved onto one shared buffer and moved off into an array of the right capacity.
final class ScratchStack<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of items on the stack; a list remembers it as its mark before pushing.
    private(set) var count = 0

    init(capacity: Int = 32) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    @inline(__always)
    func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    /// Moves the items pushed since `mark` into a new array, in order, and drops them from the stack.
    @inline(__always)
    func pop(from mark: Int) -> [Element] {
        let length = count - mark
        if length == 0 { return [] }
        let items = [Element](unsafeUninitializedCapacity: length) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: base + mark, count: length)
            initialized = length
        }
        count = mark
        return items
    }
}
