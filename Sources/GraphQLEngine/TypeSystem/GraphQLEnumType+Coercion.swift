/// Enum coercion with graphql-js's messages: values travel as `.string(name)`.
extension GraphQLEnumType {
    /// Result coercion: the name of a defined value.
    public func serialize(_ value: JSONValue) throws(GraphQLError) -> JSONValue {
        if case .string(let name) = value, valueMap[name] != nil { return value }
        throw GraphQLError("Enum \"\(self.name)\" cannot represent value: \(inspect(value))")
    }

    /// Input coercion of a variable's JSON value: a string naming a defined value.
    public func parseValue(_ value: JSONValue) throws(GraphQLError) -> JSONValue {
        guard case .string(let name) = value else {
            let shown = inspect(value)
            throw GraphQLError(
                "Enum \"\(self.name)\" cannot represent non-string value: \(shown)." + suggestions(for: shown))
        }
        guard valueMap[name] != nil else {
            throw GraphQLError("Value \"\(name)\" does not exist in \"\(self.name)\" enum." + suggestions(for: name))
        }
        return value
    }

    /// Input coercion of a literal: an enum literal naming a defined value.
    public func parseLiteral(_ literal: Value) throws(GraphQLError) -> JSONValue {
        guard case .enumValue(let name, _) = literal else {
            let shown = Printer.print(literal)
            throw GraphQLError(
                "Enum \"\(self.name)\" cannot represent non-enum value: \(shown)." + suggestions(for: shown))
        }
        guard valueMap[name] != nil else {
            throw GraphQLError("Value \"\(name)\" does not exist in \"\(self.name)\" enum." + suggestions(for: name))
        }
        return .string(name)
    }

    private func suggestions(for text: String) -> String {
        SchemaSuggestions.didYouMean(
            SchemaSuggestions.list(text, options: values.map(\.name)), subMessage: "the enum value")
    }
}
