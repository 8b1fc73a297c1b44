import Foundation
import Testing

/// `glean test` over the repository's fixtures, and what a rule change that breaks one looks like.
@Suite("glean test")
struct TestCommandTests {
    @Test func theRepositoryFixturesPass() throws {
        // Every fixture under Tests/Fixtures (unit fixtures and seed fixtures): a rule change that breaks one fails CI.
        let outcome = try CLI.run(["test"])
        #expect(outcome.status == 0, "\(outcome.stdout)\n\(outcome.stderr)")
        let summary = try #require(outcome.lines.last)
        #expect(summary.hasSuffix(" passed, 0 failed"), "\(summary)")
        let passed = Int(summary.split(separator: " ")[0]) ?? 0
        #expect(passed >= 3)
        #expect(outcome.stdout.contains("precision"))
    }

    /// Adds a field after the first emit line that spreads a normaliser, so the field overrides the normaliser's.
    /// Inserts `line` after the first line starting with `prefix`, inside the rule named `rule` when one is given (a
    /// rule added before it to the file must not take the change).
    static func insert(_ line: String, afterFirstLineStartingWith prefix: String, inRule rule: String? = nil, in file: URL) throws {
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let start = try rule.map { name in try #require(lines.firstIndex(of: "rule \(name) {"), "no rule \(name) in \(file.path)") } ?? 0
        let index = try #require(lines[start...].firstIndex { $0.hasPrefix(prefix) }, "no line starting with \(prefix) in \(file.path)")
        lines.insert(line, at: index + 1)
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }

    /// A copy of the shipped rules with one rule changed, and a copy of a unit fixture.
    func brokenSetup() throws -> (folder: URL, fixture: URL, original: String) {
        let folder = try CLI.temporaryDirectory()
        let rules = folder.appendingPathComponent("Rules")
        try FileManager.default.copyItem(at: CLI.repositoryRoot.appendingPathComponent("Rules"), to: rules)
        let values = rules.appendingPathComponent("values.glean")
        try Self.insert("    value: 99", afterFirstLineStartingWith: "    ...percent(", in: values)
        let fixture = folder.appendingPathComponent("values_en.fixture.yaml")
        try FileManager.default.copyItem(at: CLI.repositoryRoot.appendingPathComponent("Tests/Fixtures/units/values_en.fixture.yaml"), to: fixture)
        return (folder, fixture, try String(contentsOf: fixture, encoding: .utf8))
    }

    @Test func aBrokenRuleFailsNamingFixtureFactAndFieldAndUpdateRestoresIt() throws {
        let (folder, fixture, original) = try brokenSetup()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rules = ["--rules", folder.appendingPathComponent("Rules").path]

        let failing = try CLI.run(["test"] + rules + [fixture.path])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("FAIL \(fixture.path)"))
        #expect(failing.stdout.contains("\(fixture.path):22:5: wrong Percent \"12.5%\" (text line 2, rule percent.number)"), "\(failing.stdout)")
        #expect(failing.stdout.contains("-     value: 12.5  # \(fixture.path):26:7"))
        #expect(failing.stdout.contains("+     value: 99"))
        #expect(failing.lines.last == "0 passed, 1 failed")

        let junit = folder.appendingPathComponent("report.xml")
        _ = try CLI.run(["test"] + rules + ["--junit", junit.path, fixture.path])
        let xml = try String(contentsOf: junit, encoding: .utf8)
        #expect(xml.contains("<testsuite name=\"glean fixtures\" tests=\"1\" failures=\"1\" errors=\"0\">"))
        #expect(xml.contains("<failure message=\"0 missing, 0 unexpected, 1 wrong\">"))

        let update = try CLI.run(["test", "--update"] + rules + [fixture.path])
        #expect(update.status == 0, "\(update.stdout)")
        #expect(update.stdout.contains("UPDATED \(fixture.path)"))
        #expect(update.lines.last == "1 passed, 0 failed")
        // Exactly the changed field differs.
        let updated = try String(contentsOf: fixture, encoding: .utf8)
        let before = original.split(separator: "\n", omittingEmptySubsequences: false)
        let after = updated.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.map { "\($0.0) -> \($0.1)" } == ["      value: 12.5 ->       value: 99"])

        let again = try CLI.run(["test"] + rules + [fixture.path])
        #expect(again.status == 0)
    }

    @Test func aBrokenRuleBreaksASeedFixtureAndUpdateChangesOnlyThoseFields() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rules = folder.appendingPathComponent("Rules")
        try FileManager.default.copyItem(at: CLI.repositoryRoot.appendingPathComponent("Rules"), to: rules)
        let values = rules.appendingPathComponent("values.glean")
        // Only money.amount_currency (the rule of "274 million US dollars") gets the wrong currency.
        try Self.insert("    currency: \"XXX\"", afterFirstLineStartingWith: "    ...money(", inRule: "money.amount_currency", in: values)

        let seed = "Tests/Fixtures/seeds/002_5c21f02e3c951309.fixture.yaml"
        let original = try String(contentsOf: CLI.repositoryRoot.appendingPathComponent(seed), encoding: .utf8)
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let textLine = try #require(lines.firstIndex(of: "    text: \"274 million US dollars\"")) + 1
        let currencyLine = try #require(lines[textLine...].firstIndex(of: "      currency: USD")) + 1

        let failing = try CLI.run(["test", "--rules", rules.path, "--no-scores", seed])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("FAIL \(seed)"))
        #expect(failing.stdout.contains("\(seed):\(textLine - 1):5: wrong Money \"274 million US dollars\" (seeds/002_5c21f02e3c951309.txt:"), "\(failing.stdout)")
        #expect(failing.stdout.contains("-     currency: USD  # \(seed):\(currencyLine):7\n  +     currency: XXX"))

        // --update on a copy (its document path made absolute): only currency values change.
        let copy = folder.appendingPathComponent("seed.fixture.yaml")
        let absolute = original.replacingOccurrences(of: "document: ../../../seeds/", with: "document: \(CLI.repositoryRoot.path)/seeds/")
        try absolute.write(to: copy, atomically: true, encoding: .utf8)
        let update = try CLI.run(["test", "--rules", rules.path, "--update", "--no-scores", copy.path])
        #expect(update.status == 0, "\(update.stdout)")
        let updated = try String(contentsOf: copy, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let before = absolute.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(updated.count == before.count)
        let changed = zip(before, updated).filter { $0 != $1 }
        #expect(!changed.isEmpty)
        #expect(changed.allSatisfy { $0.0.contains("USD") && $0.1 == $0.0.replacingOccurrences(of: "USD", with: "XXX") }, "\(changed)")
    }

    @Test func filterSelectsRulesAndFixtures() throws {
        let (folder, fixture, _) = try brokenSetup()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rules = ["--rules", folder.appendingPathComponent("Rules").path]
        // Only the money rules are scored: the broken percentage rule does not count.
        let money = try CLI.run(["test"] + rules + ["--filter", "money.", fixture.path])
        #expect(money.status == 0, "\(money.stdout)")
        #expect(!money.stdout.contains("percent.number"))
        let none = try CLI.run(["test"] + rules + ["--filter", "no-such-fixture", fixture.path])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no fixtures found"))
    }

    @Test func coverageListsUnexercisedRulesAndUnproducedFacts() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = folder.appendingPathComponent("cover.fixture.yaml")
        try "text: Morocco and Japan.\nlang: en\nfacts:\n  - type: Country\n    text: Morocco\n  - type: Country\n    text: Spain\n".write(to: fixture, atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["test", "--coverage", "--no-scores", fixture.path])
        #expect(outcome.status == 1)
        let summary = try #require(outcome.lines.first { $0.hasPrefix("coverage: ") })
        #expect(summary.hasSuffix(" rules fire on some fixture"))
        #expect(outcome.stdout.contains("rules no fixture exercises:\n"))
        #expect(outcome.lines.contains { $0.hasSuffix(": meeting.mention (emits Meeting)") })
        #expect(!outcome.lines.contains { $0.hasSuffix(": entity.country (emits Country)") })
        #expect(outcome.stdout.contains("expected facts no rule produces:\n  \(fixture.path):6:5: Country \"Spain\""), "\(outcome.stdout)")
    }

    @Test func aFixtureWithAnUnknownTypeFailsAtItsLine() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = folder.appendingPathComponent("typo.fixture.yaml")
        try "text: Morocco\nfacts:\n  - type: Contry\n".write(to: fixture, atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["test", fixture.path])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("\(fixture.path):3:5: error: no rule emits facts of type 'Contry' (did you mean 'Country'?)"), "\(outcome.stdout)")
    }
}
