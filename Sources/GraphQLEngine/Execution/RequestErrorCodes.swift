/// The `extensions.code` the engine gives errors that stop or reject part of a request, so clients can tell them
/// apart without parsing messages. The names are Apollo Server's, which GraphQL clients already switch on;
/// graphql-js sets no code, and the messages stay graphql-js's word for word.
public enum RequestErrorCode {
    /// The document does not parse.
    public static let parseFailed = "GRAPHQL_PARSE_FAILED"
    /// The document parses but breaks a validation rule.
    public static let validationFailed = "GRAPHQL_VALIDATION_FAILED"
    /// No operation fits `operationName`, or the schema has no root type for it.
    public static let operationResolutionFailure = "OPERATION_RESOLUTION_FAILURE"
    /// A variable or an argument value does not fit its type.
    public static let badUserInput = "BAD_USER_INPUT"
}

extension GraphQLError {
    /// The error with `extensions.code` set to `code`, unless it already has one.
    func coded(_ code: String) -> GraphQLError {
        guard self.code == nil else { return self }
        var copy = self
        copy.code = code
        return copy
    }
}
