import Foundation
import Hummingbird

/// The playground's files and the schema's SDL, read once at start-up from the resources folder.
///
/// Only regular files directly inside `playground/` are served, by exact name, so no request path can reach
/// anything else on disk.
struct StaticFiles: Sendable {
    struct File: Sendable {
        let contentType: String
        let bytes: [UInt8]
    }

    let playground: [String: File]
    let schemaSDL: String

    /// Loads `<resources>/playground/*` (a missing folder serves nothing) and `<resources>/schema/billing.graphql`.
    init(resources: String) {
        let folder = URL(fileURLWithPath: resources).appendingPathComponent("playground")
        var files: [String: File] = [:]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            guard let type = Self.contentType(ofFileNamed: name), let data = try? Data(contentsOf: url) else { continue }
            files[name] = File(contentType: type, bytes: Array(data))
        }
        self.playground = files
        let schema = URL(fileURLWithPath: resources).appendingPathComponent("schema/billing.graphql")
        self.schemaSDL = (try? String(contentsOf: schema, encoding: .utf8)) ?? ""
    }

    static func contentType(ofFileNamed name: String) -> String? {
        switch name.split(separator: ".").last?.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "ico": return "image/x-icon"
        case "txt", "md": return "text/plain; charset=utf-8"
        default: return nil
        }
    }

    func response(forPlaygroundFile name: String) -> Response {
        guard let file = playground[name] else {
            return InvoiceEndpoint.text(.notFound, "Not found.")
        }
        return Response(
            status: .ok, headers: [.contentType: file.contentType, .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }

    func schemaResponse() -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: schemaSDL)))
    }
}
