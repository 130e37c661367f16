// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "BillingPortal",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "GraphQLEngine", targets: ["GraphQLEngine"]),
        .library(name: "BillingStore", targets: ["BillingStore"]),
        .library(name: "BillingAPI", targets: ["BillingAPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
    ],
    targets: [
        .target(name: "GraphQLEngine", swiftSettings: swiftSettings),
        .target(
            name: "BillingStore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "BillingAPI", dependencies: ["GraphQLEngine", "BillingStore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GraphQLEngineTests",
            dependencies: ["GraphQLEngine"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "BillingStoreTests",
            dependencies: ["BillingStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "BillingAPITests",
            dependencies: ["BillingAPI", "BillingStore", "GraphQLEngine"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
