import Synchronization

/// The parser's scratch memory (its stacks and name table), kept from one parse for the next.
///
/// A parse used to allocate a kilobyte block per stack and its name table, and free them at the end. Those requests
/// are large enough for malloc to merge its cached small chunks first (`malloc_consolidate`), after which the
/// document's own small allocations came from the slow path. One set is kept here: a parse takes it, empties it when
/// done and gives it back; parses running at the same time find the slot empty and use fresh memory, which the first
/// to finish keeps.
struct ParserScratch {
    var definitionStack: ScratchStack<Definition>
    var selectionStack: ScratchStack<Selection>
    var argumentStack: ScratchStack<Argument>
    var directiveStack: ScratchStack<Directive>
    var valueStack: ScratchStack<Value>
    var objectFieldStack: ScratchStack<ObjectField>
    var variableDefinitionStack: ScratchStack<VariableDefinition>
    var fieldDefinitionStack: ScratchStack<FieldDefinition>
    var inputValueStack: ScratchStack<InputValueDefinition>
    var enumValueStack: ScratchStack<EnumValueDefinition>
    var names: NameTable

    /// The kept set's address as an integer (0: none), since pointers are not `Sendable`.
    private static let slot = Atomic<Int>(0)

    /// The kept set, emptied, if no other parse holds it.
    static func take() -> ParserScratch? {
        let address = slot.exchange(0, ordering: .acquiring)
        guard let home = UnsafeMutablePointer<ParserScratch>(bitPattern: address) else { return nil }
        let scratch = home.move()
        home.deallocate()
        return scratch
    }

    /// Keeps `scratch`, which must be empty, for the next parse; frees it when a set is already kept.
    static func give(_ scratch: ParserScratch) {
        let home = UnsafeMutablePointer<ParserScratch>.allocate(capacity: 1)
        home.initialize(to: scratch)
        guard slot.compareExchange(expected: 0, desired: Int(bitPattern: home), ordering: .releasing).exchanged else {
            home.pointee.release()
            home.deinitialize(count: 1)
            home.deallocate()
            return
        }
    }

    /// Frees every stack's storage and the name table.
    private mutating func release() {
        definitionStack.release()
        selectionStack.release()
        argumentStack.release()
        directiveStack.release()
        valueStack.release()
        objectFieldStack.release()
        variableDefinitionStack.release()
        fieldDefinitionStack.release()
        inputValueStack.release()
        enumValueStack.release()
        names.release()
    }
}
