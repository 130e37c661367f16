import Foundation

/// The five scalars the specification defines, with graphql-js's coercions and error messages.
extension GraphQLScalarType {
    static let maxInt = 2_147_483_647
    static let minInt = -2_147_483_648

    /// `Int`: a 32-bit signed integer.
    public static let int = GraphQLScalarType(
        name: "Int",
        description:
            "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        coercion: ScalarCoercion(
            serialize: { value throws(GraphQLError) in
                var number = value
                switch value {
                case .bool(let flag): return .int(flag ? 1 : 0)
                case .string(let text) where !text.isEmpty: number = javaScriptNumber(text)
                default: break
                }
                guard let integer = exactInteger(number) else {
                    throw GraphQLError("Int cannot represent non-integer value: \(inspect(value))")
                }
                guard let int32 = integer, int32 >= minInt, int32 <= maxInt else {
                    throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(inspect(value))")
                }
                return .int(int32)
            },
            parseValue: { value throws(GraphQLError) in
                guard let integer = exactInteger(value) else {
                    throw GraphQLError("Int cannot represent non-integer value: \(inspect(value))")
                }
                guard let int32 = integer, int32 >= minInt, int32 <= maxInt else {
                    throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(inspect(value))")
                }
                return .int(int32)
            },
            parseLiteral: { literal throws(GraphQLError) in
                guard case .int(let text, _) = literal else {
                    throw GraphQLError("Int cannot represent non-integer value: \(Printer.print(literal))")
                }
                guard let integer = Int(text), integer >= minInt, integer <= maxInt else {
                    throw GraphQLError("Int cannot represent non 32-bit signed integer value: \(text)")
                }
                return .int(integer)
            }
        )
    )

    /// `Float`: a finite double.
    public static let float = GraphQLScalarType(
        name: "Float",
        description:
            "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        coercion: ScalarCoercion(
            serialize: { value throws(GraphQLError) in
                var number = value
                switch value {
                case .bool(let flag): return .double(flag ? 1 : 0)
                case .string(let text) where !text.isEmpty: number = javaScriptNumber(text)
                default: break
                }
                guard let double = finiteNumber(number) else {
                    throw GraphQLError("Float cannot represent non numeric value: \(inspect(value))")
                }
                return .double(double)
            },
            parseValue: { value throws(GraphQLError) in
                guard let double = finiteNumber(value) else {
                    throw GraphQLError("Float cannot represent non numeric value: \(inspect(value))")
                }
                return .double(double)
            },
            parseLiteral: { literal throws(GraphQLError) in
                switch literal {
                case .int(let text, _), .float(let text, _):
                    if let double = Double(text), double.isFinite { return .double(double) }
                    throw GraphQLError("Float cannot represent non numeric value: \(text)")
                default:
                    throw GraphQLError("Float cannot represent non numeric value: \(Printer.print(literal))")
                }
            }
        )
    )

    /// `String`: UTF-8 text.
    public static let string = GraphQLScalarType(
        name: "String",
        description:
            "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        coercion: ScalarCoercion(
            serialize: { value throws(GraphQLError) in
                switch value {
                case .string: return value
                case .bool(let flag): return .string(flag ? "true" : "false")
                case .int(let integer): return .string(String(integer))
                case .double(let double) where double.isFinite: return .string(javaScriptNumberText(double))
                default: throw GraphQLError("String cannot represent value: \(inspect(value))")
                }
            },
            parseValue: { value throws(GraphQLError) in
                guard case .string = value else {
                    throw GraphQLError("String cannot represent a non string value: \(inspect(value))")
                }
                return value
            },
            parseLiteral: { literal throws(GraphQLError) in
                guard case .string(let text, _, _) = literal else {
                    throw GraphQLError("String cannot represent a non string value: \(Printer.print(literal))")
                }
                return .string(text)
            }
        )
    )

    /// `Boolean`: true or false.
    public static let boolean = GraphQLScalarType(
        name: "Boolean",
        description: "The `Boolean` scalar type represents `true` or `false`.",
        coercion: ScalarCoercion(
            serialize: { value throws(GraphQLError) in
                switch value {
                case .bool: return value
                case .int(let integer): return .bool(integer != 0)
                case .double(let double) where double.isFinite: return .bool(double != 0)
                default: throw GraphQLError("Boolean cannot represent a non boolean value: \(inspect(value))")
                }
            },
            parseValue: { value throws(GraphQLError) in
                guard case .bool = value else {
                    throw GraphQLError("Boolean cannot represent a non boolean value: \(inspect(value))")
                }
                return value
            },
            parseLiteral: { literal throws(GraphQLError) in
                guard case .boolean(let flag, _) = literal else {
                    throw GraphQLError("Boolean cannot represent a non boolean value: \(Printer.print(literal))")
                }
                return .bool(flag)
            }
        )
    )

    /// `ID`: an opaque identifier, a string in responses; accepts strings and integers as input.
    public static let id = GraphQLScalarType(
        name: "ID",
        description:
            "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        coercion: ScalarCoercion(
            serialize: { value throws(GraphQLError) in
                if case .string = value { return value }
                if let integer = exactInteger(value), let integer {
                    return .string(String(integer))
                }
                throw GraphQLError("ID cannot represent value: \(inspect(value))")
            },
            parseValue: { value throws(GraphQLError) in
                if case .string = value { return value }
                if let integer = exactInteger(value), let integer {
                    return .string(String(integer))
                }
                throw GraphQLError("ID cannot represent value: \(inspect(value))")
            },
            parseLiteral: { literal throws(GraphQLError) in
                switch literal {
                case .string(let text, _, _), .int(let text, _): return .string(text)
                default:
                    throw GraphQLError(
                        "ID cannot represent a non-string and non-integer value: \(Printer.print(literal))")
                }
            }
        )
    )

    /// String, Int, Float, Boolean, ID: graphql-js's order.
    public static let specifiedScalars: [GraphQLScalarType] = [string, int, float, boolean, id]
}

/// The integer a JSON number represents: nil when not an integral number,
/// `.some(nil)` when integral but beyond `Int` (still "non 32-bit").
private func exactInteger(_ value: JSONValue) -> Int?? {
    switch value {
    case .int(let integer): return .some(integer)
    case .double(let double):
        guard double.isFinite, double.rounded() == double else { return nil }
        if let integer = Int(exactly: double) { return .some(integer) }
        return .some(nil)
    default: return nil
    }
}

private func finiteNumber(_ value: JSONValue) -> Double? {
    switch value {
    case .int(let integer): return Double(integer)
    case .double(let double) where double.isFinite: return double
    default: return nil
    }
}

/// `Number(text)` of JavaScript for the decimal forms: surrounding whitespace ignored, NaN as `.null`.
private func javaScriptNumber(_ text: String) -> JSONValue {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { return .int(0) }
    if let integer = Int(trimmed) { return .int(integer) }
    if let double = Double(trimmed) { return .double(double) }
    return .string(text)
}
