import Synchronization

/// The parser's scratch memory (its stacks and name table), kept from one parse for the next.
///
/// Each parse used to allocate a block for every stack it pushed to (1 KiB to start) and, with a long name, a name
/// table of up to 10 KiB, and to free them at the end: 7-11 allocations per document, some of them large requests,
/// which make malloc consolidate its cache of small chunks. One set is kept here instead: a parse takes it, empties
/// it when done and gives it back. Parses running at the same time find the slot empty and use fresh memory, which
/// the first to finish keeps. A stack that grew past `ScratchStackLimits.keptBytes` is freed rather than kept.
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
    var namedTypeStack: ScratchStack<NamedType>
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
        namedTypeStack.release()
        names.release()
    }
}
