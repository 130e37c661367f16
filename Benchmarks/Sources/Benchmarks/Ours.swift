import BenchData
import GraphQLEngine

/// Our hand-written engine ("ours"), the `GraphQLEngine` product of the root package.
///
/// Every case's "ours" side comes from here. A hook that returns nil prints as "not wired" in the
/// report; the lead fills each one in as its piece of the engine lands on main (search for `LEAD HOOK`).
enum Ours {
    /// Parses a document; returns its number of definitions (checked against GraphQLSwift's count).
    static func parse(_ text: String) throws -> Int? {
        try Parser.parse(text).definitions.count
    }

    /// Builds and validates the schema of an SDL text; returns its type names (introspection types left out).
    static func buildSchemaTypeNames(_ sdl: String) throws -> Set<String>? {
        Set(try buildSchema(sdl).typeMap.keys.filter { !$0.hasPrefix("__") })
    }

    /// Validation against the contract schema, which is built once from the SDL.
    struct DocumentValidator {
        /// Parses a text once, untimed, and returns the timed work: validating that parsed document,
        /// which gives the error messages (expected empty for the dashboard and the generated document).
        let prepare: (String) throws -> () -> [String]
    }

    static func makeValidator(sdl: String) throws -> DocumentValidator? {
        // LEAD HOOK (validation): once `Validator.validate(schema:document:source:)` is on main, build the
        // schema once with `buildSchema(sdl)`; `prepare` parses the text with `Parser.parse` over a `Source`
        // and returns a closure that validates that document and maps the errors to their messages.
        _ = sdl
        return nil
    }

    /// The dashboard request through our engine over the shared in-memory `Dataset`.
    struct Pipeline {
        /// Parse, validate, execute and encode the dashboard query: the response body bytes.
        let request: () async throws -> [UInt8]
        /// Execution alone, on a document parsed and validated up front (nil: not measured separately).
        let executeOnly: (() async throws -> Void)?
        /// JSON encoding alone, of a result computed up front (nil: not measured separately).
        let encodeOnly: (() throws -> Int)?
    }

    static func makePipeline(sdl: String, dashboard: String, dataset: Dataset) throws -> Pipeline? {
        // LEAD HOOK (execution): build the schema from `sdl`, bind resolvers over `dataset` (the same fields
        // TheirsSchema binds: Query.viewer/account, Account.*, connections, Order, Invoice, LineItem, Money,
        // Product, PurchasedProduct, PaymentMethod, Address, User, DialerMinutes; pass `PageRequest` to
        // `Account.ordersPage` / `invoicesPage`), and return a Pipeline whose `request` is what the server
        // does for one POST of `dashboard` with no variables.
        _ = (sdl, dashboard, dataset)
        return nil
    }
}
