/// An explanation as one JSON object (`glean serve`'s `POST /v1/explain`): the same content `glean explain`
/// prints — sentences and tokens, gazetteer hits, rule matches per phase with their outcome, the facts (as
/// `glean extract` writes them) with the phase, rule location and source of each field, warnings, and for one
/// rule the diagnosis lines.
public struct ExplanationJSON {
    public init() {}

    public func render(_ explanation: Explanation) -> [UInt8] {
        var json = JSONWriter()
        json.appendRaw("{\"document\":")
        json.appendString(explanation.document)
        json.appendRaw(",\"language\":")
        json.appendString(explanation.language.rawValue)
        json.appendRaw(",\"reference_date\":")
        if let date = explanation.referenceDate { json.appendString(date.iso) } else { json.appendRaw("null") }
        json.appendRaw(",\"sentences\":[")
        for (index, sentence) in explanation.sentences.enumerated() {
            if index > 0 { json.appendRaw(",") }
            json.appendRaw("{\"location\":")
            append(sentence.location, to: &json)
            json.appendRaw(",\"text\":")
            json.appendString(sentence.text)
            json.appendRaw(",\"tokens\":[")
            for (tokenIndex, token) in sentence.tokens.enumerated() {
                if tokenIndex > 0 { json.appendRaw(",") }
                json.appendRaw("{\"text\":")
                json.appendString(token.text)
                json.appendRaw(",\"kind\":")
                json.appendString(token.kind)
                json.appendRaw("}")
            }
            json.appendRaw("]}")
        }
        json.appendRaw("],\"hits\":[")
        for (index, hit) in explanation.hits.enumerated() {
            if index > 0 { json.appendRaw(",") }
            json.appendRaw("{\"location\":")
            append(hit.location, to: &json)
            json.appendRaw(",\"text\":")
            json.appendString(hit.text)
            json.appendRaw(",\"type\":")
            json.appendString(hit.type)
            json.appendRaw(",\"entry\":")
            json.appendString(hit.entryID)
            json.appendRaw(",\"form\":")
            json.appendString(hit.form)
            json.appendRaw(",\"entry_location\":")
            append(hit.entryLocation, to: &json)
            json.appendRaw("}")
        }
        json.appendRaw("],\"phases\":[")
        for (index, phase) in explanation.phases.enumerated() {
            if index > 0 { json.appendRaw(",") }
            json.appendRaw("{\"name\":")
            json.appendString(phase.name)
            json.appendRaw(",\"matches\":[")
            for (matchIndex, match) in phase.matches.enumerated() {
                if matchIndex > 0 { json.appendRaw(",") }
                json.appendRaw("{\"rule\":")
                json.appendString(match.ruleID)
                json.appendRaw(",\"rule_location\":")
                append(match.ruleLocation, to: &json)
                json.appendRaw(",\"type\":")
                json.appendString(match.emitType)
                json.appendRaw(",\"fact\":")
                if match.isFact { json.appendRaw("true") } else { json.appendRaw("false") }
                json.appendRaw(",\"location\":")
                append(match.location, to: &json)
                json.appendRaw(",\"text\":")
                json.appendString(match.text)
                json.appendRaw(",\"accepted\":")
                if match.accepted { json.appendRaw("true") } else { json.appendRaw("false") }
                json.appendRaw(",\"outcome\":")
                json.appendString(match.outcome)
                json.appendRaw(",\"fields\":")
                json.appendObject(match.fields)
                json.appendRaw("}")
            }
            json.appendRaw("]}")
        }
        json.appendRaw("],\"facts\":[")
        for (index, explained) in explanation.facts.enumerated() {
            if index > 0 { json.appendRaw(",") }
            json.appendRaw("{\"fact\":")
            json.append(explained.fact)
            json.appendRaw(",\"location\":")
            append(explained.location, to: &json)
            json.appendRaw(",\"phase\":")
            json.appendString(explained.phase)
            json.appendRaw(",\"rule_location\":")
            append(explained.ruleLocation, to: &json)
            json.appendRaw(",\"field_sources\":[")
            for (fieldIndex, field) in explained.fields.enumerated() {
                if fieldIndex > 0 { json.appendRaw(",") }
                json.appendRaw("{\"key\":")
                json.appendString(field.key)
                json.appendRaw(",\"value\":")
                json.append(field.value)
                json.appendRaw(",\"source\":")
                json.appendString(field.source)
                json.appendRaw("}")
            }
            json.appendRaw("]}")
        }
        json.appendRaw("],\"warnings\":[")
        for (index, warning) in explanation.warnings.enumerated() {
            if index > 0 { json.appendRaw(",") }
            CheckReport.append(warning, to: &json)
        }
        json.appendRaw("]")
        if let diagnosis = explanation.ruleDiagnosis {
            json.appendRaw(",\"rule_diagnosis\":[")
            for (index, line) in diagnosis.enumerated() {
                if index > 0 { json.appendRaw(",") }
                json.appendString(line)
            }
            json.appendRaw("]")
        }
        json.appendRaw("}")
        return json.bytes
    }

    private func append(_ location: SourceLocation, to json: inout JSONWriter) {
        json.appendRaw("{\"file\":")
        json.appendString(location.file)
        json.appendRaw(",\"line\":")
        json.appendInt(location.line)
        json.appendRaw(",\"column\":")
        json.appendInt(location.column)
        json.appendRaw("}")
    }
}
