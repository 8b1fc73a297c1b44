import Foundation
import Yams

/// One document and the facts a human expects from it, read from a `*.fixture.yaml` sidecar file
/// (docs/fixtures.md). Locations point into the fixture file so failures can name the line to fix.
public struct Fixture: Sendable {
    /// The fixture file as given (relative to the working directory when under it).
    public var path: String
    /// The file's bytes, kept so `--update` can rewrite only what changed.
    public var source: SourceFile
    /// The document's path (relative to the working directory when under it), or nil for inline `text:`.
    public var documentPath: String?
    public var documentBytes: [UInt8]
    public var language: Language?
    public var referenceDate: CalendarDate?
    /// The reference's time of day (minutes after midnight) when `reference_date` gives one (`2024-08-08T23:30`).
    public var referenceTime: Int? = nil
    /// `checks:` as written; nil when absent.
    public var declaredChecks: [String]?
    public var facts: [ExpectedFact]
    /// Where `facts:` and its items sit in the file, for `--update`.
    var layout: FixtureLayout

    /// The fact types this fixture is exhaustive for: `checks:`, or else every type with an expected fact.
    public var checkedTypes: Set<String> { Set(declaredChecks ?? facts.map(\.type)) }

    /// The id extracted facts carry: the document's path, or the fixture's path for inline text.
    public var documentID: String { documentPath ?? path }

    public var document: Document {
        Document(id: documentID, bytes: documentBytes, language: language, referenceDate: referenceDate, referenceTime: referenceTime)
    }
}

/// An expected fact. Only what is written is checked.
public struct ExpectedFact: Sendable {
    public var type: String
    public var text: String?
    /// 1-based line of the document on which the fact starts.
    public var line: Int?
    public var rule: String?
    /// Listed fields; `.null` means the field must be absent.
    public var fields: [FieldEntry]
    /// Where the item starts in the fixture file.
    public var location: SourceLocation
    public var fieldLocations: [String: SourceLocation]
    /// Where `rule:` is written, if it is.
    public var ruleLocation: SourceLocation? = nil
}

/// Line numbers (1-based) of the parts of a fixture file that `--update` rewrites.
struct FixtureLayout: Sendable {
    /// The line of the `facts:` key; nil when the file has none.
    var factsKeyLine: Int?
    /// The last line of the `facts:` value (before the next top-level key, or the end of the file).
    var factsEndLine: Int
    /// The first line of each item, in order; nil when the items cannot be told apart by line (flow style).
    var itemStartLines: [Int]?
    /// The indentation of the `-` of the items.
    var itemIndent: String
}

/// Reads fixture files. Every problem is a diagnostic at the fixture's line and column.
public enum FixtureLoader {
    public static let fileSuffix = ".fixture.yaml"

    /// The fixture files under each path (a fixture file, or a directory walked recursively), sorted.
    public static func files(in paths: [String]) -> (files: [String], problems: [Diagnostic]) {
        var files: [String] = []
        var problems: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Diagnostic(.error, "\(path): no such file or directory (give fixture files or directories of *\(fileSuffix) files)", code: "io"))
                continue
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(fileSuffix) && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                .sorted()
                .map { base + "/" + $0 }
            files += found
        }
        return (files, problems)
    }

    public static func load(path: String) -> Result<Fixture, DiagnosticList> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(DiagnosticList([Diagnostic(.error, "\(path): cannot read the fixture file", code: "io")]))
        }
        return parse(SourceFile(path: path, bytes: [UInt8](data)))
    }

    public static func parse(_ file: SourceFile) -> Result<Fixture, DiagnosticList> {
        var parser = Parser(file: file)
        let fixture = parser.parse()
        if let fixture, !parser.problems.contains(where: { $0.severity == .error }) { return .success(fixture) }
        return .failure(DiagnosticList(parser.problems))
    }

    private struct Parser {
        let file: SourceFile
        var problems: [Diagnostic] = []

        init(file: SourceFile) { self.file = file }

        mutating func error(_ message: String, _ node: Node?) {
            let location = self.location(node)
            problems.append(Diagnostic(.error, message, code: "fixture", at: location, sourceLine: file.lineText(location.line)))
        }

        func location(_ node: Node?) -> SourceLocation {
            SourceLocation(file: file.path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
        }

        mutating func parse() -> Fixture? {
            let root: Node?
            switch YAMLSource.compose(file) {
            case .success(let node): root = node
            case .failure(let problem):
                problems.append(problem)
                return nil
            }
            guard let root, case .mapping(let top) = root else {
                error("a fixture is a mapping with 'document' (or 'text') and 'facts'", root)
                return nil
            }
            let known = ["document", "text", "lang", "reference_date", "checks", "facts"]
            for (key, _) in top where !known.contains(key.string ?? "") {
                error("unknown key '\(key.string ?? "?")' (expected one of: \(known.joined(separator: ", ")))", key)
            }

            // The document: a file next to the fixture, or inline text.
            var documentPath: String? = nil
            var documentBytes: [UInt8] = []
            switch (top["document"], top["text"]) {
            case (let documentNode?, nil):
                guard let relative = documentNode.string, !relative.isEmpty else {
                    error("'document' must be the path of the document, relative to this fixture file", documentNode)
                    return nil
                }
                let folder = URL(fileURLWithPath: file.path).deletingLastPathComponent().path
                let target = relative.hasPrefix("/") ? relative : folder + "/" + relative
                guard let data = FileManager.default.contents(atPath: target) else {
                    error("cannot read the document '\(relative)' (looked for \(URL(fileURLWithPath: target).standardizedFileURL.path)); the path is relative to the fixture file", documentNode)
                    return nil
                }
                documentPath = FixtureLoader.relativeToWorkingDirectory(target)
                documentBytes = [UInt8](data)
            case (nil, let textNode?):
                guard let text = textNode.string else {
                    error("'text' must be the document's text (use `text: |` for several lines)", textNode)
                    return nil
                }
                documentBytes = Array(text.utf8)
            case (.some, .some(let textNode)):
                error("give either 'document' or 'text', not both", textNode)
                return nil
            case (nil, nil):
                error("missing 'document' (a path relative to this fixture file) or 'text' (the document inline)", root)
                return nil
            }

            var language: Language? = nil
            if let langNode = top["lang"] {
                if let value = langNode.string, let parsed = Language(rawValue: value.lowercased()), parsed != .unknown {
                    language = parsed
                } else {
                    error("'lang' must be en or fr", langNode)
                }
            }
            var referenceDate: CalendarDate? = nil
            var referenceTime: Int? = nil
            if let dateNode = top["reference_date"] {
                if let value = dateNode.string, let parsed = CalendarDate.reference(value) {
                    referenceDate = parsed.date
                    referenceTime = parsed.minuteOfDay
                } else {
                    error("'reference_date' must be a date in the form YYYY-MM-DD, maybe with a time (YYYY-MM-DDTHH:MM)", dateNode)
                }
            }
            var checks: [String]? = nil
            if let checksNode = top["checks"] {
                switch checksNode {
                case .sequence(let items):
                    checks = []
                    for item in items {
                        if let type = item.string, isTypeName(type) { checks?.append(type) } else { error("'checks' lists fact type names such as Meeting", item) }
                    }
                case .scalar(let scalar) where isTypeName(scalar.string):
                    checks = [scalar.string]
                default:
                    error("'checks' must be a list of fact types, e.g. [Meeting, Agreement]", checksNode)
                }
            }

            var facts: [ExpectedFact] = []
            var itemLines: [Int] = []
            var itemIndent = "  "
            if let factsNode = top["facts"] {
                switch factsNode {
                case .sequence(let items):
                    for item in items {
                        if let fact = expectedFact(item) { facts.append(fact) }
                        itemLines.append(item.mark?.line ?? 0)
                    }
                    if let first = items.first, let mark = first.mark {
                        // The item's mark is its first key; the dash is two columns before it.
                        itemIndent = String(repeating: " ", count: max(0, mark.column - 3))
                    }
                case .scalar(let scalar) where scalar.string.isEmpty || scalar.string == "null":
                    break
                default:
                    error("'facts' must be a list of expected facts (each with at least 'type')", factsNode)
                }
            }

            // The extent of `facts:` in lines: up to the next top-level key that starts after it.
            let factsKeyLine = top.keys.first { $0.string == "facts" }?.mark?.line
            let lineCount = file.lineCount
            var factsEnd = lineCount
            if let factsKeyLine {
                let laterKeys = top.keys.compactMap { $0.mark?.line }.filter { $0 > factsKeyLine }
                if let next = laterKeys.min() { factsEnd = next - 1 }
            }
            let linesAreDistinct = itemLines.allSatisfy { $0 > (factsKeyLine ?? 0) } && Set(itemLines).count == itemLines.count && itemLines == itemLines.sorted()
            let layout = FixtureLayout(factsKeyLine: factsKeyLine, factsEndLine: factsEnd, itemStartLines: linesAreDistinct ? itemLines : nil, itemIndent: itemIndent)
            var fixture = Fixture(path: file.path, source: file, documentPath: documentPath, documentBytes: documentBytes, language: language,
                                  referenceDate: referenceDate, declaredChecks: checks, facts: facts, layout: layout)
            fixture.referenceTime = referenceTime
            return fixture
        }

        mutating func expectedFact(_ node: Node) -> ExpectedFact? {
            guard case .mapping(let map) = node else {
                error("an expected fact is a mapping with 'type' and optionally 'text', 'line', 'rule', 'fields'", node)
                return nil
            }
            let known = ["type", "text", "line", "rule", "fields"]
            for (key, _) in map where !known.contains(key.string ?? "") {
                error("unknown key '\(key.string ?? "?")' in an expected fact (expected one of: \(known.joined(separator: ", ")))", key)
            }
            guard let typeNode = map["type"] else {
                error("expected fact without 'type'", node)
                return nil
            }
            guard let type = typeNode.string, isTypeName(type) else {
                error("'type' must be a fact type name such as Meeting", typeNode)
                return nil
            }
            var fact = ExpectedFact(type: type, text: nil, line: nil, rule: nil, fields: [], location: location(node), fieldLocations: [:])
            if let textNode = map["text"] {
                if let text = textNode.string, case .scalar = textNode { fact.text = text } else { error("'text' must be a string", textNode) }
            }
            if let lineNode = map["line"] {
                if let text = lineNode.string, let line = Int(text), line >= 1 { fact.line = line } else { error("'line' must be a line number of the document (1 or more)", lineNode) }
            }
            if let ruleNode = map["rule"] {
                if let rule = ruleNode.string, case .scalar = ruleNode, !rule.isEmpty { fact.rule = rule; fact.ruleLocation = location(ruleNode) } else { error("'rule' must be a rule id", ruleNode) }
            }
            if let fieldsNode = map["fields"] {
                guard case .mapping(let fields) = fieldsNode else {
                    error("'fields' must be a mapping of field names to values", fieldsNode)
                    return fact
                }
                for (key, value) in fields {
                    guard let name = key.string, case .scalar = key else { error("a field name must be a plain name", key); continue }
                    fact.fields.append(FieldEntry(name, FixtureLoader.value(of: value)))
                    fact.fieldLocations[name] = location(key)
                }
            }
            return fact
        }

        func isTypeName(_ text: String) -> Bool {
            guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
            return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        }
    }

    /// A YAML value as a field value. Plain scalars are numbers, booleans or null when they read as such (the
    /// way `--update` writes them); quoted scalars are always strings.
    static func value(of node: Node) -> FieldValue {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain else { return .string(scalar.string) }
            return plainValue(scalar.string)
        case .sequence(let items):
            return .list(items.map(value(of:)))
        case .mapping(let map):
            return .object(map.map { FieldEntry($0.key.string ?? "", value(of: $0.value)) })
        case .alias:
            return .null
        }
    }

    static func plainValue(_ text: String) -> FieldValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let number = Int(text) { return .int(number) }
        if looksLikeFloat(text), let number = Double(text) { return .double(number) }
        return .string(text)
    }

    /// Decimal numbers only: `Double("nan")` and `Double("infinity")` parse, but such words are strings here.
    static func looksLikeFloat(_ text: String) -> Bool {
        var sawDigit = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9": sawDigit = true
            case "+", "-", ".", "e", "E": continue
            default: return false
            }
        }
        return sawDigit
    }

    static func relativeToWorkingDirectory(_ path: String) -> String {
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return standardized.hasPrefix(prefix) ? String(standardized.dropFirst(prefix.count)) : standardized
    }
}

extension SourceFile {
    /// Lines in the file; a final line break does not start another line.
    var lineCount: Int {
        var count = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        if let last = bytes.last, last != UInt8(ascii: "\n") { count += 1 }
        return count
    }
}
