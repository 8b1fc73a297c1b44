// swift-tools-version:6.0
// libFuzzer targets for Glean, kept out of the root package so `swift build`/`swift test` never see them.
// Build and run them with `Fuzz/run.sh TARGET SECONDS` (see Fuzz/README.md).
import PackageDescription

let fuzzTarget: (String) -> Target = { name in
    // run.sh builds with `--sanitize=address -Xswiftc -sanitize=fuzzer`: every Swift module gets coverage
    // instrumentation and the executables link libFuzzer.
    .executableTarget(name: name, dependencies: [.product(name: "Glean", package: "Glean"), "CFuzzerDriver"])
}

let package = Package(
    name: "GleanFuzz",
    dependencies: [.package(name: "Glean", path: "..")],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver, which each target's main calls.
        .target(name: "CFuzzerDriver"),
        fuzzTarget("FuzzRuleParser"),
        fuzzTarget("FuzzGazetteer"),
        fuzzTarget("FuzzExtract"),
        fuzzTarget("FuzzJSONLines"),
        fuzzTarget("FuzzHTML"),
    ]
)
