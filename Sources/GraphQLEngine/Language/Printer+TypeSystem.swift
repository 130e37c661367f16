/// Printing of type system definitions and extensions.
extension Printer {
    /// A description on its own line before what it describes.
    static func print(_ description: Description?) -> String {
        guard let description else { return "" }
        return (description.block ? BlockString.print(description.value) : printString(description.value)) + "\n"
    }

    /// Argument definitions: on one line, or one per line when any of them spans lines.
    static func printArguments(_ arguments: NodeList<InputValueDefinition>) -> String {
        let printed = arguments.map(print)
        if printed.contains(where: { $0.contains("\n") }) {
            return wrap("(\n", indent(join(printed, "\n")), "\n)")
        }
        return wrap("(", join(printed, ", "), ")")
    }

    static func printInterfaces(_ interfaces: NodeList<NamedType>) -> String {
        wrap("implements ", join(interfaces.map(\.name.value), " & "))
    }

    static func printMembers(_ types: NodeList<NamedType>) -> String {
        wrap("= ", join(types.map(\.name.value), " | "))
    }

    public static func print(_ node: SchemaDefinition) -> String {
        print(node.description) + join(["schema", print(node.directives), block(node.operationTypes.map(print))], " ")
    }

    static func print(_ node: OperationTypeDefinition) -> String {
        node.operation.rawValue + ": " + node.type.name.value
    }

    public static func print(_ node: ScalarTypeDefinition) -> String {
        print(node.description) + join(["scalar", node.name.value, print(node.directives)], " ")
    }

    public static func print(_ node: ObjectTypeDefinition) -> String {
        print(node.description)
            + join(
                [
                    "type", node.name.value, printInterfaces(node.interfaces), print(node.directives),
                    block(node.fields.map(print)),
                ], " ")
    }

    public static func print(_ node: FieldDefinition) -> String {
        print(node.description) + node.name.value + printArguments(node.arguments) + ": " + print(node.type)
            + wrap(" ", print(node.directives))
    }

    public static func print(_ node: InputValueDefinition) -> String {
        print(node.description)
            + join(
                [
                    node.name.value + ": " + print(node.type), wrap("= ", node.defaultValue.map(print) ?? ""),
                    print(node.directives),
                ], " ")
    }

    public static func print(_ node: InterfaceTypeDefinition) -> String {
        print(node.description)
            + join(
                [
                    "interface", node.name.value, printInterfaces(node.interfaces), print(node.directives),
                    block(node.fields.map(print)),
                ], " ")
    }

    public static func print(_ node: UnionTypeDefinition) -> String {
        print(node.description)
            + join(["union", node.name.value, print(node.directives), printMembers(node.types)], " ")
    }

    public static func print(_ node: EnumTypeDefinition) -> String {
        print(node.description)
            + join(["enum", node.name.value, print(node.directives), block(node.values.map(print))], " ")
    }

    public static func print(_ node: EnumValueDefinition) -> String {
        print(node.description) + join([node.name.value, print(node.directives)], " ")
    }

    public static func print(_ node: InputObjectTypeDefinition) -> String {
        print(node.description)
            + join(["input", node.name.value, print(node.directives), block(node.fields.map(print))], " ")
    }

    public static func print(_ node: DirectiveDefinition) -> String {
        print(node.description) + "directive @" + node.name.value + printArguments(node.arguments)
            + (node.repeatable ? " repeatable" : "") + " on " + join(node.locations.map(\.value), " | ")
    }

    public static func print(_ node: SchemaExtension) -> String {
        join(["extend schema", print(node.directives), block(node.operationTypes.map(print))], " ")
    }

    public static func print(_ node: ScalarTypeExtension) -> String {
        join(["extend scalar", node.name.value, print(node.directives)], " ")
    }

    public static func print(_ node: ObjectTypeExtension) -> String {
        join(
            [
                "extend type", node.name.value, printInterfaces(node.interfaces), print(node.directives),
                block(node.fields.map(print)),
            ], " ")
    }

    public static func print(_ node: InterfaceTypeExtension) -> String {
        join(
            [
                "extend interface", node.name.value, printInterfaces(node.interfaces), print(node.directives),
                block(node.fields.map(print)),
            ], " ")
    }

    public static func print(_ node: UnionTypeExtension) -> String {
        join(["extend union", node.name.value, print(node.directives), printMembers(node.types)], " ")
    }

    public static func print(_ node: EnumTypeExtension) -> String {
        join(["extend enum", node.name.value, print(node.directives), block(node.values.map(print))], " ")
    }

    public static func print(_ node: InputObjectTypeExtension) -> String {
        join(["extend input", node.name.value, print(node.directives), block(node.fields.map(print))], " ")
    }
}
