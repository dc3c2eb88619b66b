// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Punctual",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Routing", targets: ["Routing"]),
        .library(name: "PunctualCore", targets: ["PunctualCore"]),
        .library(name: "Punctual", targets: ["Punctual"]),
        .executable(name: "punctual", targets: ["PunctualCLI"]),
        .executable(name: "routing-bench", targets: ["routing-bench"]),
        .executable(name: "planning-bench", targets: ["planning-bench"]),
        .executable(name: "api-load-bench", targets: ["api-load-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The solver is optimised in debug builds too: the suite's planned, booked and re-planned days
        // spend much of their time in it, and unoptimised it is several times slower.
        .target(name: "Routing", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(name: "Curl", dependencies: ["CCurl"]),
        // The vocabulary as plain values: time, business, jobs, workforce, plans, messages, events, settings.
        .target(name: "PunctualCore"),
        .target(
            name: "Punctual",
            dependencies: [
                "PunctualCore",
                "Routing",
                "Curl",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The sample-business generator: the shape of data/ at any size, for demos, tests and benchmarks.
        // The dispatcher's spreadsheets: CSV reading and writing, every row checked, one transaction.
        .target(
            name: "PunctualImport",
            dependencies: ["PunctualCore", "Punctual", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "PunctualSample", dependencies: ["PunctualCore", "Punctual", "PunctualImport"]),
        // What the CLI and the API read out: the plan report (table, CSV, GeoJSON, HTML) and the listings.
        .target(name: "PunctualReports", dependencies: ["PunctualCore", "Punctual", "PunctualImport"]),
        .target(
            name: "Messaging",
            dependencies: [
                "PunctualCore",
                "Punctual",
                "Curl",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "PunctualServer",
            dependencies: [
                "PunctualCore",
                "PunctualImport",
                "PunctualReports",
                "Punctual",
                "Messaging",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Plays days end to end through the same services and API as production: booking, planning,
        // technicians driving and working with noise, tracking, re-dispatch, messages and replies.
        .target(
            name: "PunctualSimulator",
            dependencies: [
                "PunctualImport",
                "PunctualCore",
                "Punctual",
                "PunctualSample",
                "PunctualReports",
                "Routing",
                "Messaging",
                "PunctualServer",
                "Curl",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The `punctual` binary; the target has its own name so that its module does not clash with
        // the `Punctual` library on case-insensitive file systems.
        .executableTarget(
            name: "PunctualCLI",
            dependencies: [
                "PunctualImport",
                "PunctualCore",
                "Punctual",
                "PunctualSample",
                "PunctualReports",
                "Messaging",
                "PunctualServer",
                "PunctualSimulator",
                "Routing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/punctual"
        ),
        .executableTarget(
            name: "routing-bench",
            dependencies: [
                "Routing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "planning-bench",
            dependencies: [
                "PunctualImport",
                "PunctualCore",
                "Punctual",
                "PunctualSample",
                "PunctualReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        // Load benchmark for the technician API: posts fixes over many keep-alive connections.
        .executableTarget(
            name: "api-load-bench",
            dependencies: [
                "PunctualImport",
                "PunctualCore",
                "Punctual",
                "PunctualServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // What the tests share: small businesses to import and plan, instants on their days.
        .target(name: "PunctualTestSupport", dependencies: ["PunctualImport", "PunctualCore", "Punctual", "PunctualSample"], path: "Tests/PunctualTestSupport"),
        .testTarget(name: "RoutingTests", dependencies: ["Routing"]),
        .testTarget(name: "PunctualCoreTests", dependencies: ["PunctualCore"]),
        .testTarget(name: "PunctualImportTests", dependencies: ["PunctualImport", "PunctualCore", "Punctual", "PunctualTestSupport"]),
        .testTarget(name: "PunctualSampleTests", dependencies: ["PunctualSample", "PunctualCore", "Punctual"]),
        .testTarget(name: "PunctualReportsTests", dependencies: ["PunctualImport", "PunctualReports", "PunctualCore", "Punctual", "PunctualTestSupport"]),
        .testTarget(
            name: "PunctualTests",
            dependencies: [
                "PunctualImport",
                "PunctualCore",
                "Punctual",
                "PunctualTestSupport",
                "PunctualSample",
                "PunctualReports",
                "Routing",
                "Curl",
                "planning-bench",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        // The dispatcher's changes by hand: jobs, absences, corrections, and what each tells customers.
        .testTarget(
            name: "PunctualDeskTests",
            dependencies: ["PunctualImport", "PunctualCore", "Punctual", "PunctualTestSupport", "PunctualSample", "Messaging", "Routing"]
        ),
        .testTarget(
            name: "CurlTests",
            dependencies: [
                "PunctualTestSupport",
                "Curl",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "APILoadBenchTests",
            dependencies: [
                "PunctualImport",
                "api-load-bench",
                "PunctualCore",
                "Punctual",
                "PunctualServer",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "PunctualCLITests",
            dependencies: [
                "PunctualImport",
                "PunctualCLI",
                "PunctualCore",
                "Punctual",
                "PunctualSample",
                "PunctualReports",
                "PunctualServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "MessagingTests",
            dependencies: [
                "PunctualTestSupport",
                "PunctualImport",
                "Messaging",
                "PunctualCore",
                "Punctual",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "PunctualSimulatorTests",
            dependencies: ["PunctualSimulator", "PunctualCore", "Punctual", "PunctualImport", "PunctualSample", "PunctualTestSupport", "Messaging"]
        ),
        // The web pages in a real headless browser (run by scripts/browser-test).
        .testTarget(
            name: "PunctualBrowserTests",
            dependencies: [
                "PunctualTestSupport",
                "PunctualServer",
                "PunctualCore",
                "Punctual",
                "Messaging",
                "Curl",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "PunctualServerTests",
            dependencies: [
                "PunctualTestSupport",
                "Routing",
                "PunctualSample",
                "PunctualImport",
                "PunctualServer",
                "PunctualCore",
                "Punctual",
                "Messaging",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
