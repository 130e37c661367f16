import Testing

@testable import BillingServer

@Suite struct NegotiationTests {
    @Test func picksTheHighestQualityThenGraphQLResponseJSON() {
        #expect(GraphQLMediaType.negotiate(accept: "application/graphql-response+json") == .graphQLResponse)
        #expect(GraphQLMediaType.negotiate(accept: "application/json, application/graphql-response+json") == .graphQLResponse)
        #expect(GraphQLMediaType.negotiate(accept: "application/graphql-response+json;q=0.1, application/json") == .json)
        #expect(GraphQLMediaType.negotiate(accept: "text/html, */*;q=0.8") == .json)
        #expect(GraphQLMediaType.negotiate(accept: "application/*") == .json)
        #expect(GraphQLMediaType.negotiate(accept: " ") == .json)
        #expect(GraphQLMediaType.negotiate(accept: nil) == .json)
        #expect(GraphQLMediaType.negotiate(accept: "text/html") == nil)
        #expect(GraphQLMediaType.negotiate(accept: "application/graphql-response+json;q=0") == nil)
    }

    @Test func decodesURLQueries() throws {
        let pairs = try URLQuery.decode("query=%7B+a+%7D&x&variables=%7B%22n%22%3A1%7D&empty=")
        #expect(pairs.map(\.0) == ["query", "x", "variables", "empty"])
        #expect(pairs.map(\.1) == ["{ a }", "", #"{"n":1}"#, ""])
        #expect(try URLQuery.decode("a=%C3%A9")[0].1 == "é")
        #expect(throws: RequestRejection.self) { try URLQuery.decode("a=%zz") }
        #expect(throws: RequestRejection.self) { try URLQuery.decode("a=%FF") }
    }

    @Test func readsBearerTokens() throws {
        #expect(try BearerToken.parse(nil) == nil)
        #expect(try BearerToken.parse("Bearer abc-DEF_123") == "abc-DEF_123")
        #expect(try BearerToken.parse("  bearer   abc  ") == "abc")
        #expect(throws: RequestRejection.self) { try BearerToken.parse("Basic abc") }
        #expect(throws: RequestRejection.self) { try BearerToken.parse("Bearer ") }
    }
}
