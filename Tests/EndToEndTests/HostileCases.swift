import Foundation

/// One hostile request and the answer it must get.
struct HostileCase: Sendable {
    enum Message: Sendable {
        /// The first error's message, word for word.
        case exact(String)
        /// The first error's message starts with this (it goes on with an offset or the echoed value).
        case prefix(String)
        /// No GraphQL body: SwiftNIO's own 400 for a header section it will not parse.
        case emptyBody
    }

    let name: String
    var path = "/graphql"
    var method = "POST"
    var headers: [String: String] = [:]
    var body: Data?
    let status: Int
    var code: String?
    let message: Message

    /// A POST of `body` (raw bytes) to `/graphql`.
    static func post(
        _ name: String, _ body: Data, headers: [String: String] = [:], status: Int, code: String? = nil, _ message: Message
    ) -> HostileCase {
        HostileCase(name: name, headers: headers, body: body, status: status, code: code, message: message)
    }

    /// A POST of `text`'s UTF-8 to `/graphql`.
    static func post(
        _ name: String, _ text: String, headers: [String: String] = [:], status: Int, code: String? = nil, _ message: Message
    ) -> HostileCase {
        post(name, Data(text.utf8), headers: headers, status: status, code: code, message)
    }

    /// A POST of a JSON object to `/graphql`.
    static func post(
        _ name: String, json: [String: Any], headers: [String: String] = [:], status: Int, code: String? = nil,
        _ message: Message
    ) -> HostileCase {
        post(name, try! JSONSerialization.data(withJSONObject: json), headers: headers, status: status, code: code, message)
    }

    /// A GET of `/graphql?<query>` (already percent-encoded).
    static func get(_ name: String, _ query: String, status: Int, code: String? = nil, _ message: Message) -> HostileCase {
        HostileCase(name: name, path: "/graphql?" + query, method: "GET", status: status, code: code, message: message)
    }
}

/// The inputs the hostile suite sends, by kind; each is a request a careless or malicious client could make.
enum HostileCases {
    static let notJSON = "The request body is not valid JSON: "
    static let tooLarge = "The request body is larger than 1048576 bytes."
    static let malformedAuthorization = #"The Authorization header must be "Bearer <token>"."#

    static var all: [HostileCase] {
        malformedJSON + wrongTypes + sizes + documents + variables + encodings + tokens + headers
    }

    static let malformedJSON: [HostileCase] = {
        let bodies = [
            "", "{", #"{"query":"{ __typename }""#, #"{"query":"{ __typ"#, #"{"query":"{ __typename }",}"#,
            "{'query': '{ __typename }'}", #"{"query":"{ __typename }"} trailing"#, #"{"query":"\x"}"#, #"{"query": NaN}"#,
            #"{"query":"{ __typename }"}{"query":"{ __typename }"}"#, #"{"query" "{ __typename }"}"#, "{\"query\":\"a\u{01}\"}",
            #"{"query":"{ __typename }","variables":{"a":01}}"#, #"{"query":"{ __typename }","variables":{"a":1e}}"#,
            String(repeating: "[", count: 100_000),
            #"{"query":"{ __typename }","variables":{"a":"#
                + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}}",
        ]
        return bodies.enumerated().map { index, body in
            .post("malformed JSON #\(index)", body, status: 400, code: "BAD_REQUEST", .prefix(notJSON))
        }
            + ["[]", "null", #""{ __typename }""#, "42", "true", #"[{"query":"{ __typename }"}]"#].map { body in
                .post(
                    "JSON that is not an object: \(body)", body, status: 400, code: "BAD_REQUEST",
                    .exact("The request body must be a JSON object."))
            }
    }()

    static let wrongTypes: [HostileCase] = {
        let wrongValues: [Any] = [1, 1.5, true, [Any](), ["a": 1]]
        var cases: [HostileCase] = []
        for value in wrongValues {
            cases.append(
                .post(
                    "query as \(value)", json: ["query": value], status: 400, code: "BAD_REQUEST",
                    .exact(#"The "query" parameter must be a string."#)))
            cases.append(
                .post(
                    "operationName as \(value)", json: ["query": "{ __typename }", "operationName": value], status: 400,
                    code: "BAD_REQUEST", .exact(#"The "operationName" parameter must be a string."#)))
        }
        for value in [1, 1.5, true, "{}", [Any](), [["a": 1]]] as [Any] {
            for key in ["variables", "extensions"] {
                cases.append(
                    .post(
                        "\(key) as \(value)", json: ["query": "{ __typename }", key: value], status: 400, code: "BAD_REQUEST",
                        .exact(#"The "\#(key)" parameter must be a JSON object."#)))
            }
        }
        cases.append(
            .post("query null", json: ["query": NSNull()], status: 400, code: "BAD_REQUEST", .exact(#"The "query" parameter is required."#))
        )
        cases.append(
            .post("no query", json: ["variables": [:]], status: 400, code: "BAD_REQUEST", .exact(#"The "query" parameter is required."#)))
        cases.append(.post("empty query", json: ["query": ""], status: 400, .exact("Syntax Error: Unexpected <EOF>.")))
        cases.append(
            .get("GET without query", "variables=%7B%7D", status: 400, code: "BAD_REQUEST", .exact(#"The "query" parameter is required."#)))
        cases.append(
            .get(
                "GET variables not JSON", "query=%7B__typename%7D&variables=%7Bnope", status: 400, code: "BAD_REQUEST",
                .prefix(#"The "variables" parameter is not valid JSON: "#)))
        cases.append(
            .get(
                "GET variables a list", "query=%7B__typename%7D&variables=%5B1%5D", status: 400, code: "BAD_REQUEST",
                .exact(#"The "variables" parameter must be a JSON object."#)))
        return cases
    }()

    static let sizes: [HostileCase] = [
        .post(
            "10 MB body", Data(#"{"query":""#.utf8) + Data(repeating: UInt8(ascii: "a"), count: 10_000_000) + Data(#""}"#.utf8),
            status: 413, code: "PAYLOAD_TOO_LARGE", .exact(tooLarge)),
        .post(
            "5 MB string variable",
            json: [
                "query": "query($s: String!) { __type(name: $s) { name } }", "variables": ["s": String(repeating: "x", count: 5_000_000)],
            ],
            status: 413, code: "PAYLOAD_TOO_LARGE", .exact(tooLarge)),
        .post(
            "1,000,000-element list variable",
            json: ["query": "query($s: String) { __type(name: $s) { name } }", "variables": ["s": [Int](repeating: 7, count: 1_000_000)]],
            status: 413, code: "PAYLOAD_TOO_LARGE", .exact(tooLarge)),
    ]

    static let documents: [HostileCase] = {
        let deepSelections = String(repeating: "{ a ", count: 10_000) + String(repeating: "}", count: 10_000)
        let deepValue = "{ __type(name: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + ") { name } }"
        let aliases = "{ " + (0..<10_000).map { "a\($0): viewer { name }" }.joined(separator: " ") + " }"
        let bomb =
            "query Bomb { ...F19 }\nfragment F0 on Query { viewer { name } }\n"
            + (1..<20).map { "fragment F\($0) on Query { ...F\($0 - 1) ...F\($0 - 1) }" }.joined(separator: "\n")
        let operations = (0..<1_000).map { "query Q\($0) { __typename }" }.joined(separator: "\n")
        let nesting = "Syntax Error: Document nesting is deeper than 256 levels. Parsing aborted."
        return [
            .post("query 10,000 levels deep", json: ["query": deepSelections], status: 400, .exact(nesting)),
            .post(
                "10,000 open braces", json: ["query": String(repeating: "{", count: 10_000)], status: 400,
                .exact(#"Syntax Error: Expected Name, found "{"."#)),
            .post("list value 10,000 levels deep", json: ["query": deepValue], status: 400, .exact(nesting)),
            .post(
                "10,000 aliases of one field", json: ["query": aliases], status: 400, code: "QUERY_TOO_COMPLEX",
                .exact("Query cost 20000 exceeds the maximum of 10000.")),
            .post(
                "fragment bomb: 20 fragments spreading the previous twice", json: ["query": bomb], status: 400, code: "QUERY_TOO_COMPLEX",
                .exact("Query cost 1048576 exceeds the maximum of 10000.")),
            .post(
                "fragment cycle", json: ["query": "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"], status: 400,
                .exact(#"Cannot spread fragment "A" within itself via "B"."#)),
            .post(
                "1,000 operations", json: ["query": operations], status: 400,
                .exact("Must provide operation name if query contains multiple operations.")),
            .post(
                "1,000 operations, unknown name", json: ["query": operations, "operationName": "Nope"], status: 400,
                .exact(#"Unknown operation named "Nope"."#)),
            .post(
                "5,000 unknown fields", json: ["query": "{ " + (0..<5_000).map { "a\($0): nope" }.joined(separator: " ") + " }"],
                status: 400, .exact(#"Cannot query field "nope" on type "Query". Did you mean "node"?"#)),
        ]
    }()

    static let variables: [HostileCase] = {
        let filter = "query($f: OrderFilter) { account { orders(first: 1, filter: $f) { totalCount } } }"
        let entries = #"An object or list in the "variables" parameter has more than 100 entries."#
        let unknownFields = Dictionary(uniqueKeysWithValues: (0..<50_000).map { ("x\($0)", 1) })
        let nested = (0..<20).map { _ in [Int](repeating: 1, count: 99) }
        return [
            .post(
                "50,000 unknown input fields", json: ["query": filter, "variables": ["f": unknownFields]], status: 400, code: "BAD_REQUEST",
                .exact(entries)),
            .post(
                "200 variables",
                json: ["query": "{ __typename }", "variables": Dictionary(uniqueKeysWithValues: (0..<200).map { ("v\($0)", 1) })],
                status: 400, code: "BAD_REQUEST", .exact(entries)),
            .post(
                "100,000-element list variable",
                json: [
                    "query": "query($s: String) { __type(name: $s) { name } }", "variables": ["s": [Int](repeating: 1, count: 100_000)],
                ],
                status: 400, code: "BAD_REQUEST", .exact(entries)),
            .post(
                "2,000 values in nested lists",
                json: ["query": "query($s: String) { __type(name: $s) { name } }", "variables": ["s": nested]],
                status: 400, code: "BAD_REQUEST", .exact(#"The "variables" parameter holds more than 1000 values."#)),
            .post(
                "900 KB string for an Int",
                json: [
                    "query": "query($n: Int) { products { sku } account { orders(first: $n) { totalCount } } }",
                    "variables": ["n": String(repeating: "x", count: 900_000)],
                ],
                status: 400, .prefix(#"Variable "$n" got invalid value "xxxxxxxxxx"#)),
        ]
    }()

    static let encodings: [HostileCase] = {
        let json = ["Content-Type": "application/json"]
        return [
            .post(
                "invalid UTF-8 inside a JSON string", Data(#"{"query":"{ __typename "#.utf8) + Data([0xFF, 0xFE]) + Data(#" }"}"#.utf8),
                status: 400, code: "BAD_REQUEST", .prefix(notJSON)),
            .post(
                "invalid UTF-8 before the JSON", Data([0xFF, 0xFE]) + Data(#"{"query":"{ __typename }"}"#.utf8), status: 400,
                code: "BAD_REQUEST", .prefix(notJSON)),
            .post(
                "overlong UTF-8 in a string", Data(#"{"query":"{ __typename "#.utf8) + Data([0xC0, 0xAF]) + Data(#" }"}"#.utf8),
                status: 400, code: "BAD_REQUEST", .prefix(notJSON)),
            .post(
                "UTF-16 surrogate bytes", Data(#"{"query":"{ __typename "#.utf8) + Data([0xED, 0xA0, 0x80]) + Data(#" }"}"#.utf8),
                status: 400, code: "BAD_REQUEST", .prefix(notJSON)),
            .post(
                "truncated UTF-8 sequence", Data(#"{"query":"{ __typename "#.utf8) + Data([0xE2, 0x82]) + Data(#" }"}"#.utf8), status: 400,
                code: "BAD_REQUEST", .prefix(notJSON)),
            .post(
                "lone surrogate escape", #"{"query":"query($s: String) { __type(name: $s) { name } }","variables":{"s":"\ud800"}}"#,
                status: 400, code: "BAD_REQUEST", .prefix(notJSON)),
            .post(
                "NUL in the query", #"{"query":"{ __typename \u0000 }"}"#, status: 400,
                .exact("Syntax Error: Unexpected character: U+0000.")),
            .post(
                "UTF-16 body", Data(#"{"query":"{ __typename }"}"#.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), status: 400,
                code: "BAD_REQUEST", .prefix(notJSON)),
            .post(
                "Latin-1 charset", "{}", headers: ["Content-Type": "application/json; charset=latin1"], status: 415,
                code: "UNSUPPORTED_MEDIA_TYPE", .exact("Send the request body as application/json (UTF-8).")),
            .post(
                "form body", "query=x", headers: ["Content-Type": "application/x-www-form-urlencoded"], status: 415,
                code: "UNSUPPORTED_MEDIA_TYPE", .exact("Send the request body as application/json (UTF-8).")),
            .get("invalid UTF-8 percent-encoded in GET", "query=%7B__typename%FF%7D", status: 400, code: "BAD_REQUEST", .prefix("")),
            .post(
                "valid JSON, garbage query", json: ["query": "\u{FFFD}\u{FFFD}"], headers: json, status: 400,
                .exact("Syntax Error: Unexpected character: U+FFFD.")),
        ]
    }()

    static let tokens: [HostileCase] = {
        let malformed = [
            "Bearer !!garbage!!", "garbage-without-scheme", "Basic dXNlcjpwYXNzd29yZA==",
            "Bearer " + String(repeating: "a", count: 10 * 1024),
            "Bearer a b", "Bearer", "Token abc", "Bearer tok\"en", "Digest username=\"admin\"",
        ]
        return malformed.map { header in
            .post(
                "Authorization: \(header.prefix(30))", json: ["query": "{ viewer { name } }"], headers: ["Authorization": header],
                status: 401,
                code: "UNAUTHENTICATED", .exact(malformedAuthorization))
        } + [
            .post(
                "well-formed unknown token", json: ["query": "{ viewer { name } }"], headers: ["Authorization": "Bearer not-a-real-token"],
                status: 200,
                code: "UNAUTHENTICATED", .exact("Sign in to use the billing API."))
        ]
    }()

    static let headers: [HostileCase] = {
        let headersTooLarge = "The request headers are larger than 16384 bytes."
        let body = Data(#"{"query":"{ __typename }"}"#.utf8)
        var many: [String: String] = [:]
        for index in 0..<400 { many["X-Filler-\(index)"] = String(repeating: "v", count: 100) }
        return [
            .post(
                "64 KB header value", body, headers: ["X-Padding": String(repeating: "a", count: 64 * 1024)], status: 431,
                code: "HEADERS_TOO_LARGE", .exact(headersTooLarge)),
            .post(
                "64 KB bearer token", body, headers: ["Authorization": "Bearer " + String(repeating: "a", count: 64 * 1024)], status: 431,
                code: "HEADERS_TOO_LARGE", .exact(headersTooLarge)),
            .post(
                "20 KB cookie", body, headers: ["Cookie": "session=" + String(repeating: "c", count: 20 * 1024)], status: 431,
                code: "HEADERS_TOO_LARGE", .exact(headersTooLarge)),
            .post("400 headers of 100 bytes", body, headers: many, status: 431, code: "HEADERS_TOO_LARGE", .exact(headersTooLarge)),
            .post(
                "16 KB Accept", body, headers: ["Accept": String(repeating: "text/html, ", count: 1_500)], status: 431,
                code: "HEADERS_TOO_LARGE", .exact(headersTooLarge)),
            .post("90 KB header value", body, headers: ["X-Padding": String(repeating: "a", count: 90 * 1024)], status: 400, .emptyBody),
        ]
    }()
}
