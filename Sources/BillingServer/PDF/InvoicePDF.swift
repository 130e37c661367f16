import BillingAPI

/// Lays an invoice out on US Letter pages: header, billing address, line table, totals.
///
/// ```swift
/// let bytes = InvoicePDF.render(document)  // a complete PDF file
/// ```
enum InvoicePDF {
    static let left = 56.0
    static let right = 556.0
    static let rowHeight = 16.0
    static let bottom = 72.0

    static func render(_ invoice: InvoiceDocument) -> [UInt8] {
        var pages: [PDFPage] = []
        var page = PDFPage()
        var y = header(invoice, on: &page)
        y = tableHeader(on: &page, y: y)
        for line in invoice.lines {
            if y < bottom + rowHeight {
                pages.append(page)
                page = PDFPage()
                page.text("Invoice \(invoice.number) (continued)", x: left, y: 740, size: 12, font: .bold)
                y = tableHeader(on: &page, y: 712)
            }
            let description = fitted(line.description, width: 290, size: 10)
            page.text(description, x: left, y: y)
            page.text(String(line.quantity), rightAlignedAt: 390, y: y)
            page.text(line.unitPrice, rightAlignedAt: 470, y: y)
            page.text(line.total, rightAlignedAt: right, y: y)
            y -= rowHeight
        }
        if y < bottom + 3 * rowHeight {
            pages.append(page)
            page = PDFPage()
            y = 740
        }
        page.rule(from: 330, to: right, y: y + 6)
        y -= 8
        page.text("Total", x: 340, y: y, font: .bold)
        page.text(invoice.total, rightAlignedAt: right, y: y, font: .bold)
        y -= rowHeight
        page.text("Amount due", x: 340, y: y, font: .bold)
        page.text(invoice.amountDue, rightAlignedAt: right, y: y, font: .bold)
        y -= rowHeight
        page.text("Amounts in \(invoice.currencyCode).", x: left, y: y, size: 8)
        pages.append(page)
        return PDFDocument(title: "Invoice \(invoice.number)", pages: pages).render()
    }

    /// The title, the account and its address on the left, dates and status on the right; returns the next line.
    static func header(_ invoice: InvoiceDocument, on page: inout PDFPage) -> Double {
        page.text("Invoice \(invoice.number)", x: left, y: 736, size: 20, font: .bold)
        var y = 704.0
        page.text(invoice.accountName, x: left, y: y, size: 11, font: .bold)
        for line in invoice.billingAddress {
            y -= 14
            page.text(line, x: left, y: y)
        }
        var facts = [("Issued", invoice.issuedOn)]
        if let due = invoice.dueOn { facts.append(("Due", due)) }
        facts.append(("Status", invoice.status))
        var factY = 704.0
        for (label, value) in facts {
            page.text(label, x: 380, y: factY, font: .bold)
            page.text(value, rightAlignedAt: right, y: factY)
            factY -= 14
        }
        return min(y, factY) - 30
    }

    static func tableHeader(on page: inout PDFPage, y: Double) -> Double {
        page.text("Description", x: left, y: y, font: .bold)
        page.text("Qty", rightAlignedAt: 390, y: y, font: .bold)
        page.text("Unit price", rightAlignedAt: 470, y: y, font: .bold)
        page.text("Total", rightAlignedAt: right, y: y, font: .bold)
        page.rule(from: left, to: right, y: y - 5)
        return y - rowHeight - 4
    }

    /// The text, shortened with an ellipsis when wider than `width`.
    static func fitted(_ text: String, width: Double, size: Double) -> String {
        guard PDFText.width(of: text, size: size, font: .regular) > width else { return text }
        var shortened = text
        while !shortened.isEmpty, PDFText.width(of: shortened + "\u{2026}", size: size, font: .regular) > width {
            shortened.removeLast()
        }
        return shortened + "\u{2026}"
    }
}
