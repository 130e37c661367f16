/// The outcome of `BillingService.invoiceForDownload`: the document, or why there is none.
public enum InvoiceDownload: Sendable {
    case document(InvoiceDocument)
    /// No such invoice, or one the viewer may not know of.
    case notFound
    /// Imported from the old system: it has no attachment.
    case historical
    /// Neither a valid signature nor a viewer allowed to read invoices.
    case forbidden
    /// A correctly signed link past its expiry.
    case expired
}

/// Everything the invoice PDF shows, already formatted.
public struct InvoiceDocument: Sendable {
    public let number: String
    public let accountName: String
    /// The billing address, one line per entry; empty when none is on file.
    public let billingAddress: [String]
    public let issuedOn: String
    public let dueOn: String?
    public let status: String
    public let lines: [(description: String, quantity: Int, unitPrice: String, total: String)]
    public let total: String
    public let amountDue: String
    public let currencyCode: String

    public init(
        number: String, accountName: String, billingAddress: [String], issuedOn: String, dueOn: String?, status: String,
        lines: [(description: String, quantity: Int, unitPrice: String, total: String)], total: String, amountDue: String,
        currencyCode: String
    ) {
        self.number = number
        self.accountName = accountName
        self.billingAddress = billingAddress
        self.issuedOn = issuedOn
        self.dueOn = dueOn
        self.status = status
        self.lines = lines
        self.total = total
        self.amountDue = amountDue
        self.currencyCode = currencyCode
    }
}
