// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "BillingPortal", path: ".."),
        .package(url: "https://github.com/GraphQLSwift/GraphQL", exact: "4.3.0"),
        // The same version the product uses: the HTTP baseline serves GraphQLSwift through it.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    ],
    targets: [
        // Counts malloc calls by interposing the allocator inside the executable (glibc only).
        .target(name: "MallocCounter"),
        // The in-memory data model, fixtures and generated documents both engines are measured on.
        .target(name: "BenchData", swiftSettings: swiftSettings),
        .executableTarget(
            name: "Benchmarks",
            dependencies: [
                "BenchData",
                "MallocCounter",
                .product(name: "GraphQLEngine", package: "BillingPortal"),
                // Only for MallocTuning: both sides of a comparison run with the server's allocator settings.
                .product(name: "BillingServer", package: "BillingPortal"),
                .product(name: "GraphQL", package: "GraphQL"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        // The dashboard request in process on the demo database, split into store, engine and encoding shares.
        .executableTarget(
            name: "ReadPath",
            dependencies: [
                "BenchData",
                .product(name: "BillingAPI", package: "BillingPortal"),
                .product(name: "BillingStore", package: "BillingPortal"),
                .product(name: "GraphQLEngine", package: "BillingPortal"),
            ],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
