import Foundation

/// One fact a person annotated in a document: its type, the exact text that states it (`evidence`, a substring
/// of the document) and the key fields. The shape of `../shared/devsets/diplomatic_news/gold.jsonl`, and of the
/// annotated sets users keep for their own packs (docs/fixtures.md, "Measuring a pack: glean eval").
public struct GoldFact: Sendable {
    public var document: String
    public var type: String
    public var evidence: String
    public var fields: [FieldEntry]
    /// The gold file's line, for messages about this fact.
    public var location: SourceLocation

    public init(document: String, type: String, evidence: String, fields: [FieldEntry], location: SourceLocation) {
        self.document = document
        self.type = type
        self.evidence = evidence
        self.fields = fields
        self.location = location
    }

    public func field(_ key: String) -> FieldValue? { fields.first { $0.key == key }?.value }
}

/// A gold set: annotated facts and the documents they were read from.
public struct GoldSet: Sendable {
    public var facts: [GoldFact]
    /// Documents in the order they were listed; facts refer to them by id.
    public var documents: [Document]
    /// Problems found while reading (a malformed line is an error; evidence not in its document is a warning and
    /// the fact is left out of the scores).
    public var diagnostics: [Diagnostic]
    /// Each document's other string keys in the index (or in its JSON Lines record): `source`, `url`, `genre` …,
    /// by document id, for scores per value of a key (`glean eval --by-field source`).
    public var attributes: [String: [String: String]]

    public init(facts: [GoldFact], documents: [Document], diagnostics: [Diagnostic] = [], attributes: [String: [String: String]] = [:]) {
        self.facts = facts
        self.documents = documents
        self.diagnostics = diagnostics
        self.attributes = attributes
    }

    /// Keeps the documents (and their facts) whose id passes `keep`.
    public func restricted(to keep: (String) -> Bool) -> GoldSet {
        GoldSet(facts: facts.filter { keep($0.document) }, documents: documents.filter { keep($0.id) }, diagnostics: diagnostics,
                attributes: attributes.filter { keep($0.key) })
    }

    /// The set's facts as if a reader had produced them (`glean eval GOLD --against OTHER`): each fact spans its
    /// evidence (its first occurrence in the document, in code points as `Evaluator` locates gold evidence) and names
    /// `annotator` as its rule, so two annotators of one guide are scored against each other as a pack is against
    /// gold. Evidence that is not in its document is left out (the set's diagnostics report it).
    public func asProducedFacts(annotator: String) -> [String: [Fact]] {
        var texts: [String: String] = [:]
        for document in documents { texts[document.id] = String(decoding: document.bytes, as: UTF8.self) }
        var produced: [String: [Fact]] = [:]
        for fact in facts {
            guard let text = texts[fact.document], let range = text.range(of: fact.evidence) else { continue }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            let byteStart = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
            produced[fact.document, default: []].append(Fact(
                document: fact.document, type: fact.type, rule: annotator,
                span: TextSpan(start: start, end: start + fact.evidence.unicodeScalars.count),
                byteSpan: ByteSpan(start: byteStart, end: byteStart + fact.evidence.utf8.count),
                text: fact.evidence, zone: .body, fields: fact.fields))
        }
        return produced
    }

    /// Several sets measured as one (`glean eval a/gold.jsonl b/gold.jsonl`). Sets reuse ids (`en_001` in each), so
    /// each document's id is prefixed with its set's name (`hold27/en_001`), and its record gains a `set` key, so that
    /// `--by-field set` scores each set apart. One set is returned as it is.
    public static func union(_ sets: [(name: String, set: GoldSet)]) -> GoldSet {
        guard sets.count > 1 else { return sets.first?.set ?? GoldSet(facts: [], documents: []) }
        var union = GoldSet(facts: [], documents: [])
        for (name, set) in sets {
            let prefixed = { (id: String) in name + "/" + id }
            union.facts += set.facts.map { fact in
                var fact = fact
                fact.document = prefixed(fact.document)
                return fact
            }
            union.documents += set.documents.map { document in
                var document = document
                document.id = prefixed(document.id)
                return document
            }
            union.diagnostics += set.diagnostics
            for document in set.documents {
                var record = set.attributes[document.id] ?? [:]
                record["set"] = name
                union.attributes[prefixed(document.id)] = record
            }
        }
        return union
    }

    /// The development-set convention for keeping a part to check against: documents whose id's number is odd
    /// are for writing rules, even ones for checking (`en_007` is odd). Ids without digits belong to neither.
    public enum Half: String, Sendable, CaseIterable {
        case odd, even
        public func contains(_ id: String) -> Bool {
            let digits = id.unicodeScalars.filter { $0.properties.numericType != nil && $0.isASCII }
            guard let number = Int(String(String.UnicodeScalarView(digits))) else { return false }
            return (number % 2 == 1) == (self == .odd)
        }
    }
}

/// Reads gold sets: a JSON Lines file of facts, and the documents as a folder of `<id>.txt` files (with an optional
/// `index.jsonl` giving each id's `lang` and `reference_date`) or as a JSON Lines file of documents
/// (`{"id", "text", "lang"?, "reference_date"?}`, as `glean extract --input-format jsonl`).
public enum GoldSetLoader {
    /// Where the documents are when only the gold file is named: the development-set layout, `docs/` and
    /// `index.jsonl` beside the gold file.
    public static func defaultLayout(goldPath: String) -> (documents: String, index: String?)? {
        let folder = URL(fileURLWithPath: goldPath).deletingLastPathComponent()
        let docs = folder.appendingPathComponent("docs").path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: docs, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        let index = folder.appendingPathComponent("index.jsonl").path
        return (relative(docs), FileManager.default.fileExists(atPath: index) ? relative(index) : nil)
    }

    public static func load(goldPath: String, documentsPath: String, indexPath: String?) -> GoldSet {
        var diagnostics: [Diagnostic] = []
        let facts = readFacts(path: goldPath, diagnostics: &diagnostics)
        var attributes: [String: [String: String]] = [:]
        let documents = readDocuments(path: documentsPath, indexPath: indexPath, attributes: &attributes, diagnostics: &diagnostics)
        var set = GoldSet(facts: facts, documents: documents, diagnostics: diagnostics, attributes: attributes)
        set.diagnostics += checkEvidence(set)
        return set
    }

    /// Each line `{"id", "type", "evidence", "fields"?}`; a line that cannot be read is an error naming its
    /// line and column.
    public static func readFacts(path: String, diagnostics: inout [Diagnostic]) -> [GoldFact] {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(Diagnostic(.error, "\(path): cannot read the gold file (check the path and its permissions)", code: "io"))
            return []
        }
        return parseFacts(SourceFile(path: path, bytes: [UInt8](data)), diagnostics: &diagnostics)
    }

    public static func parseFacts(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> [GoldFact] {
        var facts: [GoldFact] = []
        forEachLine(file.bytes) { start, end in
            var parser = JSONValueParser(bytes: file.bytes[start..<end])
            func fail(_ message: String, at offset: Int) {
                diagnostics.append(.error(message + "; the fact is left out", code: "gold", at: offset, in: file))
            }
            guard let (value, offsets) = try? parser.parseDocument() else {
                // Parse again to learn where it failed.
                var retry = JSONValueParser(bytes: file.bytes[start..<end])
                do { _ = try retry.parseDocument() } catch let problem as FactInputProblem { fail("not valid JSON: \(problem.message)", at: problem.offset); return } catch {}
                fail("not valid JSON", at: start)
                return
            }
            guard case .object = value else { fail("expected a JSON object {\"id\", \"type\", \"evidence\", \"fields\"}", at: start); return }
            func string(_ key: String) -> String? {
                guard let field = value[key] else { fail("missing \"\(key)\" (a string)", at: start); return nil }
                guard case .string(let text) = field, !text.isEmpty else {
                    if case .int(let number) = field, key == "id" { return String(number) }
                    fail("\"\(key)\" must be a non-empty string", at: offsets[key] ?? start)
                    return nil
                }
                return text
            }
            guard let id = string("id"), let type = string("type"), let evidence = string("evidence") else { return }
            var fields: [FieldEntry] = []
            switch value["fields"] {
            case nil, .null?: break
            case .object(let entries)?: fields = entries
            default: fail("\"fields\" must be an object", at: offsets["fields"] ?? start); return
            }
            facts.append(GoldFact(document: id, type: type, evidence: evidence, fields: fields, location: file.location(ofByte: start)))
        }
        return facts
    }

    static func readDocuments(path: String, indexPath: String?, attributes: inout [String: [String: String]], diagnostics: inout [Diagnostic]) -> [Document] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            diagnostics.append(Diagnostic(.error, "\(path): no such file or directory (the documents: a folder of <id>.txt files or a JSON Lines file)", code: "io"))
            return []
        }
        if !isDirectory.boolValue {
            var documents: [Document] = []
            DocumentSource(paths: [path], format: .jsonl).forEach { result in
                switch result {
                case .success(let document): documents.append(document)
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                }
            }
            // The records' other keys, read apart: the document reader keeps only what extraction needs.
            if let data = FileManager.default.contents(atPath: path) {
                let bytes = [UInt8](data)
                forEachLine(bytes) { start, end in
                    var parser = JSONValueParser(bytes: bytes[start..<end])
                    guard let (value, _) = try? parser.parseDocument(), let id = value["id"]?.stringValue else { return }
                    let extra = otherKeys(value, except: ["id", "text", "lang", "reference_date"])
                    if !extra.isEmpty { attributes[id] = extra }
                }
            }
            return documents
        }
        var metadata: [String: (language: Language?, referenceDate: CalendarDate?)] = [:]
        var order: [String] = []
        if let indexPath {
            metadata = readIndex(path: indexPath, order: &order, attributes: &attributes, diagnostics: &diagnostics)
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
        let ids = names.map { String($0.dropLast(4)) }
        let known = Set(ids)
        // Index order first (it is the set's order), then files the index does not list.
        let listed = order.filter { known.contains($0) } + ids.filter { metadata[$0] == nil }
        for id in order where !known.contains(id) {
            diagnostics.append(Diagnostic(.warning, "\(indexPath ?? path): '\(id)' is listed but \(path)/\(id).txt does not exist", code: "gold"))
        }
        var documents: [Document] = []
        for id in listed {
            let file = (path.hasSuffix("/") ? path : path + "/") + id + ".txt"
            guard let data = FileManager.default.contents(atPath: file) else {
                diagnostics.append(Diagnostic(.error, "\(file): cannot read the document", code: "io"))
                continue
            }
            let info = metadata[id]
            documents.append(Document(id: id, bytes: [UInt8](data), language: info?.language ?? nil, referenceDate: info?.referenceDate ?? nil))
        }
        return documents
    }

    /// `{"id", "lang"?, "reference_date"?}` per line; other string keys (url, source, licence) go to `attributes`.
    static func readIndex(path: String, order: inout [String], attributes: inout [String: [String: String]], diagnostics: inout [Diagnostic]) -> [String: (language: Language?, referenceDate: CalendarDate?)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(Diagnostic(.error, "\(path): cannot read the index", code: "io"))
            return [:]
        }
        let file = SourceFile(path: path, bytes: [UInt8](data))
        var result: [String: (language: Language?, referenceDate: CalendarDate?)] = [:]
        forEachLine(file.bytes) { start, end in
            var parser = JSONValueParser(bytes: file.bytes[start..<end])
            guard let (value, offsets) = try? parser.parseDocument(), case .object = value, let id = value["id"]?.stringValue else {
                diagnostics.append(.warning("not a JSON object with an \"id\"; line ignored", code: "gold", at: start, in: file))
                return
            }
            var language: Language?
            if let lang = value["lang"]?.stringValue {
                language = Language(rawValue: lang.lowercased()).flatMap { $0 == .unknown ? nil : $0 }
                if language == nil { diagnostics.append(.warning("unknown \"lang\" '\(lang)' (expected en or fr); detected instead", code: "gold", at: offsets["lang"] ?? start, in: file)) }
            }
            var date: CalendarDate?
            if let reference = value["reference_date"]?.stringValue, !reference.isEmpty {
                date = CalendarDate(iso: String(reference.prefix(10)))
                if date == nil { diagnostics.append(.warning("\"reference_date\" '\(reference)' is not YYYY-MM-DD; read without one", code: "gold", at: offsets["reference_date"] ?? start, in: file)) }
            }
            order.append(id)
            result[id] = (language, date)
            let extra = otherKeys(value, except: ["id", "lang", "reference_date"])
            if !extra.isEmpty { attributes[id] = extra }
        }
        return result
    }

    /// A record's string (and integer) values other than `except`, for grouping scores.
    static func otherKeys(_ value: FieldValue, except: Set<String>) -> [String: String] {
        guard case .object(let entries) = value else { return [:] }
        var result: [String: String] = [:]
        for entry in entries where !except.contains(entry.key) {
            switch entry.value {
            case .string(let text): result[entry.key] = text
            case .int(let number): result[entry.key] = String(number)
            default: break
            }
        }
        return result
    }

    /// Evidence must be a substring of its document; facts of documents that are missing are reported once.
    static func checkEvidence(_ set: GoldSet) -> [Diagnostic] {
        let texts = Dictionary(set.documents.map { ($0.id, String(decoding: $0.bytes, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
        var missingDocuments = Set<String>()
        var diagnostics: [Diagnostic] = []
        for fact in set.facts {
            guard let text = texts[fact.document] else {
                if missingDocuments.insert(fact.document).inserted {
                    diagnostics.append(Diagnostic(.warning, "no document '\(fact.document)' among the documents; its facts are left out", code: "gold", at: fact.location))
                }
                continue
            }
            if text.range(of: fact.evidence) == nil {
                diagnostics.append(Diagnostic(.warning, "the evidence \"\(fact.evidence.prefix(60))\" is not in document '\(fact.document)'; the fact is left out", code: "gold", at: fact.location))
            }
        }
        return diagnostics
    }

    static func forEachLine(_ bytes: [UInt8], _ body: (_ start: Int, _ end: Int) -> Void) {
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var trimmedEnd = end
            while trimmedEnd > start, [32, 9, 13].contains(bytes[trimmedEnd - 1]) { trimmedEnd -= 1 }
            if trimmedEnd > start, !bytes[start..<trimmedEnd].allSatisfy({ $0 == 32 || $0 == 9 }) { body(start, trimmedEnd) }
            start = end + 1
        }
    }

    static func relative(_ path: String) -> String { FixtureLoader.relativeToWorkingDirectory(path) }
}
