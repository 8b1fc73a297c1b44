import Yams

/// The fast path for gazetteer YAML: entries and forms read straight from libyaml's events (`YAMLEventStream`),
/// with no `Yams.Node` tree. It accepts only a file the node-tree path (`GazetteerLoader.loadYAML`) loads without
/// a single diagnostic, and then gives exactly what that path gives; for anything else (a syntax error, a YAML
/// feature gazetteers do not use, `parts:` and `compose:` — composing files are few and small —, any problem in an entry) it returns nil and that path reads the file and reports
/// each problem with the message and file:line:column it always had.
struct GazetteerYAMLReader {
    /// What one file adds to the loader.
    struct Batch: Sendable {
        var entries: [GazetteerEntry] = []
        var forms: [SurfaceForm] = []
        /// `type + "\0" + id` of each entry, and where its id is written.
        var idLocations: [(key: String, location: SourceLocation)] = []
    }

    /// An entry as written, before it is checked.
    private struct RawEntry {
        var id: String?
        var idLine = 1, idColumn = 1
        var name: String?
        var type: String?
        /// The `attributes:` mapping and the `terms:` value, read as values (`YAMLEventStream.fieldValue(depth:)`).
        var attributes: [FieldEntry]?
        var terms: FieldValue?
        var caseSensitive: Node?
        var layer: String?
        /// Indexed like `FormKind.allCases`: the forms by language, in file order.
        var formGroups: [[(language: Language?, texts: [String])]?] = Array(repeating: nil, count: FormKind.allCases.count)
    }

    private typealias Unsupported = YAMLEventStream.Unsupported

    /// Entries are numbered from 0 and ids checked within the file; the loader checks them against earlier files.
    static func read(_ file: SourceFile) -> Batch? {
        // The node-tree path reads the bytes as a String (repairing invalid UTF-8); so does this one.
        var text = String(decoding: file.bytes, as: UTF8.self)
        return text.withUTF8 { bytes -> Batch? in
            guard !bytes.isEmpty else { return nil }
            let stream = YAMLEventStream(bytes: bytes)
            guard let (defaultType, fileLayer, raw) = try? readDocument(stream) else { return nil }
            return makeBatch(raw, defaultType: defaultType, fileLayer: fileLayer, file: file)
        }
    }

    private static func readDocument(_ stream: YAMLEventStream) throws(Unsupported) -> (String?, String?, [RawEntry]) {
        try stream.expect(.streamStart)
        try stream.expect(.documentStart)
        try stream.advance()
        var defaultType: String? = nil
        var fileLayer: String? = nil
        var entries: [RawEntry]? = nil
        try stream.readMapping(depth: 0) { (key) throws(Unsupported) in
            switch key {
            case "type":
                let type = try stream.nextScalarText()
                guard GazetteerLoader.isTypeName(type) else { throw Unsupported() }
                defaultType = type
            case "layer":
                let layer = try stream.nextScalarText()
                guard GazetteerLayer.isValidName(layer) else { throw Unsupported() }
                fileLayer = layer
            case "entries":
                try stream.advance()
                var list: [RawEntry] = []
                try stream.readSequence(depth: 1) { () throws(Unsupported) in list.append(try readEntry(stream)) }
                entries = list
            case "description", "source", "language":
                try stream.advance()
                try stream.skipNode(depth: 1)
            default:
                throw Unsupported()
            }
        }
        try stream.expect(.documentEnd)
        try stream.expect(.streamEnd) // Yams rejects a second document
        guard let entries else { throw Unsupported() }
        return (defaultType, fileLayer, entries)
    }

    private static func readEntry(_ stream: YAMLEventStream) throws(Unsupported) -> RawEntry {
        var raw = RawEntry()
        try stream.readMapping(depth: 2) { (key) throws(Unsupported) in
            switch key {
            case "id":
                try stream.advance()
                raw.id = try stream.scalarText()
                raw.idLine = stream.line
                raw.idColumn = stream.column
            case "name": raw.name = try stream.nextScalarText()
            case "type": raw.type = try stream.nextScalarText()
            case "attributes":
                try stream.advance()
                guard stream.kind == .mappingStart, case .object(let entries) = try stream.fieldValue(depth: 3) else { throw Unsupported() }
                raw.attributes = entries
            case "terms":
                try stream.advance()
                raw.terms = try stream.fieldValue(depth: 3)
            case "case_sensitive":
                try stream.advance()
                raw.caseSensitive = try stream.composeNode(depth: 3)
            case "layer":
                let layer = try stream.nextScalarText()
                guard GazetteerLayer.isValidName(layer) else { throw Unsupported() }
                raw.layer = layer
            case "note":
                try stream.advance()
                try stream.skipNode(depth: 3)
            default:
                guard let kind = FormKind.allCases.firstIndex(where: { $0.fileKey == key }) else { throw Unsupported() }
                try stream.advance()
                raw.formGroups[kind] = try readFormGroup(stream)
            }
        }
        return raw
    }

    /// `names: {en: [...], fr: "…", any: [...]}`.
    private static func readFormGroup(_ stream: YAMLEventStream) throws(Unsupported) -> [(language: Language?, texts: [String])] {
        var groups: [(language: Language?, texts: [String])] = []
        try stream.readMapping(depth: 3) { (key) throws(Unsupported) in
            let language: Language?
            if key == "any" {
                language = nil
            } else {
                guard let known = Language(rawValue: key), known != .unknown else { throw Unsupported() }
                language = known
            }
            var texts: [String] = []
            try stream.advance()
            if stream.kind == .scalar {
                texts.append(try stream.scalarText())
            } else {
                try stream.readSequence(depth: 4) { () throws(Unsupported) in texts.append(try stream.scalarText()) }
            }
            for text in texts where GazetteerLoader.isBlank(text) { throw Unsupported() }
            groups.append((language, texts))
        }
        return groups
    }

    /// The checks and conversions of `GazetteerLoader.loadEntry`, in the same order; nil at the first problem.
    private static func makeBatch(_ raws: [RawEntry], defaultType: String?, fileLayer: String?, file: SourceFile) -> Batch? {
        var batch = Batch()
        var idsInFile = Set<String>()
        var layerOfType: [String: String?] = [:]
        for raw in raws {
            guard let id = raw.id, !id.isEmpty, let name = raw.name, !name.isEmpty else { return nil }
            var type = defaultType
            if let value = raw.type {
                guard GazetteerLoader.isTypeName(value) else { return nil }
                type = value
            }
            guard let type else { return nil }
            let layerName = raw.layer ?? fileLayer
            let layer = layerName == GazetteerLayer.shared ? nil : layerName
            if let first = layerOfType[type], first != layer { return nil }
            layerOfType[type] = layer
            let key = type + "\u{0}" + id
            guard idsInFile.insert(key).inserted else { return nil }
            let location = SourceLocation(file: file.path, line: raw.idLine, column: raw.idColumn)
            batch.idLocations.append((key, location))

            var attributes = raw.attributes ?? []
            if let terms = raw.terms { attributes.append(FieldEntry("terms", terms)) }
            let caseSensitive = raw.caseSensitive?.bool ?? false
            let entryIndex = Int32(batch.entries.count)
            batch.entries.append(GazetteerEntry(id: id, type: type, name: name, attributes: attributes, location: location, layer: layer))

            var formCount = 0
            for (kindIndex, kind) in FormKind.allCases.enumerated() {
                guard let groups = raw.formGroups[kindIndex] else { continue }
                let effectiveKind: FormKind = caseSensitive && !kind.isCaseSensitive ? .exact : kind
                for (language, texts) in groups {
                    for text in texts {
                        batch.forms.append(GazetteerLoader.makeForm(text, entry: entryIndex, kind: effectiveKind, language: language))
                        formCount += 1
                    }
                }
            }
            if formCount == 0 {
                batch.forms.append(GazetteerLoader.makeForm(name, entry: entryIndex, kind: caseSensitive ? .exact : .name, language: nil))
            }
        }
        return batch
    }
}
