/// A customer account: the company that buys licenses, minutes and services.
public struct Account: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var name: String
    /// Ten digits, e.g. `5554443333`.
    public var phone: String?
    public var email: String?
    public var addressLine1: String?
    public var addressLine2: String?
    public var addressCity: String?
    public var addressRegion: String?
    public var addressPostalCode: String?
    public var addressCountry: String?
    /// ISO 4217 code of the account's billing currency.
    public var currencyCode: String

    enum CodingKeys: String, CodingKey {
        case id, name, phone, email
        case addressLine1 = "address_line1"
        case addressLine2 = "address_line2"
        case addressCity = "address_city"
        case addressRegion = "address_region"
        case addressPostalCode = "address_postal_code"
        case addressCountry = "address_country"
        case currencyCode = "currency_code"
    }

    /// The billing address, or nil when none is on file.
    public var billingAddress: Address? {
        guard let line1 = addressLine1, let city = addressCity, let postalCode = addressPostalCode,
            let country = addressCountry
        else { return nil }
        return Address(
            line1: line1, line2: addressLine2, city: city, region: addressRegion, postalCode: postalCode, country: country)
    }
}

/// A postal address.
public struct Address: Codable, Sendable, Hashable {
    public var line1: String
    public var line2: String?
    public var city: String
    public var region: String?
    public var postalCode: String
    /// ISO 3166-1 alpha-2 code, e.g. `US`.
    public var country: String

    public init(line1: String, line2: String?, city: String, region: String?, postalCode: String, country: String) {
        self.line1 = line1
        self.line2 = line2
        self.city = city
        self.region = region
        self.postalCode = postalCode
        self.country = country
    }
}
