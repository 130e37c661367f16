/// One page's drawing: text runs and rules, in points from the bottom-left corner (US Letter by default).
struct PDFPage: Sendable {
    enum Font: Sendable {
        case regular, bold

        var resourceName: String { self == .regular ? "F1" : "F2" }
    }

    var width = 612
    var height = 792
    private(set) var content: [UInt8] = []

    /// Draws `text` with its left end at (`x`, `y`).
    mutating func text(_ text: String, x: Double, y: Double, size: Double = 10, font: Font = .regular) {
        append("BT /\(font.resourceName) \(PDFText.number(size)) Tf \(PDFText.number(x)) \(PDFText.number(y)) Td ")
        content += PDFText.literalBytes(text)
        append(" Tj ET\n")
    }

    /// Draws `text` with its right end at (`x`, `y`): for amounts in a column.
    mutating func text(_ text: String, rightAlignedAt x: Double, y: Double, size: Double = 10, font: Font = .regular) {
        self.text(text, x: x - PDFText.width(of: text, size: size, font: font), y: y, size: size, font: font)
    }

    /// Draws a thin horizontal rule from `x1` to `x2` at `y`.
    mutating func rule(from x1: Double, to x2: Double, y: Double) {
        let yText = PDFText.number(y)
        append("0.5 w \(PDFText.number(x1)) \(yText) m \(PDFText.number(x2)) \(yText) l S\n")
    }

    private mutating func append(_ ascii: String) {
        content += Array(ascii.utf8)
    }
}
