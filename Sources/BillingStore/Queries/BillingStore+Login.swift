import Dispatch
import HummingbirdBcrypt

extension BillingStore {
    /// The user whose email and password match, or nil, taking about the same time whether or not the email is known.
    ///
    /// An unknown email is checked against a dummy hash of the same cost, so timing does not tell which emails
    /// exist. Bcrypt runs on a Dispatch queue, not on the cooperative pool where it would stall other requests.
    public func verifyCredentials(email: String, password: String) async throws -> User? {
        let user = try await user(email: email)
        let hash = user?.passwordHash ?? Self.dummyPasswordHash
        let matches = await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Bcrypt.verify(password, hash: hash))
            }
        }
        return user != nil && matches ? user : nil
    }

    /// A bcrypt hash of the demo cost that no password the API accepts for a real user is compared to meaningfully.
    static let dummyPasswordHash = Catalog.demoPasswordHash
}
