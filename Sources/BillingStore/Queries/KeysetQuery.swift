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

    /// The account's id and how many rows match: `SELECT ?, COUNT(*) ...`.
    func countSQL() -> (sql: String, arguments: StatementArguments) {
        let (filter, arguments) = filterSQL()
        return ("SELECT ?, COUNT(*) FROM \(table) WHERE \(filter)", [accountID] + arguments)
    }

    /// The pages of several accounts' queries (the same but for the account) as one statement: a `UNION ALL` whose
    /// branches are each account's page query, so that each still searches its own index range and stops at its
    /// limit. One query gives exactly its `pageSQL`.
    static func batchPageSQL(
        _ queries: ArraySlice<KeysetQuery>, after cursor: PageCursor?, limit: Int, selection: String
    ) -> (sql: String, arguments: StatementArguments) {
        var parts: [String] = []
        var arguments = StatementArguments()
        for query in queries {
            let (sql, queryArguments) = query.pageSQL(after: cursor, limit: limit, selection: selection)
            parts.append(sql)
            arguments += queryArguments
        }
        let sql = parts.count == 1 ? parts[0] : parts.map { "SELECT * FROM (\($0))" }.joined(separator: " UNION ALL ")
        return (sql, arguments)
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
    /// Accounts per statement of `fetchPages` and `countPerAccount`, well under SQLite's 500 compound SELECT terms.
    static let accountsPerStatement = 100

    /// One keyset page per query, each query for another account with the same filter, sort, size and cursor.
    ///
    /// One statement serves up to `accountsPerStatement` accounts: a `UNION ALL` of the single-account page
    /// queries, so each branch still walks its own account's index range and stops at its limit, and a list of
    /// accounts costs one query, not one per account. With one account the statement is exactly its page query.
    /// Each page fetches one row more than asked to learn whether a next page exists.
    func fetchPages<Record: PositionalRecord>(
        _ queries: [KeysetQuery], first: Int, after: String?, key: (Record) -> PageCursor.Key, id: (Record) -> Int64,
        accountID: (Record) -> Int64
    ) throws -> [Int64: Page<Record>] {
        guard first >= 0 else { throw BillingStoreError.invalidPageSize(first) }
        guard let template = queries.first else { return [:] }
        let cursor = try template.decode(after: after)
        var seen = Set<Int64>()
        let distinct = queries.filter { seen.insert($0.accountID).inserted }
        var rows: [Int64: [Record]] = [:]
        // `first: 0` still reads one row, so hasNextPage tells whether the list has any.
        if template.isSatisfiable {
            for start in stride(from: 0, to: distinct.count, by: Self.accountsPerStatement) {
                let chunk = distinct[start..<min(start + Self.accountsPerStatement, distinct.count)]
                let (sql, arguments) = KeysetQuery.batchPageSQL(chunk, after: cursor, limit: first + 1, selection: Record.selection)
                for record in try fetchCached(Record.self, sql: sql, arguments: arguments) {
                    rows[accountID(record), default: []].append(record)
                }
            }
        }
        var pages: [Int64: Page<Record>] = [:]
        for query in distinct {
            var items = rows[query.accountID] ?? []
            // A compound SELECT promises no order across or within its branches, so each page is ordered here.
            if distinct.count > 1 { items.sort { template.precedes((key($0), id($0)), (key($1), id($1))) } }
            let hasNextPage = items.count > first
            if hasNextPage { items.removeLast() }
            let cursors = items.map { PageCursor(tag: template.cursorTag, key: key($0), id: id($0)).encoded }
            pages[query.accountID] = Page(items: items, cursors: cursors, hasNextPage: hasNextPage, hasPreviousPage: cursor != nil)
        }
        return pages
    }

    /// How many rows match each query (one per account, same filter), `accountsPerStatement` accounts a statement.
    func countPerAccount(_ queries: [KeysetQuery]) throws -> [Int64: Int] {
        var counts = Dictionary(queries.map { ($0.accountID, 0) }, uniquingKeysWith: { first, _ in first })
        guard queries.first?.isSatisfiable == true else { return counts }
        var seen = Set<Int64>()
        let distinct = queries.filter { seen.insert($0.accountID).inserted }
        for start in stride(from: 0, to: distinct.count, by: Self.accountsPerStatement) {
            var parts: [String] = []
            var arguments = StatementArguments()
            for query in distinct[start..<min(start + Self.accountsPerStatement, distinct.count)] {
                let (sql, countArguments) = query.countSQL()
                parts.append(sql)
                arguments += countArguments
            }
            for (accountID, count) in try fetchCached(
                sql: parts.joined(separator: " UNION ALL "), arguments: arguments, { row -> (Int64, Int) in (row[0], row[1]) })
            {
                counts[accountID] = count
            }
        }
        return counts
    }
}

extension KeysetQuery {
    /// Whether a row with sort key and id `a` comes before `b` in this query's order (ties on the key by id).
    func precedes(_ a: (key: PageCursor.Key, id: Int64), _ b: (key: PageCursor.Key, id: Int64)) -> Bool {
        ascending ? Self.ascends(a, b) : Self.ascends(b, a)
    }

    private static func ascends(_ a: (key: PageCursor.Key, id: Int64), _ b: (key: PageCursor.Key, id: Int64)) -> Bool {
        switch (a.key, b.key) {
        case (.text(let x), .text(let y)) where x != y: return x.utf8.lexicographicallyPrecedes(y.utf8)
        case (.integer(let x), .integer(let y)) where x != y: return x < y
        default: return a.id < b.id
        }
    }
}
