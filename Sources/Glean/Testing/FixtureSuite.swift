import Foundation

/// Which fixtures run and which rules are scored (`glean test --filter`).
///
/// A pattern that names rules (a rule id, a glob such as `meeting.*`, or an id prefix ending in `.`) selects
/// rules: only their facts are scored, and only fixtures that expect or produce such facts count. Any other
/// pattern selects the fixtures whose path contains it (or matches it as a glob).
public struct FixtureFilter: Sendable {
    public var fixturePatterns: [String] = []
    public var rulePatterns: [String] = []

    public init(patterns: [String], ruleIDs: [String]) {
        for pattern in patterns {
            if ruleIDs.contains(where: { FixtureFilter.matches(rule: $0, pattern: pattern) }) { rulePatterns.append(pattern) } else { fixturePatterns.append(pattern) }
        }
    }

    public func selects(fixture path: String) -> Bool {
        fixturePatterns.isEmpty || fixturePatterns.contains { path.contains($0) || fnmatch($0, path, 0) == 0 }
    }

    public func selects(rule id: String) -> Bool {
        rulePatterns.isEmpty || rulePatterns.contains { FixtureFilter.matches(rule: id, pattern: $0) }
    }

    static func matches(rule id: String, pattern: String) -> Bool {
        id == pattern || (pattern.hasSuffix(".") && id.hasPrefix(pattern)) || (pattern.contains("*") && fnmatch(pattern, id, 0) == 0)
    }
}

/// The result of running a set of fixtures.
public struct FixtureSuiteResult: Sendable {
    public var outcomes: [FixtureOutcome] = []
    /// The same outcomes before `--filter` narrowed them to rules (for `--update`, which rewrites whole files).
    public var unrestrictedOutcomes: [FixtureOutcome] = []
    /// Fixture files that could not be read, with why.
    public var unreadable: [(path: String, diagnostics: [Diagnostic])] = []
    public var scores = ScoreTable()

    public var passed: Int { outcomes.filter(\.passed).count }
    public var failed: Int { outcomes.count - passed + unreadable.count }

    /// `N passed, N failed`.
    public var summaryLine: String { "\(passed) passed, \(failed) failed" }
}

/// Runs fixtures against a rule pack.
public struct FixtureSuite {
    public let pack: RulePack
    public var filter: FixtureFilter

    public init(pack: RulePack, filter: [String] = []) {
        self.pack = pack
        self.filter = FixtureFilter(patterns: filter, ruleIDs: pack.rules.map(\.id))
    }

    public func run(paths: [String]) -> FixtureSuiteResult {
        var result = FixtureSuiteResult()
        let (files, problems) = FixtureLoader.files(in: paths)
        for problem in problems { result.unreadable.append((problem.message, [problem])) }
        let extractor = Extractor(pack: pack)
        for file in files where filter.selects(fixture: file) {
            switch FixtureLoader.load(path: FixtureLoader.relativeToWorkingDirectory(file)) {
            case .failure(let list):
                result.unreadable.append((file, list.diagnostics))
            case .success(let fixture):
                let full = FixtureMatcher.run(fixture, extractor: extractor)
                var outcome = full
                if !filter.rulePatterns.isEmpty {
                    outcome = outcome.restricted { filter.selects(rule: $0) }
                    if outcome.fixture.facts.isEmpty && outcome.actual.isEmpty { continue }
                }
                result.scores.add(outcome)
                result.outcomes.append(outcome)
                result.unrestrictedOutcomes.append(full)
            }
        }
        return result
    }
}

extension FixtureOutcome {
    /// The outcome counting only facts of the selected rules: produced facts of those rules, and expected facts
    /// that name such a rule (or, naming none, paired with a fact of one).
    public func restricted(to selected: (String) -> Bool) -> FixtureOutcome {
        var keptExpected: [Int] = []
        var keptActual = Set(actual.indices.filter { selected(actual[$0].rule) })
        for (index, expected) in fixture.facts.enumerated() {
            let paired: Int?
            switch verdicts[index] {
            case .correct(let a), .wrong(let a, _): paired = a
            case .missing: paired = nil
            }
            guard let rule = expected.rule ?? paired.map({ actual[$0].rule }), selected(rule) else { continue }
            keptExpected.append(index)
            if let paired { keptActual.insert(paired) }
        }
        let order = keptActual.sorted()
        var newIndex: [Int: Int] = [:]
        for (new, old) in order.enumerated() { newIndex[old] = new }
        var result = self
        result.fixture.facts = keptExpected.map { fixture.facts[$0] }
        result.verdicts = keptExpected.map { index in
            switch verdicts[index] {
            case .correct(let a): .correct(actual: newIndex[a]!)
            case .wrong(let a, let differences): .wrong(actual: newIndex[a]!, differences: differences)
            case .missing: .missing
            }
        }
        result.actual = order.map { actual[$0] }
        result.unexpected = unexpected.compactMap { newIndex[$0] }
        result.problems = problems.filter { problem in keptExpected.contains { fixture.facts[$0].location.line == problem.location?.line } }
        return result
    }
}
