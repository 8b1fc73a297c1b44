/// Output formats of `glean extract`.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// One JSON object per line (the default).
    case jsonl
    /// One JSON array of all facts.
    case json
    /// A table: doc, type, rule, start, end, zone, text, and the fields as a JSON object.
    case csv
}

/// Streams facts in a chosen format to a byte sink, document by document.
public struct FactWriter {
    public let format: OutputFormat
    private var wroteAny = false
    private let sink: (inout [UInt8]) -> Void
    private var buffer = JSONWriter()

    /// - Parameter sink: receives encoded bytes; it may keep them or write them and empty the buffer.
    public init(format: OutputFormat, sink: @escaping (inout [UInt8]) -> Void) {
        self.format = format
        self.sink = sink
    }

    public mutating func begin() {
        switch format {
        case .json: buffer.appendRaw("[")
        case .csv: buffer.appendRaw("doc,type,rule,start,end,zone,text,fields\n")
        case .jsonl: break
        }
        flush()
    }

    public mutating func write(_ facts: [Fact]) {
        for fact in facts {
            switch format {
            case .jsonl:
                buffer.append(fact)
                buffer.bytes.append(UInt8(ascii: "\n"))
            case .json:
                buffer.appendRaw(wroteAny ? ",\n" : "\n")
                buffer.append(fact)
            case .csv:
                var fields = JSONWriter()
                fields.appendObject(fact.fields)
                let cells = [fact.document, fact.type, fact.rule, String(fact.span.start), String(fact.span.end), fact.zone.rawValue, fact.text,
                             String(decoding: fields.bytes, as: UTF8.self)]
                buffer.bytes.append(contentsOf: cells.map(FactWriter.csvCell).joined(separator: ",").utf8)
                buffer.bytes.append(UInt8(ascii: "\n"))
            }
            wroteAny = true
        }
        flush()
    }

    public mutating func end() {
        if format == .json { buffer.appendRaw(wroteAny ? "\n]\n" : "]\n") }
        flush()
    }

    private mutating func flush() {
        guard !buffer.bytes.isEmpty else { return }
        sink(&buffer.bytes)
        buffer.bytes.removeAll(keepingCapacity: true)
    }

    /// RFC 4180: quote cells holding a comma, a quote or a line break; double the quotes inside.
    static func csvCell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences("\"", "\"\"") + "\""
    }
}
