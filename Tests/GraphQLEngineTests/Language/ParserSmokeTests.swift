import Foundation
import Testing

@testable import GraphQLEngine

@Suite struct ParserSmokeTests {
    @Test func parsesFixtures() throws {
        for name in ["api-contract", "dashboard"] {
            let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "graphql"))
            let text = try String(contentsOf: url, encoding: .utf8)
            let document = try Parser.parse(text)
            #expect(!document.definitions.isEmpty)
        }
    }
}
