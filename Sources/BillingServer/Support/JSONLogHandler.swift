import BillingStore
import Foundation
import GraphQLEngine
public import Logging

/// A swift-log handler writing one JSON object per line to standard error: time, level, message, `request_id`
/// and the rest of the metadata, so log tools can filter a request's lines by its id.
///
/// ```swift
/// LoggingSystem.bootstrap { label in JSONLogHandler(label: label) }
/// // {"time":"2026-01-02T03:04:05.678Z","level":"info","logger":"BillingPortal","message":"Request","request_id":"..."}
/// ```
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level = .info
    let label: String

    public init(label: String) {
        self.label = label
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        var entries: [(String, JSONValue)] = [
            ("time", .string(Self.timestamp(Date()))),
            ("level", .string(event.level.rawValue)), ("logger", .string(label)),
            ("message", .string(event.message.description)),
        ]
        if let error = event.error { entries.append(("error", .string(String(reflecting: error)))) }
        for key in merged.keys.sorted() {
            let name = key == "hb.request.id" ? "request_id" : key
            entries.append((name, .string(merged[key]!.description)))
        }
        var line = JSONValue.object(entries).jsonBytes()
        line.append(UInt8(ascii: "\n"))
        FileHandle.standardError.write(Data(line))
    }

    /// `date` in UTC to the millisecond, e.g. `2026-01-02T03:04:05.678Z`, as Foundation's ISO 8601 style with
    /// fractional seconds writes it (truncated, not rounded), without going through a formatter for every log line.
    static func timestamp(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        // From the fraction, as Foundation does: `t * 1000` can round up to the next millisecond first.
        let millisecond = min(Int(((date.timeIntervalSince1970 - seconds) * 1000).rounded(.down)), 999)
        let text = Timestamp.string(from: Date(timeIntervalSince1970: seconds))
        let digits = String(millisecond)
        return text.dropLast() + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }
}
