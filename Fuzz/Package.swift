// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    // libFuzzer supplies `main` and calls `LLVMFuzzerTestOneInput`: the targets have no top-level code.
    .unsafeFlags(["-parse-as-library"]),
]

// Build with the fuzzer and AddressSanitizer, in its own build folder (see README.md or run.sh):
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address --build-path .build-fuzz
let package = Package(
    name: "Fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "BillingPortal", path: "..")
    ],
    targets: [
        // Each executable's `main`: libFuzzer's driver (see ParserMain.c for why SwiftPM needs it).
        .target(name: "ParserMain"),
        .target(name: "ExecutorMain"),
        .executableTarget(
            name: "FuzzParser",
            dependencies: ["ParserMain", .product(name: "GraphQLEngine", package: "BillingPortal")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "FuzzExecutor",
            dependencies: [
                "ExecutorMain",
                .product(name: "GraphQLEngine", package: "BillingPortal"),
                .product(name: "BillingAPI", package: "BillingPortal"),
                .product(name: "BillingStore", package: "BillingPortal"),
            ],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
