import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct AuthenticationTests {
    @Test func aBearerTokenMakesTheRequestTheViewers() async throws {
        let server = try await TestServer()
        let token = try await server.token(for: "admin@acme.test")
        try await server.test { client in
            let response = try await client.graphQL("{ viewer { email role } }", token: token)
            #expect(response.status == .ok)
            #expect(response.text.hasPrefix(#"{"data":{"viewer":{"email":"admin@acme.test","role":"BILLING_ADMIN"}}"#))
            let lowercaseScheme = try await client.execute(
                uri: "/graphql", method: .post,
                headers: [.contentType: "application/json", .authorization: "bearer \(token)"],
                body: ByteBuffer(string: #"{"query":"{ viewer { email } }"}"#))
            #expect(lowercaseScheme.text.contains("admin@acme.test"))
        }
    }

    @Test func aMalformedAuthorizationHeaderIs401BeforeAnythingRuns() async throws {
        let server = try await TestServer()
        try await server.test { client in
            for header in ["Basic YWRtaW46cGFzcw==", "Bearer", "Bearer a b", "Bearer tok{en}", "token"] {
                let response = try await client.execute(
                    uri: "/graphql", method: .post,
                    headers: [
                        .contentType: "application/json", .accept: "application/graphql-response+json",
                        .authorization: header,
                    ],
                    body: ByteBuffer(string: #"{"query":"mutation { logout }"}"#))
                #expect(response.status == .unauthorized, "\(header)")
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                #expect(response.errorCodes == ["UNAUTHENTICATED"])
                #expect(response.json["data"] == nil)
            }
        }
    }

    @Test func anUnknownTokenIsAnonymousSoOnlyLoginAnswers() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let response = try await client.graphQL("{ viewer { email } }", token: "not-a-real-token")
            #expect(response.status == .ok)
            #expect(response.errorCodes == ["UNAUTHENTICATED"])
            let login = try await client.graphQL(
                #"mutation { login(email: "admin@acme.test", password: "demo-password") { token userErrors { message } } }"#,
                token: "not-a-real-token")
            #expect(login.status == .ok)
            #expect(login.errorMessages.isEmpty, "\(login.text)")
            let payload = (login.json["data"] as? [String: Any])?["login"] as? [String: Any]
            #expect((payload?["token"] as? String)?.isEmpty == false)
        }
    }
}
