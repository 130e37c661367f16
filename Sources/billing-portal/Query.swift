import ArgumentParser
import BillingAPI
import BillingServer
import BillingStore
import Foundation
import GraphQLEngine

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `billing-portal query`: one operation, printed as JSON.
struct Query: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one GraphQL operation and print the JSON response; exits with 1 when it has errors.",
        discussion: """
            The operation is the argument itself, a file of that name, or standard input for "-". It runs
            either directly on a database as a user (--db and --as; the server's HTTP limits do not apply), or
            against a server (--url, with --token for a signed-in request).

            Examples:
              billing-portal query --db billing.sqlite --as admin@acme.test '{ viewer { name role } }'
              billing-portal query --db billing.sqlite --as admin@acme.test --variables '{"n": 5}' \\
                'query($n: Int) { account { orders(first: $n) { nodes { number status } } } }'
              billing-portal query --url http://127.0.0.1:8080/graphql --token "$TOKEN" dashboard.graphql
              echo '{ viewer { email } }' | billing-portal query --url http://127.0.0.1:8080/graphql --token "$TOKEN" -
            """)

    @Option(help: "A database to run on directly (with --as).")
    var db: String?

    @Option(name: .customLong("as"), help: "The email of the user to run as, with --db; omit to run anonymously.")
    var email: String?

    @Option(help: "A server's GraphQL endpoint, such as http://127.0.0.1:8080/graphql.")
    var url: String?

    @Option(help: "An API token to send to --url (see 'billing-portal token' or the login mutation).")
    var token: String?

    @Option(help: "The variables, as a JSON object.")
    var variables: String?

    @Option(help: "The operation to run when the document has several.")
    var operationName: String?

    @Option(help: "The folder holding schema/billing.graphql, with --db.")
    var resources = "."

    @ArgumentParser.Argument(help: "The operation's text, a file holding it, or - for standard input.")
    var operation: String

    func validate() throws {
        guard (db == nil) != (url == nil) else { throw ValidationError("Give either --db or --url.") }
        if url != nil, email != nil { throw ValidationError("--as works with --db; send --token to a server.") }
        if db != nil, token != nil { throw ValidationError("--token works with --url; use --as with --db.") }
        if let db { try requireDatabase(at: db) }
    }

    func run() async throws {
        let text = try Self.readOperation(operation)
        var variableEntries: [(String, JSONValue)] = []
        if let variables {
            guard case .object(let entries) = try? JSONParser.parse(variables) else {
                throw ValidationError("--variables must be a JSON object.")
            }
            variableEntries = entries
        }
        let request = GraphQLRequest(query: text, operationName: operationName, variables: variableEntries)
        let body: JSONValue
        if let url {
            body = try await Self.post(request, to: url, token: token)
        } else {
            body = try await runLocally(request)
        }
        print(body.jsonString)
        if case .list(let errors)? = body["errors"], !errors.isEmpty { throw ExitCode(1) }
    }

    func runLocally(_ request: GraphQLRequest) async throws -> JSONValue {
        let store = try BillingStore(path: db ?? "")
        var options = ServerOptions()
        options.resources = resources
        let service = try makeService(store: store, options: options, logger: .init(label: "billing-portal"))
        var viewer: Viewer? = nil
        if let email {
            guard let user = try await store.user(email: email) else {
                throw ValidationError("No user has the email \(email).")
            }
            viewer = Viewer(user)
        }
        let result = await service.execute(request, viewer: viewer, token: nil, requestID: "cli")
        return result.response()
    }

    static func readOperation(_ argument: String) throws -> String {
        if argument == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        if !argument.contains("{"), FileManager.default.fileExists(atPath: argument) {
            return try String(contentsOfFile: argument, encoding: .utf8)
        }
        // A mistyped file name would otherwise go to the server as query text and come back as a syntax error.
        if !argument.contains("{"), argument.hasSuffix(".graphql") || argument.hasSuffix(".gql") || argument.contains("/") {
            throw ValidationError("No such file: \(argument)")
        }
        return argument
    }

    static func post(_ request: GraphQLRequest, to url: String, token: String?) async throws -> JSONValue {
        guard let endpoint = URL(string: url) else { throw ValidationError("--url is not a URL.") }
        var entries: [(String, JSONValue)] = [("query", .string(request.query))]
        if let name = request.operationName { entries.append(("operationName", .string(name))) }
        if !request.variables.isEmpty { entries.append(("variables", .object(request.variables))) }
        var http = URLRequest(url: endpoint)
        http.httpMethod = "POST"
        http.setValue("application/json", forHTTPHeaderField: "Content-Type")
        http.setValue("application/graphql-response+json, application/json;q=0.9", forHTTPHeaderField: "Accept")
        if let token { http.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        http.httpBody = Data(JSONValue.object(entries).jsonBytes())
        let (data, response) = try await URLSession.shared.data(for: http)
        do {
            return try JSONParser.parse(Array(data))
        } catch {
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            throw ValidationError("The server answered \(status) without JSON: \(String(decoding: data, as: UTF8.self))")
        }
    }
}
