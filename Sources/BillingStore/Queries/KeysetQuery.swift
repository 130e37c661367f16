import GRDB

/// A filtered, sorted, keyset-paginated query over one account's orders or invoices.
///
/// The WHERE clause always starts with `account_id = ?` plus either equality on status or a range on the sort key,
/// so one of the table's `(account_id, [status,] key, id)` indexes serves filter, sort and cursor together:
/// a page costs the same at a million rows as at a thousand.
struct KeysetQuery {
    var table: String
    var accountID: Int64
    var status: String?
    var dateColumn: String
    var lowerDate: CalendarDate?
    var upperDate: CalendarDate?
    var sortColumn: String
    var sortTag: String
    var sortsByText: Bool
    var ascending: Bool

    /// False when the date conditions contradict each other, so no row can match.
    var isSatisfiable: Bool {
        guard let lowerDate, let upperDate else { return true }
        return lowerDate <= upperDate
    }

    init(table: String, accountID: Int64, status: String?, dateColumn: String, on: CalendarDate?, from: CalendarDate?, to: CalendarDate?) {
        self.table = table
        self.accountID = accountID
        self.status = status
        self.dateColumn = dateColumn
        lowerDate = [on, from].compactMap { $0 }.max()
        upperDate = [on, to].compactMap { $0 }.min()
        sortColumn = dateColumn
        sortTag = "D"
        sortsByText = true
        ascending = false
    }

    func filterSQL() -> (sql: String, arguments: StatementArguments) {
        var sql = "account_id = ?"
        var arguments: StatementArguments = [accountID]
        if let status {
            sql += " AND status = ?"
            arguments += [status]
        }
        if let lowerDate {
            sql += " AND \(dateColumn) >= ?"
            arguments += [lowerDate.description]
        }
        if let upperDate {
            sql += " AND \(dateColumn) <= ?"
            arguments += [upperDate.description]
        }
        return (sql, arguments)
    }

    func countSQL() -> (sql: String, arguments: StatementArguments) {
        let (filter, arguments) = filterSQL()
        return ("SELECT COUNT(*) FROM \(table) WHERE \(filter)", arguments)
    }

    /// The SELECT of a page: `selection` is the record's column list.
    func pageSQL(after cursor: PageCursor?, limit: Int, selection: String = "*") -> (sql: String, arguments: StatementArguments) {
        var (sql, arguments) = filterSQL()
        let (strict, inclusive, order) = ascending ? (">", ">=", "ASC") : ("<", "<=", "DESC")
        if let cursor {
            // The inclusive bound gives the planner an index range; the OR breaks ties on the key by id.
            sql += " AND \(sortColumn) \(inclusive) ? AND (\(sortColumn) \(strict) ? OR id \(strict) ?)"
            let key: any DatabaseValueConvertible
            switch cursor.key {
            case .text(let text): key = text
            case .integer(let value): key = value
            }
            arguments += [key, key, cursor.id]
        }
        return ("SELECT \(selection) FROM \(table) WHERE \(sql) ORDER BY \(sortColumn) \(order), id \(order) LIMIT ?", arguments + [limit])
    }

    /// What a cursor of this query carries: the list, the sort field and the direction, so a cursor made for one
    /// (an order cursor given to invoices, a DESC cursor given with ASC) is refused rather than giving a wrong page.
    var cursorTag: String { table + "." + sortTag + (ascending ? "+" : "-") }

    /// Decodes `after`, refusing cursors made for another list, sort field or direction, or of the wrong key type.
    func decode(after: String?) throws -> PageCursor? {
        guard let after else { return nil }
        let cursor = try PageCursor(decoding: after, tag: cursorTag)
        switch cursor.key {
        case .text where sortsByText, .integer where !sortsByText: return cursor
        default: throw BillingStoreError.invalidCursor(after)
        }
    }
}

extension Database {
    /// Runs a keyset page query: fetches one row more than asked to learn whether a next page exists.
    func fetchPage<Record: PositionalRecord>(
        _ query: KeysetQuery, first: Int, after: String?, key: (Record) -> PageCursor.Key, id: (Record) -> Int64
    ) throws -> Page<Record> {
        guard first >= 0 else { throw BillingStoreError.invalidPageSize(first) }
        let cursor = try query.decode(after: after)
        // `first: 0` still reads one row, so hasNextPage tells whether the list has any.
        guard query.isSatisfiable else {
            return Page(items: [], cursors: [], hasNextPage: false, hasPreviousPage: cursor != nil)
        }
        let (sql, arguments) = query.pageSQL(after: cursor, limit: first + 1, selection: Record.selection)
        var items = try fetchCached(Record.self, sql: sql, arguments: arguments)
        let hasNextPage = items.count > first
        if hasNextPage { items.removeLast() }
        let cursors = items.map { PageCursor(tag: query.cursorTag, key: key($0), id: id($0)).encoded }
        return Page(items: items, cursors: cursors, hasNextPage: hasNextPage, hasPreviousPage: cursor != nil)
    }
}
