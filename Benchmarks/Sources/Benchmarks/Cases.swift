import BenchData
import Foundation

/// One comparison: the same work done by both engines on the same input.
struct BenchCase {
    let name: String
    let summary: String
    /// Input bytes per operation, for MB/s; nil where throughput in bytes means nothing.
    let bytes: Int?
    let theirs: Batch
    let ours: Batch
}

/// How much data the dashboard request reads: the defaults are the brief's 50 orders and 50 invoices of
/// 5 line items each (the query asks for the first 50 of each).
struct DataShape {
    var orders = 50
    var invoices = 50
    var lineItems = 5
}

/// The inputs every case shares, loaded and checked once.
struct Inputs {
    let dashboard: String
    let generated: String
    let sdl: String
    let dataset: Dataset
    let theirs: Theirs
    let validator: Ours.DocumentValidator
    let pipeline: Ours.Pipeline

    init(_ shape: DataShape) async throws {
        dashboard = try Fixtures.dashboardQuery()
        sdl = try Fixtures.contractSDL()
        generated = GeneratedDocument.make()
        dataset = Dataset.make(orders: shape.orders, invoices: shape.invoices, lineItems: shape.lineItems)
        theirs = try Theirs(sdl: sdl, dashboard: dashboard, dataset: dataset)
        validator = try Ours.makeValidator(sdl: sdl)
        pipeline = try await Ours.makePipeline(sdl: sdl, dashboard: dashboard, dataset: dataset)
    }
}

enum Cases {
    static func all(_ inputs: Inputs) async throws -> [BenchCase] {
        var cases: [BenchCase] = []
        for (name, text) in [
            ("parse/dashboard", inputs.dashboard),
            ("parse/generated-100k", inputs.generated),
            ("parse/contract-sdl", inputs.sdl),
        ] {
            cases.append(try parseCase(name, text))
        }
        cases.append(try schemaCase(inputs.sdl))
        cases.append(try validateCase("validate/dashboard", inputs.dashboard, inputs))
        cases.append(try validateCase("validate/generated-100k", inputs.generated, inputs))
        cases.append(contentsOf: try await PipelineCases.all(inputs))
        return cases
    }

    private static func parseCase(_ name: String, _ text: String) throws -> BenchCase {
        let theirsCount = try Theirs.parse(text)
        let oursCount = try Ours.parse(text)
        if oursCount != theirsCount {
            throw BenchFailure("\(name): ours parsed \(oursCount) definitions, GraphQLSwift \(theirsCount)")
        }
        return BenchCase(
            name: name, summary: "parse \(text.utf8.count) bytes, \(theirsCount) definitions",
            bytes: text.utf8.count,
            theirs: { count in
                for _ in 0..<count { blackHole(try Theirs.parse(text)) }
            },
            ours: { count in
                for _ in 0..<count { blackHole(try Ours.parse(text)) }
            })
    }

    private static func schemaCase(_ sdl: String) throws -> BenchCase {
        let theirsNames = try Theirs.buildSchemaTypeNames(sdl)
        let oursNames = try Ours.buildSchemaTypeNames(sdl)
        if oursNames != theirsNames {
            throw BenchFailure(
                "schema/build-contract: types differ: ours only \(oursNames.subtracting(theirsNames).sorted()), "
                    + "theirs only \(theirsNames.subtracting(oursNames).sorted())")
        }
        return BenchCase(
            name: "schema/build-contract",
            summary: "parse the contract SDL, build and validate the schema (\(theirsNames.count) types)",
            bytes: sdl.utf8.count,
            theirs: { count in
                for _ in 0..<count { blackHole(try Theirs.buildSchemaTypeNames(sdl)) }
            },
            ours: { count in
                for _ in 0..<count { blackHole(try Ours.buildSchemaTypeNames(sdl)) }
            })
    }

    private static func validateCase(_ name: String, _ text: String, _ inputs: Inputs) throws -> BenchCase {
        let theirs = inputs.theirs
        let theirsDocument = try theirs.parseDocument(text)
        let theirsErrors = theirs.validate(theirsDocument)
        guard theirsErrors.isEmpty else {
            throw BenchFailure("\(name): GraphQLSwift finds errors: \(theirsErrors.prefix(5))")
        }
        let validate = try inputs.validator.prepare(text)
        let errors = validate()
        guard errors.isEmpty else { throw BenchFailure("\(name): ours finds errors: \(errors.prefix(5))") }
        return BenchCase(
            name: name, summary: "validate a parsed \(text.utf8.count)-byte document against the contract",
            bytes: nil,
            theirs: { count in
                for _ in 0..<count { blackHole(theirs.validate(theirsDocument)) }
            },
            ours: { count in
                for _ in 0..<count { blackHole(validate()) }
            })
    }
}
