/// The two media types a GraphQL response is sent as, chosen from the request's `Accept` header.
///
/// `application/graphql-response+json` lets the status code tell a request that never executed (4xx) from one
/// that did (200); `application/json` answers every GraphQL error with 200, for legacy clients.
///
/// ```swift
/// GraphQLMediaType.negotiate(accept: "application/graphql-response+json, application/json;q=0.9")  // .graphQLResponse
/// GraphQLMediaType.negotiate(accept: "text/html")  // nil: 406
/// ```
enum GraphQLMediaType: Sendable, Equatable {
    case graphQLResponse
    case json

    /// The `Content-Type` header value; responses are always UTF-8.
    var contentType: String {
        switch self {
        case .graphQLResponse: return "application/graphql-response+json; charset=utf-8"
        case .json: return "application/json; charset=utf-8"
        }
    }

    /// The preferred acceptable type: highest `q`, then graphql-response+json over json; a missing header, `*/*` or
    /// `application/*` alone mean `application/json` (the spec's legacy default). Nil when nothing is acceptable.
    static func negotiate(accept: String?) -> GraphQLMediaType? {
        guard let accept, !accept.allSatisfy({ $0 == " " || $0 == "\t" }) else { return .json }
        var best: (type: GraphQLMediaType, quality: Double, rank: Int)? = nil
        for range in accept.split(separator: ",") {
            let parts = range.split(separator: ";").map { $0.trimmingSpaces().lowercased() }
            guard let name = parts.first else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            guard quality > 0 else { continue }
            let candidate: (GraphQLMediaType, Int)
            switch name {
            case "application/graphql-response+json": candidate = (.graphQLResponse, 3)
            case "application/json": candidate = (.json, 2)
            case "*/*", "application/*": candidate = (.json, 1)
            default: continue
            }
            if let current = best, current.quality > quality || (current.quality == quality && current.rank >= candidate.1) {
                continue
            }
            best = (candidate.0, quality, candidate.1)
        }
        return best?.type
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (header syntax, not Unicode whitespace).
    func trimmingSpaces() -> Substring {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
