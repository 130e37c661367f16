/// Value literals and type references.
extension GraphQLParser {
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    /// | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    mutating func parseValueLiteral(isConst: Bool) throws(GraphQLError) -> Value {
        let start = token
        switch start.kind {
        case .bracketL: return try parseList(isConst: isConst)
        case .braceL: return try parseObject(isConst: isConst)
        case .int:
            try advance()
            return .int(text(of: start), location(from: start))
        case .float:
            try advance()
            return .float(text(of: start), location(from: start))
        case .string, .blockString:
            try advance()
            return .string(lexer.stringValue(of: start), block: start.kind == .blockString, location(from: start))
        case .name:
            try advance()
            if isName(start, "true") { return .boolean(true, location(from: start)) }
            if isName(start, "false") { return .boolean(false, location(from: start)) }
            if isName(start, "null") { return .null(location(from: start)) }
            return .enumValue(text(of: start), location(from: start))
        case .dollar:
            if isConst {
                try advance()
                if peek(.name) {
                    throw lexer.syntaxError(
                        "Unexpected variable \"$\(lexer.value(of: token))\" in constant value.", at: start.start)
                }
                throw unexpected(start)
            }
            return .variable(try parseVariable())
        default:
            throw unexpected()
        }
    }

    /// Whether a name token spells `word`, compared without building a string.
    @inline(__always)
    func isName(_ nameToken: Token, _ word: StaticString) -> Bool {
        guard nameToken.end - nameToken.start == word.utf8CodeUnitCount else { return false }
        let start = word.utf8Start
        for offset in 0..<word.utf8CodeUnitCount where lexer.bytes[nameToken.start + offset] != start[offset] {
            return false
        }
        return true
    }

    /// ListValue[Const] : [ ] | [ Value[?Const]+ ]
    mutating func parseList(isConst: Bool) throws(GraphQLError) -> Value {
        let start = token
        try expectToken(.bracketL)
        try enterNesting()
        let mark = valueStack.count
        while !(try expectOptionalToken(.bracketR)) {
            let value = try parseValueLiteral(isConst: isConst)
            valueStack.push(value)
        }
        let values = valueStack.popList(from: mark, depth: depth, spare: &spareBlockBytes)
        leaveNesting()
        return .list(values, location(from: start))
    }

    /// ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    mutating func parseObject(isConst: Bool) throws(GraphQLError) -> Value {
        let start = token
        try expectToken(.braceL)
        try enterNesting()
        let mark = objectFieldStack.count
        while !(try expectOptionalToken(.braceR)) {
            let field = try parseObjectField(isConst: isConst)
            objectFieldStack.push(field)
        }
        let fields = objectFieldStack.popList(from: mark, depth: depth, spare: &spareBlockBytes)
        leaveNesting()
        return .object(fields, location(from: start))
    }

    /// ObjectField[Const] : Name : Value[?Const]
    @inline(__always)  // into its list's loop: see `parseSelectionSet`
    mutating func parseObjectField(isConst: Bool) throws(GraphQLError) -> ObjectField {
        let start = token
        let name = try parseName()
        try expectToken(.colon)
        let value = try parseValueLiteral(isConst: isConst)
        return ObjectField(name: name, value: value, loc: location(from: start))
    }

    /// Type : NamedType | ListType | NonNullType
    ///
    /// ListType : [ Type ]; NonNullType : NamedType ! | ListType !
    mutating func parseTypeReference() throws(GraphQLError) -> TypeReference {
        let start = token
        var type: TypeReference
        if try expectOptionalToken(.bracketL) {
            try enterNesting()
            type = try parseTypeReference()
            try expectToken(.bracketR)
            leaveNesting()
            type.wrap(isList: true, loc: location(from: start))
        } else {
            type = TypeReference(try parseNamedType())
        }
        if try expectOptionalToken(.bang) {
            type.wrap(isList: false, loc: location(from: start))
        }
        return type
    }

    /// NamedType : Name
    mutating func parseNamedType() throws(GraphQLError) -> NamedType {
        let start = token
        let name = try parseName()
        return NamedType(name: name, loc: location(from: start))
    }
}
