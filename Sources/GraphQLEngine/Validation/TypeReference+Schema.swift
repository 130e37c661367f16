/// Resolution of the type references a document writes (`[Int!]`) to the schema's types.
extension GraphQLSchema {
    /// The schema type a reference names, as graphql-js `typeFromAST`; nil when its named type is unknown.
    func resolve(_ reference: TypeReference) -> GraphQLType? {
        switch reference {
        case .named(let named):
            return typeMap[named.name.value].map(GraphQLType.named)
        case .list(let inner, _):
            return resolve(inner).map(GraphQLType.list)
        case .nonNull(let inner, _):
            return resolve(inner).map(GraphQLType.nonNull)
        }
    }
}
