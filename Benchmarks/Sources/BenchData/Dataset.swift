/// The whole in-memory world of one benchmark run: a viewer, their account and the catalog.
public struct Dataset: Sendable {
    public let viewer: User
    public let account: Account
    public let products: [Product]

    /// The dashboard's data: by default 50 orders and 50 invoices of 5 line items each.
    ///
    /// The same arguments always give the same data.
    public static func make(orders: Int = 50, invoices: Int = 50, lineItems: Int = 5, seed: UInt64 = 42) -> Dataset {
        var random = SeededGenerator(seed: seed)
        let products = catalog()
        let admin = User(
            id: "VXNlcjox", name: "Avery Admin", email: "admin@acme.test", role: .billingAdmin,
            canAccessBillingPortal: true)
        let secondAdmin = User(
            id: "VXNlcjoy", name: "Blake Billing", email: "blake@acme.test", role: .billingAdmin,
            canAccessBillingPortal: true)
        let csm = User(
            id: "VXNlcjoz", name: "Casey Success", email: "csm@portal.test", role: .customerSuccess,
            canAccessBillingPortal: true)
        func items(_ count: Int) -> [LineItem] {
            (0..<count).map { _ in lineItem(products.randomElement(using: &random)!, quantity: Int.random(in: 1...25, using: &random)) }
        }
        let orderList = (0..<orders).map { index in
            let lines = items(lineItems)
            return Order(
                id: "T3JkZXI6\(1000 + index)", number: "SO-\(20_000 + orders - index)",
                orderDate: day(daysBefore: index * 7), status: index < 3 ? .pending : .activated,
                total: sum(lines), lineItems: lines)
        }
        let invoiceList = (0..<invoices).map { index in
            let lines = items(lineItems)
            let total = sum(lines)
            let historical = index >= invoices - invoices / 5
            let status: InvoiceStatus = index < 4 ? .open : (index % 17 == 0 ? .void : .paid)
            return Invoice(
                id: "SW52b2ljZTo\(2000 + index)", number: "INV-\(30_000 + invoices - index)",
                issuedOn: day(daysBefore: index * 7 + 1), dueOn: historical ? nil : day(daysBefore: index * 7 - 29),
                status: status, total: total, amountDue: status == .open ? total : Money(minorUnits: 0),
                lineItems: lines, isHistorical: historical,
                downloadUrl: historical
                    ? nil
                    : "https://billing.example.test/invoices/\(2000 + index).pdf?expires=1795000000&sig=3f9a1c0b7e52d4a8")
        }
        let account = Account(
            id: "QWNjb3VudDox", name: "Acme Corp", phone: "5554443333", email: "billing@acme.test",
            billingAddress: Address(
                line1: "100 Market Street", line2: "Suite 400", city: "San Francisco", region: "CA",
                postalCode: "94105", country: "US"),
            billingAdmins: [admin, secondAdmin], customerSuccessManager: csm,
            paymentMethods: paymentMethods(), orders: orderList, invoices: invoiceList,
            purchasedProducts: products.prefix(4).enumerated().map { index, product in
                PurchasedProduct(
                    id: "UHVyY2hhc2U6\(index)", product: product, quantity: 5 + index * 10,
                    startsOn: day(daysBefore: 365 - index * 30), endsOn: index == 3 ? nil : day(daysBefore: -365),
                    status: index == 2 ? .pending : .active)
            },
            dialerMinutes: DialerMinutes(balanceMinutes: 12_500))
        return Dataset(viewer: admin, account: account, products: products)
    }

    private static func catalog() -> [Product] {
        let rows: [(String, String, ProductKind, Int)] = [
            ("LIC-STD", "Standard Seat License", .license, 2_900),
            ("LIC-PRO", "Professional Seat License", .license, 4_900),
            ("LIC-ENT", "Enterprise Seat License", .license, 9_900),
            ("DIAL-1K", "Dialer Minutes (1,000)", .dialerMinutes, 1_500),
            ("DIAL-10K", "Dialer Minutes (10,000)", .dialerMinutes, 12_000),
            ("SVC-ONB", "Onboarding Package", .service, 150_000),
            ("SVC-TRN", "Admin Training Session", .service, 35_000),
            ("LIC-ANL", "Analytics Add-on License", .license, 1_900),
        ]
        return rows.enumerated().map { index, row in
            Product(id: "UHJvZHVjdDo\(index)", sku: row.0, name: row.1, kind: row.2, unitPrice: Money(minorUnits: row.3))
        }
    }

    private static func lineItem(_ product: Product, quantity: Int) -> LineItem {
        LineItem(
            product: product, description: "\(product.name) x \(quantity)", quantity: quantity,
            unitPrice: product.unitPrice, total: Money(minorUnits: product.unitPrice.minorUnits * quantity))
    }

    private static func sum(_ lines: [LineItem]) -> Money {
        Money(minorUnits: lines.reduce(0) { $0 + $1.total.minorUnits })
    }

    private static func paymentMethods() -> [PaymentMethod] {
        [
            PaymentMethod(
                id: "UGF5bWVudE1ldGhvZDox", kind: .card, brand: "VISA", last4: "4242", expMonth: 8, expYear: 2028,
                holderName: "Avery Admin", isDefault: true, isOneTime: false, createdAt: "2025-01-15T10:00:00Z"),
            PaymentMethod(
                id: "UGF5bWVudE1ldGhvZDoy", kind: .bankAccount, brand: "First National Bank", last4: "6789",
                expMonth: nil, expYear: nil, holderName: "Acme Corp", isDefault: false, isOneTime: false,
                createdAt: "2025-03-02T16:30:00Z"),
        ]
    }

    /// A calendar date counted back from 2026-11-27 (negative counts forward), proleptic Gregorian.
    static func day(daysBefore: Int) -> String {
        let serial = CivilDate.serial(year: 2026, month: 11, day: 27) - daysBefore
        let (year, month, day) = CivilDate.fromSerial(serial)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}

/// Days-since-epoch arithmetic (Howard Hinnant's civil-date algorithms), so data needs no Foundation.
enum CivilDate {
    static func serial(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func fromSerial(_ serial: Int) -> (Int, Int, Int) {
        let z = serial + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
