/// Prints syntax trees back to GraphQL text in graphql-js's canonical layout.
///
/// Parsing the output gives back an equal tree: `Parser.parse(Printer.print(document)) == document`.
///
/// ```swift
/// Printer.print(try Parser.parse("query{viewer{name}}"))  // "{\n  viewer {\n    name\n  }\n}"
/// Printer.print(try Parser.parseValue("{ field : ORDER_DATE }"))  // "{field: ORDER_DATE}"
/// ```
public enum Printer {
    /// Definitions separated by a blank line.
    public static func print(_ document: Document) -> String {
        join(document.definitions.map(print), "\n\n")
    }

    /// One definition.
    public static func print(_ definition: Definition) -> String {
        switch definition {
        case .operation(let node): return print(node)
        case .fragment(let node): return print(node)
        case .schema(let node): return print(node)
        case .scalar(let node): return print(node)
        case .object(let node): return print(node)
        case .interface(let node): return print(node)
        case .union(let node): return print(node)
        case .enumType(let node): return print(node)
        case .inputObject(let node): return print(node)
        case .directive(let node): return print(node)
        case .schemaExtension(let node): return print(node)
        case .scalarExtension(let node): return print(node)
        case .objectExtension(let node): return print(node)
        case .interfaceExtension(let node): return print(node)
        case .unionExtension(let node): return print(node)
        case .enumExtension(let node): return print(node)
        case .inputObjectExtension(let node): return print(node)
        }
    }

    /// An operation; an anonymous query without variables or directives uses the `{ ... }` short form.
    public static func print(_ node: OperationDefinition) -> String {
        let variables = wrap("(", join(node.variableDefinitions.map(print), ", "), ")")
        let prefix = join(
            [node.operation.rawValue, join([node.name?.value ?? "", variables]), print(node.directives)], " ")
        return (prefix == "query" ? "" : prefix + " ") + print(node.selectionSet)
    }

    public static func print(_ node: VariableDefinition) -> String {
        "$" + node.variable.name.value + ": " + print(node.type) + wrap(" = ", node.defaultValue.map(print) ?? "")
            + wrap(" ", print(node.directives))
    }

    public static func print(_ node: SelectionSet) -> String {
        block(node.selections.map(print))
    }

    public static func print(_ node: Selection) -> String {
        switch node {
        case .field(let field): return print(field)
        case .fragmentSpread(let spread):
            return "..." + spread.name.value + wrap(" ", print(spread.directives))
        case .inlineFragment(let fragment):
            return join(
                [
                    "...", wrap("on ", fragment.typeCondition?.name.value ?? ""), print(fragment.directives),
                    print(fragment.selectionSet),
                ], " ")
        }
    }

    /// A field; its arguments go one per line when they would make the line longer than 80 characters.
    public static func print(_ node: Field) -> String {
        let prefix = wrap("", node.alias?.value ?? "", ": ") + node.name.value
        let arguments = node.arguments.map(print)
        var argumentsLine = prefix + wrap("(", join(arguments, ", "), ")")
        if argumentsLine.utf16.count > 80 {
            argumentsLine = prefix + wrap("(\n", indent(join(arguments, "\n")), "\n)")
        }
        return join([argumentsLine, print(node.directives), node.selectionSet.map(print) ?? ""], " ")
    }

    public static func print(_ node: FragmentDefinition) -> String {
        "fragment \(node.name.value) on \(node.typeCondition.name.value) " + wrap("", print(node.directives), " ")
            + print(node.selectionSet)
    }

    static func print(_ node: Argument) -> String {
        node.name.value + ": " + print(node.value)
    }

    static func print(_ directives: NodeList<Directive>) -> String {
        join(directives.map(print), " ")
    }

    public static func print(_ node: Directive) -> String {
        "@" + node.name.value + wrap("(", join(node.arguments.map(print), ", "), ")")
    }

    /// A value literal: strings escaped or printed as block strings, objects as `{name: value, ...}`.
    public static func print(_ value: Value) -> String {
        switch value {
        case .variable(let variable): return "$" + variable.name.value
        case .int(let text, _), .float(let text, _), .enumValue(let text, _): return text
        case .string(let text, let block, _): return block ? BlockString.print(text) : printString(text)
        case .boolean(let flag, _): return flag ? "true" : "false"
        case .null: return "null"
        case .list(let values, _): return "[" + join(values.map(print), ", ") + "]"
        case .object(let fields, _):
            return "{" + join(fields.map { $0.name.value + ": " + print($0.value) }, ", ") + "}"
        }
    }

    /// A type reference such as `[String!]!`.
    public static func print(_ type: TypeReference) -> String {
        switch type.shape {
        case .named(let named): return named.name.value
        case .list(let inner, _): return "[" + print(inner) + "]"
        case .nonNull(let inner, _): return print(inner) + "!"
        }
    }

    /// A string literal in double quotes, escaping `"`, `\` and control characters as graphql-js does.
    public static func printString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: result += "\\\""
            case 0x5C: result += "\\\\"
            case 0x08: result += "\\b"
            case 0x09: result += "\\t"
            case 0x0A: result += "\\n"
            case 0x0C: result += "\\f"
            case 0x0D: result += "\\r"
            case 0x00...0x1F, 0x7F...0x9F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    // MARK: - Layout helpers, as graphql-js's printer defines them

    /// The non-empty strings joined by `separator`.
    static func join(_ parts: [String], _ separator: String = "") -> String {
        parts.filter { !$0.isEmpty }.joined(separator: separator)
    }

    /// `start + text + end`, or nothing when `text` is empty.
    static func wrap(_ start: String, _ text: String, _ end: String = "") -> String {
        text.isEmpty ? "" : start + text + end
    }

    /// Lines between braces, indented; nothing when there are none.
    static func block(_ lines: [String]) -> String {
        wrap("{\n", indent(join(lines, "\n")), "\n}")
    }

    /// Every line of `text` indented by two spaces.
    static func indent(_ text: String) -> String {
        wrap("  ", text.replacing("\n", with: "\n  "))
    }
}
