/// Consolidated records as JSON (docs/consolidation.md has the schema): one object per record, keys in a fixed
/// order.
public enum RecordWriter {
    public static func append(_ record: ConsolidatedRecord, to json: inout JSONWriter) {
        json.appendRaw("{\"id\":")
        json.appendString(record.id)
        json.appendRaw(",\"type\":")
        json.appendString(record.type)
        json.appendRaw(",\"fields\":")
        json.appendObject(record.fields)
        json.appendRaw(",\"conflict\":")
        json.appendBool(record.conflict)
        json.appendRaw(",\"conflicts\":")
        appendConflicts(record.conflicts, to: &json)
        json.appendRaw(",\"languages\":")
        json.append(.list(record.languages.map { .string($0.rawValue) }))
        json.appendRaw(",\"documents\":")
        json.append(.list(record.documents.map(FieldValue.string)))
        json.appendRaw(",\"sources\":")
        json.appendArray(record.sources) { json, source in appendSource(source, to: &json) }
        json.appendRaw("}")
    }

    public static func appendConflicts(_ conflicts: [FieldConflict], to json: inout JSONWriter) {
        json.appendArray(conflicts) { json, conflict in
            json.appendRaw("{\"field\":")
            json.appendString(conflict.field)
            json.appendRaw(",\"values\":")
            json.appendArray(conflict.values) { json, entry in
                json.appendRaw("{\"value\":")
                json.append(entry.value)
                json.appendRaw(",\"sources\":")
                json.append(.list(entry.sources.map(FieldValue.int)))
                json.appendRaw("}")
            }
            json.appendRaw("}")
        }
    }

    static func appendSource(_ source: SourcedFact, to json: inout JSONWriter) {
        let fact = source.fact
        json.appendRaw("{\"doc\":")
        json.appendString(fact.document)
        json.appendRaw(",\"span\":{\"start\":")
        json.appendInt(fact.span.start)
        json.appendRaw(",\"end\":")
        json.appendInt(fact.span.end)
        json.appendRaw("},\"lang\":")
        json.appendString(source.language.rawValue)
        json.appendRaw(",\"rule\":")
        json.appendString(fact.rule)
        json.appendRaw(",\"text\":")
        json.appendString(fact.text)
        json.appendRaw(",\"zone\":")
        json.appendString(fact.zone.rawValue)
        json.appendRaw(",\"fields\":")
        json.appendObject(fact.fields)
        json.appendRaw("}")
    }

    /// One record per line.
    public static func jsonLines(_ records: [ConsolidatedRecord]) -> [UInt8] {
        var json = JSONWriter()
        for record in records {
            append(record, to: &json)
            json.bytes.append(UInt8(ascii: "\n"))
        }
        return json.bytes
    }

    /// One JSON array, a record per line inside it.
    public static func jsonArray(_ records: [ConsolidatedRecord]) -> [UInt8] {
        var json = JSONWriter()
        json.appendRaw("[")
        for (index, record) in records.enumerated() {
            json.appendRaw(index == 0 ? "\n" : ",\n")
            append(record, to: &json)
        }
        json.appendRaw(records.isEmpty ? "]\n" : "\n]\n")
        return json.bytes
    }
}
