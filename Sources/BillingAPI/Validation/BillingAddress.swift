import BillingStore

/// Billing addresses: the required parts present and not blank, a known country, sane lengths, one line per field.
enum BillingAddress {
    /// The raw fields as the user gave them.
    struct Input: Sendable, Equatable {
        var line1: String
        var line2: String?
        var city: String
        var region: String?
        var postalCode: String
        var country: String
    }

    /// The address as stored (trimmed, blank optional parts dropped, country in uppercase), or every problem found,
    /// each with its field's name as path.
    static func validate(_ input: Input) throws(InvalidInputs) -> Address {
        var problems: [InvalidInput] = []
        func required(_ value: String, _ field: String, _ label: String, max: Int) -> String {
            let text = String(value.trimmed)
            if text.isEmpty {
                problems.append(InvalidInput([field], "Enter the \(label)."))
            } else {
                check(text, field, label, max: max)
            }
            return text
        }
        func optional(_ value: String?, _ field: String, _ label: String, max: Int) -> String? {
            guard let text = value.map({ String($0.trimmed) }), !text.isEmpty else { return nil }
            check(text, field, label, max: max)
            return text
        }
        func check(_ text: String, _ field: String, _ label: String, max: Int) {
            if text.count > max {
                problems.append(InvalidInput([field], "The \(label) can be at most \(max) characters long."))
            } else if text.hasControlCharacter {
                problems.append(InvalidInput([field], "The \(label) must fit on one line."))
            }
        }
        let line1 = required(input.line1, "line1", "first address line", max: 100)
        let line2 = optional(input.line2, "line2", "second address line", max: 100)
        let city = required(input.city, "city", "city", max: 100)
        let region = optional(input.region, "region", "state or region", max: 100)
        let postalCode = required(input.postalCode, "postalCode", "postal code", max: 20)
        let country = String(input.country.trimmed).uppercased()
        if country.isEmpty {
            problems.append(InvalidInput(["country"], "Enter the country."))
        } else if !CountryCodes.all.contains(country) {
            problems.append(InvalidInput(["country"], "Enter the country as a two-letter ISO 3166 code, e.g. US, CA or GB."))
        }
        guard problems.isEmpty else { throw InvalidInputs(problems: problems) }
        return Address(line1: line1, line2: line2, city: city, region: region, postalCode: postalCode, country: country)
    }
}
