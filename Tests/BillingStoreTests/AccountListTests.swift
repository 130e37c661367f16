import Testing

@testable import BillingStore

@Suite struct AccountListTests {
    @Test func supportSeesAllAndACSMOnlyTheirOwn() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        let csm = try #require(try await store.user(email: "csm@portal.test"))
        let all = try await store.accounts(scope: .all, first: 10)
        #expect(all.items.map(\.name) == ["Acme Corp", "Globex"])
        #expect(try await store.accountCount(scope: .all) == 2)
        let managed = try await store.accounts(scope: .managedBy(userID: csm.id), first: 10)
        #expect(managed.items.map(\.name) == ["Acme Corp"])
        #expect(try await store.accountCount(scope: .managedBy(userID: csm.id)) == 1)
        #expect(try await store.manages(userID: csm.id, accountID: managed.items[0].id))
        #expect(try await store.manages(userID: csm.id, accountID: try await temp.accountID("Globex")) == false)
    }

    @Test func searchIsCaseInsensitiveAndLiteral() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        let store = temp.store
        #expect(try await store.accounts(scope: .all, search: "GLOB", first: 10).items.map(\.name) == ["Globex"])
        #expect(try await store.accounts(scope: .all, search: "%", first: 10).items.isEmpty)
        #expect(try await store.accountCount(scope: .all, search: "_") == 0)
        #expect(try await store.accountCount(scope: .all, search: "") == 2)
    }

    @Test func pagesByNameThenID() async throws {
        let temp = try await TemporaryStore(seedDemo: true)
        try await temp.write { db in
            try db.execute(
                sql: "INSERT INTO accounts (name, currency_code) VALUES ('Acme Corp', 'USD'), ('Beta | Co', 'EUR'), ('Zed', 'USD')")
        }
        var names: [String] = []
        var ids: [Int64] = []
        var after: String?
        repeat {
            let page = try await temp.store.accounts(scope: .all, first: 2, after: after)
            names += page.items.map(\.name)
            ids += page.items.map(\.id)
            after = page.hasNextPage ? page.endCursor : nil
        } while after != nil
        #expect(names == ["Acme Corp", "Acme Corp", "Beta | Co", "Globex", "Zed"])
        #expect(ids[0] < ids[1])
    }
}
