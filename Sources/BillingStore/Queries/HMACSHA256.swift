/// HMAC-SHA256 (RFC 2104), for signing invoice download links with a server secret.
///
/// ```swift
/// let signature = HMACSHA256.hexDigest(key: secret, message: Array("42:1790000000".utf8))
/// ```
public enum HMACSHA256 {
    /// The 32-byte authentication code of `message` under `key`.
    public static func digest(key: [UInt8], message: some Collection<UInt8>) -> [UInt8] {
        var block = key.count > 64 ? SHA256.digest(key) : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        let inner = SHA256.digest(block.map { $0 ^ 0x36 } + Array(message))
        return SHA256.digest(block.map { $0 ^ 0x5c } + inner)
    }

    /// The code as 64 lowercase hex digits.
    public static func hexDigest(key: [UInt8], message: some Collection<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest(key: key, message: message) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
