import Testing

@testable import GraphQLEngine

/// Fields bound by key path read stored properties where they lie in the level's arrays, at the property's offset;
/// key paths that are not stored properties are read through the key path. Both must give what a closure gives.
@Suite struct KeyPathBindingTests {
    static let sdl = """
        type Query { teams: [Team!]!, lead: Member, badge: Badge! }
        type Badge { name: String! }
        type Team { name: String!, size: Int!, label: String!, city: String, lead: Member, captain: Member, members: [Member!]!, tags: [String!]! }
        type Member { name: String!, active: Boolean!, role: Role!, initial: String! }
        enum Role { OWNER GUEST }
        """

    enum Role: String, LeafValue { case owner = "OWNER", guest = "GUEST" }
    struct Address: Sendable { let street: String; let city: String? }
    struct Member: GraphQLObjectValue {
        let name: String
        let active: Bool
        let role: Role
        /// Computed: no offset, so the key path itself is read.
        var initial: String { String(name.prefix(1)) }
    }
    /// A class: its properties have no offset in the level's arrays.
    final class Badge: GraphQLObjectValue {
        let name: String
        init(name: String) { self.name = name }
    }
    struct Team: GraphQLObjectValue {
        let name: String
        let size: Int
        let address: Address
        let lead: Member?
        let members: [Member]
        let tags: [String]
        var label: String { "\(name)/\(size)" }
        /// Computed: a child read through the key path.
        var captain: Member? { members.last }
    }
    struct Root: Sendable {
        let teams: [Team]
        let badge = Badge(name: "a badge, read through its class's key path")
    }

    static func teams(_ count: Int) -> [Team] {
        (0..<count).map { index in
            let members = (0..<(index % 3)).map {
                Member(name: "m\(index)-\($0) with a name past fifteen bytes", active: $0 % 2 == 0, role: $0 == 0 ? .owner : .guest)
            }
            return Team(
                name: "Team \(index), a name longer than fifteen bytes", size: index * 10,
                address: Address(street: "Street \(index)", city: index % 2 == 0 ? "City \(index)" : nil),
                lead: members.first, members: members, tags: (0..<index % 4).map { "tag\($0)" })
        }
    }

    /// The binding, and the offset each key-path field reads at (nil: read through the key path).
    static func bind() throws -> (ExecutableSchema<Void>, [String: Int?]) {
        let schema = try buildSchema(sdl)
        var binding = SchemaBinding<Void>(schema: schema)
        var offsets: [String: Int?] = [:]
        func record<T>(_ type: String, _ object: ObjectBinding<T, Void>) {
            for (name, field) in object.fields { offsets["\(type).\(name)"] = field.storedPropertyOffset }
        }
        binding.object("Query", as: Root.self) { query in
            query.field("teams", \.teams)
            query.field("lead") { $0.teams.first?.lead }
            query.field("badge", \.badge)
            record("Query", query)
        }
        binding.object("Badge", as: Badge.self) { badge in
            badge.field("name", \.name)
            record("Badge", badge)
        }
        binding.object("Team", as: Team.self) { team in
            team.field("name", \.name)
            team.field("size", \.size)
            team.field("label", \.label)
            team.field("city", \.address.city)
            team.field("lead", \.lead)
            team.field("captain", \.captain)
            team.field("members", \.members)
            team.field("tags", \.tags)
            record("Team", team)
        }
        binding.object("Member", as: Member.self) { member in
            member.field("name", \.name)
            member.field("active", \.active)
            member.field("role", \.role)
            member.field("initial", \.initial)
            record("Member", member)
        }
        return (try binding.bind(), offsets)
    }

    static func run(_ query: String, teams count: Int) async throws -> ExecutionResult {
        let executable = try bind().0
        let source = Source(query)
        return await executable.execute(
            document: try Parser.parse(source), source: source, context: (), rootValue: Root(teams: teams(count)))
    }

    /// What the fields must give, built from the data by hand.
    static func expected(_ teams: [Team]) -> JSONValue {
        func member(_ member: Member) -> JSONValue {
            .object([
                ("name", .string(member.name)), ("active", .bool(member.active)), ("role", .string(member.role.rawValue)),
                ("initial", .string(String(member.name.prefix(1)))),
            ])
        }
        return .object([
            (
                "teams",
                .list(
                    teams.map { team in
                        .object([
                            ("name", .string(team.name)), ("size", .int(team.size)), ("label", .string("\(team.name)/\(team.size)")),
                            ("city", team.address.city.map { .string($0) } ?? .null),
                            ("lead", team.lead.map(member) ?? .null),
                            ("captain", team.members.last.map(member) ?? .null),
                            ("members", .list(team.members.map(member))),
                            ("tags", .list(team.tags.map { .string($0) })),
                        ])
                    })
            )
        ])
    }

    static let query =
        "{ teams { name size label city lead { name active role initial } captain { name active role initial } members { name active role initial } tags } }"

    @Test(arguments: [0, 1, 7, 40])
    func storedComputedNestedAndChildPropertiesReadAsAClosureWould(count: Int) async throws {
        let result = try await Self.run(Self.query, teams: count)
        #expect(result.errors.isEmpty)
        #expect(result.data == Self.expected(Self.teams(count)))
        // The streamed bytes as well: the values were read where they lie, not copied into the columns wrongly.
        #expect(String(decoding: result.responseBytes(), as: UTF8.self) == result.response().jsonString)
    }

    /// Members come from several teams' arrays (one segment each): every segment is read at the same offset.
    @Test func membersOfEverySegmentAreReadInOrder() async throws {
        let result = try await Self.run("{ teams { members { name } } }", teams: 9)
        let names = Self.teams(9).flatMap { $0.members.map { JSONValue.string($0.name) } }
        guard case .list(let teams)? = result.data?["teams"] else {
            Issue.record("no teams")
            return
        }
        let read = teams.flatMap { team -> [JSONValue] in
            guard case .list(let members)? = team["members"] else { return [] }
            return members.compactMap { $0["name"] }
        }
        #expect(read == names)
    }

    /// Stored properties of structs are read at their offset; computed ones and a class's are read through the key
    /// path, and closures have no offset. This fails if the key-path overloads lost to the closure ones.
    @Test func storedPropertiesOfStructsAreReadAtTheirOffset() throws {
        let offsets = try Self.bind().1
        #expect(offsets["Team.name"] == MemoryLayout<Team>.offset(of: \Team.name))
        #expect(offsets["Team.city"] == MemoryLayout<Team>.offset(of: \Team.address.city))
        #expect(offsets["Team.members"] == MemoryLayout<Team>.offset(of: \Team.members))
        #expect(offsets["Team.lead"] == MemoryLayout<Team>.offset(of: \Team.lead))
        #expect(offsets["Team.name"] != Optional<Int?>.some(nil))
        #expect(offsets["Team.label"] == Optional<Int?>.some(nil))
        #expect(offsets["Team.captain"] == Optional<Int?>.some(nil))
        #expect(offsets["Member.initial"] == Optional<Int?>.some(nil))
        #expect(offsets["Badge.name"] == Optional<Int?>.some(nil))
        #expect(offsets["Query.lead"] == Optional<Int?>.some(nil))
    }

    @Test func aClassesPropertyIsReadThroughTheKeyPath() async throws {
        let result = try await Self.run("{ badge { name } }", teams: 1)
        #expect(result.data?.jsonString == #"{"badge":{"name":"a badge, read through its class's key path"}}"#)
    }
}
