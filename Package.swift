// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Glean",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Glean", targets: ["Glean"]),
        .executable(name: "glean", targets: ["glean"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
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
        .executableTarget(
            name: "glean",
            dependencies: ["Glean", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "GleanTests",
            dependencies: ["Glean"]
        ),
        .testTarget(
            name: "GleanCLITests",
            dependencies: ["Glean", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Expected"]
        ),
    ]
)
