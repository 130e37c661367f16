// Public: the initializers witness a public conformance, so GRDB's Row shows in this module's interface.
public import GRDB

// Orders and invoices fill every page the API serves; decoding their rows through Codable cost about as much as
// running the query. These initializers read the columns by name instead, and take precedence over the Decodable
// default of `FetchableRecord`.

/// A text column held a value no Swift enum case matches: the database was written by something else.
struct UnknownColumnValue: Error, CustomStringConvertible {
    var column: String
    var value: String
    var description: String { "Unknown value \"\(value)\" in column \(column)" }
}

extension Order {
    public init(row: Row) throws {
        let statusText: String = row["status"]
        guard let status = OrderStatus(rawValue: statusText) else { throw UnknownColumnValue(column: "status", value: statusText) }
        self.init(
            id: row["id"], accountID: row["account_id"], number: row["number"], orderDate: row["order_date"], status: status,
            totalMinor: row["total_minor"], currencyCode: row["currency_code"], paymentMethodID: row["payment_method_id"],
            placedByUserID: row["placed_by_user_id"])
    }
}

extension Invoice {
    public init(row: Row) throws {
        let statusText: String = row["status"]
        guard let status = InvoiceStatus(rawValue: statusText) else { throw UnknownColumnValue(column: "status", value: statusText) }
        self.init(
            id: row["id"], accountID: row["account_id"], orderID: row["order_id"], number: row["number"], issuedOn: row["issued_on"],
            dueOn: row["due_on"], paidOn: row["paid_on"], status: status, totalMinor: row["total_minor"],
            amountDueMinor: row["amount_due_minor"], currencyCode: row["currency_code"], isHistorical: row["is_historical"])
    }
}
