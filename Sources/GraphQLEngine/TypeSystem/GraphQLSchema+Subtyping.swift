/// Type relations that validation and schema checks ask about, as graphql-js `typeComparators`.
extension GraphQLSchema {
    /// True when a value of `maybeSubType` is always valid where `superType` is expected
    /// (graphql-js `isTypeSubTypeOf`): non-null fits nullable, objects fit their interfaces and unions.
    public func isTypeSubType(_ maybeSubType: GraphQLType, of superType: GraphQLType) -> Bool {
        if maybeSubType == superType { return true }
        switch (maybeSubType, superType) {
        case (.nonNull(let sub), .nonNull(let sup)): return isTypeSubType(sub, of: sup)
        case (_, .nonNull): return false
        case (.nonNull(let sub), _): return isTypeSubType(sub, of: superType)
        case (.list(let sub), .list(let sup)): return isTypeSubType(sub, of: sup)
        case (_, .list), (.list, _): return false
        case (.named(let sub), .named(let sup)):
            switch sub {
            case .object, .interface: return sup.isAbstractType && isSubType(abstract: sup, maybeSub: sub)
            default: return false
            }
        }
    }

    /// True when some object type could be both (graphql-js `doTypesOverlap`), as fragment spreads require.
    public func doTypesOverlap(_ typeA: GraphQLNamedType, _ typeB: GraphQLNamedType) -> Bool {
        if typeA == typeB { return true }
        if typeA.isAbstractType {
            if typeB.isAbstractType {
                return possibleTypes(of: typeA).contains { isSubType(abstract: typeB, maybeSub: .object($0)) }
            }
            return isSubType(abstract: typeA, maybeSub: typeB)
        }
        if typeB.isAbstractType { return isSubType(abstract: typeB, maybeSub: typeA) }
        return false
    }
}

extension GraphQLSchema {
    /// The schema type a type reference names (graphql-js `typeFromAST`); nil when a name is unknown.
    public func type(from reference: TypeReference) -> GraphQLType? {
        switch reference.shape {
        case .named(let named): return typeMap[named.name.value].map { .named($0) }
        case .list(let inner, _): return type(from: inner).map { .list($0) }
        case .nonNull(let inner, _): return type(from: inner).map { .nonNull($0) }
        }
    }
}
