import GRDB

/// One line of an order placed through the API, priced from the catalog.
struct PurchaseLine {
    var product: Product
    var description: String
    var quantity: Int
    var totalMinor: Int64 { Int64(quantity) * product.unitPriceMinor }
}

extension Database {
    /// Inserts an order with its lines and its invoice (same lines), both dated `actor.today`; returns the order.
    ///
    /// An ACTIVATED order is paid at once: its invoice is PAID that day with nothing due. A PENDING order's
    /// invoice is OPEN, due in 30 days. Ids are the next free ones: the single writer makes that safe here, and
    /// the unique `number` columns would refuse a clash on a store with several writers.
    func placeOrder(
        accountID: Int64, status: OrderStatus, paymentMethodID: Int64, actor: WriteActor, lines: [PurchaseLine]
    ) throws -> Order {
        let currency = lines.first?.product.currencyCode ?? "USD"
        let total = lines.reduce(0) { $0 + $1.totalMinor }
        let orderID = try nextID("orders")
        let order = Order(
            id: orderID, accountID: accountID, number: "SO-" + CalendarDate.pad(Int(orderID), 8), orderDate: actor.today.description,
            status: status, totalMinor: total, currencyCode: currency, paymentMethodID: paymentMethodID, placedByUserID: actor.userID)
        try order.insert(self)
        try insertLines("order_line_items", parentColumn: "order_id", parentID: orderID, lines: lines)

        let invoiceID = try nextID("invoices")
        let paid = status == .activated
        let invoice = Invoice(
            id: invoiceID, accountID: accountID, orderID: orderID, number: "INV-" + CalendarDate.pad(Int(invoiceID), 8),
            issuedOn: actor.today.description, dueOn: (paid ? actor.today : actor.today.adding(days: 30)).description,
            paidOn: paid ? actor.today.description : nil, status: paid ? .paid : .open, totalMinor: total,
            amountDueMinor: paid ? 0 : total, currencyCode: currency, isHistorical: false)
        try invoice.insert(self)
        try insertLines("invoice_line_items", parentColumn: "invoice_id", parentID: invoiceID, lines: lines)
        return order
    }

    private func insertLines(_ table: String, parentColumn: String, parentID: Int64, lines: [PurchaseLine]) throws {
        for (position, line) in lines.enumerated() {
            try execute(
                sql: """
                    INSERT INTO \(table) (\(parentColumn), position, product_id, description, quantity, unit_price_minor, total_minor)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    parentID, position, line.product.id, line.description, line.quantity, line.product.unitPriceMinor, line.totalMinor,
                ])
        }
    }

    private func nextID(_ table: String) throws -> Int64 {
        try Int64.fetchOne(self, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM \(table)") ?? 1
    }
}
