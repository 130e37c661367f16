import Testing

@testable import GraphQLEngine

/// Records enters and leaves of a few node kinds, in order.
struct Recorder: ASTVisitor {
    var events: [String] = []
    var skipFieldsNamed: Set<String> = []
    var stopAtField: String?

    mutating func enter(_ node: OperationDefinition) -> VisitAction {
        events.append("enter operation \(node.name?.value ?? "-")")
        return .continue
    }
    mutating func leave(_ node: OperationDefinition) { events.append("leave operation") }

    mutating func enter(_ node: Field) -> VisitAction {
        events.append("enter field \(node.name.value)")
        if node.name.value == stopAtField { return .stop }
        return skipFieldsNamed.contains(node.name.value) ? .skipChildren : .continue
    }
    mutating func leave(_ node: Field) { events.append("leave field \(node.name.value)") }

    mutating func enter(_ node: Argument) -> VisitAction {
        events.append("enter argument \(node.name.value)")
        return .continue
    }

    mutating func enter(_ node: Value) -> VisitAction {
        events.append("enter value \(Printer.print(node))")
        return .continue
    }

    mutating func enter(_ node: NamedType) -> VisitAction {
        events.append("enter type \(node.name.value)")
        return .continue
    }

    mutating func enter(_ node: FragmentSpread) -> VisitAction {
        events.append("enter spread \(node.name.value)")
        return .continue
    }

    mutating func enter(_ node: FieldDefinition) -> VisitAction {
        events.append("enter field definition \(node.name.value)")
        return .continue
    }
}

@Suite struct VisitorTests {
    @Test func visitsInDocumentOrder() throws {
        let document = try Parser.parse("query Q($v: Int = 1) { a(x: [1, $v]) { b ...F } ... on T { c } }")
        var recorder = Recorder()
        ASTWalker.walk(document, with: &recorder)
        #expect(
            recorder.events == [
                "enter operation Q", "enter type Int", "enter value 1", "enter field a", "enter argument x", "enter value [1, $v]",
                "enter value 1", "enter value $v", "enter field b", "leave field b", "enter spread F", "leave field a",
                "enter type T", "enter field c", "leave field c", "leave operation",
            ])
    }

    @Test func skipsChildrenAndTheirLeave() throws {
        let document = try Parser.parse("{ a { b } c }")
        var recorder = Recorder(skipFieldsNamed: ["a"])
        ASTWalker.walk(document, with: &recorder)
        #expect(recorder.events == ["enter operation -", "enter field a", "enter field c", "leave field c", "leave operation"])
    }

    @Test func stopsTheWholeWalk() throws {
        let document = try Parser.parse("{ a { b } c } { d }")
        var recorder = Recorder(stopAtField: "b")
        ASTWalker.walk(document, with: &recorder)
        #expect(recorder.events == ["enter operation -", "enter field a", "enter field b"])
    }

    @Test func walksTypeSystemDefinitions() throws {
        let document = try Parser.parse(
            "type T implements I { f(a: In = {x: 1}): [R!] } extend type T { g: S } union U = A | B")
        var recorder = Recorder()
        ASTWalker.walk(document, with: &recorder)
        #expect(
            recorder.events == [
                "enter type I", "enter field definition f", "enter type In", "enter value {x: 1}", "enter value 1", "enter type R",
                "enter field definition g", "enter type S", "enter type A", "enter type B",
            ])
    }

    @Test func countsEveryFieldOfTheContract() throws {
        struct FieldDefinitionCounter: ASTVisitor {
            var count = 0
            mutating func enter(_ node: FieldDefinition) -> VisitAction {
                count += 1
                return .continue
            }
        }
        let document = try Parser.parse(try Fixture.text("api-contract.graphql"))
        var counter = FieldDefinitionCounter()
        ASTWalker.walk(document, with: &counter)
        var expected = 0
        for definition in document.definitions {
            switch definition {
            case .object(let node): expected += node.fields.count
            case .interface(let node): expected += node.fields.count
            case .objectExtension(let node): expected += node.fields.count
            case .interfaceExtension(let node): expected += node.fields.count
            default: break
            }
        }
        #expect(expected > 0)
        #expect(counter.count == expected)
    }
}
