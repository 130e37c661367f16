import Foundation
import Testing

@testable import GraphQLEngine

@Suite struct IntrospectionTests {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func introspect(_ sdl: String, query: String) async throws -> ExecutionResult {
        struct Root: Sendable {}
        let schema = try buildSchema(sdl)
        var binding = SchemaBinding<Int>(schema: schema)
        binding.object(schema.queryType!.name, as: Root.self) { _ in }
        let executable = try binding.bind(partially: true)
        let source = Source(query)
        return await executable.execute(document: try Parser.parse(source), source: source, context: 0, rootValue: Root())
    }

    /// graphql_diff.py's normalisation: types, directives and possible types sorted by name.
    static func normalized(_ schema: JSONValue) -> JSONValue {
        func name(_ value: JSONValue) -> String {
            if case .string(let name)? = value["name"] { return name }
            return ""
        }
        guard case .object(let entries) = schema else { return schema }
        return .object(
            entries.map { key, value in
                guard key == "types" || key == "directives", case .list(let items) = value else { return (key, value) }
                let sorted = items.sorted { name($0) < name($1) }.map { item -> JSONValue in
                    guard case .object(let fields) = item else { return item }
                    return .object(
                        fields.map { field, fieldValue in
                            guard field == "possibleTypes", case .list(let types) = fieldValue else { return (field, fieldValue) }
                            return (field, .list(types.sorted { name($0) < name($1) }))
                        })
                }
                return (key, .list(sorted))
            })
    }

    @Test func standardQueryMatchesGraphQLCoreOnTheContract() async throws {
        let result = try await Self.introspect(
            try Self.fixture("api-contract.graphql"), query: try Self.fixture("introspection-query.graphql"))
        #expect(result.errors.isEmpty, "\(result.errors)")
        let expected = try JSONParser.parse(try Self.fixture("introspection-contract.json"))
        let ours = try #require(result.data?["__schema"])
        let theirs = try #require(expected["__schema"])
        let ourTypes = Self.normalized(ours)["types"]
        let theirTypes = Self.normalized(theirs)["types"]
        if case .list(let a)? = ourTypes, case .list(let b)? = theirTypes {
            for (mine, reference) in zip(a, b) where mine != reference {
                Issue.record(
                    "type differs: \(mine["name"]?.jsonString ?? "?")\nours:   \(mine.jsonString)\ntheirs: \(reference.jsonString)")
            }
        }
        #expect(Self.normalized(ours) == Self.normalized(theirs))
    }

    @Test func typeLookupAndTypename() async throws {
        let result = try await Self.introspect(
            "type Query { a: [Int!]! }",
            query:
                #"{ __typename __type(name: "Query") { kind name fields { type { kind ofType { kind ofType { kind ofType { name } } } } } } missing: __type(name: "Nope") { name } }"#
        )
        #expect(
            result.data?.jsonString
                == #"{"__typename":"Query","__type":{"kind":"OBJECT","name":"Query","fields":[{"type":{"kind":"NON_NULL","ofType":{"kind":"LIST","ofType":{"kind":"NON_NULL","ofType":{"name":"Int"}}}}}]},"missing":null}"#
        )
    }

    @Test func deprecatedMembersHideUnlessAsked() async throws {
        let sdl = """
            type Query { old: String @deprecated(reason: "Use new."), new(a: Int @deprecated, b: Int): String }
            enum E { A B @deprecated }
            """
        let result = try await Self.introspect(
            sdl,
            query: """
                { q: __type(name: "Query") { fields { name args { name } } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason args(includeDeprecated: true) { name isDeprecated } } }
                  e: __type(name: "E") { enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } } }
                """)
        #expect(
            result.data?.jsonString
                == #"{"q":{"fields":[{"name":"new","args":[{"name":"b"}]}],"all":[{"name":"old","isDeprecated":true,"deprecationReason":"Use new.","args":[]},{"name":"new","isDeprecated":false,"deprecationReason":null,"args":[{"name":"a","isDeprecated":true},{"name":"b","isDeprecated":false}]}]},"e":{"enumValues":[{"name":"A"}],"all":[{"name":"A","deprecationReason":null},{"name":"B","deprecationReason":"No longer supported"}]}}"#
        )
    }
}
