/// Where `ExecutionResult.writeResponse(into:extensions:)` put the response.
public enum ResponseWrite: Equatable, Sendable {
    /// The response is the first `count` bytes of the caller's memory.
    case written(count: Int)
    /// The response needed more room than the caller's memory has: these are its bytes, and what the memory holds
    /// is unspecified.
    case tooLarge([UInt8])
}

extension ExecutionResult {
    /// Writes the same bytes as `responseBytes(extensions:capacity:)` into `memory`, from its start, when they fit.
    ///
    /// The writer reserves room ahead of each write (20 bytes for a number, a string's length and quotes), so
    /// memory only as large as the response may come out `.tooLarge`; size it with some slack.
    ///
    /// For a server that sends the response from a buffer of its own (a NIO `ByteBuffer`'s writable bytes): the
    /// response is written where it is sent from, with no array to copy it out of. When it does not fit, nothing is
    /// written twice: the writes carry on in a buffer of the writer's own, which `.tooLarge` hands back.
    ///
    /// ```swift
    /// let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: 200_000, alignment: 1)
    /// switch result.writeResponse(into: memory) {
    /// case .written(let count): send(UnsafeRawBufferPointer(rebasing: memory[..<count]))
    /// case .tooLarge(let bytes): send(bytes)
    /// }
    /// ```
    public func writeResponse(
        into memory: UnsafeMutableRawBufferPointer, extensions: [(String, JSONValue)] = []
    ) -> ResponseWrite {
        var writer = JSONWriter(borrowing: memory)
        writeResponse(into: &writer, extensions: extensions)
        if let count = writer.countInBorrowedMemory { return .written(count: count) }
        return .tooLarge(writer.takeBytes())
    }
}
