import Testing

@testable import BillingAPI

struct PhoneValidationTests {
    @Test(arguments: [
        "5554443333", "555-444-3333", "(555) 444-3333", "+1 555 444 3333", "555 444 3333", "+1 5554443333", "+1 (555) 444-3333",
        "+1 555-444-3333", "  5554443333 ",
    ])
    func acceptedFormsAreStoredAsTenDigits(_ text: String) throws {
        #expect(try PhoneNumber.normalize(text) == "5554443333")
    }

    @Test(arguments: [
        "", "   ", "555444333", "55544433333", "555-4443333", "555.444.3333", "(555)444-3333", "(555) 444 3333", "+15554443333",
        "+44 555 444 3333", "1 555 444 3333", "+1  555 444 3333", "555-444-333a", "phone", "(555 444-3333", "555 444-3333",
        "５５５４４４３３３３", "+1 555 444 3333 ext 2",
    ])
    func everythingElseIsRefusedWithAMessage(_ text: String) {
        #expect(throws: InvalidInput([], PhoneNumber.message)) { try PhoneNumber.normalize(text) }
    }
}

struct EmailValidationTests {
    @Test(arguments: [
        ("billing@acme.test", "billing@acme.test"), ("Ada.Admin+bills@Acme.COM", "Ada.Admin+bills@acme.com"),
        (" ap@globex.co.uk ", "ap@globex.co.uk"), ("o'neil@x-y.io", "o'neil@x-y.io"), ("a@b.cd", "a@b.cd"),
    ])
    func pragmaticAddressesAreAccepted(_ text: String, _ stored: String) throws {
        #expect(try EmailAddress.normalize(text) == stored)
    }

    @Test(arguments: [
        "", "plainaddress", "@acme.test", "ada@", "ada@acme", "ada@@acme.test", "ada@acme..test", ".ada@acme.test", "ada.@acme.test",
        "a..da@acme.test", "ada@-acme.test", "ada@acme-.test", "ada@acme.t", "ada@acme.t3st", "\"ada\"@acme.test", "ada admin@acme.test",
        "ada@[127.0.0.1]", "ada@acme.test\nbcc: eve@evil.test", "ada@acme.test, bob@acme.test", "ada@ac_me.test",
    ])
    func malformedAddressesAreRefused(_ text: String) {
        #expect(throws: InvalidInput.self) { try EmailAddress.normalize(text) }
    }

    @Test func lengthLimitsHold() throws {
        let local64 = String(repeating: "a", count: 64)
        #expect(try EmailAddress.normalize("\(local64)@acme.test") == "\(local64)@acme.test")
        #expect(throws: InvalidInput([], "The part before @ can be at most 64 characters long.")) {
            try EmailAddress.normalize("a\(local64)@acme.test")
        }
        let label63 = String(repeating: "b", count: 63)
        #expect(try EmailAddress.normalize("a@\(label63).test") == "a@\(label63).test")
        #expect(throws: InvalidInput.self) { try EmailAddress.normalize("a@b\(label63).test") }
        let long = "a@" + Array(repeating: label63, count: 4).joined(separator: ".") + ".com"
        #expect(throws: InvalidInput([], "An email address can be at most 254 characters long.")) { try EmailAddress.normalize(long) }
    }
}
