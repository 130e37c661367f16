/// A small PDF 1.4 writer: pages of text in Helvetica and Helvetica-Bold, and thin rules.
///
/// Text uses the standard 14 fonts (no embedding) with WinAnsiEncoding, so Latin-1 text, curly quotes, dashes and
/// the euro sign print as themselves and anything else as `?`. The cross-reference table records each object's
/// exact byte offset, so readers and `pdftotext` open the file without repairing it.
///
/// ```swift
/// var page = PDFPage()
/// page.text("Invoice INV-1001", x: 72, y: 720, size: 20, font: .bold)
/// let bytes = PDFDocument(title: "Invoice INV-1001", pages: [page]).render()
/// ```
struct PDFDocument: Sendable {
    var title: String
    var pages: [PDFPage]

    /// The file's bytes: header, objects, cross-reference table, trailer.
    func render() -> [UInt8] {
        var out = PDFOutput()
        out.append("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n")
        let fontRegular = 3
        let fontBold = 4
        let info = 5
        let firstPage = 6
        let pageIDs = pages.indices.map { firstPage + 2 * $0 }
        out.object(1, "<< /Type /Catalog /Pages 2 0 R >>")
        let kids = pageIDs.map { "\($0) 0 R" }.joined(separator: " ")
        out.object(2, "<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        out.object(fontRegular, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        out.object(fontBold, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        out.object(info, "<< /Title \(PDFText.literal(title)) /Producer (BillingPortal) >>")
        for (index, page) in pages.enumerated() {
            let pageID = pageIDs[index]
            out.object(
                pageID,
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(page.width) \(page.height)] "
                    + "/Resources << /Font << /F1 \(fontRegular) 0 R /F2 \(fontBold) 0 R >> >> /Contents \(pageID + 1) 0 R >>")
            out.stream(pageID + 1, page.content)
        }
        out.trailer(root: 1, info: info)
        return out.bytes
    }
}

/// The bytes of a PDF file being written, with each object's offset for the cross-reference table.
struct PDFOutput {
    private(set) var bytes: [UInt8] = []
    private var offsets: [Int: Int] = [:]

    mutating func append(_ text: String) {
        // Every character written here is ASCII except the binary marker, written as Latin-1 bytes.
        for scalar in text.unicodeScalars { bytes.append(UInt8(truncatingIfNeeded: scalar.value)) }
    }

    mutating func object(_ id: Int, _ body: String) {
        offsets[id] = bytes.count
        append("\(id) 0 obj\n\(body)\nendobj\n")
    }

    mutating func stream(_ id: Int, _ content: [UInt8]) {
        offsets[id] = bytes.count
        append("\(id) 0 obj\n<< /Length \(content.count) >>\nstream\n")
        bytes += content
        append("\nendstream\nendobj\n")
    }

    /// The xref table (one 20-byte entry per object, object 0 free) and the trailer pointing at it.
    mutating func trailer(root: Int, info: Int) {
        let count = (offsets.keys.max() ?? 0) + 1
        let start = bytes.count
        append("xref\n0 \(count)\n0000000000 65535 f\r\n")
        for id in 1..<count {
            let offset = String(offsets[id] ?? 0)
            append(String(repeating: "0", count: max(0, 10 - offset.count)) + offset + " 00000 n\r\n")
        }
        append("trailer\n<< /Size \(count) /Root \(root) 0 R /Info \(info) 0 R >>\nstartxref\n\(start)\n%%EOF\n")
    }
}
