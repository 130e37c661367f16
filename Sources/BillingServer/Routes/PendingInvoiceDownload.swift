import BillingAPI

// Temporary until BillingAPI's invoiceForDownload lands on the api branch; removed at that merge.
extension BillingService {
    func invoiceForDownload(id: String, expires: Int?, signature: String?, viewer: Viewer?) async throws -> InvoiceDownload {
        .notFound
    }
}
