/// An item of the catalog.
public struct Product: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var sku: String
    public var name: String
    public var kind: ProductKind
    /// Price of one unit (a seat, a minute, a service) in minor units of `currencyCode`.
    public var unitPriceMinor: Int64
    public var currencyCode: String

    enum CodingKeys: String, CodingKey {
        case id, sku, name, kind
        case unitPriceMinor = "unit_price_minor"
        case currencyCode = "currency_code"
    }
}
