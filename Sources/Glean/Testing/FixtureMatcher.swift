/// Pairs a fixture's expected facts with the facts the rules produced (docs/fixtures.md, "Matching").
///
/// An expected fact pairs with at most one actual fact of its type that satisfies its `text` and `line`
/// constraints. Pairs are chosen best first: all listed fields (and the rule) equal, then the most equal
/// fields, then the earlier expected fact, then the earlier actual fact in the document.
public struct FixtureOutcome: Sendable {
    public enum Verdict: Sendable, Equatable {
        case correct(actual: Int)
        case wrong(actual: Int, differences: [FieldDifference])
        case missing
    }

    public var fixture: Fixture
    /// The produced facts of the checked types, in document order.
    public var actual: [Fact]
    /// Every fact the rules produced, of any type, in document order.
    public var allFacts: [Fact]
    /// Every fact and mark the rules produced, for coverage.
    public var produced: [Fact]
    /// One verdict per expected fact, in fixture order.
    public var verdicts: [Verdict]
    /// Indices into `actual` of facts no expected fact paired with.
    public var unexpected: [Int]
    public var warnings: [Diagnostic]
    /// Problems with the fixture itself (a type no rule emits, …): the fixture fails.
    public var problems: [Diagnostic]

    public var passed: Bool {
        problems.isEmpty && unexpected.isEmpty && verdicts.allSatisfy { if case .correct = $0 { true } else { false } }
    }

    /// The 1-based line of the document on which a fact starts.
    public func documentLine(of fact: Fact) -> Int {
        FixtureMatcher.line(ofByte: fact.byteSpan.start, in: fixture.documentBytes)
    }
}

/// A listed field (or the rule) whose value differs; `actual` nil means the fact has no such field.
public struct FieldDifference: Sendable, Equatable {
    public var key: String
    public var expected: FieldValue
    public var actual: FieldValue?
    /// True for a difference in `rule:` rather than in a field.
    public var isRule: Bool
}

public enum FixtureMatcher {
    /// Runs the extractor over the fixture's document and pairs the result with the expectations.
    public static func run(_ fixture: Fixture, extractor: Extractor) -> FixtureOutcome {
        let result = extractor.extract(fixture.document, includeMarks: true)
        let factRules = Set(extractor.pack.rules.filter(\.emitsFact).map(\.id))
        let facts = result.facts.filter { factRules.contains($0.rule) }
        var outcome = match(fixture, facts: facts)
        outcome.produced = result.facts
        outcome.warnings = result.warnings
        outcome.problems = problems(of: fixture, pack: extractor.pack)
        return outcome
    }

    /// Types and rules the fixture names that the pack does not have: almost always a typo.
    static func problems(of fixture: Fixture, pack: RulePack) -> [Diagnostic] {
        let types = Set(pack.rules.filter(\.emitsFact).map(\.emitType))
        let rules = Set(pack.rules.map(\.id))
        var problems: [Diagnostic] = []
        func report(_ message: String, _ location: SourceLocation) {
            problems.append(Diagnostic(.error, message, code: "fixture", at: location, sourceLine: fixture.source.lineText(location.line)))
        }
        for fact in fixture.facts {
            if !types.contains(fact.type) {
                report("no rule emits facts of type '\(fact.type)'\(suggestion(fact.type, types))", fact.location)
            }
            if let rule = fact.rule, !rules.contains(rule) {
                report("no rule has the id '\(rule)'\(suggestion(rule, rules))", fact.fieldLocations["rule"] ?? fact.location)
            }
        }
        for type in fixture.declaredChecks ?? [] where !types.contains(type) {
            report("'checks' names '\(type)', but no rule emits facts of that type\(suggestion(type, types))", SourceLocation(file: fixture.path, line: fixture.checksLine, column: 1))
        }
        return problems
    }

    private static func suggestion(_ word: String, _ known: Set<String>) -> String {
        let lowered = word.lowercased()
        guard let close = known.sorted().min(by: { editDistance($0.lowercased(), lowered) < editDistance($1.lowercased(), lowered) }),
              editDistance(close.lowercased(), lowered) <= max(2, word.count / 4) else { return "" }
        return " (did you mean '\(close)'?)"
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in stride(from: 1, through: y.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }

    /// Pairs expectations with `facts` (the produced facts, in document order).
    public static func match(_ fixture: Fixture, facts: [Fact]) -> FixtureOutcome {
        let checked = fixture.checkedTypes
        let actual = facts.filter { checked.contains($0.type) }
        let lines = actual.map { line(ofByte: $0.byteSpan.start, in: fixture.documentBytes) }

        struct Pair { var expected: Int; var actual: Int; var differences: [FieldDifference]; var equal: Int }
        var pairs: [Pair] = []
        for (e, expected) in fixture.facts.enumerated() {
            for (a, fact) in actual.enumerated() where fact.type == expected.type {
                if let line = expected.line, line != lines[a] { continue }
                if let text = expected.text, !textsOverlap(text, fact.text) { continue }
                let differences = self.differences(expected, fact)
                let compared = expected.fields.count + (expected.rule == nil ? 0 : 1)
                pairs.append(Pair(expected: e, actual: a, differences: differences, equal: compared - differences.count))
            }
        }
        pairs.sort { x, y in
            if x.differences.isEmpty != y.differences.isEmpty { return x.differences.isEmpty }
            if x.equal != y.equal { return x.equal > y.equal }
            if x.expected != y.expected { return x.expected < y.expected }
            return x.actual < y.actual
        }
        var verdicts = Array(repeating: FixtureOutcome.Verdict.missing, count: fixture.facts.count)
        var expectedTaken = Array(repeating: false, count: fixture.facts.count)
        var actualTaken = Array(repeating: false, count: actual.count)
        for pair in pairs where !expectedTaken[pair.expected] && !actualTaken[pair.actual] {
            expectedTaken[pair.expected] = true
            actualTaken[pair.actual] = true
            verdicts[pair.expected] = pair.differences.isEmpty ? .correct(actual: pair.actual) : .wrong(actual: pair.actual, differences: pair.differences)
        }
        let unexpected = actual.indices.filter { !actualTaken[$0] }
        return FixtureOutcome(fixture: fixture, actual: actual, allFacts: facts, produced: facts, verdicts: verdicts, unexpected: unexpected, warnings: [], problems: [])
    }

    static func differences(_ expected: ExpectedFact, _ fact: Fact) -> [FieldDifference] {
        var differences: [FieldDifference] = []
        if let rule = expected.rule, rule != fact.rule {
            differences.append(FieldDifference(key: "rule", expected: .string(rule), actual: .string(fact.rule), isRule: true))
        }
        for field in expected.fields {
            let actual = fact.field(field.key)
            if !FixtureMatcher.equal(expected: field.value, actual: actual) {
                differences.append(FieldDifference(key: field.key, expected: field.value, actual: actual, isRule: false))
            }
        }
        return differences
    }

    /// `null` expects absence; numbers compare numerically; lists compare as sets; objects compare their listed
    /// keys; a scalar written as text equals the same value of another kind (`"20"` and `20`).
    public static func equal(expected: FieldValue, actual: FieldValue?) -> Bool {
        guard let actual, !actual.isNull else { return expected.isNull }
        switch (expected, actual) {
        case (.null, _):
            return false
        case (.list(let wanted), .list(let got)):
            return wanted.allSatisfy { item in got.contains { equal(expected: item, actual: $0) } }
                && got.allSatisfy { item in wanted.contains { equal(expected: $0, actual: item) } }
        case (.object(let wanted), .object):
            return wanted.allSatisfy { equal(expected: $0.value, actual: actual[$0.key]) }
        case (.list, _), (.object, _), (_, .list), (_, .object):
            return false
        default:
            if let x = numeric(expected), let y = numeric(actual) { return x == y }
            return expected.stringValue == actual.stringValue
        }
    }

    private static func numeric(_ value: FieldValue) -> Double? {
        switch value {
        case .int(let number): Double(number)
        case .double(let number): number
        case .string(let text): FixtureLoader.looksLikeFloat(text) ? Double(text) : nil
        default: nil
        }
    }

    /// One text contains the other, ignoring differences in white space.
    static func textsOverlap(_ a: String, _ b: String) -> Bool {
        let x = collapseSpaces(a), y = collapseSpaces(b)
        return x.contains(y) || y.contains(x)
    }

    static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func line(ofByte offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes.prefix(offset) where byte == UInt8(ascii: "\n") { line += 1 }
        return line
    }
}

extension Fixture {
    /// The line of `checks:` (1 when absent), for problems about it.
    var checksLine: Int {
        for line in 1...max(1, source.lineCount) where source.lineText(line).hasPrefix("checks:") { return line }
        return 1
    }
}
