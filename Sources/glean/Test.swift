import ArgumentParser
import Foundation
import Glean

struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the rules over fixtures (documents with the facts expected from them) and report what differs.",
        discussion: """
        PATH is a *.fixture.yaml file or a directory searched recursively for them (default: Tests/Fixtures).
        The fixture format is described in docs/fixtures.md.
        Exit status: 0 when every fixture passes (or --update rewrote them), 1 otherwise.
        """
    )

    @Argument(help: "Fixture files or directories (default: Tests/Fixtures).")
    var paths: [String] = []

    @OptionGroup var pack: PackOptions

    @Flag(help: "Rewrite the expected facts of failing fixtures from what the rules produce now, and show what changed. Review with git diff.")
    var update = false

    @Option(name: .customLong("junit"), help: "Also write the results as JUnit XML to this file.")
    var junitPath: String?

    @Option(help: "Only fixtures whose path contains this (or matches it as a glob), or only the facts of these rules (a rule id, a glob such as 'meeting.*', or an id prefix ending in '.'). Repeatable.")
    var filter: [String] = []

    @Flag(help: "Also list the rules no fixture exercises and the expected facts no rule produces.")
    var coverage = false

    @Flag(name: .customLong("no-scores"), help: "Do not print the precision/recall tables.")
    var noScores = false

    func run() throws {
        let rulePack = try pack.loadPack()
        let roots = paths.isEmpty ? ["Tests/Fixtures"] : paths
        let suite = FixtureSuite(pack: rulePack, filter: filter)
        let result = suite.run(paths: roots)
        let style = TerminalStyle(enabled: isatty(1) == 1)

        for (path, diagnostics) in result.unreadable {
            print(style.red("ERROR") + " \(path)")
            for diagnostic in diagnostics { print(indent(diagnostic.rendered)) }
        }
        var updated = 0
        for (index, outcome) in result.outcomes.enumerated() {
            if outcome.passed && !(update && outcome.fixture.checkedTypes.isEmpty) {
                print(style.green("ok  ") + " \(outcome.fixture.path)")
                continue
            }
            for warning in outcome.warnings { Terminal.printError(warning.rendered) }
            if update, outcome.problems.isEmpty {
                let full = result.unrestrictedOutcomes[index]
                let selected: ((String) -> Bool)? = suite.filter.rulePatterns.isEmpty ? nil : { suite.filter.selects(rule: $0) }
                guard let text = FixtureWriter.updatedText(full, selectedRules: selected) else {
                    print(style.green("ok  ") + " \(outcome.fixture.path)")
                    continue
                }
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: outcome.fixture.path), options: .atomic)
                } catch {
                    throw CommandFailure("cannot write '\(outcome.fixture.path)': \(error.localizedDescription)")
                }
                updated += 1
                print(style.yellow("UPDATED") + " \(outcome.fixture.path)")
                if outcome.fixture.checkedTypes.isEmpty {
                    print("  added \(full.allFacts.count) expected facts of every type; delete the ones you do not want checked")
                }
            } else {
                print(style.red("FAIL") + " \(outcome.fixture.path)")
            }
            for line in FixtureReport.failureLines(outcome) { print(indent(style.diff(line))) }
        }

        if result.outcomes.isEmpty && result.unreadable.isEmpty {
            throw CommandFailure("no fixtures found in \(roots.joined(separator: ", "))\(filter.isEmpty ? "" : " matching --filter \(filter.joined(separator: ", "))") (fixture files end in .fixture.yaml)")
        }
        var final = result
        if update && updated > 0 {
            print("")
            print("updated \(updated) fixture file\(updated == 1 ? "" : "s"); review the change with git diff")
            // Scores and the closing line tell the state of the fixtures as they are now on disk.
            final = suite.run(paths: roots)
        }
        if coverage { printCoverage(final, pack: rulePack) }
        if !noScores && final.scores.total.expected + final.scores.total.actual > 0 {
            print("")
            print(final.scores.rendered(title: "type", rows: final.scores.byType, withTotal: true))
            print("")
            print(final.scores.rendered(title: "rule", rows: final.scores.byRule, withTotal: false))
        }
        if let junitPath {
            do {
                try Data(FixtureReport.junit(final).utf8).write(to: URL(fileURLWithPath: junitPath), options: .atomic)
            } catch {
                throw CommandFailure("cannot write the JUnit report '\(junitPath)': \(error.localizedDescription)")
            }
        }
        print("")
        print(final.summaryLine)
        if final.failed > 0 { throw ExitCode(1) }
    }

    private func printCoverage(_ result: FixtureSuiteResult, pack: RulePack) {
        let report = CoverageReport(result, pack: pack)
        print("")
        print("coverage: \(pack.rules.count - report.unexercisedRules.count) of \(pack.rules.count) rules fire on some fixture")
        if !report.unexercisedRules.isEmpty {
            print("rules no fixture exercises:")
            for rule in report.unexercisedRules { print("  \(rule.location): \(rule.id) (\(rule.emitsFact ? "emits" : "marks") \(rule.emitType))") }
        }
        if !report.unproducedFacts.isEmpty {
            print("expected facts no rule produces:")
            for (location, description) in report.unproducedFacts { print("  \(location): \(description)") }
        }
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}

/// ANSI colours when standard output is a terminal.
struct TerminalStyle {
    var enabled: Bool
    func paint(_ text: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func red(_ text: String) -> String { paint(text, "31") }
    func green(_ text: String) -> String { paint(text, "32") }
    func yellow(_ text: String) -> String { paint(text, "33") }
    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }
    /// Colours `-` lines red and `+` lines green.
    func diff(_ line: String) -> String {
        if line.hasPrefix("-") { return red(line) }
        if line.hasPrefix("+") { return green(line) }
        return line
    }
}
