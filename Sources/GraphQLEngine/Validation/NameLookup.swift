/// Membership of names: a scan for the few names documents usually have, a hash set past that.
struct NameLookup {
    private let names: [String]
    private let set: Set<String>?

    init(_ names: [String]) {
        self.names = names
        self.set = names.count > 16 ? Set(names) : nil
    }

    func contains(_ name: String) -> Bool {
        if let set { return set.contains(name) }
        return names.contains(name)
    }
}
