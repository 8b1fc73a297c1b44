import Foundation

/// Human-readable and CI-readable reports of fixture outcomes.
public enum FixtureReport {
    /// What is wrong with a fixture, as a diff: `-` lines are what the fixture expects, `+` lines what the rules
    /// produce. Each finding starts with the fixture file:line:column to edit (or the document line, for an
    /// unexpected fact). Empty when the fixture passed.
    public static func failureLines(_ outcome: FixtureOutcome) -> [String] {
        var lines: [String] = []
        let fixture = outcome.fixture
        for problem in outcome.problems { lines.append(problem.rendered) }
        for (index, expected) in fixture.facts.enumerated() {
            switch outcome.verdicts[index] {
            case .correct:
                continue
            case .wrong(let a, let differences):
                let fact = outcome.actual[a]
                lines.append("\(expected.location): wrong \(describe(fact)) (\(documentPlace(outcome, fact)), rule \(fact.rule))")
                for difference in differences {
                    let at = expected.fieldLocations[difference.key].map { "  # \($0)" } ?? ""
                    let name = difference.isRule ? "rule" : FixtureWriter.key(difference.key)
                    lines.append("-     \(name): \(FixtureWriter.flow(difference.expected))\(at)")
                    lines.append(difference.actual.map { "+     \(name): \(FixtureWriter.flow($0))" } ?? "+     (no \(name))")
                }
            case .missing:
                var wanted = expected.type
                if let text = expected.text { wanted += " \"\(FixtureMatcher.collapseSpaces(text))\"" }
                var constraints: [String] = []
                if let line = expected.line { constraints.append("document line \(line)") }
                if let rule = expected.rule { constraints.append("rule \(rule)") }
                if !constraints.isEmpty { wanted += " (" + constraints.joined(separator: ", ") + ")" }
                let constrained = [expected.text.map { _ in "text" }, expected.line.map { _ in "line" }].compactMap { $0 }
                lines.append("\(expected.location): missing \(wanted): no \(expected.type) fact\(constrained.isEmpty ? "" : " with that " + constrained.joined(separator: " and ")) was produced")
                for field in expected.fields { lines.append("-     " + FixtureWriter.fieldLine(field)) }
            }
        }
        for a in outcome.unexpected {
            let fact = outcome.actual[a]
            lines.append("\(documentLocation(outcome, fact)): unexpected \(describe(fact)) (rule \(fact.rule)): produced, but the fixture does not expect it")
            for field in fact.fields { lines.append("+     " + FixtureWriter.fieldLine(field)) }
        }
        return lines
    }

    static func describe(_ fact: Fact) -> String {
        "\(fact.type) \"\(FixtureMatcher.collapseSpaces(fact.text))\""
    }

    /// `path:line` of a produced fact in the document (the fixture's path for inline text).
    static func documentLocation(_ outcome: FixtureOutcome, _ fact: Fact) -> String {
        let line = outcome.documentLine(of: fact)
        if let path = outcome.fixture.documentPath { return "\(path):\(line)" }
        return "\(outcome.fixture.path) (text line \(line))"
    }

    static func documentPlace(_ outcome: FixtureOutcome, _ fact: Fact) -> String {
        outcome.fixture.documentPath == nil ? "text line \(outcome.documentLine(of: fact))" : documentLocation(outcome, fact)
    }

    /// JUnit XML: one test case per fixture, the diff as the failure's text.
    public static func junit(_ result: FixtureSuiteResult, suiteName: String = "glean fixtures") -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let tests = result.outcomes.count + result.unreadable.count
        xml += "<testsuites tests=\"\(tests)\" failures=\"\(result.failed)\">\n"
        xml += "  <testsuite name=\"\(escape(suiteName))\" tests=\"\(tests)\" failures=\"\(result.outcomes.count - result.passed)\" errors=\"\(result.unreadable.count)\">\n"
        for outcome in result.outcomes {
            let name = escape(outcome.fixture.path)
            if outcome.passed {
                xml += "    <testcase classname=\"fixtures\" name=\"\(name)\"/>\n"
            } else {
                let lines = failureLines(outcome)
                let wrong = outcome.verdicts.filter { if case .wrong = $0 { true } else { false } }.count
                let missing = outcome.verdicts.filter { $0 == .missing }.count
                let message = "\(missing) missing, \(outcome.unexpected.count) unexpected, \(wrong) wrong"
                xml += "    <testcase classname=\"fixtures\" name=\"\(name)\">\n"
                xml += "      <failure message=\"\(escape(message))\">\(escape(lines.joined(separator: "\n")))</failure>\n"
                xml += "    </testcase>\n"
            }
        }
        for (path, diagnostics) in result.unreadable {
            xml += "    <testcase classname=\"fixtures\" name=\"\(escape(path))\">\n"
            xml += "      <error message=\"the fixture cannot be read\">\(escape(diagnostics.map(\.rendered).joined(separator: "\n")))</error>\n"
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    static func escape(_ text: String) -> String { Markup.escape(text) }
}
