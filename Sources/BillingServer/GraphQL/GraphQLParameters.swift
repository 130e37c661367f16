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
        try Self.checkSize(of: variables)
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
        try Self.checkSize(of: variables)
    }

    /// The most values (objects, lists and scalars alike) the variables may hold together.
    static let maximumVariableValues = 1_000
    /// The most entries one object or list in the variables may have.
    static let maximumVariableEntries = 100

    /// Refuses variables larger than any input of the API needs (no input takes a list; the largest object has a
    /// handful of fields), before the engine coerces them: coercion reports each bad entry with its whole object,
    /// so an object of 50,000 unknown fields costs time and memory quadratic in its size.
    static func checkSize(of variables: [(String, JSONValue)]) throws(RequestRejection) {
        guard variables.count <= maximumVariableEntries else { throw tooManyEntries }
        var remaining = maximumVariableValues
        var pending = variables.map(\.1)
        while let value = pending.popLast() {
            remaining -= 1
            guard remaining >= 0 else {
                throw .badRequest("The \"variables\" parameter holds more than \(maximumVariableValues) values.")
            }
            switch value {
            case .object(let entries):
                guard entries.count <= maximumVariableEntries else { throw tooManyEntries }
                pending += entries.map(\.1)
            case .list(let items):
                guard items.count <= maximumVariableEntries else { throw tooManyEntries }
                pending += items
            default: break
            }
        }
    }

    private static var tooManyEntries: RequestRejection {
        .badRequest("An object or list in the \"variables\" parameter has more than \(maximumVariableEntries) entries.")
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
