import BillingStore
import GraphQLEngine

/// The resolvers of every query field of `schema/billing.graphql`, one extension per group of types.
///
/// Every relation that reads the database is a `batch` resolver: it gets every parent of a level at once and
/// issues one statement for all of them, so a request costs the same number of statements at any page size.
enum Resolvers {
    /// The largest page any list returns.
    static let maxPageSize = 100

    /// Binds every object type the queries reach.
    static func bindQueries(into binding: inout SchemaBinding<RequestContext>) {
        bindQuery(into: &binding)
        bindAccount(into: &binding)
        bindOrders(into: &binding)
        bindInvoices(into: &binding)
        bindCatalog(into: &binding)
        bindPeople(into: &binding)
        bindValues(into: &binding)
        binding.abstract("Node", as: NodeValue.self) { $0.resolved }
    }

    /// The `first` argument, checked: 0 to `maxPageSize`; `fallback` when absent or null.
    static func pageSize(_ info: ResolveInfo<RequestContext>, fallback: Int = 20) throws -> Int {
        let first = info.arguments.int("first") ?? fallback
        guard first >= 0 else { throw GraphQLError.badUserInput("Argument \"first\" must not be negative; got \(first).") }
        guard first <= maxPageSize else {
            throw GraphQLError.badUserInput("Argument \"first\" must be at most \(maxPageSize); got \(first).")
        }
        return first
    }

    /// A date argument already checked by the `Date` scalar.
    static func date(_ value: JSONValue?) -> CalendarDate? {
        guard case .string(let text)? = value else { return nil }
        return CalendarDate(text)
    }

    /// The string value of an enum or string input, when given.
    static func string(_ value: JSONValue?) -> String? {
        guard case .string(let text)? = value else { return nil }
        return text
    }

    /// One connection per account, from one page load and (when the query selects `totalCount`) one count load for
    /// the whole level, however many accounts it has; every item is remembered in `cache` for later lookups by id.
    static func connections<Item: Sendable>(
        of accounts: [Account], counting counts: Bool, remembering cache: MemoCache<Item>, id: (Item) -> Int64,
        pages: @Sendable ([Int64]) async throws -> [Int64: Page<Item>],
        totals: @Sendable ([Int64]) async throws -> [Int64: Int]
    ) async throws -> [Connection<Item>] {
        let ids = accounts.map(\.id)
        async let loadedPages = pages(ids)
        async let loadedTotals = counts ? totals(ids) : [:]
        let (pageByAccount, totalByAccount) = (try await loadedPages, try await loadedTotals)
        return accounts.map { account in
            let connection = Connection(pageByAccount[account.id]!, totalCount: counts ? totalByAccount[account.id] ?? 0 : nil)
            cache.remember(connection.items, id: id)
            return connection
        }
    }

    /// `count()` when `wanted`, else nil: `totalCount` costs a statement only when the query selects it.
    static func count(if wanted: Bool, _ count: @Sendable () async throws -> Int) async throws -> Int? {
        wanted ? try await count() : nil
    }

    /// The viewer of a request past the guard (which refuses anonymous requests).
    static func viewer(_ info: ResolveInfo<RequestContext>) throws -> Viewer {
        guard let viewer = info.context.viewer else {
            throw GraphQLError("Sign in to use the billing API.", extensions: [(key: "code", value: .string("UNAUTHENTICATED"))])
        }
        return viewer
    }
}

extension Resolvers {
    /// Binds `<name>Connection` and `<name>Edge` for a list of `Item`.
    static func bindConnection<Item: GraphQLObjectValue>(
        _ name: String, of item: Item.Type, hasTotalCount: Bool, into binding: inout SchemaBinding<RequestContext>
    ) where Item.Child == Item {
        binding.object("\(name)Connection", as: Connection<Item>.self) { connection in
            connection.field("edges") { $0.edges }
            connection.field("nodes", \.items)
            connection.field("pageInfo") { $0.pageInfo }
            if hasTotalCount { connection.field("totalCount") { $0.totalCount ?? 0 } }
        }
        binding.object("\(name)Edge", as: Edge<Item>.self) { edge in
            edge.field("cursor", \.cursor)
            edge.field("node", \.node)
        }
    }
}
