import Foundation

/// The committed copies of the design documents in `Benchmarks/Fixtures/`.
public enum Fixtures {
    /// The folder holding the fixtures: `BENCH_FIXTURES` when set, else the package's own `Fixtures/`.
    static let directory: URL = {
        if let path = ProcessInfo.processInfo.environment["BENCH_FIXTURES"] {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        // Sources/BenchData/Fixtures.swift -> the package root.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures", isDirectory: true)
    }()

    /// Where the fixtures are read from.
    public static var directoryPath: String { directory.path }

    /// The billing dashboard query (`design/dashboard.graphql`).
    public static func dashboardQuery() throws -> String { try read("dashboard.graphql") }

    /// The API contract SDL (`design/api-contract.graphql`).
    public static func contractSDL() throws -> String { try read("api-contract.graphql") }

    private static func read(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }
}
