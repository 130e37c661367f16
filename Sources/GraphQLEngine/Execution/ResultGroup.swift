/// The response objects of one group, kept as columns: one key table and one column per field for every object.
///
/// Executing a level fills each field's column at once, so no object owns an array of its own; the JSON writer
/// streams the response from the columns, and `JSONValue` trees are built only for callers that ask for `data`.
final class ResultGroup: Sendable {
    /// Response keys, in the order the query asked for them.
    let keys: [String]
    /// Every key written as JSON with its colon (`"key":`), preceded by a comma for all but the first key,
    /// one after the other; key `i` ends at `keyEnds[i]`.
    let keyBytes: [UInt8]
    let keyEnds: [Int32]
    let columns: [ResultColumn]
    /// Objects that became null because a non-null field of theirs failed.
    let nulled: [Bool]

    init(keys: [String], columns: [ResultColumn], nulled: [Bool]) {
        self.keys = keys
        self.columns = columns
        self.nulled = nulled
        var writer = JSONWriter(capacity: keys.count * 16)
        var ends: [Int32] = []
        ends.reserveCapacity(keys.count)
        for index in keys.indices {
            if index > 0 { writer.appendByte(0x2C) }
            writer.writeString(keys[index])
            writer.appendByte(0x3A)
            ends.append(Int32(writer.count))
        }
        keyBytes = writer.takeBytes()
        keyEnds = ends
    }

    /// Writes the object of a row (which must not be nulled) as JSON.
    func write(row: Int, into writer: inout JSONWriter) {
        writer.appendByte(0x7B)  // {
        var keyStart = 0
        keyBytes.withUnsafeBufferPointer { keys in
            for index in columns.indices {
                let keyEnd = Int(keyEnds[index])
                writer.append(UnsafeBufferPointer(rebasing: keys[keyStart..<keyEnd]))
                keyStart = keyEnd
                switch columns[index] {
                case .values(let values): writer.write(values[row])
                case .children(let children):
                    var position = Int(children.starts[row])
                    children.write(&position, into: &writer)
                }
            }
        }
        writer.appendByte(0x7D)  // }
    }

    /// A guess at the JSON size of all of the group's rows and everything below them, for sizing the response
    /// buffer up front: each leaf column is sized from its first row's value.
    func estimatedBytes() -> Int {
        var perRow = keyBytes.count + 2
        var below = 0
        for column in columns {
            switch column {
            case .values(let values):
                if let first = values.first { perRow += Self.estimatedBytes(first) }
            case .children(let children):
                below += children.codes.count * 2
                for group in children.targets.groups { below += group.estimatedBytes() }
            }
        }
        return below + perRow * nulled.count
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
        for index in columns.indices {
            switch columns[index] {
            case .values(let values): entries.append((keys[index], values[row]))
            case .children(let children):
                var position = Int(children.starts[row])
                entries.append((keys[index], children.value(&position)))
            }
        }
        return .object(entries)
    }
}

/// One field's completed values for every object of a group.
enum ResultColumn: Sendable {
    /// One value per object.
    case values([JSONValue])
    /// Objects, nulls and lists of them, as shape codes.
    case children(ChildColumn)
}

/// A field's objects for every parent: shape codes (`-1` null, `-2` and a count for a list, `k >= 0` the k-th
/// child object, never a nulled one) starting at `starts[parent]`, and where each child object's fields are.
struct ChildColumn: Sendable {
    let codes: [Int32]
    let starts: [Int32]
    let targets: ChildTargets

    func write(_ position: inout Int, into writer: inout JSONWriter) {
        let code = codes[position]
        position += 1
        if code >= 0 {
            let (group, row) = targets.place(of: Int(code))
            group.write(row: row, into: &writer)
        } else if code == ShapeEncoder<Never>.listCode {
            let count = Int(codes[position])
            position += 1
            writer.appendByte(0x5B)  // [
            for index in 0..<count {
                if index > 0 { writer.appendByte(0x2C) }
                write(&position, into: &writer)
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
    /// The group of each child; `-1`: none (the child is null). Nil: every child is in `groups[0]`.
    let groupOf: [Int32]?
    /// The row of each child in its group. Nil: the child's index.
    let rowOf: [Int32]?

    static var none: ChildTargets { ChildTargets(groups: [], groupOf: nil, rowOf: nil) }

    func place(of child: Int) -> (ResultGroup, Int) {
        guard let groupOf, let rowOf else { return (groups[0], child) }
        return (groups[Int(groupOf[child])], Int(rowOf[child]))
    }

    /// True when the child has no object: its type was not bound, or a non-null field of it failed.
    func isNull(_ child: Int) -> Bool {
        if groups.isEmpty { return true }
        guard let groupOf, let rowOf else { return groups[0].nulled[child] }
        let group = Int(groupOf[child])
        return group < 0 || groups[group].nulled[Int(rowOf[child])]
    }
}
