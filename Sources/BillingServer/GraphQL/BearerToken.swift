import Hummingbird

/// Reads `Authorization: Bearer <token>` (RFC 6750).
///
/// A missing header is an anonymous request (only `login` answers). A header that is not a well-formed bearer
/// credential (another scheme, no scheme, characters outside b64token, longer than 512) is refused with 401 and
/// `WWW-Authenticate: Bearer` before anything runs, since guessing what the client meant could run a request as
/// the wrong user. A well-formed but unknown, expired or revoked token is left to
/// `BillingService.viewer(forToken:)`, which treats it as anonymous: the fields then answer `UNAUTHENTICATED`
/// errors in a 200, which is what the playground and scripts look for.
enum BearerToken {
    /// Our tokens are 43 characters; anything far longer is not one of them and is refused unhashed.
    static let maximumTokenLength = 512

    static func parse(_ header: String?) throws(RequestRejection) -> String? {
        guard let header else { return nil }
        let parts = header.trimmingSpaces().split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer", parts[1].utf8.count <= maximumTokenLength,
            parts[1].utf8.allSatisfy(isToken68)
        else {
            throw RequestRejection(
                status: .unauthorized, message: "The Authorization header must be \"Bearer <token>\".",
                code: "UNAUTHENTICATED", headers: [.wwwAuthenticate: "Bearer error=\"invalid_request\""])
        }
        return String(parts[1])
    }

    /// The characters of RFC 6750's b64token.
    private static func isToken68(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "+"),
            UInt8(ascii: "/"), UInt8(ascii: "="):
            return true
        default: return false
        }
    }
}
