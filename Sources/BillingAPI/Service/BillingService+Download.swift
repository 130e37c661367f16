import BillingStore
import Foundation
import GraphQLEngine

extension BillingService {
    /// An invoice for the PDF route, checked exactly like a GraphQL read: signed link (id, expiry, HMAC) or a viewer
    /// allowed to read it. Historical invoices -> .historical (the server answers 404).
    ///
    /// `id` is the invoice's global id, as in `Invoice.downloadUrl`. A wrong signature falls back to the viewer's
    /// rights, so the same path with a Bearer token works as any request; an expired but genuine link is `.expired`.
    public func invoiceForDownload(id: String, expires: Int?, signature: String?, viewer: Viewer?) async throws -> InvoiceDownload {
        guard let rowID = GlobalID.decode(id, as: "Invoice"), let invoice = try await store.invoices(ids: [rowID])[rowID] else {
            return .notFound
        }
        var signed = false
        if let expires, let signature {
            let key = try await linkSigningKey()
            if InvoiceLinks.isValid(signature: signature, globalID: id, expires: expires, key: key) {
                guard Int(options.now().timeIntervalSince1970) <= expires else { return viewer == nil ? .expired : try await byViewer() }
                signed = true
            }
        }
        if !signed {
            let outcome = try await byViewer()
            guard case .document = outcome else { return outcome }
        }
        return invoice.isHistorical ? .historical : .document(try await document(for: invoice))

        func byViewer() async throws -> InvoiceDownload {
            guard let viewer else { return .forbidden }
            let context = RequestContext(service: self, viewer: viewer, token: nil, requestID: "")
            guard try await context.canSee(accountID: invoice.accountID) else { return .notFound }
            guard policy.invoiceReaders.contains(viewer.role) else { return .forbidden }
            return invoice.isHistorical ? .historical : .document(try await document(for: invoice))
        }
    }

    /// Everything the PDF shows, formatted as the API formats it.
    func document(for invoice: Invoice) async throws -> InvoiceDocument {
        async let accounts = store.accounts(ids: [invoice.accountID])
        async let lines = store.lineItems(forInvoiceIDs: [invoice.id])
        let account = try await accounts[invoice.accountID]
        let currency = invoice.currencyCode
        var address: [String] = []
        if let billing = account?.billingAddress {
            address = [
                billing.line1, billing.line2, "\(billing.city)\(billing.region.map { ", \($0)" } ?? "") \(billing.postalCode)",
                billing.country,
            ]
            .compactMap { $0 }
        }
        return InvoiceDocument(
            number: invoice.number, accountName: account?.name ?? "", billingAddress: address, issuedOn: invoice.issuedOn,
            dueOn: invoice.dueOn, status: invoice.status.rawValue,
            lines: (try await lines[invoice.id] ?? []).map { line in
                (
                    description: line.description, quantity: line.quantity,
                    unitPrice: Money(minor: line.unitPriceMinor, currencyCode: currency).formatted,
                    total: Money(minor: line.totalMinor, currencyCode: currency).formatted
                )
            },
            total: Money(minor: invoice.totalMinor, currencyCode: currency).formatted,
            amountDue: Money(minor: invoice.amountDueMinor, currencyCode: currency).formatted, currencyCode: currency)
    }
}
