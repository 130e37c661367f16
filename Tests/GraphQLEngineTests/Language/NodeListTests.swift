import Testing

@testable import GraphQLEngine

/// `NodeList`: array semantics for the syntax tree's lists, whose elements the parser packs into shared blocks.
@Suite struct NodeListTests {
    func name(_ text: String) -> Name { Name(text) }

    func selections(_ document: Document) throws -> NodeList<Selection> {
        guard case .operation(let operation) = try #require(document.definitions.first) else {
            Issue.record("not an operation")
            return []
        }
        return operation.selectionSet.selections
    }

    func children(_ selection: Selection) throws -> NodeList<Selection> {
        guard case .field(let field) = selection else {
            Issue.record("not a field")
            return []
        }
        return try #require(field.selectionSet).selections
    }

    @Test func readsLikeAnArray() {
        let list: NodeList<Name> = [name("a"), name("b"), name("c")]
        #expect(list.count == 3)
        #expect(!list.isEmpty)
        #expect(list.map(\.value) == ["a", "b", "c"])
        #expect(list[1].value == "b")
        #expect(list.last?.value == "c")
        #expect(list.indices == 0..<3)
        #expect(Array(list.reversed()).map(\.value) == ["c", "b", "a"])
        #expect(list.description == Array(list).description)
        let empty = NodeList<Name>()
        #expect(empty.isEmpty && empty.count == 0 && empty.storage == nil)
        #expect(empty == [])
    }

    @Test func equalityComparesElementsNotBlocks() {
        let first: NodeList<Name> = [name("a"), name("b")]
        let second = NodeList([name("a"), name("b")])
        #expect(first.storage !== second.storage)
        #expect(first == second)
        #expect(first != [name("a")])
        #expect(first != [name("a"), name("c")])
    }

    @Test func changingACopyLeavesTheOriginal() {
        let original: NodeList<Name> = [name("a"), name("b")]
        var copy = original
        copy[0] = name("x")
        copy.append(name("c"))
        #expect(original.map(\.value) == ["a", "b"])
        #expect(copy.map(\.value) == ["x", "b", "c"])
        var other = original
        other.remove(at: 0)
        other.insert(name("z"), at: 1)
        #expect(other.map(\.value) == ["b", "z"])
        #expect(original.map(\.value) == ["a", "b"])
        other.removeAll()
        #expect(other.isEmpty && other.storage == nil)
    }

    @Test func replacingARangeKeepsWhatIsAroundIt() {
        let original: NodeList<Name> = [name("a"), name("b"), name("c"), name("d")]
        var list = original
        list.replaceSubrange(1..<3, with: [name("x"), name("y"), name("z")])
        #expect(list.map(\.value) == ["a", "x", "y", "z", "d"])
        list.replaceSubrange(0..<5, with: EmptyCollection())
        #expect(list.isEmpty && list.storage == nil)
        var tail = original
        tail.replaceSubrange(4..<4, with: CollectionOfOne(name("e")))
        #expect(tail.map(\.value) == ["a", "b", "c", "d", "e"])
        #expect(original.map(\.value) == ["a", "b", "c", "d"])
    }

    @Test func interfacesAndUnionMembersAreLists() throws {
        let document = try Parser.parse("type A implements & B & C { f: Int } union U = | A | B")
        guard case .object(let object) = document.definitions[0], case .union(let union) = document.definitions[1] else {
            Issue.record("unexpected definitions")
            return
        }
        #expect(object.interfaces.map(\.name.value) == ["B", "C"])
        #expect(union.types.map(\.name.value) == ["A", "B"])
        #expect(object.interfaces.storage === union.types.storage)
    }

    @Test func appendingToTheOnlyListOfABlockGrowsItInPlace() {
        var list = NodeList<Name>()
        for index in 0..<100 { list.append(name("n\(index)")) }
        #expect(list.map(\.value) == (0..<100).map { "n\($0)" })
        // Doubling: a block of 128 holds the 100 with no copy past the last growth.
        let block = list.storage.map(ObjectIdentifier.init)
        list.append(name("n100"))
        #expect(list.storage.map(ObjectIdentifier.init) == block)
        #expect(list.count == 101)
    }

    @Test func parsedListsShareBlocksPerDepthAndNeverTheirOwn() throws {
        let fields = (0..<16).map { "f\($0) { x\($0) }" }.joined(separator: " ")
        let document = try Parser.parse("{ \(fields) }")
        let top = try selections(document)
        let inner = try top.map(children)
        // Sixteen lists at the second depth take fewer blocks than lists (blocks double in size)...
        let blocks = Set(inner.map { ObjectIdentifier($0.storage!) })
        #expect(blocks.count < inner.count)
        // ...and none of them is the block of the list that holds them.
        #expect(!blocks.contains(ObjectIdentifier(top.storage!)))
        #expect(inner.map(\.count) == Array(repeating: 1, count: 16))
        #expect(inner.map { Printer.print($0[0]) } == (0..<16).map { "x\($0)" })
    }

    @Test func aListOutlivesItsDocumentAndBlocksAreFreedAfterTheirLastList() throws {
        weak var topBlock: NodeStorage<Selection>?
        weak var innerBlock: NodeStorage<Selection>?
        weak var deepBlock: NodeStorage<Selection>?
        var kept: NodeList<Selection> = []
        do {
            let document = try Parser.parse("{ a { x { deep } y } b { z } }")
            let top = try selections(document)
            topBlock = top.storage
            deepBlock = try children(children(top[0])[0]).storage
            kept = try children(top[1])
            innerBlock = kept.storage
            #expect(top.storage is SelectionBlock)
        }
        // The document is gone; the kept list holds its own block, not the top one (no cycle keeps that alive). That
        // block also holds `a`'s children, a list of the same depth, and so, through `x`, the block of `x`'s children.
        #expect(topBlock == nil)
        #expect(deepBlock != nil)
        #expect(innerBlock != nil)
        #expect(kept.count == 1)
        if case .field(let field) = kept[0] { #expect(field.name.value == "z") } else { Issue.record("not a field") }
        kept = []
        // Destroying a block destroyed its elements, whose lists held the deepest block.
        #expect(innerBlock == nil)
        #expect(deepBlock == nil)
    }

    @Test func elementsOfAGenericBlockAreDestroyedWithIt() {
        final class Tracked: Sendable {}
        weak var tracked: Tracked?
        do {
            let object = Tracked()
            tracked = object
            var list: NodeList<Tracked> = [object]
            list.append(Tracked())
            #expect(type(of: list.storage!) == NodeStorage<Tracked>.self)
            #expect(list.count == 2)
        }
        #expect(tracked == nil)
    }

    @Test func valuesNestInDeeperBlocks() throws {
        let value = try Parser.parseValue("[[1, 2], {a: [3]}, [4]]")
        guard case .list(let outer, _) = value, case .list(let first, _) = outer[0],
            case .object(let fields, _) = outer[1], case .list(let last, _) = outer[2]
        else {
            Issue.record("unexpected shape \(value)")
            return
        }
        #expect(first.storage !== outer.storage)
        #expect(first.storage === last.storage)
        #expect(fields.count == 1)
        #expect(Printer.print(value) == "[[1, 2], {a: [3]}, [4]]")
    }

    @Test func aSyntaxErrorHalfwayFreesWhatWasBuilt() throws {
        // The second parse reuses the scratch memory; the error in the first must leave nothing behind in it.
        #expect(throws: GraphQLError.self) { try Parser.parse("{ a { b(x: [1, {y: 2}]) } c {") }
        let document = try Parser.parse("{ a { b } }")
        #expect(try selections(document).count == 1)
    }

    @Test func changingAListLeavesTheOtherListsOfItsBlockAlone() throws {
        let document = try Parser.parse("{ a { x } b { y } }")
        let top = try selections(document)
        var underA = try children(top[0])
        let underB = try children(top[1])
        #expect(underA.storage === underB.storage)
        underA[0] = try children(top[1])[0]
        underA.append(underB[0])
        underA.insert(underB[0], at: 0)
        #expect(underA.count == 3)
        #expect(underA.storage !== underB.storage)
        #expect(underB.map { Printer.print($0) } == ["y"])
        #expect(try children(top[0]).map { Printer.print($0) } == ["x"])
    }

    @Test func theLastListOfABlockItAloneHoldsGrowsInPlace() throws {
        var last: NodeList<Selection>
        do {
            let document = try Parser.parse("{ a { x } b { y } }")
            last = try children(selections(document)[1])
        }
        // The document and `a`'s children are gone: the block's only reference is `last`, its last list.
        let block = last.storage.map(ObjectIdentifier.init)
        last.append(last[0])
        #expect(last.storage.map(ObjectIdentifier.init) == block)
        #expect(last.map { Printer.print($0) } == ["y", "y"])
    }

    @Test func twoParsesNeverShareABlock() throws {
        let first = try selections(Parser.parse("{ a b }"))
        let second = try selections(Parser.parse("{ c d }"))
        #expect(first.storage !== second.storage)
        #expect(first.map { Printer.print($0) } == ["a", "b"])
        #expect(second.map { Printer.print($0) } == ["c", "d"])
    }

    @Test func aDeepSmallDocumentGetsLittleRoomToSpare() throws {
        // 100 levels (past the block table's first 16 slots), 700 bytes: without a budget, 1 KiB per level.
        let depth = 100
        let source = String(repeating: "{ a ", count: depth) + String(repeating: "}", count: depth)
        let document = try Parser.parse(source, options: ParseOptions(maxDepth: depth))
        var list = try selections(document)
        var levels = 1
        var spareBytes = 0
        var blocks: Set<ObjectIdentifier> = []
        while true {
            let block = try #require(list.storage)
            blocks.insert(ObjectIdentifier(block))
            spareBytes += (block.size - block.used) * MemoryLayout<Selection>.stride
            guard case .field(let field) = list[0], let set = field.selectionSet else { break }
            list = set.selections
            levels += 1
        }
        #expect(levels == depth)
        #expect(blocks.count == depth)
        #expect(spareBytes <= 4096 + source.utf8.count * 8)
    }

    @Test func aListLargerThanTheLargestBlockGetsABlockOfItsSize() throws {
        let count = 400  // 400 selections are past 32 KiB
        let source = "{ " + (0..<count).map { "f\($0)" }.joined(separator: " ") + " }"
        let list = try selections(Parser.parse(source))
        #expect(list.count == count)
        #expect(try #require(list.storage).size >= count)
        #expect(Printer.print(list[count - 1]) == "f\(count - 1)")
    }

    @Test func appendingToAListWhileIteratingItReadsTheOriginal() {
        var list: NodeList<Name> = [name("a"), name("b")]
        for element in list { list.append(Name(element.value + "2")) }
        #expect(list.map(\.value) == ["a", "b", "a2", "b2"])
    }

    @Test func nestedListAndObjectValuesTakeEverDeeperBlocks() throws {
        let value = try Parser.parseValue("[{a: [{b: [1, 2]}]}, {c: [{d: [3]}]}]")
        var storages: [ObjectIdentifier] = []
        var current = value
        while true {
            switch current {
            case .list(let items, _):
                storages.append(ObjectIdentifier(try #require(items.storage)))
                current = items[0]
            case .object(let fields, _):
                storages.append(ObjectIdentifier(try #require(fields.storage)))
                current = fields[0].value
            default:
                #expect(Set(storages).count == storages.count)
                #expect(storages.count == 5)
                return
            }
        }
    }

    @Test func emptyingAScratchStackLetsGoOfItsBlocks() {
        var stack = ScratchStack<Name>()
        var spare = 1024
        stack.push(name("a"))
        stack.push(name("b"))
        let list = stack.popList(from: 0, depth: 3, spare: &spare)
        #expect(stack.blocksInUse == 4)
        #expect(spare < 1024)
        stack.push(name("left over by a syntax error"))
        stack.empty()
        #expect(stack.blocksInUse == 0 && stack.count == 0)
        #expect(list.map(\.value) == ["a", "b"])
        stack.release()
    }
}
