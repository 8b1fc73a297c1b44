import Foundation

/// How a rule pack behaves over a corpus (`glean stats`): how often each rule fired and in how many documents,
/// how many facts of each type, and which rules never fired.
public struct RuleStatistics: Sendable {
    public private(set) var documents = 0
    public private(set) var bytes = 0
    /// Facts (not marks) per type.
    public private(set) var factsByType: [String: Int] = [:]
    /// Facts or marks per rule id, and the number of documents in which the rule fired.
    public private(set) var firingsByRule: [String: (count: Int, documents: Int)] = [:]

    public init() {}

    /// Adds one document's result, extracted with marks included.
    public mutating func add(_ result: ExtractionResult, bytes: Int, pack: RulePack) {
        documents += 1
        self.bytes += bytes
        var seen = Set<String>()
        let marks = Set(pack.rules.filter { !$0.emitsFact }.map(\.id))
        for fact in result.facts {
            if !marks.contains(fact.rule) { factsByType[fact.type, default: 0] += 1 }
            let first = seen.insert(fact.rule).inserted
            let current = firingsByRule[fact.rule] ?? (0, 0)
            firingsByRule[fact.rule] = (current.count + 1, current.documents + (first ? 1 : 0))
        }
    }

    public func neverFired(in pack: RulePack) -> [CompiledRule] {
        pack.rules.filter { firingsByRule[$0.id] == nil }
    }

    /// The report as plain text: facts per type, rules by how often they fired, rules that never fired.
    public func rendered(pack: RulePack) -> String {
        var lines: [String] = []
        let facts = factsByType.values.reduce(0, +)
        lines.append("\(documents) document\(documents == 1 ? "" : "s"), \(bytes) bytes, \(facts) facts")
        lines.append("")
        lines.append("facts per type:")
        let typeWidth = factsByType.keys.map(\.count).max() ?? 0
        for (type, count) in factsByType.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            lines.append("  " + type.padding(toLength: typeWidth, withPad: " ", startingAt: 0) + "  " + String(count))
        }
        lines.append("")
        lines.append("rules (times fired, documents):")
        let ruleWidth = pack.rules.map(\.id.count).max() ?? 0
        let fired = pack.rules.compactMap { rule in firingsByRule[rule.id].map { (rule, $0) } }
            .sorted { $0.1.count != $1.1.count ? $0.1.count > $1.1.count : $0.0.id < $1.0.id }
        for (rule, counts) in fired {
            let kind = rule.emitsFact ? rule.emitType : "mark " + rule.emitType
            lines.append("  " + rule.id.padding(toLength: ruleWidth, withPad: " ", startingAt: 0) + "  \(counts.count) in \(counts.documents) (\(kind))")
        }
        let never = neverFired(in: pack)
        lines.append("")
        lines.append("rules that never fired (\(never.count) of \(pack.rules.count)):")
        for rule in never { lines.append("  \(rule.location): \(rule.id) (\(rule.emitsFact ? "emits" : "marks") \(rule.emitType))") }
        return lines.joined(separator: "\n")
    }
}
