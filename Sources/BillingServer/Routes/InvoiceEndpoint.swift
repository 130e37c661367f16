import BillingAPI
import Hummingbird
import Logging

/// `GET /invoices/<id>.pdf`: an invoice as a PDF, through a signed link (`expires`, `signature`) or a Bearer token.
///
/// `BillingService.invoiceForDownload` makes the same tenancy and role checks as a GraphQL read; unknown and
/// historical invoices (imported without an attachment) are 404, a refused or expired link 403.
struct InvoiceEndpoint: Sendable {
    let service: BillingService
    let gate: ExecutionGate
    let retryAfterSeconds: Int

    func handle(_ request: Request, context: some Hummingbird.RequestContext) async -> Response {
        guard let file = context.parameters.get("file"), file.hasSuffix(".pdf"), file.count > 4 else {
            return Self.text(.notFound, "Invoice not found.")
        }
        do {
            let pairs = try URLQuery.decode(request.uri.query ?? "")
            func value(_ name: String) -> String? { pairs.last { $0.0 == name }?.1 }
            let expires = try value("expires").map { text throws(RequestRejection) in
                guard let seconds = Int(text) else { throw .badRequest("The \"expires\" parameter must be an integer.") }
                return seconds
            }
            let token = try BearerToken.parse(request.headers[.authorization])
            guard await gate.enter() else {
                var response = Self.text(.serviceUnavailable, "The server is busy; retry in a moment.")
                response.headers[.retryAfter] = String(retryAfterSeconds)
                return response
            }
            defer { gate.leave() }
            let viewer = try await service.viewer(forToken: token)
            let download = try await ServerLog.$logger.withValue(context.logger) {
                try await service.invoiceForDownload(
                    id: String(file.dropLast(4)), expires: expires, signature: value("signature"), viewer: viewer)
            }
            switch download {
            case .document(let invoice):
                let bytes = InvoicePDF.render(invoice)
                return Response(
                    status: .ok,
                    headers: [
                        .contentType: "application/pdf",
                        .contentDisposition: "inline; filename=\"\(invoice.number.filter { $0 != "\"" }).pdf\"",
                        .cacheControl: "private, no-store",
                    ],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
            case .notFound: return Self.text(.notFound, "Invoice not found.")
            case .historical:
                return Self.text(.notFound, "This invoice was imported from the previous system and has no PDF.")
            case .forbidden: return Self.text(.forbidden, "This link or token does not allow downloading the invoice.")
            case .expired: return Self.text(.forbidden, "The download link has expired; ask for the invoice again.")
            }
        } catch let rejection as RequestRejection {
            var response = Self.text(rejection.status, rejection.message)
            for field in rejection.headers { response.headers.append(field) }
            return response
        } catch {
            context.logger.error("invoice download failed", metadata: ["error": "\(String(reflecting: error))"])
            return Self.text(.internalServerError, "Internal server error.")
        }
    }

    static func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: message + "\n")))
    }
}
