import Hummingbird
import HummingbirdTesting
import Testing

/// The graphql-over-http rules: media types, status codes, parameters.
@Suite struct GraphQLHTTPTests {
    static let graphQLResponse = "application/graphql-response+json; charset=utf-8"
    static let json = "application/json; charset=utf-8"

    @Test func answersInTheMediaTypeTheClientPrefers() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let cases: [(String?, String)] = [
                ("application/graphql-response+json", Self.graphQLResponse),
                ("application/json", Self.json),
                ("application/graphql-response+json, application/json;q=0.9", Self.graphQLResponse),
                ("application/json, application/graphql-response+json;q=0.5", Self.json),
                ("*/*", Self.json),
                (nil, Self.json),
            ]
            for (accept, expected) in cases {
                let response = try await client.graphQL("{ __typename }", accept: accept)
                #expect(response.status == .ok, "\(accept ?? "no Accept")")
                #expect(response.headers[.contentType] == expected, "\(accept ?? "no Accept")")
                #expect(response.text.hasPrefix(#"{"data":{"__typename":"Query"}"#))
            }
        }
    }

    @Test func refusesAnAcceptHeaderNamingNeitherType() async throws {
        let server = try await TestServer()
        try await server.test { client in
            for accept in ["text/html", "application/xml, text/plain", "application/json;q=0"] {
                let response = try await client.graphQL("{ __typename }", accept: accept)
                #expect(response.status == .notAcceptable, "\(accept)")
                #expect(response.errorCodes == ["NOT_ACCEPTABLE"])
            }
        }
    }

    @Test func acceptsJSONWithAUTF8CharsetAndRefusesOtherBodies() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let body = ByteBuffer(string: #"{"query":"{ __typename }"}"#)
            for contentType in ["application/json; charset=utf-8", "Application/JSON;charset=\"UTF-8\""] {
                let response = try await client.execute(
                    uri: "/graphql", method: .post, headers: [.contentType: contentType], body: body)
                #expect(response.status == .ok, "\(contentType)")
            }
            for contentType in ["text/plain", "application/graphql", "application/json; charset=latin1", nil] {
                var headers: HTTPFields = [.accept: "application/graphql-response+json"]
                if let contentType { headers[.contentType] = contentType }
                let response = try await client.execute(uri: "/graphql", method: .post, headers: headers, body: body)
                #expect(response.status == .unsupportedMediaType, "\(contentType ?? "no Content-Type")")
                #expect(response.errorCodes == ["UNSUPPORTED_MEDIA_TYPE"])
            }
        }
    }

    @Test func refusesMalformedRequestsWith400InBothMediaTypes() async throws {
        let server = try await TestServer()
        let bodies: [(String, String)] = [
            ("{", "The request body is not valid JSON"),
            ("", "The request body is not valid JSON"),
            ("[]", "The request body must be a JSON object."),
            (#""{ __typename }""#, "The request body must be a JSON object."),
            (#"{"variables":{}}"#, #"The "query" parameter is required."#),
            (#"{"query":null}"#, #"The "query" parameter is required."#),
            (#"{"query":7}"#, #"The "query" parameter must be a string."#),
            (#"{"query":{"a":1}}"#, #"The "query" parameter must be a string."#),
            (#"{"query":"{ __typename }","variables":"{}"}"#, #"The "variables" parameter must be a JSON object."#),
            (#"{"query":"{ __typename }","variables":[]}"#, #"The "variables" parameter must be a JSON object."#),
            (#"{"query":"{ __typename }","extensions":1}"#, #"The "extensions" parameter must be a JSON object."#),
            (#"{"query":"{ __typename }","operationName":3}"#, #"The "operationName" parameter must be a string."#),
        ]
        try await server.test { client in
            for accept in ["application/graphql-response+json", "application/json"] {
                for (body, message) in bodies {
                    let response = try await client.execute(
                        uri: "/graphql", method: .post, headers: [.contentType: "application/json", .accept: accept],
                        body: ByteBuffer(string: body))
                    #expect(response.status == .badRequest, "\(body) as \(accept)")
                    #expect(response.errorMessages.first?.hasPrefix(message) == true, "\(body): \(response.text)")
                    #expect(response.errorCodes == ["BAD_REQUEST"])
                    #expect(response.json["data"] == nil)
                }
            }
        }
    }

    @Test func ignoresUnknownKeysAndAcceptsNullOptionalParameters() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let body = #"{"query":"{ __typename }","variables":null,"operationName":null,"extensions":{},"foo":[1]}"#
            let response = try await client.execute(
                uri: "/graphql", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
            #expect(response.status == .ok)
            #expect(response.text.hasPrefix(#"{"data":{"__typename":"Query"}"#))
        }
    }

    @Test func parseAndValidationErrorsAre400OnlyForGraphQLResponseJSON() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let cases = [
                ("{ viewer { name }", "Syntax Error: Expected Name, found <EOF>."),
                ("{ viewer { nme } }", #"Cannot query field "nme" on type "User"."#),
            ]
            for (query, message) in cases {
                let strict = try await client.graphQL(query, accept: "application/graphql-response+json")
                #expect(strict.status == .badRequest)
                #expect(strict.errorMessages.first?.hasPrefix(String(message.prefix(30))) == true, "\(strict.text)")
                #expect(strict.json["data"] == nil)
                let legacy = try await client.graphQL(query, accept: "application/json")
                #expect(legacy.status == .ok)
                #expect(legacy.errorMessages == strict.errorMessages)
            }
        }
    }

    @Test func requestErrorsWithoutDataAre400ForGraphQLResponseJSON() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let query = "query A { __typename } query B { __typename }"
            let strict = try await client.graphQL(query)
            #expect(strict.status == .badRequest)
            #expect(strict.errorMessages == ["Must provide operation name if query contains multiple operations."])
            let badVariable = try await client.graphQL(
                "query($n: Boolean!) { __typename @include(if: $n) }", variables: #"{"n":"x"}"#, accept: "application/json")
            #expect(badVariable.status == .ok)
            #expect(badVariable.errorMessages.first?.hasPrefix(#"Variable "$n" got invalid value"#) == true)
        }
    }

    @Test func executionStartedIs200EvenWithFieldErrors() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let response = try await client.graphQL("{ viewer { name } }")
            #expect(response.status == .ok)
            #expect(response.errorCodes == ["UNAUTHENTICATED"])
            #expect(response.json.keys.contains("data"))
        }
    }

    @Test func getRunsQueriesAndRefusesMutations() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let query = "query%20Q(%24n%3A%20Boolean%21)%20%7B%20__typename%20%40include(if%3A%20%24n)%20%7D"
            let ok = try await client.execute(
                uri: "/graphql?query=\(query)&variables=%7B%22n%22%3Atrue%7D&operationName=Q", method: .get,
                headers: [.accept: "application/graphql-response+json"])
            #expect(ok.status == .ok)
            #expect(ok.text.hasPrefix(#"{"data":{"__typename":"Query"}"#))
            #expect(ok.headers[.cacheControl] == "private, no-store")
            let plus = try await client.execute(uri: "/graphql?query={+__typename+}", method: .get)
            #expect(plus.status == .ok)
            let mutation = try await client.execute(
                uri: "/graphql?query=mutation%20%7B%20logout%20%7D", method: .get,
                headers: [.accept: "application/graphql-response+json"])
            #expect(mutation.status == .methodNotAllowed)
            #expect(mutation.headers[.allow] == "POST")
            #expect(mutation.errorCodes == ["METHOD_NOT_ALLOWED"])
            let missing = try await client.execute(uri: "/graphql", method: .get)
            #expect(missing.status == .badRequest)
            let badVariables = try await client.execute(uri: "/graphql?query=%7B__typename%7D&variables=%5B%5D", method: .get)
            #expect(badVariables.status == .badRequest)
            let badEscape = try await client.execute(uri: "/graphql?query=%7", method: .get)
            #expect(badEscape.status == .badRequest)
        }
    }

    @Test func otherMethodsAre405WithAllow() async throws {
        let server = try await TestServer()
        try await server.test { client in
            for method in [HTTPRequest.Method.put, .delete, .patch] {
                let response = try await client.execute(uri: "/graphql", method: method)
                #expect(response.status == .methodNotAllowed, "\(method)")
                #expect(response.headers[.allow] == "GET, POST")
            }
        }
    }

    @Test func bodiesOverOneMebibyteAre413() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let padding = String(repeating: " ", count: 1 << 20)
            let large = try await client.execute(
                uri: "/graphql", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"query":"{ __typename }"}"# + padding))
            #expect(large.status == .contentTooLarge)
            #expect(large.errorCodes == ["PAYLOAD_TOO_LARGE"])
            let justUnder = try await client.execute(
                uri: "/graphql", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"query":"{ __typename }"}"# + padding.dropFirst(100)))
            #expect(justUnder.status == .ok)
        }
    }

    @Test func everyResponseCarriesTheCostAndARequestID() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let response = try await client.graphQL("{ __typename viewer { name email } }")
            let cost = (response.json["extensions"] as? [String: Any])?["cost"] as? [String: Any]
            #expect(cost?["requestedQueryCost"] as? Int == 4)
            #expect(cost?["maximumAvailable"] as? Int == 10_000)
            #expect(response.headers[HTTPFields.Element.Name("X-Request-Id")!]?.isEmpty == false)
            let malformed = try await client.graphQL("{")
            #expect((malformed.json["extensions"] as? [String: Any])?["cost"] != nil)
        }
    }
}
