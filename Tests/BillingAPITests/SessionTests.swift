import BillingAPI
import BillingStore
import GraphQLEngine
import Testing

/// `login`, `logout`, tokens, and what an anonymous request gets.
struct SessionTests {
    static let login = """
        mutation($email: String!, $password: String!) {
          login(email: $email, password: $password) { token viewer { name email role } userErrors { field message code } }
        }
        """

    @Test func loginReturnsATokenThatSignsIn() async throws {
        let fixture = try await APIFixture()
        let result = try await fixture.run(
            Self.login, as: nil, variables: [("email", .string("Admin@Acme.test")), ("password", .string("demo-password"))])
        #expect(result.errors.isEmpty)
        let token = try #require(result.data?["login"]?["token"]?.stringValue)
        #expect(result.data?["login"]?["viewer"]?["email"] == .string("admin@acme.test"))
        let viewer = try await fixture.service.viewer(forToken: token)
        #expect(viewer?.email == "admin@acme.test")
        #expect(viewer?.role == .billingAdmin)
    }

    @Test func wrongPasswordAndUnknownEmailGetTheSameAnswer() async throws {
        let fixture = try await APIFixture()
        let wrong = try await fixture.run(
            Self.login, as: nil, variables: [("email", .string("admin@acme.test")), ("password", .string("nope"))])
        let unknown = try await fixture.run(
            Self.login, as: nil, variables: [("email", .string("nobody@acme.test")), ("password", .string("demo-password"))])
        #expect(wrong.errors.isEmpty)
        #expect(wrong.data == unknown.data)
        #expect(wrong.data?["login"]?["token"] == .null)
        #expect(wrong.data?["login"]?["userErrors"]?.first?["code"] == .string("INVALID"))
        #expect(wrong.data?["login"]?["userErrors"]?.first?["message"] == .string("Email or password is incorrect."))
    }

    @Test func logoutRevokesTheRequestsToken() async throws {
        let fixture = try await APIFixture()
        let token = try await fixture.store.createToken(userID: fixture.viewer("member@acme.test").userID)
        let viewer = try #require(try await fixture.service.viewer(forToken: token))
        let result = await fixture.service.execute(GraphQLRequest(query: "mutation { logout }"), viewer: viewer, token: token)
        #expect(result.data?["logout"] == .bool(true))
        #expect(try await fixture.service.viewer(forToken: token) == nil)
    }

    @Test func anonymousRequestsGetOnlyUnauthenticated() async throws {
        let fixture = try await APIFixture()
        let result = try await fixture.run("{ viewer { name } account { name } products { sku } }", as: nil)
        #expect(result.codes == ["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"])
        #expect(result.errors.first?.message == "Sign in to use the billing API.")
        #expect(result.data == .null)
        let logout = try await fixture.run("mutation { logout }", as: nil)
        #expect(logout.codes == ["UNAUTHENTICATED"])
    }

    @Test func introspectionNeedsASignedInViewerButTypenameDoesNot() async throws {
        let fixture = try await APIFixture()
        let anonymous = try await fixture.run(#"{ __schema { queryType { name } } t: __type(name: "Account") { name } }"#, as: nil)
        #expect(anonymous.codes == ["UNAUTHENTICATED", "UNAUTHENTICATED"])
        #expect(anonymous.data == .null)
        let typename = try await fixture.run("{ __typename }", as: nil)
        #expect(typename.errors.isEmpty && typename.data?["__typename"] == .string("Query"))
        let member = try await fixture.run(
            #"{ __schema { queryType { name } } t: __type(name: "Account") { name } }"#, as: "member@acme.test")
        #expect(member.errors.isEmpty)
        #expect(member.data?["__schema"]?["queryType"]?["name"] == .string("Query"))
        #expect(member.data?["t"]?["name"] == .string("Account"))
    }

    @Test func unknownTokensHaveNoViewer() async throws {
        let fixture = try await APIFixture()
        #expect(try await fixture.service.viewer(forToken: nil) == nil)
        #expect(try await fixture.service.viewer(forToken: "") == nil)
        #expect(try await fixture.service.viewer(forToken: "not-a-token") == nil)
    }

    @Test func viewerAndOwnAccount() async throws {
        let fixture = try await APIFixture()
        let result = try await fixture.run(
            "{ viewer { name role canAccessBillingPortal account { name } } account { name currencyCode } }", as: "member@acme.test")
        #expect(result.errors.isEmpty)
        #expect(result.data?["viewer"]?["name"] == .string("Milo Member"))
        #expect(result.data?["viewer"]?["canAccessBillingPortal"] == .bool(false))
        #expect(result.data?["viewer"]?["account"]?["name"] == .string("Acme Corp"))
        #expect(result.data?["account"]?["name"] == .string("Acme Corp"))
    }
}
