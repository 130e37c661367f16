import BillingStore

/// Signed invoice download links: `/invoices/<global id>.pdf?expires=<unix seconds>&signature=<hex HMAC-SHA256>`.
///
/// The HMAC covers `"<global id>:<expires>"` under a secret kept in the database, so a browser can open the
/// link without a token until it expires, and nobody can make one for another invoice or a later expiry.
enum InvoiceLinks {
    /// The relative URL of invoice `invoiceID`'s PDF, valid until `expires`.
    static func url(invoiceID: Int64, expires: Int, key: [UInt8], basePath: String) -> String {
        let id = GlobalID.encode("Invoice", invoiceID)
        return "\(basePath)/invoices/\(id).pdf?expires=\(expires)&signature=\(signature(globalID: id, expires: expires, key: key))"
    }

    static func signature(globalID: String, expires: Int, key: [UInt8]) -> String {
        HMACSHA256.hexDigest(key: key, message: Array("\(globalID):\(expires)".utf8))
    }

    /// True when `signature` is the one this server makes for the id and expiry; compares in constant time.
    static func isValid(signature: String, globalID: String, expires: Int, key: [UInt8]) -> Bool {
        let expected = Array(self.signature(globalID: globalID, expires: expires, key: key).utf8)
        let given = Array(signature.lowercased().utf8)
        guard given.count == expected.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(given, expected) { difference |= a ^ b }
        return difference == 0
    }
}
