import GRDB

/// Purchases: dialer-minute credit and license seats. Each runs in one write transaction with its audit event and,
/// when a key is given, its idempotency record (see `purchase(accountID:key:fingerprint:actor:_:)`).
///
/// Rules chosen here:
/// - Dialer minutes are paid at once: the order is ACTIVATED, its invoice PAID, the ledger credited in the same
///   transaction. They are priced from the catalog's `DM-US` product (the first DIALER_MINUTES product if absent).
/// - Licenses are billed, not charged: a license order is PENDING with an OPEN invoice due in 30 days, and the new
///   purchased product is PENDING (a 12-month term starting today) until finance activates the order on payment,
///   outside this API.
/// - A seat increase on an owned license takes effect at once (the seats are needed now) and places a PENDING order
///   with an OPEN invoice for the added seats at the full catalog price, not prorated.
/// - A seat decrease takes effect at once, places no order and refunds nothing: seats already billed for the term
///   stay paid.
/// - A one-time payment method is removed once a purchase that placed an order used it.
extension BillingStore {
    /// The SKU dialer-minute credit is priced from.
    static let dialerMinutesSKU = "DM-US"

    /// Buys dialer minutes: ledger credit, ACTIVATED order, PAID invoice.
    public func addDialerMinutesCredit(_ request: DialerCreditRequest, by actor: WriteActor) async throws -> PurchaseResult {
        let fingerprint = RequestFingerprint.make(
            "addDialerMinutesCredit", ["minutes": request.minutes, "paymentMethodID": request.paymentMethodID])
        return try await purchase(accountID: request.accountID, key: request.idempotencyKey, fingerprint: fingerprint, actor: actor) { db in
            let method = try db.paymentMethodForPurchase(accountID: request.accountID, id: request.paymentMethodID, today: actor.today)
            guard
                let product = try Product.fetchOne(
                    db,
                    sql: "SELECT * FROM products WHERE kind = ? ORDER BY CASE WHEN sku = ? THEN 0 ELSE 1 END, id LIMIT 1",
                    arguments: [ProductKind.dialerMinutes.rawValue, Self.dialerMinutesSKU])
            else { throw WriteError.notFound(.product) }
            let line = PurchaseLine(product: product, description: "\(product.name), \(request.minutes) minutes", quantity: request.minutes)
            let order = try db.placeOrder(
                accountID: request.accountID, status: .activated, paymentMethodID: method.id, actor: actor, lines: [line])
            try db.execute(
                sql: "INSERT INTO dialer_minute_entries (account_id, minutes, credited_at, order_id) VALUES (?, ?, ?, ?)",
                arguments: [request.accountID, request.minutes, Timestamp.string(from: actor.now), order.id])
            try db.consumeIfOneTime(method, actor: actor)
            let summary =
                "Added \(request.minutes) dialer minutes for \(MinorUnits.text(order.totalMinor, currency: order.currencyCode))"
                + " (order \(order.number), paid with \(method.label))"
            try db.audit(accountID: request.accountID, actor: actor, action: "addDialerMinutesCredit", summary: summary)
            let balance = try Int.fetchOne(
                db, sql: "SELECT COALESCE(SUM(minutes), 0) FROM dialer_minute_entries WHERE account_id = ?",
                arguments: [request.accountID])
            return PurchaseResult(orderID: order.id, purchasedProductID: nil, dialerBalanceMinutes: balance ?? 0)
        }
    }

    /// Buys seats of a license product: a new PENDING purchased product, a PENDING order and an OPEN invoice.
    public func addLicenses(_ request: LicensePurchaseRequest, by actor: WriteActor) async throws -> PurchaseResult {
        let fingerprint = RequestFingerprint.make(
            "addLicenses", ["productID": request.productID, "quantity": request.quantity, "paymentMethodID": request.paymentMethodID])
        return try await purchase(accountID: request.accountID, key: request.idempotencyKey, fingerprint: fingerprint, actor: actor) { db in
            guard let product = try Product.fetchOne(db, key: request.productID) else { throw WriteError.notFound(.product) }
            guard product.kind == .license else { throw WriteError.notALicense }
            let method = try db.paymentMethodForPurchase(accountID: request.accountID, id: request.paymentMethodID, today: actor.today)
            let line = PurchaseLine(product: product, description: "\(product.name), 12 months", quantity: request.quantity)
            let order = try db.placeOrder(
                accountID: request.accountID, status: .pending, paymentMethodID: method.id, actor: actor, lines: [line])
            let license = try PurchasedProduct.fetchOne(
                db,
                sql: """
                    INSERT INTO purchased_products (account_id, product_id, order_id, quantity, starts_on, ends_on, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *
                    """,
                arguments: [
                    request.accountID, product.id, order.id, request.quantity, actor.today.description,
                    Self.termEnd(startingOn: actor.today).description, LicenseStatus.pending.rawValue,
                ])!
            try db.consumeIfOneTime(method, actor: actor)
            let summary =
                "Ordered \(request.quantity) \(product.name) seats for \(MinorUnits.text(order.totalMinor, currency: order.currencyCode))"
                + " (order \(order.number), pending payment)"
            try db.audit(accountID: request.accountID, actor: actor, action: "addLicenses", summary: summary)
            return PurchaseResult(orderID: order.id, purchasedProductID: license.id, purchasedProduct: license)
        }
    }

    /// Sets the seat count of an owned license; an increase orders the added seats, a decrease refunds nothing.
    public func changeLicenseQuantity(_ request: LicenseQuantityChange, by actor: WriteActor) async throws -> PurchaseResult {
        let fingerprint = RequestFingerprint.make(
            "changeLicenseQuantity", ["purchasedProductID": request.purchasedProductID, "quantity": request.quantity])
        return try await purchase(accountID: request.accountID, key: request.idempotencyKey, fingerprint: fingerprint, actor: actor) { db in
            guard let license = try PurchasedProduct.fetchOne(db, key: request.purchasedProductID), license.accountID == request.accountID,
                let product = try Product.fetchOne(db, key: license.productID)
            else { throw WriteError.notFound(.purchasedProduct) }
            guard product.kind == .license else { throw WriteError.notALicense }
            let ended = license.endsOn.map { $0 < actor.today.description } ?? false
            guard license.status != .expired && !ended else { throw WriteError.licenseExpired }
            guard request.quantity != license.quantity else { throw WriteError.quantityUnchanged(license.quantity) }
            let change = "\(product.name) from \(license.quantity) to \(request.quantity) seats"
            var orderID: Int64?
            let summary: String
            if request.quantity > license.quantity {
                let method = try db.paymentMethodForPurchase(accountID: request.accountID, id: nil, today: actor.today)
                let added = request.quantity - license.quantity
                let line = PurchaseLine(product: product, description: "\(product.name), \(added) added seats", quantity: added)
                let order = try db.placeOrder(
                    accountID: request.accountID, status: .pending, paymentMethodID: method.id, actor: actor, lines: [line])
                orderID = order.id
                summary = "Raised \(change) (order \(order.number), \(MinorUnits.text(order.totalMinor, currency: order.currencyCode)))"
            } else {
                summary = "Lowered \(change), without refund"
            }
            try db.execute(sql: "UPDATE purchased_products SET quantity = ? WHERE id = ?", arguments: [request.quantity, license.id])
            try db.audit(accountID: request.accountID, actor: actor, action: "changeLicenseQuantity", summary: summary)
            var changed = license
            changed.quantity = request.quantity
            return PurchaseResult(orderID: orderID, purchasedProductID: license.id, purchasedProduct: changed)
        }
    }

    /// The last day of a 12-month term starting on `start` (a term from 29 February ends on 28 February).
    static func termEnd(startingOn start: CalendarDate) -> CalendarDate {
        let (year, month, day) = start.components
        let anniversary = CalendarDate(year: year + 1, month: month, day: day) ?? CalendarDate(year: year + 1, month: 3, day: 1)!
        return anniversary.adding(days: -1)
    }
}
