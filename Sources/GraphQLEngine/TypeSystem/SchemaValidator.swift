/// The type-system rules of the specification, checked on a built schema as graphql-js `validateSchema`.
struct SchemaValidator {
    let schema: GraphQLSchema
    let source: Source?
    /// False when a query root was named but is not an object (already reported).
    var queryRootMissing: Bool = true
    private var errors: [GraphQLError] = []

    init(schema: GraphQLSchema, source: Source?, queryRootMissing: Bool = true) {
        self.schema = schema
        self.source = source
        self.queryRootMissing = queryRootMissing
    }

    mutating func validate() -> [GraphQLError] {
        if schema.queryType == nil && queryRootMissing {
            report("Query root type must be provided.", schema.astNode.map { [$0.loc] } ?? [])
        }
        for directive in schema.directives where !directive.isSpecifiedDirective {
            validateDirective(directive)
        }
        var inputCycles = InputCycleDetector()
        for type in schema.types where !IntrospectionSchema.shared.isIntrospectionType(type) {
            validateName(type.name, type.astLocation)
            switch type {
            case .object(let object):
                validateFields(object.name, object.fields, GraphQLNamedType.object(object).astLocation)
                validateInterfaces(.object(object), object.interfaces, fields: object.fieldMap)
            case .interface(let interface):
                validateFields(interface.name, interface.fields, GraphQLNamedType.interface(interface).astLocation)
                validateInterfaces(.interface(interface), interface.interfaces, fields: interface.fieldMap)
            case .union(let union):
                validateUnion(union)
            case .enumType(let enumType):
                validateEnum(enumType)
            case .inputObject(let inputObject):
                validateInputObject(inputObject)
                for (message, locations) in inputCycles.detect(inputObject) { report(message, locations) }
            case .scalar:
                break
            }
        }
        return errors
    }

    private mutating func report(_ message: String, _ locations: [Location]) {
        guard let source else {
            errors.append(GraphQLError(message))
            return
        }
        let real = locations.filter { $0.start != 0 || $0.end != 0 }
        errors.append(GraphQLError(message, locations: real.map { source.location(of: $0.start) }))
    }

    private mutating func validateName(_ name: String, _ location: Location?) {
        if name.hasPrefix("__") {
            report(
                "Name \"\(name)\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                location.map { [$0] } ?? [])
        }
    }

    private mutating func validateDirective(_ directive: GraphQLDirective) {
        validateName(directive.name, directive.astNode?.name.loc)
        for arg in directive.args {
            validateName(arg.name, arg.astNode?.name.loc)
            if !arg.type.isInputType {
                report(
                    "The type of @\(directive.name)(\(arg.name):) must be Input Type but got: \(arg.type).",
                    loc(arg.astNode?.type.loc))
            }
            if arg.isRequired && arg.isDeprecated {
                report("Required argument @\(directive.name)(\(arg.name):) cannot be deprecated.", loc(arg.astNode?.loc))
            }
        }
    }

    private mutating func validateFields(_ typeName: String, _ fields: [GraphQLField], _ typeLocation: Location) {
        if fields.isEmpty {
            report("Type \(typeName) must define one or more fields.", [typeLocation])
        }
        for field in fields {
            validateName(field.name, field.astNode?.name.loc)
            if !field.type.isOutputType {
                report(
                    "The type of \(typeName).\(field.name) must be Output Type but got: \(field.type).",
                    loc(field.astNode?.type.loc))
            }
            for arg in field.args {
                validateName(arg.name, arg.astNode?.name.loc)
                if !arg.type.isInputType {
                    report(
                        "The type of \(typeName).\(field.name)(\(arg.name):) must be Input Type but got: \(arg.type).",
                        loc(arg.astNode?.type.loc))
                }
                if arg.isRequired && arg.isDeprecated {
                    report(
                        "Required argument \(typeName).\(field.name)(\(arg.name):) cannot be deprecated.",
                        loc(arg.astNode?.loc))
                }
            }
        }
    }

    private mutating func validateUnion(_ union: GraphQLUnionType) {
        if union.types.isEmpty && union.astNode?.types.isEmpty ?? true
            && union.extensionASTNodes.allSatisfy(\.types.isEmpty)
        {
            report("Union type \(union.name) must define one or more member types.", [GraphQLNamedType.union(union).astLocation])
        }
        var seen: Set<String> = []
        for member in union.types where !seen.insert(member.name).inserted {
            report("Union type \(union.name) can only include type \(member.name) once.", [GraphQLNamedType.union(union).astLocation])
        }
    }

    private mutating func validateEnum(_ enumType: GraphQLEnumType) {
        if enumType.values.isEmpty {
            report("Enum type \(enumType.name) must define one or more values.", [GraphQLNamedType.enumType(enumType).astLocation])
        }
        for value in enumType.values { validateName(value.name, value.astNode?.name.loc) }
    }

    private mutating func validateInputObject(_ inputObject: GraphQLInputObjectType) {
        if inputObject.fields.isEmpty {
            report(
                "Input Object type \(inputObject.name) must define one or more fields.",
                [GraphQLNamedType.inputObject(inputObject).astLocation])
        }
        for field in inputObject.fields {
            let name = "\(inputObject.name).\(field.name)"
            validateName(field.name, field.astNode?.name.loc)
            if !field.type.isInputType {
                report(
                    "The type of \(name) must be Input Type but got: \(field.type).", loc(field.astNode?.type.loc))
            }
            if field.isRequired && field.isDeprecated {
                report("Required input field \(name) cannot be deprecated.", loc(field.astNode?.loc))
            }
            if inputObject.isOneOf {
                if field.type.isNonNull {
                    report("OneOf input field \(name) must be nullable.", loc(field.astNode?.type.loc))
                }
                if field.hasDefaultValue {
                    report("OneOf input field \(name) cannot have a default value.", loc(field.astNode?.loc))
                }
            }
        }
    }

    private mutating func validateInterfaces(
        _ type: GraphQLNamedType, _ interfaces: [GraphQLInterfaceType], fields: [String: GraphQLField]
    ) {
        var seen: Set<String> = []
        for interface in interfaces {
            if GraphQLNamedType.interface(interface) == type {
                report(
                    "Type \(type.name) cannot implement itself because it would create a circular reference.",
                    [type.astLocation])
                continue
            }
            if !seen.insert(interface.name).inserted {
                report("Type \(type.name) can only implement \(interface.name) once.", [type.astLocation])
                continue
            }
            for transitive in interface.interfaces where !interfaces.contains(where: { $0 === transitive }) {
                if GraphQLNamedType.interface(transitive) == type {
                    report(
                        "Type \(type.name) cannot implement \(interface.name) because it would create a circular reference.",
                        [type.astLocation])
                } else {
                    report(
                        "Type \(type.name) must implement \(transitive.name) because it is implemented by \(interface.name).",
                        [type.astLocation])
                }
            }
            validateImplementation(type.name, fields: fields, interface: interface)
        }
    }

    private mutating func validateImplementation(
        _ typeName: String, fields: [String: GraphQLField], interface: GraphQLInterfaceType
    ) {
        for interfaceField in interface.fields {
            let fieldName = interfaceField.name
            guard let field = fields[fieldName] else {
                report(
                    "Interface field \(interface.name).\(fieldName) expected but \(typeName) does not provide it.",
                    loc(interfaceField.astNode?.loc))
                continue
            }
            if !schema.isTypeSubType(field.type, of: interfaceField.type) {
                report(
                    "Interface field \(interface.name).\(fieldName) expects type \(interfaceField.type) but \(typeName).\(fieldName) is type \(field.type).",
                    loc(interfaceField.astNode?.type.loc) + loc(field.astNode?.type.loc))
            }
            for interfaceArg in interfaceField.args {
                guard let arg = field.argument(named: interfaceArg.name) else {
                    report(
                        "Interface field argument \(interface.name).\(fieldName)(\(interfaceArg.name):) expected but \(typeName).\(fieldName) does not provide it.",
                        loc(interfaceArg.astNode?.loc) + loc(field.astNode?.loc))
                    continue
                }
                if arg.type != interfaceArg.type {
                    report(
                        "Interface field argument \(interface.name).\(fieldName)(\(interfaceArg.name):) expects type \(interfaceArg.type) but \(typeName).\(fieldName)(\(arg.name):) is type \(arg.type).",
                        loc(interfaceArg.astNode?.type.loc) + loc(arg.astNode?.type.loc))
                }
            }
            for arg in field.args where arg.isRequired && interfaceField.argument(named: arg.name) == nil {
                report(
                    "Object field \(typeName).\(fieldName) includes required argument \(arg.name) that is missing from the Interface field \(interface.name).\(fieldName).",
                    loc(arg.astNode?.loc) + loc(interfaceField.astNode?.loc))
            }
        }
    }

    private func loc(_ location: Location?) -> [Location] {
        location.map { [$0] } ?? []
    }
}

/// Finds input objects that reach themselves through non-null fields, which no finite value can satisfy.
private struct InputCycleDetector {
    private var visited: Set<ObjectIdentifier> = []
    private var fieldPath: [GraphQLInputField] = []
    private var pathIndexByTypeName: [String: Int] = [:]
    private var found: [(String, [Location])] = []

    mutating func detect(_ inputObject: GraphQLInputObjectType) -> [(String, [Location])] {
        found = []
        visit(inputObject)
        return found
    }

    private mutating func visit(_ inputObject: GraphQLInputObjectType) {
        guard visited.insert(ObjectIdentifier(inputObject)).inserted else { return }
        pathIndexByTypeName[inputObject.name] = fieldPath.count
        for field in inputObject.fields {
            guard case .nonNull(.named(.inputObject(let fieldType))) = field.type else { continue }
            fieldPath.append(field)
            if let cycleIndex = pathIndexByTypeName[fieldType.name] {
                let cycle = fieldPath[cycleIndex...]
                let path = cycle.map(\.name).joined(separator: ".")
                found.append(
                    (
                        "Cannot reference Input Object \"\(fieldType.name)\" within itself through a series of non-null fields: \"\(path)\".",
                        cycle.compactMap { $0.astNode?.loc }
                    ))
            } else {
                visit(fieldType)
            }
            fieldPath.removeLast()
        }
        pathIndexByTypeName[inputObject.name] = nil
    }
}
