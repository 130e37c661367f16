/// Ascending or descending.
public enum SortDirection: String, Sendable, CaseIterable {
    case ascending = "ASC"
    case descending = "DESC"
}

/// What orders can be sorted by.
public enum OrderSortField: String, Sendable, CaseIterable {
    case orderDate = "ORDER_DATE"
    case amount = "AMOUNT"
}

/// What invoices can be sorted by.
public enum InvoiceSortField: String, Sendable, CaseIterable {
    case issuedOn = "ISSUED_ON"
    case amount = "AMOUNT"
}

/// Conditions on orders; all given ones must hold. `on` is one day, `from`/`to` are inclusive.
public struct OrderFilter: Sendable, Hashable {
    public var on: CalendarDate?
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var status: OrderStatus?

    public init(on: CalendarDate? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil, status: OrderStatus? = nil) {
        self.on = on
        self.from = from
        self.to = to
        self.status = status
    }
}

/// Conditions on invoices; all given ones must hold. `on` is one day, `from`/`to` are inclusive.
public struct InvoiceFilter: Sendable, Hashable {
    public var on: CalendarDate?
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var status: InvoiceStatus?

    public init(on: CalendarDate? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil, status: InvoiceStatus? = nil) {
        self.on = on
        self.from = from
        self.to = to
        self.status = status
    }
}

/// How to sort orders; newest first unless told otherwise.
public struct OrderSort: Sendable, Hashable {
    public var field: OrderSortField
    public var direction: SortDirection

    public init(field: OrderSortField = .orderDate, direction: SortDirection = .descending) {
        self.field = field
        self.direction = direction
    }
}

/// How to sort invoices; newest first unless told otherwise.
public struct InvoiceSort: Sendable, Hashable {
    public var field: InvoiceSortField
    public var direction: SortDirection

    public init(field: InvoiceSortField = .issuedOn, direction: SortDirection = .descending) {
        self.field = field
        self.direction = direction
    }
}
