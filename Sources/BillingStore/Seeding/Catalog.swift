/// The product catalog every seeded database starts with; prices in US cents.
enum Catalog {
    static let products: [(sku: String, name: String, kind: ProductKind, unitPriceMinor: Int64)] = [
        ("PB-SEAT", "Playbooks Seat", .license, 78_000),
        ("PB-MGR", "Playbooks Manager Seat", .license, 114_000),
        ("PB-ENT", "Playbooks Enterprise Seat", .license, 150_000),
        ("NA-SEAT", "Neuralytics Seat", .license, 54_000),
        ("DM-US", "Dialer Minutes (US & Canada)", .dialerMinutes, 2),
        ("DM-INTL", "Dialer Minutes (International)", .dialerMinutes, 9),
        ("SVC-ONBOARD", "Onboarding Package", .service, 150_000),
        ("SVC-TRAIN", "Admin Training Session", .service, 35_000),
        ("SVC-CRM", "CRM Integration Setup", .service, 90_000),
        ("SVC-SUPPORT", "Premium Support, 12 months", .service, 300_000),
    ]

    /// The date every seeded date is relative to, so seeded content never depends on the clock.
    static let anchor = CalendarDate(year: 2026, month: 11, day: 1)!

    /// Invoices issued before this day were imported from the old billing system.
    static let historicalBefore = CalendarDate(year: 2025, month: 1, day: 1)!

    /// A bcrypt hash (cost 10) of `demo-password`, made once: hashing at seed time would make every seed differ
    /// (random salt) and cost a bcrypt per scale user.
    static let demoPasswordHash = "$2b$10$kMQ.UnCoAdCo03hk.HKcNe3RWosi9VQA4g8IyGki2/G7wHLOXR7qK"

    /// 3 to 6 distinct products, with quantities that fit their kind.
    static func lines(from products: [Product], using rng: inout SplitMix64) -> [SeedWriter.Line] {
        let count = rng.int(in: 3...6)
        var pool = products
        var lines: [SeedWriter.Line] = []
        for _ in 0..<count {
            let product = pool.remove(at: rng.int(in: 0...(pool.count - 1)))
            switch product.kind {
            case .license:
                let seats = rng.int(in: 1...25)
                lines.append(.init(product: product, description: "\(product.name), 12 months", quantity: seats))
            case .dialerMinutes:
                let minutes = rng.int(in: 2...20) * 500
                lines.append(.init(product: product, description: "\(product.name), \(minutes) minutes", quantity: minutes))
            case .service:
                lines.append(.init(product: product, description: product.name, quantity: 1))
            }
        }
        return lines
    }
}
