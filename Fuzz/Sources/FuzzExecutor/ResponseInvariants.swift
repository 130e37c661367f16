import GraphQLEngine

/// What every GraphQL response must satisfy whatever the query (spec section 7, "Response").
///
/// A response without data is a request error; one with data carries field errors only, each with the path of a
/// field whose value (or an ancestor, after null propagation) is null.
enum ResponseInvariants {
    /// What is wrong with `result`, or nil when it is consistent.
    static func violation(in result: ExecutionResult) -> String? {
        guard let data = result.data else {
            return result.errors.isEmpty ? "a response without data has no errors" : nil
        }
        for error in result.errors {
            guard !error.path.isEmpty else { return "a response with data has an error without a path: \(error)" }
            if let problem = problem(at: error.path[...], in: data) {
                return "error \"\(error.message)\" at \(error.path.map(\.description).joined(separator: ".")): \(problem)"
            }
        }
        return nil
    }

    /// Why the path of a field error does not end at a null (on it or on an ancestor), or nil when it does.
    static func problem(at path: ArraySlice<PathComponent>, in value: JSONValue) -> String? {
        if value.isNull { return nil }
        guard let step = path.first else { return "the value there is not null" }
        switch (step, value) {
        case (.key(let key), .object(let entries)):
            guard let child = entries.first(where: { $0.0 == key })?.1 else { return "the data has no \"\(key)\"" }
            return problem(at: path.dropFirst(), in: child)
        case (.index(let index), .list(let items)):
            guard items.indices.contains(index) else { return "the list has no index \(index)" }
            return problem(at: path.dropFirst(), in: items[index])
        default:
            return "the data's shape does not match the path at \(step)"
        }
    }
}
