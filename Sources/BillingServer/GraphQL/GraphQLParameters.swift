import GraphQLEngine
import Hummingbird

/// The parameters of a GraphQL-over-HTTP request, checked: `query`, `operationName`, `variables`, `extensions`.
///
/// Unknown keys are ignored; `null` counts as absent for the optional ones.
///
/// ```swift
/// let parameters = try GraphQLParameters(json: try JSONParser.parse(#"{"query": "{ viewer { name } }"}"#))
/// parameters.request.query  // "{ viewer { name } }"
/// ```
struct GraphQLParameters: Sendable {
    var query: String
    var operationName: String?
    var variables: [(String, JSONValue)]
    var extensions: [(String, JSONValue)]

    /// The request the engine runs.
    var request: GraphQLRequest {
        GraphQLRequest(query: query, operationName: operationName, variables: variables)
    }

    /// Reads a POST body's JSON value, which must be an object.
    init(json: JSONValue) throws(RequestRejection) {
        guard case .object = json else { throw .badRequest("The request body must be a JSON object.") }
        guard let query = json["query"], !query.isNull else {
            throw .badRequest("The \"query\" parameter is required.")
        }
        guard case .string(let text) = query else { throw .badRequest("The \"query\" parameter must be a string.") }
        self.query = text
        switch json["operationName"] {
        case nil, .null?: operationName = nil
        case .string(let name)?: operationName = name
        default: throw .badRequest("The \"operationName\" parameter must be a string.")
        }
        variables = try Self.object(json["variables"], name: "variables")
        extensions = try Self.object(json["extensions"], name: "extensions")
    }

    /// Reads GET's URL query: `variables` and `extensions` are JSON texts.
    init(urlQuery: String?) throws(RequestRejection) {
        let pairs = try URLQuery.decode(urlQuery ?? "")
        func value(_ name: String) -> String? { pairs.last { $0.0 == name }?.1 }
        guard let query = value("query") else { throw .badRequest("The \"query\" parameter is required.") }
        self.query = query
        operationName = value("operationName").flatMap { $0.isEmpty ? nil : $0 }
        variables = try Self.object(Self.parseJSON(value("variables"), name: "variables"), name: "variables")
        extensions = try Self.object(Self.parseJSON(value("extensions"), name: "extensions"), name: "extensions")
    }

    private static func parseJSON(_ text: String?, name: String) throws(RequestRejection) -> JSONValue? {
        guard let text, !text.isEmpty else { return nil }
        do {
            return try JSONParser.parse(text, maxDepth: 64)
        } catch {
            throw .badRequest("The \"\(name)\" parameter is not valid JSON: \(error).")
        }
    }

    private static func object(_ value: JSONValue?, name: String) throws(RequestRejection) -> [(String, JSONValue)] {
        switch value {
        case nil, .null?: return []
        case .object(let entries)?: return entries
        default: throw .badRequest("The \"\(name)\" parameter must be a JSON object.")
        }
    }
}

/// Why the server refuses a request before GraphQL runs it: a status, headers and the message of the one error.
struct RequestRejection: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String
    var code: String
    var headers: HTTPFields = [:]

    static func badRequest(_ message: String) -> RequestRejection {
        RequestRejection(status: .badRequest, message: message, code: "BAD_REQUEST")
    }
}
