/// Suppressions that LeakSanitizer reads at exit when Glean is built with `--sanitize=address`
/// (`swift test --sanitize=address`, the fuzzers); without a sanitizer nothing calls this function.
///
/// Why they are needed: Swift stores the case of some enums in the spare high bits of the class and box pointers
/// they carry (a token test's compiled regex, a pattern's `!(a | b)` alternatives). LeakSanitizer does not strip
/// those bits, so objects that are still reachable through such a pointer look unreachable and are reported as
/// leaked when the process exits with a compiled pack alive. An 8-line program with a static `indirect enum` tree
/// shows the same report (docs/limits.md). What is suppressed is limited to what is built once per pack load
/// (rule compilation), XCTest's own bookkeeping and the weak reference Foundation's `Process.run` leaves behind
/// (the CLI tests start `glean` with it; Glean itself never does); a leak per document, per match or per run would still fail
/// the sanitizer run.
@_cdecl("__lsan_default_suppressions")
public func leakSanitizerDefaultSuppressions() -> UnsafePointer<CChar> {
    UnsafeRawPointer(leakSuppressions.utf8Start).assumingMemoryBound(to: CChar.self)
}

private let leakSuppressions: StaticString = """
    leak:RuleCompiler
    leak:libXCTest.so
    leak:Foundation7ProcessC3run

    """

/// LeakSanitizer's options: no "Suppressions used" table on stderr, which tests of quiet output would see.
@_cdecl("__lsan_default_options")
public func leakSanitizerDefaultOptions() -> UnsafePointer<CChar> {
    UnsafeRawPointer(leakOptions.utf8Start).assumingMemoryBound(to: CChar.self)
}

private let leakOptions: StaticString = "print_suppressions=0"
