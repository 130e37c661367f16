import Foundation
import Testing

@testable import GraphQLEngine

/// The validator as a whole: the specified rules together, the error limit, and rules whose cases need a schema
/// other than the shared test schema.
@Suite struct ValidatorTests {
    static let queryOnlySchema = try! buildSchema(Parser.parse("type Query { a: Int }"))

    @Test func operationTypesMissingFromTheSchemaAreReported() {
        expectErrors(
            OperationTypeExistenceRule.self,
            """
            subscription { a }
            mutation M { a }
            query Q { a }
            """,
            [
                ExpectedError("The subscription operation is not supported by the schema.", [(1, 1)]),
                ExpectedError("The mutation operation is not supported by the schema.", [(2, 1)]),
            ],
            schema: Self.queryOnlySchema
        )
    }

    @Test func subscriptionRootMustNotUseSkipOrInclude() {
        expectErrors(
            SingleFieldSubscriptionsRule.self,
            """
            subscription Sub($skip: Boolean!) {
              newDog @include(if: true) { name }
              ...F @skip(if: $skip)
            }
            fragment F on Subscription { newDog { name } }
            """,
            [
                ExpectedError(
                    "Subscription \"Sub\" must not use `@skip` or `@include` directives in the top level selection.",
                    [(2, 10), (3, 8)])
            ]
        )
    }

    @Test func subscriptionSkipBelowTheRootIsFine() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            """
            subscription ($skip: Boolean!) {
              newDog { name @skip(if: $skip) }
            }
            """
        )
    }

    @Test func validationStopsAtTheErrorLimit() throws {
        let source = Source("{ a b c d e }")
        let document = try Parser.parse(source)
        let errors = Validator.validate(
            schema: validationTestSchema, document: document, source: source, maxErrors: 3)
        #expect(errors.count == 4)
        #expect(errors.prefix(3).allSatisfy { $0.message.hasPrefix("Cannot query field") })
        #expect(errors.last?.message == "Too many validation errors, error limit reached. Validation aborted.")
        #expect(errors.last?.locations == [])
    }

    @Test func specifiedRulesAcceptAValidDocument() throws {
        let source = Source(
            """
            query Q($id: ID, $cmd: DogCommand = SIT, $skip: Boolean!) {
              human(id: $id) { name pets { ...PetName ... on Dog { doesKnowCommand(dogCommand: $cmd) } } }
              catOrDog { __typename ... on Cat { furColor } }
              dog @skip(if: $skip) { isHouseTrained mother { name } }
            }
            fragment PetName on Pet { name }
            """)
        let errors = Validator.validate(schema: validationTestSchema, document: try Parser.parse(source), source: source)
        #expect(errors.map(\.message) == [])
    }

    @Test func specifiedRulesReportEveryRuleOnce() throws {
        let source = Source("{ dog { nam } dog { barks: name } }")
        let errors = Validator.validate(schema: validationTestSchema, document: try Parser.parse(source), source: source)
        #expect(errors.map(\.message) == ["Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?"])
    }

    @Test func dashboardQueryIsValidAgainstTheContract() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/dashboard", withExtension: "graphql"))
        let source = Source(try String(contentsOf: url, encoding: .utf8))
        let errors = Validator.validate(
            schema: try ConformanceTests.loadSchema(fixture: "api-contract"), document: try Parser.parse(source), source: source)
        #expect(errors.map(\.message) == [])
    }
}
