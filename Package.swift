// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Glean",
    platforms: [.macOS(.v14)],  // Hummingbird 2 (glean serve) needs macOS 14
    products: [
        .library(name: "Glean", targets: ["Glean"]),
        .executable(name: "glean", targets: ["glean"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // glean serve: HTTP server and Prometheus metrics (GleanServer target only).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The only module that sees PCRE2's C API; Glean/Regex wraps it.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        .target(
            name: "Glean",
            dependencies: ["CPCRE2", .product(name: "Yams", package: "Yams"), .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The HTTP API and workbench behind `glean serve`; the CLI subcommand is a thin shell over it.
        .target(
            name: "GleanServer",
            dependencies: [
                "Glean",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "glean",
            dependencies: ["Glean", "GleanServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "GleanTests",
            dependencies: ["Glean"]
        ),
        .testTarget(
            name: "GleanServerTests",
            dependencies: ["Glean", "GleanServer", .product(name: "NIOConcurrencyHelpers", package: "swift-nio")]
        ),
        .testTarget(
            name: "GleanCLITests",
            dependencies: ["Glean", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Expected"]
        ),
    ]
)
