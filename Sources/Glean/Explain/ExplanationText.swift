/// `glean explain` in a terminal: sections for sentences and tokens, gazetteer hits, each phase's matches, the
/// facts with the source of every field, and the rule diagnosis. ANSI colour when `colour` is set.
public struct ExplanationText {
    public var colour: Bool
    /// Also list every token of every sentence (long for a whole article).
    public var showTokens: Bool

    public init(colour: Bool, showTokens: Bool = true) {
        self.colour = colour
        self.showTokens = showTokens
    }

    private func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    private func heading(_ text: String) -> String { paint(text, "1") }
    private func dim(_ text: String) -> String { paint(text, "2") }
    private func good(_ text: String) -> String { paint(text, "32") }
    private func bad(_ text: String) -> String { paint(text, "31") }
    private func type(_ text: String) -> String { paint(text, "36") }

    public func render(_ explanation: Explanation) -> String {
        var out: [String] = []
        var header = "document \(explanation.document): language \(explanation.language.rawValue)"
        header += explanation.referenceDate.map { ", reference date \($0.iso)" } ?? ", no reference date"
        out.append(heading(header))

        out.append("")
        out.append(heading("sentences (\(explanation.sentences.count))"))
        for (index, sentence) in explanation.sentences.enumerated() {
            out.append("  \(index + 1). \(dim(sentence.location.shortDescription)) \(oneLine(sentence.text))")
            if showTokens {
                out.append("     " + dim(sentence.tokens.map { "\($0.text)/\($0.kind)" }.joined(separator: " ")))
            }
        }

        out.append("")
        out.append(heading("gazetteer hits (\(explanation.hits.count))"))
        for hit in explanation.hits {
            out.append("  \(dim(hit.location.shortDescription)) \"\(hit.text)\" \(type(hit.type)) \(hit.entryID) (\(hit.form), \(hit.entryLocation.shortFileDescription))")
        }

        for phase in explanation.phases {
            out.append("")
            out.append(heading("phase \(phase.name) (\(phase.matches.count) match\(phase.matches.count == 1 ? "" : "es"))"))
            for match in phase.matches {
                let verdict = match.accepted ? good(match.outcome) : bad(match.outcome)
                out.append("  \(dim(match.location.shortDescription)) \(match.ruleID) \"\(oneLine(match.text))\" → \(verdict)")
                if match.accepted && !match.fields.isEmpty {
                    out.append("      " + dim(FieldValue.object(match.fields).description))
                }
            }
        }

        out.append("")
        out.append(heading("facts (\(explanation.facts.count))"))
        for fact in explanation.facts {
            out.append("  \(dim(fact.location.shortDescription)) \(type(fact.fact.type)) \"\(oneLine(fact.fact.text))\" by \(fact.fact.rule) (\(fact.ruleLocation.shortFileDescription), phase \(fact.phase), \(fact.fact.zone.rawValue))")
            let width = fact.fields.map(\.key.count).max() ?? 0
            for field in fact.fields {
                let key = field.key + String(repeating: " ", count: width - field.key.count)
                out.append("      \(key) = \(field.value)  \(dim("← " + field.source))")
            }
        }

        if let diagnosis = explanation.ruleDiagnosis {
            out.append("")
            out.append(heading(diagnosis.first ?? "rule"))
            for line in diagnosis.dropFirst() { out.append("  " + line) }
        }
        for warning in explanation.warnings {
            out.append("")
            out.append(bad(warning.rendered))
        }
        return out.joined(separator: "\n")
    }

    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}
