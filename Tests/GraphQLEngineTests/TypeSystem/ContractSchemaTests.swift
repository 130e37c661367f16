import Foundation
import Testing

@testable import GraphQLEngine

/// Builds the API contract's SDL and checks what the layers above read from it.
@Suite struct ContractSchemaTests {
    static func contractSchema() throws -> GraphQLSchema {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/api-contract", withExtension: "graphql"))
        return try buildSchema(String(contentsOf: url, encoding: .utf8))
    }

    @Test func rootTypesAndTypeMap() throws {
        let schema = try Self.contractSchema()
        #expect(schema.queryType?.name == "Query")
        #expect(schema.mutationType?.name == "Mutation")
        #expect(schema.subscriptionType == nil)
        for name in ["Account", "Role", "OrderSort", "Node", "Date", "Int", "ID", "__Schema", "__TypeKind"] {
            #expect(schema.type(named: name)?.name == name)
        }
        #expect(schema.types.count == schema.typeMap.count)
        #expect(schema.types.first?.name == "Date")
    }

    @Test func fieldTablesHaveStableIndexes() throws {
        let schema = try Self.contractSchema()
        let account = try #require(schema.type(named: "Account"))
        guard case .object(let object) = account else {
            Issue.record("Account is not an object type")
            return
        }
        for (position, field) in object.fields.enumerated() {
            #expect(field.index == position)
            #expect(object.fieldMap[field.name] === field)
            #expect(field.parentTypeName == "Account")
        }
        let orders = try #require(object.field(named: "orders"))
        #expect(orders.type.description == "OrderConnection!")
        #expect(orders.args.map(\.name) == ["first", "after", "filter", "sort"])
        #expect(orders.argument(named: "first")?.defaultValue == .int(20))
        #expect(
            orders.argument(named: "sort")?.defaultValue
                == .object([("field", .string("ORDER_DATE")), ("direction", .string("DESC"))]))
    }

    @Test func appliedAuthDirectiveIsReadable() throws {
        let schema = try Self.contractSchema()
        let phone = try #require(schema.type(named: "Account")?.field(named: "phone"))
        let requires = phone.directive(named: "auth")?.argument("requires")
        #expect(requires == .list([.string("BILLING_ADMIN"), .string("CUSTOMER_SUCCESS"), .string("SUPPORT")]))
        let name = try #require(schema.type(named: "Account")?.field(named: "name"))
        #expect(name.directive(named: "auth") == nil)
        let auth = try #require(schema.directive(named: "auth"))
        #expect(auth.locations == [.object, .fieldDefinition])
        #expect(auth.args.first?.type.description == "[Role!]!")
    }

    @Test func abstractTypes() throws {
        let schema = try Self.contractSchema()
        let node = try #require(schema.type(named: "Node"))
        let possible = schema.possibleTypes(of: node).map(\.name)
        #expect(possible.contains("User") && possible.contains("Invoice") && possible.contains("AuditEvent"))
        #expect(!possible.contains("Money"))
        let user = try #require(schema.type(named: "User"))
        let money = try #require(schema.type(named: "Money"))
        #expect(schema.isSubType(abstract: node, maybeSub: user))
        #expect(!schema.isSubType(abstract: node, maybeSub: money))
        guard case .interface(let nodeInterface) = node else { return }
        #expect(schema.implementations(of: nodeInterface).objects.count == possible.count)
    }

    @Test func specifiedDirectivesAreAppended() throws {
        let schema = try Self.contractSchema()
        #expect(schema.directives.map(\.name) == ["auth", "include", "skip", "deprecated", "specifiedBy", "oneOf"])
    }

    @Test func metaFieldLookup() throws {
        let schema = try Self.contractSchema()
        let query = try #require(schema.type(named: "Query"))
        let user = try #require(schema.type(named: "User"))
        #expect(schema.field(named: "__typename", on: user) === schema.typeNameMetaField)
        #expect(schema.field(named: "__schema", on: query)?.type.description == "__Schema!")
        #expect(schema.field(named: "__type", on: query)?.args.first?.type.description == "String!")
        #expect(schema.field(named: "__schema", on: user) == nil)
        #expect(schema.field(named: "viewer", on: query)?.type.description == "User!")
    }

    @Test func typeRelations() throws {
        let schema = try Self.contractSchema()
        let nodeList = try #require(schema.type(from: Parser.parseType("[Node]")))
        let userList = try #require(schema.type(from: Parser.parseType("[User!]!")))
        #expect(userList.description == "[User!]!")
        #expect(try schema.type(from: Parser.parseType("[Nope]")) == nil)
        #expect(schema.isTypeSubType(userList, of: nodeList))
        #expect(!schema.isTypeSubType(nodeList, of: userList))
        let node = try #require(schema.type(named: "Node"))
        let user = try #require(schema.type(named: "User"))
        let money = try #require(schema.type(named: "Money"))
        #expect(schema.doTypesOverlap(node, user))
        #expect(!schema.doTypesOverlap(node, money))
        #expect(userList.namedType == user)
        #expect(userList.nullableType.description == "[User!]")
        #expect(userList.isOutputType && !userList.isLeafType && !userList.isCompositeType)
        #expect(GraphQLType.named(node).isAbstractType)
    }
}
