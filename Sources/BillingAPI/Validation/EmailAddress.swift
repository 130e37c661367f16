/// Email addresses: a pragmatic subset of RFC 5322's addr-spec that mail systems actually deliver to.
///
/// A dot-atom local part (letters, digits and ``!#$%&'*+/=?^_`{|}~-``, dots only between them) of at most 64 bytes,
/// `@`, and a domain of at least two dot-separated labels (letters, digits, inner hyphens; at most 63 bytes each;
/// an alphabetic top-level label of two or more letters); at most 254 bytes in all. Quoted local parts, comments
/// and IP-literal domains are refused. The domain is stored in lowercase.
enum EmailAddress {
    static let message = "Enter an email address like name@example.com."

    /// The address as stored, or `InvalidInput`.
    static func normalize(_ text: String) throws(InvalidInput) -> String {
        let address = String(text.trimmed)
        guard address.utf8.count <= 254 else { throw InvalidInput("An email address can be at most 254 characters long.") }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw InvalidInput(message) }
        let local = parts[0].utf8
        let domain = parts[1].lowercased()
        guard local.count <= 64 else { throw InvalidInput("The part before @ can be at most 64 characters long.") }
        guard isDotAtom(local) && isDomain(domain) else { throw InvalidInput(message) }
        return "\(parts[0])@\(domain)"
    }

    private static let atomExtras = Set("!#$%&'*+/=?^_`{|}~-".utf8)

    private static func isDotAtom(_ bytes: Substring.UTF8View) -> Bool {
        let atoms = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return atoms.allSatisfy { atom in !atom.isEmpty && atom.allSatisfy { isAlphanumeric($0) || atomExtras.contains($0) } }
    }

    private static func isDomain(_ domain: String) -> Bool {
        let labels = domain.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy(isLetter) else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
                && label.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
