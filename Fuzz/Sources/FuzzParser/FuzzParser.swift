import GraphQLEngine

/// libFuzzer's entry point: the input's bytes as a GraphQL document, executable or SDL, with the default limits.
///
/// A document that parses must print to text that parses again into an equal tree and prints identically; any
/// difference is a printer or parser bug, reported by trapping so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    checkDocument(bytes)
    checkValue(String(decoding: bytes, as: UTF8.self))
    return 0
}

/// Parses the bytes as a whole document and checks the print round trip.
func checkDocument(_ bytes: [UInt8]) {
    let document: Document
    do {
        document = try Parser.parse(Source(bytes: bytes))
    } catch {
        // Building the message computes line and column, which walks the source: keep it in the fuzzed path.
        _ = error.description
        return
    }
    let printed = Printer.print(document)
    let reparsed: Document
    do {
        reparsed = try Parser.parse(printed)
    } catch {
        fail("the printed document does not parse: \(error)", input: bytes, printed: printed)
    }
    if reparsed != document { fail("the printed document parses to a different tree", input: bytes, printed: printed) }
    let reprinted = Printer.print(reparsed)
    if reprinted != printed { fail("printing the reparsed document differs:\n\(reprinted)", input: bytes, printed: printed) }
}

/// Parses the text as one value literal (variables allowed) and checks its print round trip.
func checkValue(_ text: String) {
    guard let value = try? Parser.parseValue(text) else { return }
    let printed = Printer.print(value)
    guard let reparsed = try? Parser.parseValue(printed) else {
        fail("the printed value does not parse", input: Array(text.utf8), printed: printed)
    }
    if reparsed != value || Printer.print(reparsed) != printed {
        fail("the printed value does not round-trip", input: Array(text.utf8), printed: printed)
    }
}

/// Reports a round-trip failure and traps.
func fail(_ reason: String, input: [UInt8], printed: String) -> Never {
    print("FuzzParser: \(reason)\n--- input (\(input.count) bytes)\n\(String(decoding: input, as: UTF8.self))")
    print("--- printed\n\(printed)")
    fatalError("round trip failed: \(reason)")
}
