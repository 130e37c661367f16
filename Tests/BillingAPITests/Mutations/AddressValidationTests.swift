import BillingStore
import Testing

@testable import BillingAPI

struct AddressValidationTests {
    static let valid = BillingAddress.Input(
        line1: " 100 Main Street ", line2: "  ", city: "Springfield", region: "IL", postalCode: "62701", country: "us")

    @Test func aValidAddressIsTrimmedAndNormalized() throws {
        let address = try BillingAddress.validate(Self.valid)
        #expect(
            address == Address(line1: "100 Main Street", line2: nil, city: "Springfield", region: "IL", postalCode: "62701", country: "US"))
    }

    @Test func missingPartsAreAllReportedAtOnce() {
        let input = BillingAddress.Input(line1: "", line2: nil, city: " ", region: nil, postalCode: "\t", country: "")
        #expect(
            throws: InvalidInputs(problems: [
                InvalidInput(["line1"], "Enter the first address line."), InvalidInput(["city"], "Enter the city."),
                InvalidInput(["postalCode"], "Enter the postal code."), InvalidInput(["country"], "Enter the country."),
            ])
        ) { try BillingAddress.validate(input) }
    }

    @Test(arguments: ["USA", "XX", "U", "UK", "EU", "12", "Ü S"])
    func unknownCountriesAreRefused(_ country: String) {
        var input = Self.valid
        input.country = country
        #expect(
            throws: InvalidInputs(problems: [
                InvalidInput(["country"], "Enter the country as a two-letter ISO 3166 code, e.g. US, CA or GB.")
            ])
        ) { try BillingAddress.validate(input) }
    }

    @Test(arguments: ["US", "CA", "GB", "DE", "FR", "JP", "SS", "AX", "BQ", "CW"])
    func assignedCountriesAreAccepted(_ country: String) throws {
        var input = Self.valid
        input.country = country
        #expect(try BillingAddress.validate(input).country == country)
    }

    @Test func everyAssignedCodeIsListed() {
        #expect(CountryCodes.all.count == 249)
        #expect(CountryCodes.all.allSatisfy { $0.count == 2 && $0 == $0.uppercased() })
        #expect(!CountryCodes.all.contains("UK") && !CountryCodes.all.contains("EU") && !CountryCodes.all.contains("XK"))
    }

    @Test func lengthsAndLineBreaksAreLimited() {
        var input = Self.valid
        input.line1 = String(repeating: "x", count: 101)
        input.postalCode = String(repeating: "9", count: 21)
        input.city = "Spring\nfield"
        input.region = String(repeating: "r", count: 100)
        #expect(
            throws: InvalidInputs(problems: [
                InvalidInput(["line1"], "The first address line can be at most 100 characters long."),
                InvalidInput(["city"], "The city must fit on one line."),
                InvalidInput(["postalCode"], "The postal code can be at most 20 characters long."),
            ])
        ) { try BillingAddress.validate(input) }
    }
}
