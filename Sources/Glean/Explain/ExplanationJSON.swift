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
        json.appendRaw(",\"sentences\":")
        json.appendArray(explanation.sentences) { json, sentence in
            json.appendRaw("{\"location\":")
            append(sentence.location, to: &json)
            json.appendRaw(",\"text\":")
            json.appendString(sentence.text)
            json.appendRaw(",\"tokens\":")
            json.appendArray(sentence.tokens) { json, token in
                json.appendRaw("{\"text\":")
                json.appendString(token.text)
                json.appendRaw(",\"kind\":")
                json.appendString(token.kind)
                json.appendRaw("}")
            }
            json.appendRaw("}")
        }
        json.appendRaw(",\"hits\":")
        json.appendArray(explanation.hits) { json, hit in
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
        json.appendRaw(",\"phases\":")
        json.appendArray(explanation.phases) { json, phase in
            json.appendRaw("{\"name\":")
            json.appendString(phase.name)
            json.appendRaw(",\"matches\":")
            json.appendArray(phase.matches) { json, match in
                json.appendRaw("{\"rule\":")
                json.appendString(match.ruleID)
                json.appendRaw(",\"rule_location\":")
                append(match.ruleLocation, to: &json)
                json.appendRaw(",\"type\":")
                json.appendString(match.emitType)
                json.appendRaw(",\"fact\":")
                json.appendBool(match.isFact)
                json.appendRaw(",\"location\":")
                append(match.location, to: &json)
                json.appendRaw(",\"text\":")
                json.appendString(match.text)
                json.appendRaw(",\"accepted\":")
                json.appendBool(match.accepted)
                json.appendRaw(",\"outcome\":")
                json.appendString(match.outcome)
                json.appendRaw(",\"fields\":")
                json.appendObject(match.fields)
                json.appendRaw("}")
            }
            json.appendRaw("}")
        }
        json.appendRaw(",\"facts\":")
        json.appendArray(explanation.facts) { json, explained in
            json.appendRaw("{\"fact\":")
            json.append(explained.fact)
            json.appendRaw(",\"location\":")
            append(explained.location, to: &json)
            json.appendRaw(",\"phase\":")
            json.appendString(explained.phase)
            json.appendRaw(",\"rule_location\":")
            append(explained.ruleLocation, to: &json)
            json.appendRaw(",\"field_sources\":")
            json.appendArray(explained.fields) { json, field in
                json.appendRaw("{\"key\":")
                json.appendString(field.key)
                json.appendRaw(",\"value\":")
                json.append(field.value)
                json.appendRaw(",\"source\":")
                json.appendString(field.source)
                json.appendRaw("}")
            }
            json.appendRaw("}")
        }
        json.appendRaw(",\"warnings\":")
        json.appendArray(explanation.warnings) { json, warning in CheckReport.append(warning, to: &json) }
        if let diagnosis = explanation.ruleDiagnosis {
            json.appendRaw(",\"rule_diagnosis\":")
            json.appendStrings(diagnosis)
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
