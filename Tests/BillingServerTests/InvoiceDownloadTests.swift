import BillingServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct InvoiceDownloadTests {
    struct Invoice {
        let id: String
        let number: String
        let isHistorical: Bool
        let downloadUrl: String?
    }

    static func invoices(_ client: any TestClientProtocol, token: String) async throws -> [Invoice] {
        let response = try await client.graphQL(
            "{ account { invoices(first: 100, sort: { direction: ASC }) { nodes { id number isHistorical downloadUrl } } } }", token: token)
        let account = (response.json["data"] as? [String: Any])?["account"] as? [String: Any]
        let nodes = (account?["invoices"] as? [String: Any])?["nodes"] as? [[String: Any]] ?? []
        return nodes.map {
            Invoice(
                id: $0["id"] as? String ?? "", number: $0["number"] as? String ?? "",
                isHistorical: $0["isHistorical"] as? Bool ?? false, downloadUrl: $0["downloadUrl"] as? String)
        }
    }

    @Test func aSignedLinkDownloadsARealPDF() async throws {
        let server = try await TestServer()
        let token = try await server.token(for: "admin@acme.test")
        try await server.test { client in
            let invoices = try await Self.invoices(client, token: token)
            let invoice = try #require(invoices.first { !$0.isHistorical && $0.downloadUrl != nil })
            let url = try #require(invoice.downloadUrl)
            let response = try await client.execute(uri: url, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/pdf")
            let bytes = Array(response.body.readableBytesView)
            let extracted = try PDFTests.pdftotext(bytes)
            #expect(extracted.errors.isEmpty)
            #expect(extracted.text.contains(invoice.number))
            #expect(extracted.text.contains("Amount due"))
        }
    }

    @Test func linksStartWithThePublicURL() async throws {
        let server = try await TestServer { try! $0.publicURL("https://billing.example.com/portal/") }
        let token = try await server.token(for: "admin@acme.test")
        try await server.test { client in
            let url = try #require(try await Self.invoices(client, token: token).compactMap(\.downloadUrl).first)
            #expect(url.hasPrefix("https://billing.example.com/portal/invoices/"))
            // The proxy strips the prefix: what reaches this server is the rest, and it downloads.
            let path = String(url.dropFirst("https://billing.example.com/portal".count))
            #expect(try await client.execute(uri: path, method: .get).status == .ok)
        }
    }

    @Test(arguments: ["billing", "/a b", "/billing?x=1", "https://", "ftp://host", "/x#y"])
    func aPublicURLThatCannotPrefixALinkIsRefused(_ text: String) {
        var options = ServerOptions()
        #expect(throws: InvalidPublicURL.self) { try options.publicURL(text) }
        #expect(options.publicURL == "")
    }

    @Test(arguments: [("", ""), ("/", ""), ("/billing/", "/billing"), ("http://h:8080", "http://h:8080")])
    func aPublicURLLosesItsTrailingSlash(_ text: String, _ expected: String) throws {
        var options = ServerOptions()
        try options.publicURL(text)
        #expect(options.publicURL == expected)
    }

    @Test func anAlteredLinkIsRefused() async throws {
        let server = try await TestServer()
        let token = try await server.token(for: "admin@acme.test")
        try await server.test { client in
            let invoices = try await Self.invoices(client, token: token)
            let url = try #require(invoices.first { !$0.isHistorical && $0.downloadUrl != nil }?.downloadUrl)
            let flipped = String(url.dropLast()) + (url.hasSuffix("0") ? "1" : "0")
            let response = try await client.execute(uri: flipped, method: .get)
            #expect(response.status == .forbidden)
            let other = try #require(invoices.last { !$0.isHistorical && $0.downloadUrl != nil })
            let swapped = url.replacingOccurrences(of: invoices.first { $0.downloadUrl == url }!.id, with: other.id)
            #expect(try await client.execute(uri: swapped, method: .get).status == .forbidden)
        }
    }

    @Test func aBearerTokenWorksWithTheSameTenancyChecks() async throws {
        let server = try await TestServer()
        let acme = try await server.token(for: "admin@acme.test")
        let globex = try await server.token(for: "admin@globex.test")
        try await server.test { client in
            let invoices = try await Self.invoices(client, token: acme)
            let invoice = try #require(invoices.first { !$0.isHistorical })
            let own = try await client.execute(
                uri: "/invoices/\(invoice.id).pdf", method: .get, headers: [.authorization: "Bearer \(acme)"])
            #expect(own.status == .ok)
            let foreign = try await client.execute(
                uri: "/invoices/\(invoice.id).pdf", method: .get, headers: [.authorization: "Bearer \(globex)"])
            #expect(foreign.status == .notFound)
            let historical = try #require(invoices.first { $0.isHistorical })
            let old = try await client.execute(
                uri: "/invoices/\(historical.id).pdf", method: .get, headers: [.authorization: "Bearer \(acme)"])
            #expect(old.status == .notFound)
            let unknown = try await client.execute(
                uri: "/invoices/SW52b2ljZTo5OTk5OTk.pdf", method: .get, headers: [.authorization: "Bearer \(acme)"])
            #expect(unknown.status == .notFound)
            let notPDF = try await client.execute(uri: "/invoices/\(invoice.id)", method: .get)
            #expect(notPDF.status == .notFound)
        }
    }
}
