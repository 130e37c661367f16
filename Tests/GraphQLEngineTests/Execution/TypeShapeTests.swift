import Testing

@testable import GraphQLEngine

/// `TypeShape` flattens a field type's wrappers into bits that child completion tests per value.
@Suite struct TypeShapeTests {
    static let named = GraphQLType.named(.scalar(GraphQLScalarType.string))

    /// The layers of `shape` as a string: `!` non-null, `[` list, then the named type.
    static func layers(_ shape: TypeShape, upTo count: Int) -> String {
        (0..<count).map { shape.isNonNull($0) ? "!" : shape.isList($0) ? "[" : "T" }.joined()
    }

    @Test func eachWrapperIsOneLayerOutermostFirst() {
        #expect(Self.layers(TypeShape(Self.named), upTo: 1) == "T")
        #expect(Self.layers(TypeShape(.nonNull(Self.named)), upTo: 2) == "!T")
        #expect(Self.layers(TypeShape(.list(Self.named)), upTo: 2) == "[T")
        // [T!]!
        #expect(Self.layers(TypeShape(.nonNull(.list(.nonNull(Self.named)))), upTo: 4) == "![!T")
        // [[T]!]
        #expect(Self.layers(TypeShape(.list(.nonNull(.list(Self.named)))), upTo: 4) == "[![T")
    }

    @Test func layersPastTheSixtyFourthAreKept() {
        // 70 non-null lists around the named type: 140 layers, most of them past the bits.
        var type = Self.named
        for _ in 0..<70 { type = .nonNull(.list(type)) }
        let shape = TypeShape(type)
        let expected = String(repeating: "![", count: 70) + "T"
        #expect(Self.layers(shape, upTo: 141) == expected)
        // Beyond the named type: neither.
        #expect(!shape.isList(141) && !shape.isNonNull(141))
    }
}
