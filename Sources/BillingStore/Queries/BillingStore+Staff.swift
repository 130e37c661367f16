import GRDB

extension BillingStore {
    /// The ids of the accounts the Customer Success Manager `userID` manages, ascending; empty for anyone else.
    public func managedAccountIDs(userID: Int64) async throws -> [Int64] {
        try await writer.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT account_id FROM account_managers WHERE user_id = ? ORDER BY account_id", arguments: [userID])
        }
    }
}
