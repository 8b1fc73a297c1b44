import Foundation
import Yams

/// Reads gazetteer files (`*.yaml`, `*.yml`, `*.tsv`; see docs/gazetteers.md) into entries and surface forms.
/// Every problem is collected with its file:line:column; loading fails once, with all of them.
public struct GazetteerLoader {
    public private(set) var entries: [GazetteerEntry] = []
    public private(set) var forms: [SurfaceForm] = []
    public private(set) var diagnostics: [Diagnostic] = []
    private var firstLocationOfID: [String: SourceLocation] = [:]
    /// The layer of each type met so far (nil: shared) and where it was first given: a type is scanned in one layer,
    /// so its own hits never overlap.
    private var layerOfType: [String: (layer: String?, location: SourceLocation)] = [:]
    /// Read well-formed YAML from libyaml's events (`GazetteerYAMLReader`, the fast path); false: always compose
    /// a node tree (tests compare the two).
    var readsYAMLEvents = true

    public init() {}

    /// The gazetteer files under a directory, in a stable order. Folders named `tools` hold generators, not data.
    public static func files(in directory: String) throws(DiagnosticList) -> [String] {
        let root = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticList([Diagnostic(.error, "gazetteer directory '\(directory)' does not exist; pass --gazetteers DIR", code: "io")])
        }
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey])
        while let url = enumerator?.nextObject() as? URL {
            if url.lastPathComponent == "tools" { enumerator?.skipDescendants(); continue }
            if ["yaml", "yml", "tsv"].contains(url.pathExtension) { paths.append(url.path) }
        }
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return paths.map { $0.hasPrefix(prefix) ? directory.trimmingTrailingSlash + "/" + $0.dropFirst(prefix.count) : $0 }.sorted()
    }

    public mutating func load(path: String) {
        load(GazetteerLoader.prepare(path: path, readsYAMLEvents: readsYAMLEvents))
    }

    public mutating func load(text: String, path: String) {
        load(GazetteerLoader.prepare(SourceFile(path: path, text: text), readsYAMLEvents: readsYAMLEvents))
    }

    /// A gazetteer file read and, when it is well-formed YAML, parsed: the part of loading that needs nothing
    /// from other files, so files can be prepared in parallel and then loaded in order.
    struct PreparedFile: Sendable {
        let path: String
        /// nil: the file could not be read.
        let file: SourceFile?
        /// The file's entries and forms read by `GazetteerYAMLReader` (entries numbered from 0); nil when it
        /// did not take the file.
        let batch: GazetteerYAMLReader.Batch?
    }

    static func prepare(path: String, readsYAMLEvents: Bool = true) -> PreparedFile {
        guard let data = FileManager.default.contents(atPath: path) else { return PreparedFile(path: path, file: nil, batch: nil) }
        return prepare(SourceFile(path: path, bytes: [UInt8](data)), readsYAMLEvents: readsYAMLEvents)
    }

    static func prepare(_ file: SourceFile, readsYAMLEvents: Bool = true) -> PreparedFile {
        let batch = readsYAMLEvents && !file.path.hasSuffix(".tsv") ? GazetteerYAMLReader.read(file) : nil
        return PreparedFile(path: file.path, file: file, batch: batch)
    }

    /// Adds a prepared file, exactly as loading it at this point would.
    mutating func load(_ prepared: PreparedFile) {
        guard let file = prepared.file else {
            diagnostics.append(Diagnostic(.error, "cannot read gazetteer file '\(prepared.path)'", code: "io"))
            return
        }
        if let batch = prepared.batch, add(batch) { return }
        // A file with any problem (or an id an earlier file defined) takes the node-tree path, which reports it.
        if file.path.hasSuffix(".tsv") { loadTSV(file) } else { loadYAML(file) }
    }

    /// Adds a file's entries after those already loaded; false (nothing added) when one of its ids is taken.
    private mutating func add(_ batch: GazetteerYAMLReader.Batch) -> Bool {
        guard !batch.idLocations.contains(where: { firstLocationOfID[$0.key] != nil }) else { return false }
        guard !batch.entries.contains(where: { entry in layerOfType[entry.type].map { $0.layer != entry.layer } ?? false }) else { return false }
        for entry in batch.entries where layerOfType[entry.type] == nil { layerOfType[entry.type] = (entry.layer, entry.location) }
        let offset = Int32(entries.count)
        entries += batch.entries
        forms.reserveCapacity(forms.count + batch.forms.count)
        for form in batch.forms {
            forms.append(SurfaceForm(entry: form.entry + offset, kind: form.kind, language: form.language, text: form.text,
                                     foldedTokens: form.foldedTokens, exactTokens: form.exactTokens))
        }
        for (key, location) in batch.idLocations { firstLocationOfID[key] = location }
        return true
    }

    // MARK: YAML

    private mutating func error(_ message: String, _ node: Node?, _ file: SourceFile, code: String = "gazetteer") {
        let mark = node?.mark
        let location = SourceLocation(file: file.path, line: mark?.line ?? 1, column: mark?.column ?? 1)
        diagnostics.append(Diagnostic(.error, message, code: code, at: location, sourceLine: file.lineText(location.line)))
    }

    private mutating func loadYAML(_ file: SourceFile) {
        // The basic resolver tags every plain scalar as a string instead of trying seven regexes on each one
        // (most of the load time); `fieldValue` reads numbers and booleans from plain scalars itself.
        let root: Node?
        switch YAMLSource.compose(file, resolver: .basic) {
        case .success(let node): root = node
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return
        }
        guard let root, case .mapping(let top) = root else {
            error("a gazetteer file is a mapping with 'type' and 'entries'", root, file)
            return
        }
        var defaultType: String? = nil
        if let typeNode = top["type"] {
            guard let type = typeNode.string, GazetteerLoader.isTypeName(type) else {
                error("'type' must be a CamelCase type name such as Country", typeNode, file)
                return
            }
            defaultType = type
        }
        var fileLayer: String? = nil
        if let layerNode = top["layer"] {
            guard let layer = GazetteerLoader.layer(layerNode) else {
                error(GazetteerLayer.invalidNameMessage, layerNode, file)
                return
            }
            fileLayer = layer
        }
        for (key, _) in top where !["type", "entries", "description", "source", "language", "layer", "parts"].contains(key.string ?? "") {
            error("unknown key '\(key.string ?? "?")' (expected type, entries, layer, parts, description, source)", key, file)
        }
        var parts: [String: [String]] = [:]
        if let partsNode = top["parts"] { parts = readParts(partsNode, file: file) }
        guard let entriesNode = top["entries"] else {
            error("missing 'entries': a list of entries", root, file)
            return
        }
        guard case .sequence(let list) = entriesNode else {
            error("'entries' must be a list of entries", entriesNode, file)
            return
        }
        for entryNode in list { loadEntry(entryNode, defaultType: defaultType, fileLayer: fileLayer, parts: parts, file: file) }
    }

    // MARK: Composed forms

    /// Most forms one `compose:` template may give: a product of lists grows fast, and a slip (a part written twice)
    /// should be an error, not a slow load.
    static let maxComposedForms = 10_000

    /// A file's `parts:`: named lists of words that `compose:` templates combine (`{plan_en} {talks_en}`).
    private mutating func readParts(_ node: Node, file: SourceFile) -> [String: [String]] {
        guard case .mapping(let map) = node else {
            error("'parts' must map a part name to a list of words (plan_en: [is due to, is set to])", node, file)
            return [:]
        }
        var parts: [String: [String]] = [:]
        for (key, value) in map {
            guard let name = key.string, GazetteerLoader.isPartName(name) else {
                error("a part name is lowercase letters, digits and '_' (plan_en)", key, file)
                continue
            }
            guard let items = GazetteerLoader.items(of: value) else {
                error("part '\(name)' must be a list of words", value, file)
                continue
            }
            var words: [String] = []
            for item in items {
                guard let text = item.string, !GazetteerLoader.isBlank(text) else {
                    error("a word of part '\(name)' must be a non-empty string", item, file)
                    continue
                }
                words.append(text)
            }
            parts[name] = words
        }
        return parts
    }

    /// The items of a list node (a lone scalar is a list of one); nil for a mapping.
    static func items(of node: Node) -> [Node]? {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar: return [node]
        default: return nil
        }
    }

    /// The language a form group's or template group's key names: `.some(nil)` for `any`; nil (reported) when unknown.
    private mutating func language(of node: Node, file: SourceFile) -> Language?? {
        let key = node.string ?? ""
        if key == "any" { return .some(nil) }
        guard let known = Language(rawValue: key), known != .unknown else {
            error("unknown language '\(key)' (expected en, fr or any)", node, file)
            return nil
        }
        return known
    }

    static func isPartName(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// The forms of a `compose:` template: each `{name}` stands for every word of the file's part `name`, the rest of
    /// the template is kept as written; the forms are every combination, in the order of the parts' lists.
    enum TemplateProblem: Error, Equatable {
        case unknownPart(String)
        case unclosedBrace
        case tooMany(Int)
    }

    static func expand(_ template: String, parts: [String: [String]]) -> Result<[String], TemplateProblem> {
        var results = [""]
        var rest = Substring(template)
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "{") else {
                results = results.map { $0 + rest }
                break
            }
            let literal = rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { return .failure(.unclosedBrace) }
            let name = String(rest[rest.index(after: open)..<close])
            guard let words = parts[name] else { return .failure(.unknownPart(name)) }
            let count = results.count * words.count
            guard count <= maxComposedForms else { return .failure(.tooMany(count)) }
            var next: [String] = []
            next.reserveCapacity(count)
            for prefix in results { for word in words { next.append(prefix + literal + word) } }
            results = next
            rest = rest[rest.index(after: close)...]
        }
        return .success(results)
    }

    /// The name a `layer:` value gives (`shared` included); nil when it is no layer name.
    static func layer(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, GazetteerLayer.isValidName(scalar.string) else { return nil }
        return scalar.string
    }

    static func describe(_ layer: String?) -> String { layer.map { "layer '\($0)'" } ?? "the shared layer" }

    static func isTypeName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
    }

    private static let allowedEntryKeys: Set<String> = [
        "id", "name", "type", "names", "demonyms", "acronyms", "exact", "attributes", "terms", "case_sensitive", "note", "layer",
        "compose",
    ]

    /// The values of an entry's keys, read in one pass over the mapping (`Node.Mapping`'s string subscript is a
    /// linear search that builds a node per call, which made up a large share of the load time).
    private struct EntryFields {
        var id: Node?, name: Node?, type: Node?, attributes: Node?, terms: Node?, caseSensitive: Node?, layer: Node?
        var compose: Node?
        /// Indexed like `FormKind.allCases`.
        var formGroups: [Node?] = Array(repeating: nil, count: FormKind.allCases.count)
    }

    private mutating func loadEntry(_ node: Node, defaultType: String?, fileLayer: String?, parts: [String: [String]], file: SourceFile) {
        guard case .mapping(let map) = node else {
            error("an entry is a mapping with at least 'id', 'name' and a surface form", node, file)
            return
        }
        var fields = EntryFields()
        for (key, value) in map {
            let keyText = key.string ?? ""
            switch keyText {
            case "id": fields.id = value
            case "name": fields.name = value
            case "type": fields.type = value
            case "attributes": fields.attributes = value
            case "terms": fields.terms = value
            case "case_sensitive": fields.caseSensitive = value
            case "layer": fields.layer = value
            case "compose": fields.compose = value
            case "note": break
            default:
                if let kind = FormKind.allCases.firstIndex(where: { $0.fileKey == keyText }) {
                    fields.formGroups[kind] = value
                } else {
                    let allowed = GazetteerLoader.allowedEntryKeys
                    error("unknown entry key '\(key.string ?? "?")' (expected one of: \(allowed.sorted().joined(separator: ", ")))", key, file)
                }
            }
        }
        guard let idNode = fields.id, let id = idNode.string, !id.isEmpty else {
            error("entry without an 'id'", node, file)
            return
        }
        guard let name = fields.name?.string, !name.isEmpty else {
            error("entry '\(id)' has no 'name'", node, file)
            return
        }
        var type = defaultType
        if let typeNode = fields.type {
            guard let value = typeNode.string, GazetteerLoader.isTypeName(value) else {
                error("'type' must be a CamelCase type name such as Country", typeNode, file)
                return
            }
            type = value
        }
        guard let type else {
            error("entry '\(id)' has no type: give 'type' at the top of the file or in the entry", node, file)
            return
        }
        var layerName = fileLayer
        if let layerNode = fields.layer {
            guard let value = GazetteerLoader.layer(layerNode) else {
                error(GazetteerLayer.invalidNameMessage, layerNode, file)
                return
            }
            layerName = value
        }
        let layer = layerName == GazetteerLayer.shared ? nil : layerName
        let location = SourceLocation(file: file.path, line: idNode.mark?.line ?? 1, column: idNode.mark?.column ?? 1)
        if let first = layerOfType[type], first.layer != layer {
            error("type \(type) is in \(GazetteerLoader.describe(layer)) here but in \(GazetteerLoader.describe(first.layer)) at \(first.location) (a type is scanned in one layer)",
                  fields.layer ?? idNode, file, code: "gazetteer-layer")
            return
        }
        if layerOfType[type] == nil { layerOfType[type] = (layer, location) }
        // Ids are unique within a type: the country AU (Australia) and the organisation AU (African Union) are both natural.
        if let first = firstLocationOfID[type + "\u{0}" + id] {
            error("duplicate gazetteer id '\(id)' for type \(type) (first defined at \(first))", idNode, file, code: "duplicate-id")
            return
        }
        firstLocationOfID[type + "\u{0}" + id] = location

        var attributes: [FieldEntry] = []
        if let attributesNode = fields.attributes {
            guard case .mapping(let attributeMap) = attributesNode else {
                error("'attributes' must be a mapping of names to values", attributesNode, file)
                return
            }
            for (key, value) in attributeMap {
                guard let keyText = key.string else { continue }
                guard let converted = fieldValue(of: value, file: file) else { continue }
                attributes.append(FieldEntry(keyText, converted))
            }
        }
        if let termsNode = fields.terms {
            if let converted = fieldValue(of: termsNode, file: file) { attributes.append(FieldEntry("terms", converted)) }
        }
        let caseSensitive = fields.caseSensitive?.bool ?? false
        let entryIndex = Int32(entries.count)
        entries.append(GazetteerEntry(id: id, type: type, name: name, attributes: attributes, location: location, layer: layer))

        var formCount = 0
        for (kindIndex, kind) in FormKind.allCases.enumerated() {
            guard let groupNode = fields.formGroups[kindIndex] else { continue }
            guard case .mapping(let byLanguage) = groupNode else {
                error("'\(kind.fileKey)' must map a language (en, fr, any) to a list of forms", groupNode, file)
                continue
            }
            for (languageNode, formsNode) in byLanguage {
                guard let language = self.language(of: languageNode, file: file) else { continue }
                guard let texts = GazetteerLoader.items(of: formsNode) else {
                    error("forms must be a list of strings", formsNode, file)
                    continue
                }
                for textNode in texts {
                    guard let text = textNode.string, !GazetteerLoader.isBlank(text) else {
                        error("a surface form must be a non-empty string", textNode, file)
                        continue
                    }
                    let effectiveKind: FormKind = caseSensitive && !kind.isCaseSensitive ? .exact : kind
                    forms.append(GazetteerLoader.makeForm(text, entry: entryIndex, kind: effectiveKind, language: language))
                    formCount += 1
                }
            }
        }
        if let composeNode = fields.compose {
            formCount += loadComposed(composeNode, parts: parts, entry: entryIndex, caseSensitive: caseSensitive, file: file)
        }
        if formCount == 0 {
            // The canonical name is always a form, so an entry is never unreachable.
            forms.append(GazetteerLoader.makeForm(name, entry: entryIndex, kind: caseSensitive ? .exact : .name, language: nil))
        }
    }

    /// The forms of an entry's `compose:` (a language, en, fr or any, to a list of templates); how many were added.
    private mutating func loadComposed(_ node: Node, parts: [String: [String]], entry: Int32, caseSensitive: Bool, file: SourceFile) -> Int {
        guard case .mapping(let byLanguage) = node else {
            error("'compose' must map a language (en, fr, any) to a list of templates such as '{plan_en} {talks_en}'", node, file)
            return 0
        }
        var added = 0
        for (languageNode, templatesNode) in byLanguage {
            guard let language = self.language(of: languageNode, file: file) else { continue }
            guard let templates = GazetteerLoader.items(of: templatesNode) else {
                error("templates must be a list of strings such as '{plan_en} {talks_en}'", templatesNode, file)
                continue
            }
            for templateNode in templates {
                guard let template = templateNode.string, !GazetteerLoader.isBlank(template) else {
                    error("a template must be a non-empty string", templateNode, file)
                    continue
                }
                switch GazetteerLoader.expand(template, parts: parts) {
                case .success(let texts):
                    for text in texts where !GazetteerLoader.isBlank(text) {
                        forms.append(GazetteerLoader.makeForm(text, entry: entry, kind: caseSensitive ? .exact : .name, language: language))
                        added += 1
                    }
                case .failure(.unknownPart(let name)):
                    let known = parts.keys.sorted().joined(separator: ", ")
                    error("unknown part '{\(name)}' in template '\(template)' (this file's parts: \(known.isEmpty ? "none; declare them under 'parts:'" : known))", templateNode, file)
                case .failure(.unclosedBrace):
                    error("template '\(template)' opens '{' without closing it", templateNode, file)
                case .failure(.tooMany(let count)):
                    error("template '\(template)' gives \(count) forms or more (at most \(GazetteerLoader.maxComposedForms)); split it", templateNode, file)
                }
            }
        }
        return added
    }

    /// An attribute's value; YAML aliases are not supported and go to `aliases`, to be reported.
    static func fieldValue(of node: Node, aliases: inout [Node]) -> FieldValue? {
        switch node {
        case .scalar(let scalar):
            if scalar.style != .plain { return .string(scalar.string) }
            // Yams' number parsing is costly (it copies the string to drop `_`); only text that can be a
            // number (a digit, sign, `.`, `_`, or inf/nan/snan spelled in any case) reaches it.
            if GazetteerLoader.mayBeNumber(scalar.string) {
                if let int = node.int { return .int(int) }
                if let double = node.float { return .double(double) }
            }
            if GazetteerLoader.mayBeBool(scalar.string), let bool = node.bool { return .bool(bool) }
            if node.null != nil { return .null }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.compactMap { fieldValue(of: $0, aliases: &aliases) })
        case .mapping(let mapping):
            return .object(mapping.compactMap { key, value in
                guard let keyText = key.string, let converted = fieldValue(of: value, aliases: &aliases) else { return nil }
                return FieldEntry(keyText, converted)
            })
        case .alias:
            aliases.append(node)
            return nil
        }
    }

    private mutating func fieldValue(of node: Node, file: SourceFile) -> FieldValue? {
        var aliases: [Node] = []
        let value = GazetteerLoader.fieldValue(of: node, aliases: &aliases)
        for alias in aliases { error("YAML aliases are not supported in gazetteers", alias, file) }
        return value
    }

    /// Whether the first character other than `_` can start a YAML int or a `Double` (`Double("inf")` and
    /// `Double("nan")` parse too, so their first letters count).
    static func mayBeNumber(_ text: String) -> Bool {
        for byte in text.utf8 where byte != 0x5F {
            switch byte {
            case 0x30...0x39, 0x2B, 0x2D, 0x2E, 0x49, 0x69, 0x4E, 0x6E, 0x53, 0x73: return true
            default: return false
            }
        }
        return false
    }

    /// Whether Yams could read the text as a boolean (true/yes/on/false/no/off in any case): it lowercases
    /// a copy of every string it is asked about, which only such short words need.
    static func mayBeBool(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard (2...5).contains(utf8.count), let first = utf8.first else { return false }
        switch first {
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "o"), UInt8(ascii: "O"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "n"), UInt8(ascii: "N"): return true
        default: return first >= 0x80
        }
    }

    /// True when every scalar is white space as `CharacterSet.whitespaces` defines it (tab and category Zs),
    /// without bridging to NSString.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || ($0.value >= 0x80 && $0.properties.generalCategory == .spaceSeparator) }
    }

    /// Splits a form into tokens with the document tokenizer, so a form matches exactly the token sequence
    /// a document containing it produces.
    static func makeForm(_ text: String, entry: Int32, kind: FormKind, language: Language?) -> SurfaceForm {
        let prepared = PreparedText(string: text)
        let tokens = Tokenizer(language: language ?? .en).tokenize(prepared.normalized)
        var folded: [String] = []
        var exact: [[UInt8]] = []
        var buffer: [UInt8] = []
        prepared.normalized.withUnsafeBufferPointer { bytes in
            for token in tokens {
                let slice = UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])
                buffer.removeAll(keepingCapacity: true)
                Folding.fold(slice, into: &buffer)
                folded.append(String(decoding: buffer, as: UTF8.self))
                exact.append(Array(slice))
            }
        }
        return SurfaceForm(entry: entry, kind: kind, language: language, text: text, foldedTokens: folded, exactTokens: exact)
    }

    // MARK: TSV

    /// `id<TAB>type<TAB>name<TAB>form|form…<TAB>key=value;key=value`; `#` starts a comment line.
    private mutating func loadTSV(_ file: SourceFile) {
        // Forms are tokenised after the lines are read, on every core: a large list has over 100,000 of them.
        var pendingForms: [(text: String, entry: Int32)] = []
        defer { forms += GazetteerLoader.makeNameForms(pendingForms) }
        var lineStart = 0
        var lineNumber = 0
        let bytes = file.bytes
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func fail(_ message: String, column: Int) {
                let location = SourceLocation(file: file.path, line: lineNumber, column: column)
                diagnostics.append(Diagnostic(.error, message, code: "gazetteer", at: location, sourceLine: line))
            }
            guard columns.count >= 3, !columns[0].isEmpty, !columns[1].isEmpty, !columns[2].isEmpty else {
                fail("expected at least 3 tab-separated columns: id, type, name (then forms and attributes)", column: 1)
                continue
            }
            let (id, type, name) = (columns[0], columns[1], columns[2])
            guard GazetteerLoader.isTypeName(type) else {
                fail("'\(type)' is not a CamelCase type name", column: columns[0].unicodeScalars.count + 2)
                continue
            }
            let location = SourceLocation(file: file.path, line: lineNumber, column: 1)
            if let first = firstLocationOfID[type + "\u{0}" + id] {
                fail("duplicate gazetteer id '\(id)' for type \(type) (first defined at \(first))", column: 1)
                continue
            }
            firstLocationOfID[type + "\u{0}" + id] = location
            var attributes: [FieldEntry] = []
            if columns.count >= 5 {
                for pair in columns[4].split(separator: ";") where !pair.isEmpty {
                    let parts = pair.split(separator: "=", maxSplits: 1)
                    guard parts.count == 2 else {
                        fail("attribute '\(pair)' is not key=value", column: 1)
                        continue
                    }
                    let value = String(parts[1])
                    attributes.append(FieldEntry(String(parts[0]), Int(value).map(FieldValue.int) ?? .string(value)))
                }
            }
            let entryIndex = Int32(entries.count)
            entries.append(GazetteerEntry(id: id, type: type, name: name, attributes: attributes, location: location))
            var texts = [name]
            if columns.count >= 4 { texts += columns[3].split(separator: "|").map(String.init) }
            for text in Set(texts).sorted() where !text.isEmpty { pendingForms.append((text, entryIndex)) }
        }
    }

    /// `makeForm(text, entry:, kind: .name, language: nil)` for each, in order; in parallel chunks when there are many.
    static func makeNameForms(_ pending: [(text: String, entry: Int32)]) -> [SurfaceForm] {
        let chunkSize = 2048
        let chunks = (pending.count + chunkSize - 1) / chunkSize
        return Concurrently.map(chunks) { chunk in
            pending[chunk * chunkSize..<min(pending.count, (chunk + 1) * chunkSize)].map {
                GazetteerLoader.makeForm($0.text, entry: $0.entry, kind: .name, language: nil)
            }
        }.flatMap { $0 }
    }
}

extension String {
    var trimmingTrailingSlash: String {
        var text = self
        while text.count > 1 && text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
