/// The response objects of one group, kept as columns: one key table and one column per field for every object.
///
/// Executing a level fills each field's column at once, so no object owns an array of its own; the JSON writer
/// streams the response from the columns, and `JSONValue` trees are built only for callers that ask for `data`.
///
/// Writing a row reads each value where it lies: columns and values are lent (`withLent`), so the writer retains
/// and releases nothing per value. Copying them out of their arrays cost a retain and a release of each column's
/// array, each child column's arrays and each string: a quarter of encoding.
final class ResultGroup: Sendable {
    /// Response keys, in the order the query asked for them.
    let keys: [String]
    /// Every key written as JSON with its colon (`"key":`), preceded by a comma for all but the first key,
    /// one after the other; key `i` ends at `layout[i].keyEnd`.
    let keyBytes: [UInt8]
    /// Objects that became null because a non-null field of theirs failed; empty when none did.
    let nulled: [Bool]
    let rowCount: Int
    /// Each column's key and values, in key order.
    private let layout: [ColumnEntry]
    /// One value per row in each.
    private let leafColumns: [[JSONValue]]
    private let childColumns: [ChildColumn]

    init(_ rows: consuming Rows) {
        keys = rows.keys
        nulled = rows.nulled
        rowCount = rows.rowCount
        leafColumns = rows.leafColumns
        childColumns = rows.childColumns
        // Taken, not copied, so the key ends are written into the array without a copy of it.
        var layout: [ColumnEntry] = []
        swap(&layout, &rows.layout)
        var writer = JSONWriter(capacity: keys.count * 16)
        for index in keys.indices {
            if index > 0 { writer.appendByte(0x2C) }
            writer.writeString(keys[index])
            writer.appendByte(0x3A)
            layout[index].keyEnd = Int32(writer.count)
        }
        self.layout = layout
        keyBytes = writer.takeBytes()
    }

    /// Whether the object of a row became null.
    func isNulled(_ row: Int) -> Bool { !nulled.isEmpty && nulled[row] }

    /// Writes the object of a row (which must not be nulled) as JSON.
    func write(row: Int, into writer: inout JSONWriter) {
        keyBytes.withUnsafeBufferPointer { keys in
            leafColumns.withUnsafeBufferPointer { columns in
                childColumns.withUnsafeBufferPointer { children in
                    write(row: row, keys: keys, columns: columns, children: children, into: &writer)
                }
            }
        }
    }

    private func write(
        row: Int, keys: UnsafeBufferPointer<UInt8>, columns: UnsafeBufferPointer<[JSONValue]>,
        children: UnsafeBufferPointer<ChildColumn>, into writer: inout JSONWriter
    ) {
        writer.appendByte(0x7B)  // {
        var keyStart = 0
        for index in layout.indices {
            let column = layout[index]
            let keyEnd = Int(column.keyEnd)
            writer.appendShort(keys.baseAddress.unsafelyUnwrapped + keyStart, count: keyEnd - keyStart)
            keyStart = keyEnd
            let slot = Int(column.slot)
            if slot >= 0 {
                columns.withLentElement(at: slot) { column in
                    column.withUnsafeBufferPointer { values in values.withLentElement(at: row) { writer.write($0) } }
                }
            } else {
                children.withLentElement(at: -1 - slot) { $0.write(parent: row, into: &writer) }
            }
        }
        writer.appendByte(0x7D)  // }
    }

    /// A guess at the JSON size of all of the group's rows and everything below them, for sizing the response
    /// buffer up front: each leaf column is sized from its first row's value.
    func estimatedBytes() -> Int {
        var perRow = keyBytes.count + 2
        var below = 0
        for column in leafColumns {
            if let first = column.first { perRow += Self.estimatedBytes(first) }
        }
        for children in childColumns {
            below += children.codes.count * 2
            for group in children.targets.groups { below += group.estimatedBytes() }
        }
        return below + perRow * rowCount
    }

    private static func estimatedBytes(_ value: JSONValue) -> Int {
        switch value {
        case .null: return 4
        case .bool: return 5
        case .int: return 8
        case .double: return 24
        case .string(let text): return text.utf8.count + 2
        case .list, .object: return 64
        }
    }

    /// The object of a row (which must not be nulled) as a `JSONValue`.
    func value(row: Int) -> JSONValue {
        var entries: [(String, JSONValue)] = []
        entries.reserveCapacity(keys.count)
        for index in layout.indices {
            let slot = Int(layout[index].slot)
            if slot >= 0 {
                entries.append((keys[index], leafColumns[slot][row]))
            } else {
                let children = childColumns[-1 - slot]
                var position = children.starts.isEmpty ? row : Int(children.starts[row])
                entries.append((keys[index], children.value(&position)))
            }
        }
        return .object(entries)
    }
}

/// Where a column of a group is: the end of its key in `keyBytes`, and its values: `slot >= 0` is leaf column
/// `slot`; `-1 - c` is child column `c`.
struct ColumnEntry {
    var keyEnd: Int32
    let slot: Int32
}

/// A field's objects for every parent: shape codes (`-1` null, `-2` and a count for a list, `k >= 0` the k-th
/// child object, never a nulled one) starting at `starts[parent]` (at `parent` when `starts` is empty: one code per
/// parent), and where each child object's fields are.
struct ChildColumn: Sendable {
    let codes: [Int32]
    let starts: [Int32]
    let targets: ChildTargets

    /// Writes the value of a parent's field.
    func write(parent: Int, into writer: inout JSONWriter) {
        var position = starts.isEmpty ? parent : Int(starts[parent])
        codes.withUnsafeBufferPointer { codes in
            targets.groups.withUnsafeBufferPointer { groups in write(codes, &position, groups: groups, into: &writer) }
        }
    }

    private func write(
        _ codes: UnsafeBufferPointer<Int32>, _ position: inout Int, groups: UnsafeBufferPointer<ResultGroup>,
        into writer: inout JSONWriter
    ) {
        let code = codes.checked(position)
        position += 1
        if code >= 0 {
            // The group is lent, not retained, for the call.
            let (group, row) = targets.index(of: Int(code))
            groups.withLentElement(at: group) { $0.write(row: row, into: &writer) }
        } else if code == ShapeEncoder<Never>.listCode {
            let count = Int(codes.checked(position))
            position += 1
            writer.appendByte(0x5B)  // [
            for index in 0..<count {
                if index > 0 { writer.appendByte(0x2C) }
                write(codes, &position, groups: groups, into: &writer)
            }
            writer.appendByte(0x5D)  // ]
        } else {
            writer.append("null")
        }
    }

    func value(_ position: inout Int) -> JSONValue {
        let code = codes[position]
        position += 1
        if code >= 0 {
            let (group, row) = targets.place(of: Int(code))
            return group.value(row: row)
        } else if code == ShapeEncoder<Never>.listCode {
            let count = Int(codes[position])
            position += 1
            var items: [JSONValue] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(value(&position)) }
            return .list(items)
        }
        return .null
    }
}

/// Where the child objects of a field sit: one group for an object type; for an abstract type, a group per
/// object type with each child's group and row.
struct ChildTargets: Sendable {
    let groups: [ResultGroup]
    /// The group of each child; `-1`: none (the child is null). Empty: every child is in `groups[0]`.
    let groupOf: [Int32]
    /// The row of each child in its group. Empty: the child's index.
    let rowOf: [Int32]

    init(groups: [ResultGroup], groupOf: [Int32] = [], rowOf: [Int32] = []) {
        self.groups = groups
        self.groupOf = groupOf
        self.rowOf = rowOf
    }

    static var none: ChildTargets { ChildTargets(groups: []) }

    /// The index in `groups` and the row there of a child that is not null.
    @inline(__always)
    func index(of child: Int) -> (group: Int, row: Int) {
        if groupOf.isEmpty { return (0, child) }
        return (Int(groupOf[child]), Int(rowOf[child]))
    }

    func place(of child: Int) -> (ResultGroup, Int) {
        let (group, row) = index(of: child)
        return (groups[group], row)
    }

    /// For each of `count` children, whether it has no object (`isNull`), worked out once for a whole column.
    /// Empty when every child is in one group and none of its rows is nulled (the common case: no allocation).
    func nullTable(count: Int) -> [Bool] {
        if groups.isEmpty { return [Bool](repeating: true, count: count) }
        if groupOf.isEmpty { return groups[0].nulled }
        return (0..<count).map(isNull)
    }

    /// True when the child has no object: its type was not bound, or a non-null field of it failed.
    func isNull(_ child: Int) -> Bool {
        if groups.isEmpty { return true }
        if groupOf.isEmpty { return groups[0].isNulled(child) }
        let group = Int(groupOf[child])
        return group < 0 || groups[group].isNulled(Int(rowOf[child]))
    }
}
