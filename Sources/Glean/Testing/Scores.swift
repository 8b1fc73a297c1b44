import Foundation

/// Counts behind precision and recall: expected facts, produced facts, and the pairs that were fully correct.
public struct ScoreCounts: Sendable, Equatable {
    public var expected = 0
    public var actual = 0
    public var correct = 0

    public init() {}

    /// nil when nothing was produced (precision is undefined, not zero).
    public var precision: Double? { actual == 0 ? nil : Double(correct) / Double(actual) }
    public var recall: Double? { expected == 0 ? nil : Double(correct) / Double(expected) }
    public var f1: Double? {
        guard let p = precision, let r = recall else { return nil }
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}

/// Precision, recall and F1 per fact type and per rule over a set of fixture outcomes.
///
/// A produced fact counts for the rule that emitted it; an expected fact counts for its `rule:`, or else for the
/// rule of the fact it paired with. Expected facts that name no rule and paired with nothing count under
/// `ScoreTable.unattributed`.
public struct ScoreTable: Sendable {
    public static let unattributed = "(no rule)"
    public private(set) var byType: [String: ScoreCounts] = [:]
    public private(set) var byRule: [String: ScoreCounts] = [:]
    public private(set) var total = ScoreCounts()

    public init() {}

    public mutating func add(_ outcome: FixtureOutcome) {
        for fact in outcome.actual {
            byType[fact.type, default: ScoreCounts()].actual += 1
            byRule[fact.rule, default: ScoreCounts()].actual += 1
            total.actual += 1
        }
        for (index, expected) in outcome.fixture.facts.enumerated() {
            let verdict = outcome.verdicts[index]
            var pairedRule: String? = nil
            switch verdict {
            case .correct(let actual), .wrong(let actual, _): pairedRule = outcome.actual[actual].rule
            case .missing: break
            }
            let rule = expected.rule ?? pairedRule ?? ScoreTable.unattributed
            byType[expected.type, default: ScoreCounts()].expected += 1
            byRule[rule, default: ScoreCounts()].expected += 1
            total.expected += 1
            if case .correct(let actual) = verdict {
                byType[expected.type, default: ScoreCounts()].correct += 1
                byRule[outcome.actual[actual].rule, default: ScoreCounts()].correct += 1
                total.correct += 1
            }
        }
    }

    /// A plain-text table: one row per key, then the total.
    public func rendered(title: String, rows: [String: ScoreCounts], withTotal: Bool) -> String {
        let keys = rows.keys.sorted()
        let width = max(title.count, keys.map(\.count).max() ?? 0, 5)
        func pad(_ text: String, _ size: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, size - text.count))
            return left ? text + fill : fill + text
        }
        func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0 * 100) } ?? "-" }
        func row(_ name: String, _ counts: ScoreCounts) -> String {
            pad(name, width, left: true) + pad(String(counts.expected), 10) + pad(String(counts.actual), 8) + pad(String(counts.correct), 9)
                + pad(percent(counts.precision), 11) + pad(percent(counts.recall), 9) + pad(percent(counts.f1), 8)
        }
        var lines = [pad(title, width, left: true) + pad("expected", 10) + pad("actual", 8) + pad("correct", 9) + pad("precision", 11) + pad("recall", 9) + pad("F1", 8)]
        for key in keys { lines.append(row(key, rows[key]!)) }
        if withTotal { lines.append(row("all", total)) }
        return lines.joined(separator: "\n")
    }
}
