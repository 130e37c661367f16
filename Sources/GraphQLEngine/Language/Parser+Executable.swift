/// Documents, operations, selections and fragments.
extension GraphQLParser {
    /// Document : Definition+
    mutating func parseDocument() throws(GraphQLError) -> Document {
        let start = token
        try expectToken(.sof)
        let mark = definitionStack.count
        repeat {
            let definition = try parseDefinition()
            definitionStack.push(definition)
        } while !(try expectOptionalToken(.eof))
        let definitions = definitionStack.pop(from: mark)
        return Document(definitions: definitions, loc: Location(start: start.start, end: lastEnd))
    }

    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    mutating func parseDefinition() throws(GraphQLError) -> Definition {
        if peek(.braceL) { return .operation(try parseOperationDefinition()) }
        let hasDescription = peekDescription()
        let keyword = hasDescription ? try lexer.lookahead() : token
        guard keyword.kind == .name else { throw unexpected(keyword) }
        // Compared as bytes: building the keyword's string and comparing it with each case cost more than the rest
        // of a short definition.
        if isName(keyword, "query") || isName(keyword, "mutation") || isName(keyword, "subscription") {
            if hasDescription { throw descriptionNotAllowed() }
            return .operation(try parseOperationDefinition())
        }
        if isName(keyword, "fragment") {
            if hasDescription { throw descriptionNotAllowed() }
            return .fragment(try parseFragmentDefinition())
        }
        if isName(keyword, "type") { return .object(try parseObjectTypeDefinition()) }
        if isName(keyword, "input") { return .inputObject(try parseInputObjectTypeDefinition()) }
        if isName(keyword, "enum") { return .enumType(try parseEnumTypeDefinition()) }
        if isName(keyword, "scalar") { return .scalar(try parseScalarTypeDefinition()) }
        if isName(keyword, "interface") { return .interface(try parseInterfaceTypeDefinition()) }
        if isName(keyword, "union") { return .union(try parseUnionTypeDefinition()) }
        if isName(keyword, "schema") { return .schema(try parseSchemaDefinition()) }
        if isName(keyword, "directive") { return .directive(try parseDirectiveDefinition()) }
        if isName(keyword, "extend") {
            if hasDescription { throw descriptionNotAllowed() }
            return try parseTypeSystemExtension()
        }
        if hasDescription { throw descriptionNotAllowed() }
        throw unexpected(keyword)
    }

    @inline(never)
    func descriptionNotAllowed() -> GraphQLError {
        lexer.syntaxError("Unexpected description, descriptions are supported only on type definitions.", at: token.start)
    }

    /// OperationDefinition : OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    mutating func parseOperationDefinition() throws(GraphQLError) -> OperationDefinition {
        let start = token
        if peek(.braceL) {
            let selectionSet = try parseSelectionSet()
            return OperationDefinition(
                loc: location(from: start), operation: .query, name: nil, variableDefinitions: NodeList(), directives: NodeList(),
                selectionSet: selectionSet)
        }
        let operation = try parseOperationType()
        let name = peek(.name) ? try parseName() : nil
        let variableDefinitions = try parseVariableDefinitions()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return OperationDefinition(
            loc: location(from: start), operation: operation, name: name, variableDefinitions: variableDefinitions,
            directives: directives, selectionSet: selectionSet)
    }

    /// OperationType : one of `query` `mutation` `subscription`
    mutating func parseOperationType() throws(GraphQLError) -> OperationType {
        let operationToken = try expectToken(.name)
        // Compared as bytes, as `parseDefinition` does: building the string cost more than the rest of the rule.
        if isName(operationToken, "query") { return .query }
        if isName(operationToken, "mutation") { return .mutation }
        if isName(operationToken, "subscription") { return .subscription }
        throw unexpected(operationToken)
    }

    /// VariablesDefinition : ( VariableDefinition+ )
    mutating func parseVariableDefinitions() throws(GraphQLError) -> NodeList<VariableDefinition> {
        guard try expectOptionalToken(.parenL) else { return NodeList() }
        let mark = variableDefinitionStack.count
        repeat {
            let definition = try parseVariableDefinition()
            variableDefinitionStack.push(definition)
        } while !(try expectOptionalToken(.parenR))
        return variableDefinitionStack.popList(from: mark, depth: 0, spare: &spareBlockBytes)
    }

    /// VariableDefinition : Variable : Type DefaultValue? Directives[Const]?
    @inline(__always)  // into its list's loop: see `parseSelectionSet`
    mutating func parseVariableDefinition() throws(GraphQLError) -> VariableDefinition {
        let start = token
        let variable = try parseVariable()
        try expectToken(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptionalToken(.equals) ? try parseValueLiteral(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return VariableDefinition(
            loc: location(from: start), variable: variable, type: type, defaultValue: defaultValue, directives: directives)
    }

    /// Variable : $ Name
    mutating func parseVariable() throws(GraphQLError) -> Variable {
        let start = token
        try expectToken(.dollar)
        let name = try parseName()
        return Variable(name: name, loc: location(from: start))
    }

    /// SelectionSet : { Selection+ }
    ///
    /// Not inlined, and its fields inlined into it: a field returned from a call was read back from memory in wider
    /// loads than the callee's stores, which the processor cannot forward (a stall per field).
    @inline(never)
    mutating func parseSelectionSet() throws(GraphQLError) -> SelectionSet {
        let start = token
        try expectToken(.braceL)
        try enterNesting()
        let mark = selectionStack.count
        repeat {
            let selection = try parseSelection()
            selectionStack.push(selection)
        } while !(try expectOptionalToken(.braceR))
        let selections = selectionStack.popList(from: mark, depth: depth, spare: &spareBlockBytes)
        leaveNesting()
        return SelectionSet(selections: selections, loc: location(from: start))
    }

    /// Selection : Field | FragmentSpread | InlineFragment
    @inline(__always)
    mutating func parseSelection() throws(GraphQLError) -> Selection {
        peek(.spread) ? try parseFragment() : try parseFieldSelection()
    }

    /// Field : Alias? Name Arguments? Directives? SelectionSet?
    @inline(__always)
    mutating func parseFieldSelection() throws(GraphQLError) -> Selection {
        let start = token
        let nameOrAlias = try parseName()
        let alias: Name?
        let name: Name
        if try expectOptionalToken(.colon) {
            alias = nameOrAlias
            name = try parseName()
        } else {
            alias = nil
            name = nameOrAlias
        }
        let arguments = try parseArguments(isConst: false)
        let directives = try parseDirectives(isConst: false)
        let selectionSet = peek(.braceL) ? try parseSelectionSet() : nil
        return .field(
            Field(
                loc: location(from: start), alias: alias, name: name, arguments: arguments, directives: directives,
                selectionSet: selectionSet))
    }

    /// Arguments[Const] : ( Argument[?Const]+ )
    ///
    /// The test for `(` is inlined: most fields have no arguments, and a call to learn that cost more than the test.
    @inline(__always)
    mutating func parseArguments(isConst: Bool) throws(GraphQLError) -> NodeList<Argument> {
        guard peek(.parenL) else { return NodeList() }
        return try parseArgumentList(isConst: isConst)
    }

    /// ( Argument[?Const]+ ), at the `(`.
    @inline(never)
    mutating func parseArgumentList(isConst: Bool) throws(GraphQLError) -> NodeList<Argument> {
        try advance()
        let mark = argumentStack.count
        repeat {
            let argument = try parseArgument(isConst: isConst)
            argumentStack.push(argument)
        } while !(try expectOptionalToken(.parenR))
        return argumentStack.popList(from: mark, depth: 0, spare: &spareBlockBytes)
    }

    /// Argument[Const] : Name : Value[?Const]
    @inline(__always)  // into its list's loop: see `parseSelectionSet`
    mutating func parseArgument(isConst: Bool) throws(GraphQLError) -> Argument {
        let start = token
        let name = try parseName()
        try expectToken(.colon)
        let value = try parseValueLiteral(isConst: isConst)
        return Argument(name: name, value: value, loc: location(from: start))
    }

    /// FragmentSpread : ... FragmentName Directives?
    ///
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    mutating func parseFragment() throws(GraphQLError) -> Selection {
        let start = token
        try expectToken(.spread)
        let hasTypeCondition = try expectOptionalKeyword("on")
        if !hasTypeCondition && peek(.name) {
            let name = try parseFragmentName()
            let directives = try parseDirectives(isConst: false)
            return .fragmentSpread(FragmentSpread(name: name, directives: directives, loc: location(from: start)))
        }
        let typeCondition = hasTypeCondition ? try parseNamedType() : nil
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return .inlineFragment(
            InlineFragment(
                loc: location(from: start), typeCondition: typeCondition, directives: directives, selectionSet: selectionSet))
    }

    /// FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet
    ///
    /// Fragment variables are not part of the specification: `fragment F($v: Int)` fails at `(`.
    mutating func parseFragmentDefinition() throws(GraphQLError) -> FragmentDefinition {
        let start = token
        try expectKeyword("fragment")
        let name = try parseFragmentName()
        try expectKeyword("on")
        let typeCondition = try parseNamedType()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return FragmentDefinition(
            name: name, typeCondition: typeCondition, directives: directives, selectionSet: selectionSet,
            loc: location(from: start))
    }

    /// FragmentName : Name but not `on`
    mutating func parseFragmentName() throws(GraphQLError) -> Name {
        if isKeyword("on") { throw unexpected() }
        return try parseName()
    }

    /// Name :: NameStart NameContinue*
    @inline(__always)
    mutating func parseName() throws(GraphQLError) -> Name {
        let nameToken = try expectToken(.name)
        return Name(text(of: nameToken), loc: Location(start: nameToken.start, end: nameToken.end))
    }

    /// Directives[Const] : Directive[?Const]+
    ///
    /// The test for `@` is inlined, as for arguments: most nodes have no directives.
    @inline(__always)
    mutating func parseDirectives(isConst: Bool) throws(GraphQLError) -> NodeList<Directive> {
        guard peek(.at) else { return NodeList() }
        return try parseDirectiveList(isConst: isConst)
    }

    /// Directive[?Const]+, at the first `@`.
    @inline(never)
    mutating func parseDirectiveList(isConst: Bool) throws(GraphQLError) -> NodeList<Directive> {
        let mark = directiveStack.count
        repeat {
            let directive = try parseDirective(isConst: isConst)
            directiveStack.push(directive)
        } while peek(.at)
        return directiveStack.popList(from: mark, depth: 0, spare: &spareBlockBytes)
    }

    /// Directive[Const] : @ Name Arguments[?Const]?
    mutating func parseDirective(isConst: Bool) throws(GraphQLError) -> Directive {
        let start = token
        try expectToken(.at)
        let name = try parseName()
        let arguments = try parseArguments(isConst: isConst)
        return Directive(name: name, arguments: arguments, loc: location(from: start))
    }
}
