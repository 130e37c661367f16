/// Type system definitions: schema, types, directives and descriptions.
extension GraphQLParser {
    /// Whether a description (a string or block string) comes next.
    @inline(__always)
    func peekDescription() -> Bool { peek(.string) || peek(.blockString) }

    /// Description : StringValue
    ///
    /// The test for a string is inlined: most definitions have no description.
    @inline(__always)
    mutating func parseDescription() throws(GraphQLError) -> Description? {
        guard peekDescription() else { return nil }
        return try parseDescriptionString()
    }

    /// Description : StringValue, at the string.
    @inline(never)
    mutating func parseDescriptionString() throws(GraphQLError) -> Description? {
        let start = token
        try advance()
        return Description(lexer.stringValue(of: start), block: start.kind == .blockString, loc: location(from: start))
    }

    /// SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    mutating func parseSchemaDefinition() throws(GraphQLError) -> SchemaDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        let operationTypes = try many(.braceL, .braceR) { (parser: inout GraphQLParser) throws(GraphQLError) in
            try parser.parseOperationTypeDefinition()
        }
        return SchemaDefinition(
            description: description, directives: directives, operationTypes: operationTypes, loc: location(from: start))
    }

    /// RootOperationTypeDefinition : OperationType : NamedType
    mutating func parseOperationTypeDefinition() throws(GraphQLError) -> OperationTypeDefinition {
        let start = token
        let operation = try parseOperationType()
        try expectToken(.colon)
        let type = try parseNamedType()
        return OperationTypeDefinition(operation: operation, type: type, loc: location(from: start))
    }

    /// ScalarTypeDefinition : Description? scalar Name Directives[Const]?
    mutating func parseScalarTypeDefinition() throws(GraphQLError) -> ScalarTypeDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        return ScalarTypeDefinition(description: description, name: name, directives: directives, loc: location(from: start))
    }

    /// ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    mutating func parseObjectTypeDefinition() throws(GraphQLError) -> ObjectTypeDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("type")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return ObjectTypeDefinition(
            description: description, name: name, interfaces: interfaces, directives: directives, fields: fields,
            loc: location(from: start))
    }

    /// ImplementsInterfaces : ImplementsInterfaces & NamedType | implements &? NamedType
    mutating func parseImplementsInterfaces() throws(GraphQLError) -> NodeList<NamedType> {
        guard try expectOptionalKeyword("implements") else { return NodeList() }
        return try parseNamedTypes(delimitedBy: .amp)
    }

    /// FieldsDefinition : { FieldDefinition+ }
    mutating func parseFieldsDefinition() throws(GraphQLError) -> NodeList<FieldDefinition> {
        guard try expectOptionalToken(.braceL) else { return NodeList() }
        let mark = fieldDefinitionStack.count
        repeat {
            let field = try parseFieldDefinition()
            fieldDefinitionStack.push(field)
        } while !(try expectOptionalToken(.braceR))
        return fieldDefinitionStack.popList(from: mark, depth: 0, spare: &spareBlockBytes)
    }

    /// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    @inline(__always)  // into its list's loop: see `parseSelectionSet`
    mutating func parseFieldDefinition() throws(GraphQLError) -> FieldDefinition {
        let start = token
        let description = try parseDescription()
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        try expectToken(.colon)
        let type = try parseTypeReference()
        let directives = try parseDirectives(isConst: true)
        return FieldDefinition(
            loc: location(from: start), description: description, name: name, arguments: arguments, type: type,
            directives: directives)
    }

    /// ArgumentsDefinition : ( InputValueDefinition+ )
    @inline(__always)
    mutating func parseArgumentDefinitions() throws(GraphQLError) -> NodeList<InputValueDefinition> {
        try parseInputValueDefinitions(.parenL, .parenR)
    }

    /// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    @inline(__always)  // into its list's loop: see `parseSelectionSet`
    mutating func parseInputValueDefinition() throws(GraphQLError) -> InputValueDefinition {
        let start = token
        let description = try parseDescription()
        let name = try parseName()
        try expectToken(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptionalToken(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return InputValueDefinition(
            loc: location(from: start), description: description, name: name, type: type, defaultValue: defaultValue,
            directives: directives)
    }

    /// InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    mutating func parseInterfaceTypeDefinition() throws(GraphQLError) -> InterfaceTypeDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("interface")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return InterfaceTypeDefinition(
            description: description, name: name, interfaces: interfaces, directives: directives, fields: fields,
            loc: location(from: start))
    }

    /// UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    mutating func parseUnionTypeDefinition() throws(GraphQLError) -> UnionTypeDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        return UnionTypeDefinition(
            description: description, name: name, directives: directives, types: types, loc: location(from: start))
    }

    /// UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType
    mutating func parseUnionMemberTypes() throws(GraphQLError) -> NodeList<NamedType> {
        guard try expectOptionalToken(.equals) else { return NodeList() }
        return try parseNamedTypes(delimitedBy: .pipe)
    }

    /// `delimiter`? NamedType (`delimiter` NamedType)*, the shape of interface and union member lists.
    mutating func parseNamedTypes(delimitedBy delimiter: TokenKind) throws(GraphQLError) -> NodeList<NamedType> {
        _ = try expectOptionalToken(delimiter)
        let mark = namedTypeStack.count
        repeat {
            let type = try parseNamedType()
            namedTypeStack.push(type)
        } while try expectOptionalToken(delimiter)
        return namedTypeStack.popList(from: mark, depth: 0, spare: &spareBlockBytes)
    }

    /// EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
    mutating func parseEnumTypeDefinition() throws(GraphQLError) -> EnumTypeDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        return EnumTypeDefinition(
            description: description, name: name, directives: directives, values: values, loc: location(from: start))
    }

    /// EnumValuesDefinition : { EnumValueDefinition+ }
    mutating func parseEnumValuesDefinition() throws(GraphQLError) -> NodeList<EnumValueDefinition> {
        guard try expectOptionalToken(.braceL) else { return NodeList() }
        let mark = enumValueStack.count
        repeat {
            let value = try parseEnumValueDefinition()
            enumValueStack.push(value)
        } while !(try expectOptionalToken(.braceR))
        return enumValueStack.popList(from: mark, depth: 0, spare: &spareBlockBytes)
    }

    /// EnumValueDefinition : Description? EnumValue Directives[Const]?
    @inline(__always)  // into its list's loop: see `parseSelectionSet`
    mutating func parseEnumValueDefinition() throws(GraphQLError) -> EnumValueDefinition {
        let start = token
        let description = try parseDescription()
        let name = try parseEnumValueName()
        let directives = try parseDirectives(isConst: true)
        return EnumValueDefinition(loc: location(from: start), description: description, name: name, directives: directives)
    }

    /// EnumValue : Name but not `true`, `false` or `null`
    mutating func parseEnumValueName() throws(GraphQLError) -> Name {
        if isKeyword("true") || isKeyword("false") || isKeyword("null") {
            throw lexer.syntaxError(
                "\(describe(token)) is reserved and cannot be used for an enum value.", at: token.start)
        }
        return try parseName()
    }

    /// InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
    mutating func parseInputObjectTypeDefinition() throws(GraphQLError) -> InputObjectTypeDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        return InputObjectTypeDefinition(
            description: description, name: name, directives: directives, fields: fields, loc: location(from: start))
    }

    /// InputFieldsDefinition : { InputValueDefinition+ }
    mutating func parseInputFieldsDefinition() throws(GraphQLError) -> NodeList<InputValueDefinition> {
        try parseInputValueDefinitions(.braceL, .braceR)
    }

    /// (`open` InputValueDefinition+ `close`)?, for arguments and input fields.
    ///
    /// The test for `open` is inlined: most fields have no arguments.
    @inline(__always)
    mutating func parseInputValueDefinitions(
        _ open: TokenKind, _ close: TokenKind
    ) throws(GraphQLError) -> NodeList<InputValueDefinition> {
        guard peek(open) else { return NodeList() }
        return try parseInputValueDefinitionList(open, close)
    }

    /// `open` InputValueDefinition+ `close`, at `open`.
    @inline(never)
    mutating func parseInputValueDefinitionList(
        _ open: TokenKind, _ close: TokenKind
    ) throws(GraphQLError) -> NodeList<InputValueDefinition> {
        try advance()
        let mark = inputValueStack.count
        repeat {
            let definition = try parseInputValueDefinition()
            inputValueStack.push(definition)
        } while !(try expectOptionalToken(close))
        return inputValueStack.popList(from: mark, depth: 0, spare: &spareBlockBytes)
    }

    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    mutating func parseDirectiveDefinition() throws(GraphQLError) -> DirectiveDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("directive")
        try expectToken(.at)
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        let repeatable = try expectOptionalKeyword("repeatable")
        try expectKeyword("on")
        let locations = try delimitedMany(.pipe) { (parser: inout GraphQLParser) throws(GraphQLError) in
            try parser.parseDirectiveLocation()
        }
        return DirectiveDefinition(
            description: description, name: name, arguments: arguments, repeatable: repeatable, locations: locations,
            loc: location(from: start))
    }

    /// DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation
    mutating func parseDirectiveLocation() throws(GraphQLError) -> Name {
        let start = token
        let name = try parseName()
        guard DirectiveLocation(rawValue: name.value) != nil else { throw unexpected(start) }
        return name
    }
}
