/// Limits that protect the parser from hostile documents.
public struct ParseOptions: Sendable {
    /// The most significant tokens a document may hold; past it parsing stops with a syntax error.
    public var maxTokens: Int
    /// The deepest nesting of selection sets, list and object values and list types.
    public var maxDepth: Int

    public init(maxTokens: Int = 100_000, maxDepth: Int = 256) {
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
    }
}

/// Parses GraphQL text into the syntax tree, by recursive descent over the lexer's tokens.
///
/// ```swift
/// let document = try Parser.parse("query Dashboard { viewer { name } }")
/// let value = try Parser.parseValue("{field: ORDER_DATE, direction: DESC}")
/// ```
public enum Parser {
    /// Parses a whole document.
    public static func parse(_ source: Source, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> Document {
        try run(source, options) { (parser: inout GraphQLParser) throws(GraphQLError) in try parser.parseDocument() }
    }

    /// Parses a whole document from its text, read in place: no copy into a `Source` unless there is an error.
    public static func parse(_ text: String, options: ParseOptions = ParseOptions()) throws(GraphQLError) -> Document {
        var text = text
        let outcome = text.withUTF8 { buffer in
            result(buffer, options) { (parser: inout GraphQLParser) throws(GraphQLError) in try parser.parseDocument() }
        }
        return try outcome.get()
    }

    /// Parses one value literal, which may hold variables.
    public static func parseValue(_ text: String) throws(GraphQLError) -> Value {
        try run(Source(text), ParseOptions()) { (parser: inout GraphQLParser) throws(GraphQLError) in
            try parser.parseWhole { (parser: inout GraphQLParser) throws(GraphQLError) in try parser.parseValueLiteral(isConst: false) }
        }
    }

    /// Parses one constant value literal: no variables.
    public static func parseConstValue(_ text: String) throws(GraphQLError) -> Value {
        try run(Source(text), ParseOptions()) { (parser: inout GraphQLParser) throws(GraphQLError) in
            try parser.parseWhole { (parser: inout GraphQLParser) throws(GraphQLError) in try parser.parseValueLiteral(isConst: true) }
        }
    }

    /// Parses one type reference such as `[String!]!`.
    public static func parseType(_ text: String) throws(GraphQLError) -> TypeReference {
        try run(Source(text), ParseOptions()) { (parser: inout GraphQLParser) throws(GraphQLError) in
            try parser.parseWhole { (parser: inout GraphQLParser) throws(GraphQLError) in try parser.parseTypeReference() }
        }
    }

    /// Runs `body` with a parser over the source's bytes, borrowed for the duration.
    private static func run<Result>(
        _ source: Source, _ options: ParseOptions, _ body: (inout GraphQLParser) throws(GraphQLError) -> Result
    ) throws(GraphQLError) -> Result {
        try source.bytes.withUnsafeBufferPointer { buffer in result(buffer, options, body) }.get()
    }

    /// Runs `body` with a parser over `bytes`, which must outlive the call.
    private static func result<Result>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ options: ParseOptions,
        _ body: (inout GraphQLParser) throws(GraphQLError) -> Result
    ) -> Swift.Result<Result, GraphQLError> {
        var parser = GraphQLParser(lexer: Lexer(bytes: bytes), options: options)
        defer { parser.releaseScratch() }
        do throws(GraphQLError) {
            return .success(try body(&parser))
        } catch {
            return .failure(error)
        }
    }
}

/// The parser's state: the lexer, the current token and the limits' counters.
///
/// Grammar productions live in extensions, one `parseX()` per rule.
struct GraphQLParser {
    var lexer: Lexer
    /// The current token, not yet consumed; `<SOF>` before the first `advance()`.
    var token: Token
    /// End offset of the last consumed token: the end of the node being built.
    var lastEnd = 0
    /// How many more tokens the document may hold before it passes `maxTokens`.
    var tokensLeft: Int
    var depth = 0
    /// How many bytes the document's list blocks may hold beyond their lists (see `ScratchStack.newBlock`): eight
    /// times the document's size and 4 KiB, so a document cached by the server pins at most that much slack.
    var spareBlockBytes: Int
    let maxTokens: Int
    let maxDepth: Int
    // One scratch stack per list element type that documents hold many of; see `ScratchStack`.
    var definitionStack = ScratchStack<Definition>()
    var selectionStack = ScratchStack<Selection>()
    var argumentStack = ScratchStack<Argument>()
    var directiveStack = ScratchStack<Directive>()
    var valueStack = ScratchStack<Value>()
    var objectFieldStack = ScratchStack<ObjectField>()
    var variableDefinitionStack = ScratchStack<VariableDefinition>()
    var fieldDefinitionStack = ScratchStack<FieldDefinition>()
    var inputValueStack = ScratchStack<InputValueDefinition>()
    var enumValueStack = ScratchStack<EnumValueDefinition>()
    var namedTypeStack = ScratchStack<NamedType>()
    var names = NameTable()

    init(lexer: Lexer, options: ParseOptions) {
        self.lexer = lexer
        self.token = Token(.sof, 0, 0)
        self.maxTokens = options.maxTokens
        self.tokensLeft = options.maxTokens
        self.maxDepth = options.maxDepth
        self.spareBlockBytes = 4096 &+ lexer.bytes.count &* 8
        if let scratch = ParserScratch.take() {
            definitionStack = scratch.definitionStack
            selectionStack = scratch.selectionStack
            argumentStack = scratch.argumentStack
            directiveStack = scratch.directiveStack
            valueStack = scratch.valueStack
            objectFieldStack = scratch.objectFieldStack
            variableDefinitionStack = scratch.variableDefinitionStack
            fieldDefinitionStack = scratch.fieldDefinitionStack
            inputValueStack = scratch.inputValueStack
            enumValueStack = scratch.enumValueStack
            namedTypeStack = scratch.namedTypeStack
            names = scratch.names
            names.fit(byteCount: lexer.bytes.count)
        }
    }

    /// Empties the scratch stacks, destroying what a syntax error left on them, and gives their memory back to
    /// `ParserScratch` for the next parse (or frees it). The parser must not parse afterwards.
    mutating func releaseScratch() {
        definitionStack.empty()
        selectionStack.empty()
        argumentStack.empty()
        directiveStack.empty()
        valueStack.empty()
        objectFieldStack.empty()
        variableDefinitionStack.empty()
        fieldDefinitionStack.empty()
        inputValueStack.empty()
        enumValueStack.empty()
        namedTypeStack.empty()
        names.empty()
        ParserScratch.give(
            ParserScratch(
                definitionStack: definitionStack, selectionStack: selectionStack, argumentStack: argumentStack,
                directiveStack: directiveStack, valueStack: valueStack, objectFieldStack: objectFieldStack,
                variableDefinitionStack: variableDefinitionStack, fieldDefinitionStack: fieldDefinitionStack,
                inputValueStack: inputValueStack, enumValueStack: enumValueStack, namedTypeStack: namedTypeStack,
                names: names))
    }

    /// The text of a name, int or float token, built once per distinct text in the document (see `NameTable`).
    @inline(__always)
    mutating func text(of token: Token) -> String {
        names.string(lexer.bytes, token.start, token.end)
    }

    /// Parses the entire input with `body`, which must consume every token.
    mutating func parseWhole<Result>(_ body: (inout GraphQLParser) throws(GraphQLError) -> Result) throws(GraphQLError) -> Result {
        try expectToken(.sof)
        let result = try body(&self)
        try expectToken(.eof)
        return result
    }

    // MARK: - Tokens

    /// Consumes the current token and reads the next, counting it against `maxTokens`.
    @inline(__always)
    mutating func advance() throws(GraphQLError) {
        lastEnd = token.end
        token = try lexer.next()
        // One decrement and test per token; whether the token is `<EOF>`, which does not count, is asked only once
        // the budget is spent.
        tokensLeft &-= 1
        if tokensLeft < 0 { try tokenBudgetSpent() }
    }

    /// Fails with too many tokens, unless the token that went past the budget is `<EOF>`.
    @inline(never)
    mutating func tokenBudgetSpent() throws(GraphQLError) {
        guard token.kind == .eof else { throw tooManyTokens() }
        tokensLeft &+= 1
    }

    @inline(never)
    func tooManyTokens() -> GraphQLError {
        lexer.syntaxError("Document contains more than \(maxTokens) tokens. Parsing aborted.", at: token.start)
    }

    /// Whether the current token is of `kind`.
    @inline(__always)
    func peek(_ kind: TokenKind) -> Bool { token.kind == kind }

    /// Consumes a token of `kind` and returns it, or fails with `Expected X, found Y.`.
    @discardableResult
    @inline(__always)
    mutating func expectToken(_ kind: TokenKind) throws(GraphQLError) -> Token {
        let current = token
        guard current.kind == kind else { throw expected(kind) }
        try advance()
        return current
    }

    /// `Expected X, found Y.` at the current token; kept out of line so the happy path stays small.
    @inline(never)
    func expected(_ kind: TokenKind) -> GraphQLError {
        lexer.syntaxError("Expected \(kind.description), found \(describe(token)).", at: token.start)
    }

    /// Consumes a token of `kind` if it is next.
    @inline(__always)
    mutating func expectOptionalToken(_ kind: TokenKind) throws(GraphQLError) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    /// Consumes the name `keyword`, or fails with `Expected "keyword", found Y.`.
    mutating func expectKeyword(_ keyword: StaticString) throws(GraphQLError) {
        guard isKeyword(keyword) else {
            throw lexer.syntaxError("Expected \"\(keyword)\", found \(describe(token)).", at: token.start)
        }
        try advance()
    }

    /// Consumes the name `keyword` if it is next.
    mutating func expectOptionalKeyword(_ keyword: StaticString) throws(GraphQLError) -> Bool {
        guard isKeyword(keyword) else { return false }
        try advance()
        return true
    }

    /// Whether the current token is the name `keyword`, compared byte for byte without building a string.
    ///
    /// Inlined: a call to a non-mutating method from a mutating one passes a copy of the whole parser (344 bytes).
    @inline(__always)
    func isKeyword(_ keyword: StaticString) -> Bool {
        guard token.kind == .name, token.end - token.start == keyword.utf8CodeUnitCount else { return false }
        let start = keyword.utf8Start
        for offset in 0..<keyword.utf8CodeUnitCount where lexer.bytes[token.start + offset] != start[offset] {
            return false
        }
        return true
    }

    /// `Unexpected X.` at a token, the current one by default.
    func unexpected(_ at: Token? = nil) -> GraphQLError {
        let culprit = at ?? token
        return lexer.syntaxError("Unexpected \(describe(culprit)).", at: culprit.start)
    }

    /// A token as graphql-js describes it: its kind, then its value in quotes when it has one.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .name, .int, .float: return "\(token.kind.description) \"\(lexer.value(of: token))\""
        case .string, .blockString: return "\(token.kind.description) \"\(lexer.stringValue(of: token))\""
        default: return token.kind.description
        }
    }

    /// The location of a node that began with `start` and ends with the last consumed token.
    @inline(__always)
    func location(from start: Token) -> Location {
        Location(start: start.start, end: lastEnd)
    }

    // MARK: - Nesting

    /// Enters one level of nesting, failing past `maxDepth` so hostile input never exhausts the stack.
    @inline(__always)
    mutating func enterNesting() throws(GraphQLError) {
        depth += 1
        if depth > maxDepth {
            throw lexer.syntaxError("Document nesting is deeper than \(maxDepth) levels. Parsing aborted.", at: token.start)
        }
    }

    @inline(__always)
    mutating func leaveNesting() { depth -= 1 }

    // MARK: - Lists

    /// `open` item+ `close`: at least one item.
    mutating func many<Item: Sendable>(
        _ open: TokenKind, _ close: TokenKind, _ item: (inout GraphQLParser) throws(GraphQLError) -> Item
    ) throws(GraphQLError) -> NodeList<Item> {
        try expectToken(open)
        var items = NodeList<Item>()
        repeat {
            items.append(try item(&self))
        } while !(try expectOptionalToken(close))
        return items
    }

    /// (`open` item+ `close`)?: nothing when `open` is absent, else at least one item.
    mutating func optionalMany<Item: Sendable>(
        _ open: TokenKind, _ close: TokenKind, _ item: (inout GraphQLParser) throws(GraphQLError) -> Item
    ) throws(GraphQLError) -> NodeList<Item> {
        guard peek(open) else { return NodeList() }
        return try many(open, close, item)
    }

    /// `delimiter`? item (`delimiter` item)*: a leading delimiter is allowed.
    mutating func delimitedMany<Item: Sendable>(
        _ delimiter: TokenKind, _ item: (inout GraphQLParser) throws(GraphQLError) -> Item
    ) throws(GraphQLError) -> NodeList<Item> {
        _ = try expectOptionalToken(delimiter)
        var items = NodeList<Item>()
        repeat {
            items.append(try item(&self))
        } while try expectOptionalToken(delimiter)
        return items
    }
}
