/// The SDL rules on applied directives: known, allowed at their location, once unless repeatable,
/// known and unique arguments, required arguments given.
extension SchemaBuilder {
    private struct DirectiveShape {
        var locations: [DirectiveLocation]
        var repeatable: Bool
        /// Name, printed type, and whether the argument must be given.
        var args: [(name: String, type: String, required: Bool)]
    }

    private func directiveShapes() -> [String: DirectiveShape] {
        var shapes: [String: DirectiveShape] = [:]
        for directive in GraphQLDirective.specifiedDirectives {
            shapes[directive.name] = DirectiveShape(
                locations: directive.locations, repeatable: directive.isRepeatable,
                args: directive.args.map { ($0.name, $0.type.description, $0.isRequired) })
        }
        for node in directiveDefinitions.reversed() {
            let args = node.arguments.map { arg -> (name: String, type: String, required: Bool) in
                (arg.name.value, arg.type.printed, arg.type.isNonNull && arg.defaultValue == nil)
            }
            shapes[node.name.value] = DirectiveShape(
                locations: node.locations.compactMap { DirectiveLocation(rawValue: $0.value) },
                repeatable: node.repeatable, args: args)
        }
        return shapes
    }

    mutating func validateDirectiveUses() {
        let shapes = directiveShapes()
        var sites: [(NodeList<Directive>, DirectiveLocation, String?)] = []
        forEachDirectiveSite { sites.append(($0, $1, $2)) }
        var seenByGroup: [String: [String: Location]] = [:]
        for (directives, location, group) in sites {
            var seenHere: [String: Location] = [:]
            for directive in directives {
                let name = directive.name.value
                guard let shape = shapes[name] else {
                    report("Unknown directive \"@\(name)\".", [directive.name.loc])
                    continue
                }
                if !shape.locations.contains(location) {
                    report("Directive \"@\(name)\" may not be used on \(location.rawValue).", [directive.loc])
                }
                if !shape.repeatable {
                    let previous = group.flatMap { seenByGroup[$0]?[name] } ?? seenHere[name]
                    if let previous {
                        report("The directive \"@\(name)\" can only be used once at this location.", [previous, directive.loc])
                    } else if let group {
                        seenByGroup[group, default: [:]][name] = directive.loc
                    } else {
                        seenHere[name] = directive.loc
                    }
                }
                validateArguments(of: directive, shape: shape)
            }
        }
    }

    private mutating func validateArguments(of directive: Directive, shape: DirectiveShape) {
        let name = directive.name.value
        var seen: [String: Location] = [:]
        for argument in directive.arguments {
            let argName = argument.name.value
            if !shape.args.contains(where: { $0.name == argName }) {
                let suggestions = SchemaSuggestions.list(argName, options: shape.args.map(\.name))
                report(
                    "Unknown argument \"\(argName)\" on directive \"@\(name)\"."
                        + SchemaSuggestions.didYouMean(suggestions), [argument.loc])
            }
            if let first = seen[argName] {
                report("There can be only one argument named \"\(argName)\".", [first, argument.name.loc])
            } else {
                seen[argName] = argument.name.loc
            }
        }
        for arg in shape.args where arg.required && !directive.arguments.contains(where: { $0.name.value == arg.name }) {
            report(
                "Directive \"@\(name)\" argument \"\(arg.name)\" of type \"\(arg.type)\" is required, but it was not provided.",
                [directive.loc])
        }
    }
}
