import Foundation

/// Renders an `Evaluation` as the plain-text tables `glean eval` prints, or as one JSON object for scripts.
public enum EvaluationReport {
    public static func scoreTable(_ evaluation: Evaluation, byLanguage: Bool) -> String {
        var rows: [(String, ScoreCounts)] = evaluation.types.map { ($0, evaluation.byType[$0] ?? ScoreCounts()) }
        rows.append(("all", evaluation.total))
        // A block of rows per language, then per value of the grouping key: "Meeting (en)", "Meeting [state.gov]".
        func block(_ label: String, _ counts: [String: ScoreCounts]) {
            var total = ScoreCounts()
            for type in evaluation.types {
                let row = counts[type] ?? ScoreCounts()
                rows.append(("\(type) \(label)", row))
                total.expected += row.expected
                total.actual += row.actual
                total.correct += row.correct
            }
            rows.append(("all \(label)", total))
        }
        if byLanguage {
            for language in evaluation.byLanguage.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                block("(\(language.rawValue))", evaluation.byLanguage[language]!)
            }
        }
        for group in evaluation.byGroup.keys.sorted() {
            block("[\(group)]", evaluation.byGroup[group]!)
        }
        // Per value of a fact field: "Meeting kind=talks" (no "all" row: a value belongs to one type).
        for type in evaluation.types {
            for value in (evaluation.byValue[type] ?? [:]).keys.sorted() {
                rows.append(("\(type) \(evaluation.valueField ?? "value")=\(value)", evaluation.byValue[type]![value]!))
            }
        }
        let width = max(4, rows.map(\.0.count).max() ?? 0)
        var lines = [pad("type", width, left: true) + pad("gold", 7) + pad("produced", 10) + pad("matched", 9) + pad("recall", 9) + pad("precision", 11) + pad("F1", 8)]
        for (name, counts) in rows {
            lines.append(pad(name, width, left: true) + pad(String(counts.expected), 7) + pad(String(counts.actual), 10) + pad(String(counts.correct), 9)
                + pad(percent(counts.recall), 9) + pad(percent(counts.precision), 11) + pad(percent(counts.f1), 8))
        }
        return lines.joined(separator: "\n")
    }

    public static func fieldTable(_ evaluation: Evaluation) -> String {
        var lines = ["field accuracy on matched facts (both absent counts as agreement):"]
        for type in evaluation.types {
            guard let fields = evaluation.fields[type], !fields.isEmpty else { continue }
            let cells = fields.keys.sorted().map { key -> String in
                let accuracy = fields[key]!
                return "\(key) \(percent(accuracy.accuracy)) (\(accuracy.correct)/\(accuracy.total))"
            }
            lines.append("  \(type): " + cells.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// Key values read as others, per type and key, most frequent first ("Meeting kind: visit as talks 5, …"); empty
    /// when no spurious fact lies near a missed gold fact with another key value.
    public static func confusionTable(_ evaluation: Evaluation) -> String {
        guard !evaluation.keyConfusions.isEmpty else { return "" }
        var lines = ["key values read otherwise (a spurious fact near a missed gold fact of its type; gold as produced):"]
        var order: [String] = []
        var cells: [String: [String]] = [:]
        for confusion in evaluation.keyConfusions {
            let label = "\(confusion.type) \(confusion.key)"
            if cells[label] == nil { order.append(label) }
            cells[label, default: []].append("\(confusion.expected) as \(confusion.actual) \(confusion.count)")
        }
        for label in order { lines.append("  \(label): " + cells[label]!.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    /// One row per rule that produced a scored fact, by type, noisiest first: produced, matched, precision, matched
    /// facts with a wrong field, unmatched facts near a missed gold fact with another key value, and unmatched facts
    /// near a gold fact another fact matched (a repeat).
    public static func ruleTable(_ evaluation: Evaluation) -> String {
        let rows = evaluation.byRule.sorted { a, b in
            if a.value.type != b.value.type { return a.value.type < b.value.type }
            let unmatchedA = a.value.produced - a.value.matched, unmatchedB = b.value.produced - b.value.matched
            return unmatchedA != unmatchedB ? unmatchedA > unmatchedB : a.key < b.key
        }
        let width = max(4, rows.map(\.key.count).max() ?? 0)
        var lines = ["per rule (facts of the scored types):", pad("rule", width, left: true) + pad("type", 13) + pad("produced", 10) + pad("matched", 9) + pad("precision", 11) + pad("wrong field", 13) + pad("wrong key", 11) + pad("near a match", 14)]
        for (rule, counts) in rows {
            lines.append(pad(rule, width, left: true) + pad(counts.type, 13) + pad(String(counts.produced), 10) + pad(String(counts.matched), 9)
                + pad(percent(counts.precision), 11) + pad(String(counts.wrongFields), 13) + pad(String(counts.wrongKey), 11) + pad(String(counts.nearMatched), 14))
        }
        return lines.joined(separator: "\n")
    }

    /// Missed gold facts, spurious facts and wrong fields, document by document, with their text.
    public static func errors(_ evaluation: Evaluation) -> String {
        var byDocument: [String: [(Int, String)]] = [:]
        for gold in evaluation.missed {
            byDocument[gold.document, default: []].append((0, "  MISSED   \(gold.type) \(describe(gold.fields))  \"\(gold.evidence)\"  (\(gold.location))"))
        }
        // What each classified spurious fact lies near, keyed once (a spurious fact is its document, span and rule).
        func key(_ fact: Fact) -> String { "\(fact.document)\u{0}\(fact.span.start)-\(fact.span.end)\u{0}\(fact.rule)" }
        var notes: [String: String] = [:]
        for entry in evaluation.wrongKey { notes[key(entry.fact)] = "  (near the missed gold fact at \(entry.gold.location): another key value)" }
        for entry in evaluation.nearMatched { notes[key(entry.fact)] = "  (near the gold fact at \(entry.gold.location), which another fact matched)" }
        for fact in evaluation.spurious {
            let note = notes[key(fact)] ?? ""
            byDocument[fact.document, default: []].append((fact.span.start, "  SPURIOUS \(fact.type) \(describe(fact.fields))  \"\(fact.text)\"  [\(fact.span.start)-\(fact.span.end), \(fact.rule)]" + note))
        }
        for pair in evaluation.pairs where !pair.wrongFields.isEmpty {
            let fields = pair.wrongFields.map { "\($0.key): expected \($0.expected?.description ?? "none"), got \($0.actual?.description ?? "none")" }
            byDocument[pair.gold.document, default: []].append((pair.fact.span.start, "  FIELDS   \(pair.gold.type) \(fields.joined(separator: "; "))  \"\(pair.fact.text)\"  [\(pair.fact.rule)]  (\(pair.gold.location))"))
        }
        var lines: [String] = []
        for document in byDocument.keys.sorted() {
            lines.append(document + ":")
            lines += byDocument[document]!.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return lines.joined(separator: "\n")
    }

    public static func json(_ evaluation: Evaluation, includeErrors: Bool, byRule: Bool = false, errorSummary: Bool = false) -> String {
        func counts(_ counts: ScoreCounts) -> [String: Any] {
            var object: [String: Any] = ["gold": counts.expected, "produced": counts.actual, "matched": counts.correct]
            if let recall = counts.recall { object["recall"] = recall }
            if let precision = counts.precision { object["precision"] = precision }
            if let f1 = counts.f1 { object["f1"] = f1 }
            return object
        }
        var object: [String: Any] = [
            "documents": evaluation.documents,
            "types": Dictionary(uniqueKeysWithValues: evaluation.types.map { ($0, counts(evaluation.byType[$0] ?? ScoreCounts())) }),
            "total": counts(evaluation.total),
            "by_language": Dictionary(uniqueKeysWithValues: evaluation.byLanguage.map { language, rows in
                (language.rawValue, Dictionary(uniqueKeysWithValues: rows.map { ($0.key, counts($0.value)) }))
            }),
            "by_field": evaluation.byGroup.mapValues { rows in rows.mapValues(counts) },
            "by_value": evaluation.byValue.mapValues { rows in rows.mapValues(counts) },
            "key_confusions": evaluation.keyConfusions.map { ["type": $0.type, "key": $0.key, "expected": $0.expected, "actual": $0.actual, "count": $0.count] as [String: Any] },
            "fields": evaluation.fields.mapValues { fields in
                fields.mapValues { accuracy -> [String: Any] in
                    var cell: [String: Any] = ["correct": accuracy.correct, "total": accuracy.total]
                    if let value = accuracy.accuracy { cell["accuracy"] = value }
                    return cell
                }
            },
        ]
        if byRule {
            object["rules"] = evaluation.byRule.mapValues { counts -> [String: Any] in
                var row: [String: Any] = ["type": counts.type, "produced": counts.produced, "matched": counts.matched, "wrong_fields": counts.wrongFields, "wrong_key": counts.wrongKey, "near_matched": counts.nearMatched]
                if let precision = counts.precision { row["precision"] = precision }
                return row
            }
        }
        if errorSummary { object["error_summary"] = errorSummaryJSON(evaluation.errorSummary) }
        if includeErrors {
            object["missed"] = evaluation.missed.map { ["doc": $0.document, "type": $0.type, "evidence": $0.evidence, "line": $0.location.line] as [String: Any] }
            object["spurious"] = evaluation.spurious.map { ["doc": $0.document, "type": $0.type, "text": $0.text, "rule": $0.rule, "start": $0.span.start, "end": $0.span.end] as [String: Any] }
            object["wrong_fields"] = evaluation.pairs.filter { !$0.wrongFields.isEmpty }.map { pair in
                ["doc": pair.gold.document, "type": pair.gold.type, "line": pair.gold.location.line, "rule": pair.fact.rule,
                 "fields": pair.wrongFields.map(\.key)] as [String: Any]
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func describe(_ fields: [FieldEntry]) -> String {
        "{" + fields.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }

    static func percent(_ value: Double?) -> String { value.map { String(format: "%.1f%%", $0 * 100) } ?? "-" }

    static func pad(_ text: String, _ size: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, size - text.count))
        return left ? text + fill : fill + text
    }
}
