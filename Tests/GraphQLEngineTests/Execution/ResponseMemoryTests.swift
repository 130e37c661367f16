import Testing

@testable import GraphQLEngine

/// `writeResponse(into:)`: a response written into the caller's memory is byte for byte the response built as a
/// `JSONValue` tree and written by a `JSONWriter` of its own, whether it fits or outgrows the memory halfway through;
/// `responseBytes()`, which writes through it, is too.
@Suite struct ResponseMemoryTests {
    @Test func theBytesAreResponseBytesWhateverTheMemory() async throws {
        let result = try await Shop.run(#"{ orders(first: 3) { id number lineItems { sku product { id name } } } }"#)
        let extensions: [(String, JSONValue)] = [("cost", .object([("requestedQueryCost", .int(12))]))]
        let expected = result.response(extensions: extensions).jsonBytes()
        #expect(expected.count > 200)
        #expect(result.responseBytes(extensions: extensions) == expected)
        for size in [0, 1, 64, expected.count / 2, expected.count - 1, expected.count, expected.count + 1, 4 * expected.count] {
            let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 1)
            defer { memory.deallocate() }
            memory.initializeMemory(as: UInt8.self, repeating: 0xEE)
            switch result.writeResponse(into: memory, extensions: extensions) {
            case .written(let count):
                #expect(Array(memory[..<count]) == expected, "size \(size)")
                // Nothing past the response is touched.
                #expect(memory[count...].allSatisfy { $0 == 0xEE }, "size \(size)")
            case .tooLarge(let bytes):
                // The writer reserves a little room ahead of each write (20 bytes for a number, a string's length
                // and its quotes), so memory just the response's size may not be enough; more than that always is.
                #expect(size <= expected.count + 1, "size \(size)")
                #expect(bytes == expected, "size \(size)")
            }
        }
    }

    @Test func errorsAndExtensionsAreWrittenToo() throws {
        let result = ExecutionResult(data: nil, errors: [GraphQLError("Nope \"quoted\" é")])
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: 1024, alignment: 1)
        defer { memory.deallocate() }
        let write = result.writeResponse(into: memory, extensions: [("n", .int(1))])
        guard case .written(let count) = write else {
            Issue.record("did not fit: \(write)")
            return
        }
        #expect(Array(memory[..<count]) == result.responseBytes(extensions: [("n", .int(1))]))
        #expect(String(decoding: memory[..<count], as: UTF8.self).hasPrefix(#"{"errors":[{"message":"Nope \"quoted\" é""#))
    }
}
