import BillingAPI
import BillingStore
import Foundation
import GraphQLEngine
import Testing

/// Invoices: list filters and sorts, historical ones without a link, and signed download links.
struct InvoiceTests {
    static let list = """
        query($first: Int, $after: String, $filter: InvoiceFilter, $sort: InvoiceSort) {
          account { invoices(first: $first, after: $after, filter: $filter, sort: $sort) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { id number issuedOn status isHistorical downloadUrl total { amount } amountDue { amount } order { id } } } }
        }
        """

    func invoices(_ fixture: APIFixture, _ variables: [(String, JSONValue)] = [("first", .int(100))]) async throws -> [JSONValue] {
        let result = try await fixture.run(Self.list, as: "admin@acme.test", variables: variables)
        #expect(result.errors.isEmpty, "\(result.errors)")
        return result.data?["account"]?["invoices"]?["nodes"]?.listValue ?? []
    }

    @Test func historicalInvoicesHaveNoDownloadLink() async throws {
        let fixture = try await APIFixture()
        let all = try await invoices(fixture)
        #expect(all.contains { $0["isHistorical"] == .bool(true) } && all.contains { $0["isHistorical"] == .bool(false) })
        for invoice in all {
            let url = invoice["downloadUrl"]?.stringValue
            if invoice["isHistorical"] == .bool(true) {
                #expect(url == nil)
            } else {
                let id = try #require(invoice["id"]?.stringValue)
                #expect(url?.hasPrefix("/invoices/\(id).pdf?expires=") == true)
                #expect(url?.contains("&signature=") == true)
            }
        }
    }

    @Test func filtersAndSortsMatchTheWholeList() async throws {
        let fixture = try await APIFixture()
        let all = try await invoices(fixture)
        let day = try #require(all[all.count / 2]["issuedOn"]?.stringValue)
        let onDay = try await invoices(fixture, [("first", .int(100)), ("filter", .object([("on", .string(day))]))])
        #expect(onDay.map { $0["id"] } == all.filter { $0["issuedOn"] == .string(day) }.map { $0["id"] })
        let paid = try await invoices(fixture, [("first", .int(100)), ("filter", .object([("status", .string("PAID"))]))])
        #expect(paid.map { $0["id"] } == all.filter { $0["status"] == .string("PAID") }.map { $0["id"] })
        for invoice in paid { #expect(Double(invoice["amountDue"]?["amount"]?.stringValue ?? "") == 0) }
        let byAmount = try await invoices(
            fixture, [("first", .int(100)), ("sort", .object([("field", .string("AMOUNT")), ("direction", .string("ASC"))]))])
        let amounts = byAmount.compactMap { Double($0["total"]?["amount"]?.stringValue ?? "") }
        #expect(amounts.count == all.count && amounts == amounts.sorted())
        let empty = try await invoices(fixture, [("filter", .object([("from", .string("2099-01-01"))]))])
        #expect(empty.isEmpty)
    }

    @Test func pagingAndCursorErrors() async throws {
        let fixture = try await APIFixture()
        let all = try await invoices(fixture)
        var seen: [JSONValue] = []
        var after: JSONValue = .null
        repeat {
            let result = try await fixture.run(Self.list, as: "admin@acme.test", variables: [("first", .int(25)), ("after", after)])
            seen += result.data?["account"]?["invoices"]?["nodes"]?.listValue ?? []
            let info = result.data?["account"]?["invoices"]?["pageInfo"]
            after = info?["hasNextPage"] == .bool(true) ? (info?["endCursor"] ?? .null) : .null
        } while after != .null
        #expect(seen.map { $0["id"] } == all.map { $0["id"] })
        let orderCursor = try await fixture.run(
            "{ account { orders(first: 1, sort: { field: AMOUNT }) { pageInfo { endCursor } } } }", as: "admin@acme.test")
        let cursor = try #require(orderCursor.data?["account"]?["orders"]?["pageInfo"]?["endCursor"])
        let bad = try await fixture.run(Self.list, as: "admin@acme.test", variables: [("after", cursor)])
        #expect(bad.codes == ["BAD_USER_INPUT"])
    }

    func signedLink(_ fixture: APIFixture) async throws -> (id: String, expires: Int, signature: String) {
        let first = try #require(try await invoices(fixture).first { $0["isHistorical"] == .bool(false) })
        let url = try #require(first["downloadUrl"]?.stringValue)
        let query = try #require(URLComponents(string: url)?.queryItems)
        let expires = try #require(query.first { $0.name == "expires" }?.value.flatMap { Int($0) })
        let signature = try #require(query.first { $0.name == "signature" }?.value)
        return (first["id"]!.stringValue!, expires, signature)
    }

    @Test func aSignedLinkOpensTheInvoiceWithoutAViewer() async throws {
        let fixture = try await APIFixture()
        let link = try await signedLink(fixture)
        guard
            case .document(let document) = try await fixture.service.invoiceForDownload(
                id: link.id, expires: link.expires, signature: link.signature, viewer: nil)
        else {
            Issue.record("a signed link should open the invoice")
            return
        }
        #expect(document.accountName == "Acme Corp")
        #expect(!document.lines.isEmpty && document.total.hasPrefix("$"))
        #expect(document.billingAddress.first == "100 Main Street")
    }

    @Test func alteredOrExpiredLinksAreRefused() async throws {
        let clock = Clock()
        let fixture = try await APIFixture(options: BillingOptions(now: { clock.now }))
        let link = try await signedLink(fixture)
        let service = fixture.service
        let flipped = String(link.signature.dropLast()) + (link.signature.hasSuffix("0") ? "1" : "0")
        #expect(
            isCase(try await service.invoiceForDownload(id: link.id, expires: link.expires, signature: flipped, viewer: nil), "forbidden"))
        #expect(
            isCase(
                try await service.invoiceForDownload(id: link.id, expires: link.expires + 600, signature: link.signature, viewer: nil),
                "forbidden"))
        #expect(isCase(try await service.invoiceForDownload(id: link.id, expires: nil, signature: nil, viewer: nil), "forbidden"))
        clock.now = clock.now.addingTimeInterval(301)
        #expect(
            isCase(
                try await service.invoiceForDownload(id: link.id, expires: link.expires, signature: link.signature, viewer: nil), "expired")
        )
    }

    @Test func viewersAreCheckedLikeAnyRead() async throws {
        let fixture = try await APIFixture()
        let link = try await signedLink(fixture)
        let service = fixture.service
        func download(_ email: String) async throws -> InvoiceDownload {
            try await service.invoiceForDownload(id: link.id, expires: nil, signature: nil, viewer: try await fixture.viewer(email))
        }
        #expect(isCase(try await download("admin@acme.test"), "document"))
        #expect(isCase(try await download("csm@portal.test"), "document"))
        #expect(isCase(try await download("support@portal.test"), "document"))
        #expect(isCase(try await download("member@acme.test"), "forbidden"))
        #expect(isCase(try await download("admin@globex.test"), "notFound"))
        #expect(isCase(try await service.invoiceForDownload(id: "nonsense", expires: nil, signature: nil, viewer: nil), "notFound"))
        let historical = try #require(try await invoices(fixture).first { $0["isHistorical"] == .bool(true) }?["id"]?.stringValue)
        let old = try await service.invoiceForDownload(
            id: historical, expires: nil, signature: nil, viewer: try await fixture.viewer("admin@acme.test"))
        #expect(isCase(old, "historical"))
    }

    func isCase(_ download: InvoiceDownload, _ name: String) -> Bool {
        switch download {
        case .document: return name == "document"
        case .notFound: return name == "notFound"
        case .historical: return name == "historical"
        case .forbidden: return name == "forbidden"
        case .expired: return name == "expired"
        }
    }
}

/// A clock tests move by hand.
final class Clock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date()
    var now: Date {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}
