import BillingAPI
import Foundation
import Testing

@testable import BillingServer

@Suite struct PDFTests {
    static let invoice = InvoiceDocument(
        number: "INV-2024-0042", accountName: "Acme Corp (Widgets)",
        billingAddress: ["100 Main Street", "Suite 400", "Springfield, IL 62701", "US"], issuedOn: "2024-03-01",
        dueOn: "2024-03-31", status: "OPEN",
        lines: [
            (description: "Contact Center Seat \u{2014} monthly", quantity: 12, unitPrice: "$95.00", total: "$1,140.00"),
            (description: "Dialer minutes (1,000) \\ bundle", quantity: 3, unitPrice: "$20.00", total: "$60.00"),
        ],
        total: "$1,200.00", amountDue: "$1,200.00", currencyCode: "USD")

    @Test func pdftotextReadsTheNumberLinesAndTotals() throws {
        let result = try Self.pdftotext(InvoicePDF.render(Self.invoice))
        #expect(result.errors.isEmpty, "\(result.errors)")
        for expected in [
            "Invoice INV-2024-0042", "Acme Corp (Widgets)", "Springfield, IL 62701", "Contact Center Seat \u{2014} monthly",
            "Dialer minutes (1,000) \\ bundle", "$1,140.00", "$95.00", "Total", "Amount due", "$1,200.00", "2024-03-31", "OPEN",
        ] {
            #expect(result.text.contains(expected), "missing \(expected) in \(result.text)")
        }
    }

    @Test func longInvoicesContinueOnNewPages() throws {
        let lines = (1...80).map { (description: "Line \($0)", quantity: $0, unitPrice: "$1.00", total: "$\($0).00") }
        let long = InvoiceDocument(
            number: "INV-9", accountName: "Globex", billingAddress: [], issuedOn: "2024-01-01", dueOn: nil, status: "PAID",
            lines: lines, total: "$3,240.00", amountDue: "$0.00", currencyCode: "USD")
        let result = try Self.pdftotext(InvoicePDF.render(long))
        #expect(result.errors.isEmpty)
        #expect(result.text.components(separatedBy: "\u{0C}").filter { !$0.isEmpty }.count >= 3)
        #expect(result.text.contains("Line 80"))
        #expect(result.text.contains("Invoice INV-9 (continued)"))
        #expect(result.text.contains("$3,240.00"))
    }

    @Test func theCrossReferenceTablePointsAtEveryObject() throws {
        let bytes = InvoicePDF.render(Self.invoice)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1.4\n"))
        let startxref = try #require(text.range(of: "startxref\n", options: .backwards))
        let xrefOffset = try #require(Int(text[startxref.upperBound...].prefix { $0.isNumber }))
        let table = Array(bytes[xrefOffset...])
        let header = String(decoding: table.prefix(32), as: UTF8.self).split(separator: "\n")
        #expect(header.first == "xref")
        let subsection = try #require(header.dropFirst().first)
        let count = try #require(Int(subsection.split(separator: " ")[1]))
        #expect(count >= 7)
        // After "xref\n0 N\n", every entry is exactly 20 bytes: "oooooooooo ggggg n\r\n"; entry 0 is the free head.
        let entries = "xref\n0 \(count)\n".utf8.count
        for id in 1..<count {
            let start = entries + id * 20
            let entry = String(decoding: table[start..<(start + 20)], as: UTF8.self)
            #expect(entry.hasSuffix(" 00000 n\r\n"))
            let offset = try #require(Int(entry.prefix(10)))
            let object = String(decoding: bytes[offset..<(offset + 8)], as: UTF8.self)
            #expect(object.hasPrefix("\(id) 0 obj"), "object \(id) at \(offset): \(object)")
        }
    }

    @Test func textIsEscapedAndEncodedAsWinAnsi() {
        #expect(PDFText.literal("a(b)c\\") == #"(a\(b\)c\\)"#)
        #expect(PDFText.literal("\u{E9}\u{20AC}\u{4E2D}") == #"(\351\200?)"#)
        #expect(PDFText.number(72) == "72")
        #expect(PDFText.number(12.5) == "12.5")
        #expect(PDFText.number(-0.25) == "-0.25")
        #expect(PDFText.width(of: "00", size: 10, font: .regular) == 11.12)
    }

    /// Runs poppler's `pdftotext` on the bytes; its stderr reports any structural error.
    static func pdftotext(_ bytes: [UInt8]) throws -> (text: String, errors: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("invoice-\(UUID().uuidString).pdf")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-layout", file.path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: text, as: UTF8.self), String(decoding: errorText, as: UTF8.self))
    }
}
