import BillingStore
import GraphQLEngine

extension Resolvers {
    static func bindQuery(into binding: inout SchemaBinding<RequestContext>) {
        binding.object("Query", as: Root.self) { query in
            query.field("viewer") { _, info throws -> UserValue in UserValue(try viewer(info)) }
            query.batch("account") { roots, info async throws -> [Account?] in
                let viewer = try viewer(info)
                let accountID: Int64?
                if let id = info.arguments.string("id") {
                    accountID = GlobalID.decode(id, as: "Account")
                } else {
                    // Staff have no account of their own: a silent null would look like an empty answer.
                    guard let own = viewer.accountID else {
                        throw GraphQLError.badUserInput(
                            "Give the account's id: as \(viewer.role.readableName) you have no account of your own. "
                                + "Find it with accounts(search:).")
                    }
                    accountID = own
                }
                guard let accountID, try await info.context.canSee(accountID: accountID) else { return roots.map { _ in nil } }
                let account = try await info.context.loadAccounts([accountID])[accountID]
                return roots.map { _ in account }
            }
            query.batch("node") { roots, info async throws -> [NodeValue?] in
                let node = try await Resolvers.node(info.arguments.string("id") ?? "", info: info)
                return roots.map { _ in node }
            }
            query.batch("products") { roots, info async throws -> [[Product]] in
                let kind = string(info.arguments["kind"]).flatMap(ProductKind.init(rawValue:))
                let products = try await info.context.store.products(kind: kind)
                info.context.products.remember(products, id: \.id)
                return roots.map { _ in products }
            }
            query.batch("accounts") { roots, info async throws -> [Connection<Account>] in
                let viewer = try viewer(info)
                let first = try pageSize(info)
                let scope: AccountScope = viewer.role == .support ? .all : .managedBy(userID: viewer.userID)
                let search = info.arguments.string("search")
                let store = info.context.store
                async let page = store.accounts(scope: scope, search: search, first: first, after: info.arguments.string("after"))
                async let total = count(if: info.selects("totalCount")) { try await store.accountCount(scope: scope, search: search) }
                let connection = Connection(try await page, totalCount: try await total)
                info.context.accounts.remember(connection.items, id: \.id)
                return roots.map { _ in connection }
            }
        }
    }
}
