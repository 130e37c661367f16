/// `__Schema`: the schema as introspection shows it.
struct IntrospectedSchema: GraphQLObjectValue {
    let schema: GraphQLSchema
}

/// `__Type`: a named type or a list or non-null wrapper, with the schema for possible types.
struct IntrospectedType: GraphQLObjectValue {
    let type: GraphQLType
    let schema: GraphQLSchema

    init(_ type: GraphQLType, schema: GraphQLSchema) {
        self.type = type
        self.schema = schema
    }

    var named: GraphQLNamedType? {
        if case .named(let named) = type { return named }
        return nil
    }
}

extension GraphQLField: GraphQLObjectValue {}
extension GraphQLInputValue: GraphQLObjectValue {}
extension GraphQLEnumValue: GraphQLObjectValue {}
extension GraphQLDirective: GraphQLObjectValue {}
extension GraphQLTypeKind: LeafValue {}
extension DirectiveLocation: LeafValue {}

extension SchemaBinding {
    /// Resolvers of the introspection types (`__Schema`, `__Type`, ...), bound in every schema.
    mutating func bindIntrospection() {
        let schema = self.schema
        object("__Schema", as: IntrospectedSchema.self) { type in
            type.field("description") { $0.schema.description }
            type.field("types") { $0.schema.types.map { IntrospectedType(.named($0), schema: schema) } }
            type.field("queryType") { root in root.schema.queryType.map { IntrospectedType(.named(.object($0)), schema: schema) } }
            type.field("mutationType") { root in
                root.schema.mutationType.map { IntrospectedType(.named(.object($0)), schema: schema) }
            }
            type.field("subscriptionType") { root in
                root.schema.subscriptionType.map { IntrospectedType(.named(.object($0)), schema: schema) }
            }
            type.field("directives") { $0.schema.directives }
        }
        object("__Type", as: IntrospectedType.self) { type in
            type.field("kind") { wrapped -> GraphQLTypeKind in
                switch wrapped.type {
                case .named(let named): return named.kind
                case .list: return .list
                case .nonNull: return .nonNull
                }
            }
            type.field("name") { $0.named?.name }
            type.field("description") { $0.named?.typeDescription }
            type.field("specifiedByURL") { wrapped -> String? in
                if case .scalar(let scalar)? = wrapped.named { return scalar.specifiedByURL }
                return nil
            }
            type.field("fields") { wrapped, info -> [GraphQLField]? in
                let includeDeprecated = info.arguments.bool("includeDeprecated") ?? false
                switch wrapped.named {
                case .object(let object)?: return object.fields.filter { includeDeprecated || !$0.isDeprecated }
                case .interface(let interface)?: return interface.fields.filter { includeDeprecated || !$0.isDeprecated }
                default: return nil
                }
            }
            type.field("interfaces") { wrapped -> [IntrospectedType]? in
                switch wrapped.named {
                case .object(let object)?: return object.interfaces.map { IntrospectedType(.named(.interface($0)), schema: schema) }
                case .interface(let interface)?:
                    return interface.interfaces.map { IntrospectedType(.named(.interface($0)), schema: schema) }
                default: return nil
                }
            }
            type.field("possibleTypes") { wrapped -> [IntrospectedType]? in
                guard let named = wrapped.named, named.isAbstractType else { return nil }
                return schema.possibleTypes(of: named).map { IntrospectedType(.named(.object($0)), schema: schema) }
            }
            type.field("enumValues") { wrapped, info -> [GraphQLEnumValue]? in
                guard case .enumType(let enumType)? = wrapped.named else { return nil }
                let includeDeprecated = info.arguments.bool("includeDeprecated") ?? false
                return enumType.values.filter { includeDeprecated || !$0.isDeprecated }
            }
            type.field("inputFields") { wrapped, info -> [GraphQLInputValue]? in
                guard case .inputObject(let inputType)? = wrapped.named else { return nil }
                let includeDeprecated = info.arguments.bool("includeDeprecated") ?? false
                return inputType.fields.filter { includeDeprecated || !$0.isDeprecated }
            }
            type.field("ofType") { wrapped -> IntrospectedType? in
                switch wrapped.type {
                case .named: return nil
                case .list(let inner), .nonNull(let inner): return IntrospectedType(inner, schema: schema)
                }
            }
            type.field("isOneOf") { wrapped -> Bool? in
                guard case .inputObject(let inputType)? = wrapped.named else { return nil }
                return inputType.isOneOf
            }
        }
        object("__Field", as: GraphQLField.self) { type in
            type.field("name") { $0.name }
            type.field("description") { $0.description }
            type.field("args") { field, info -> [GraphQLInputValue] in
                let includeDeprecated = info.arguments.bool("includeDeprecated") ?? false
                return field.args.filter { includeDeprecated || !$0.isDeprecated }
            }
            type.field("type") { IntrospectedType($0.type, schema: schema) }
            type.field("isDeprecated") { $0.isDeprecated }
            type.field("deprecationReason") { $0.deprecationReason }
        }
        object("__InputValue", as: GraphQLInputValue.self) { type in
            type.field("name") { $0.name }
            type.field("description") { $0.description }
            type.field("type") { IntrospectedType($0.type, schema: schema) }
            type.field("defaultValue") { input -> String? in
                guard let value = input.defaultValue, let literal = astFromValue(value, type: input.type) else { return nil }
                return Printer.print(literal)
            }
            type.field("isDeprecated") { $0.isDeprecated }
            type.field("deprecationReason") { $0.deprecationReason }
        }
        object("__EnumValue", as: GraphQLEnumValue.self) { type in
            type.field("name") { $0.name }
            type.field("description") { $0.description }
            type.field("isDeprecated") { $0.isDeprecated }
            type.field("deprecationReason") { $0.deprecationReason }
        }
        object("__Directive", as: GraphQLDirective.self) { type in
            type.field("name") { $0.name }
            type.field("description") { $0.description }
            type.field("isRepeatable") { $0.isRepeatable }
            type.field("locations") { $0.locations }
            type.field("args") { directive, info -> [GraphQLInputValue] in
                let includeDeprecated = info.arguments.bool("includeDeprecated") ?? false
                return directive.args.filter { includeDeprecated || !$0.isDeprecated }
            }
        }
    }
}
