/// One page of a keyset-paginated list, with an opaque cursor for each item.
public struct Page<Item: Sendable>: Sendable {
    /// The items, in the requested order.
    public var items: [Item]
    /// `cursors[i]` is the cursor of `items[i]`: pass it as `after` to continue after that item.
    public var cursors: [String]
    /// True when more items follow the last one.
    public var hasNextPage: Bool
    /// True when the page was asked for after a cursor, so items precede it.
    public var hasPreviousPage: Bool

    /// The first item's cursor, nil for an empty page.
    public var startCursor: String? { cursors.first }
    /// The last item's cursor, nil for an empty page.
    public var endCursor: String? { cursors.last }
}

/// Errors the store reports to the layer above; anything else is a database failure.
public enum BillingStoreError: Error, Equatable, Sendable {
    /// An `after` cursor that this store did not make for this list and sort.
    case invalidCursor(String)
    /// A page size below zero.
    case invalidPageSize(Int)
    /// A scale seed asked of a database that already holds more than the demo data.
    case alreadySeeded
}
