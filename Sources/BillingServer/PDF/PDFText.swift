/// Text as a PDF content stream needs it: WinAnsi bytes in an escaped literal string, numbers, and widths.
enum PDFText {
    /// `(text)` with `(`, `)` and `\` escaped and every byte outside printable ASCII written as an octal escape.
    static func literalBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "(")]
        for byte in winAnsi(text) {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
                bytes += [UInt8(ascii: "\\"), byte]
            case 0x20...0x7E:
                bytes.append(byte)
            default:
                let octal = String(byte, radix: 8)
                bytes.append(UInt8(ascii: "\\"))
                bytes += Array((String(repeating: "0", count: 3 - octal.count) + octal).utf8)
            }
        }
        bytes.append(UInt8(ascii: ")"))
        return bytes
    }

    static func literal(_ text: String) -> String {
        String(decoding: literalBytes(text), as: UTF8.self)
    }

    /// The text in WinAnsiEncoding: Latin-1 as is, the common typographic marks at their 0x80-0x9F codes, else `?`.
    static func winAnsi(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x20...0x7E, 0xA0...0xFF: return UInt8(scalar.value)
            case 0x20AC: return 0x80  // euro sign
            case 0x2018: return 0x91
            case 0x2019: return 0x92
            case 0x201C: return 0x93
            case 0x201D: return 0x94
            case 0x2022: return 0x95  // bullet
            case 0x2013: return 0x96  // en dash
            case 0x2014: return 0x97  // em dash
            case 0x2026: return 0x85  // ellipsis
            default: return UInt8(ascii: "?")
            }
        }
    }

    /// A number as PDF writes it: at most two decimals, no exponent.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole)." + (fraction < 10 ? "0\(fraction)" : "\(fraction)")
    }

    /// The width of `text` in points, from the fonts' Adobe metrics (thousandths of the font size).
    static func width(of text: String, size: Double, font: PDFPage.Font) -> Double {
        let table = font == .regular ? helvetica : helveticaBold
        let units = winAnsi(text).reduce(0) { sum, byte in
            sum + ((0x20...0x7E).contains(byte) ? Int(table[Int(byte) - 0x20]) : 556)
        }
        return Double(units) * size / 1000
    }

    /// Helvetica's advance widths for the characters 0x20 through 0x7E.
    static let helvetica: [UInt16] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]

    /// Helvetica-Bold's advance widths for the characters 0x20 through 0x7E.
    static let helveticaBold: [UInt16] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ]
}
