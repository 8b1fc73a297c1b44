import Foundation
import Yams

/// How one field of two facts is compared (docs/consolidation.md lists them).
public enum FieldComparison: Sendable, Equatable, CustomStringConvertible {
    /// The same value (strings ignore case and diacritics, numbers compare numerically, lists as sets).
    case equal
    /// Lists with the same elements.
    case sameSet
    /// One list contains the other.
    case subset
    /// Lists of which one contains the other, or that share at least this many elements.
    case overlap(minShared: Int)
    /// Dates whose stretches of time overlap or nest (`XXXX-05` and `2024-05-31`); dates at most `maxDays`
    /// apart are still the same thing, but the record is flagged `conflict`.
    case date(maxDays: Int)
    /// Numbers equal, or within `tolerance` (relative: 0.05 = 5%), which flags a conflict.
    case number(tolerance: Double)
    /// Titles whose concepts (through the lexicon, across languages) have a Dice similarity of at least this.
    case title(minSimilarity: Double)

    public var description: String {
        switch self {
        case .equal: "equal"
        case .sameSet: "same_set"
        case .subset: "subset"
        case .overlap(let minimum): "overlap (min_shared \(minimum))"
        case .date(let days): "date (max_days \(days))"
        case .number(let tolerance): "number (tolerance \(tolerance))"
        case .title(let similarity): "title (min_similarity \(similarity))"
        }
    }
}

/// How the values of a field that is not a match key are combined in a record.
public enum FieldCombination: String, Sendable {
    /// Every value of every source, once, as a list (list elements are merged into one list): different
    /// values are then not a conflict.
    case union
    /// Different values are all kept, with their sources, and the record is flagged `conflict`.
    case conflict
}

/// The rules for one fact type: which fields must agree, how, and how the others are combined.
public struct TypeConsolidation: Sendable {
    public var type: String
    /// Field paths (`kind`, `amount.amount`) and how they compare, in the file's order.
    public var match: [(field: String, comparison: FieldComparison)]
    /// At least this many match fields must be present in both facts and agree: facts that agree only because
    /// they leave everything out are not merged.
    public var requireShared: Int
    public var combine: [String: FieldCombination]
    /// Where the type is named in the configuration file.
    public var location: SourceLocation?
    var sourceLine: String?

    public init(type: String, match: [(field: String, comparison: FieldComparison)], requireShared: Int = 1, combine: [String: FieldCombination] = [:]) {
        self.type = type
        self.match = match
        self.requireShared = requireShared
        self.combine = combine
    }
}

/// The consolidation configuration: per fact type, the match keys and tolerances, plus the title lexicon.
/// Fact types the configuration does not name are not consolidated.
public struct ConsolidationConfig: Sendable {
    public var types: [String: TypeConsolidation]
    public var lexicon: TitleLexicon

    public init(types: [TypeConsolidation], lexicon: TitleLexicon = TitleLexicon()) {
        self.types = Dictionary(types.map { ($0.type, $0) }, uniquingKeysWith: { first, _ in first })
        self.lexicon = lexicon
    }

    /// Reads a configuration file (YAML) and the lexicon it names (relative to the file).
    /// Every problem is reported with its file:line:column.
    public static func load(path: String) throws(DiagnosticList) -> ConsolidationConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticList([Diagnostic(.error, "cannot read the consolidation configuration '\(path)'; pass --config FILE", code: "io")])
        }
        var reader = YAMLReader(file: SourceFile(path: path, bytes: [UInt8](data)))
        let config = reader.readConfig()
        if !reader.diagnostics.isEmpty { throw DiagnosticList(reader.diagnostics) }
        return config
    }

    /// Warnings for types no rule of the pack emits (a misspelt type consolidates nothing).
    public func warnings(emittedTypes: Set<String>) -> [Diagnostic] {
        types.values.filter { !emittedTypes.contains($0.type) }.sorted { $0.type < $1.type }.map { rules in
            Diagnostic(.warning, "no rule emits \(rules.type) facts, so these consolidation keys are never used (the rules emit: \(emittedTypes.sorted().joined(separator: ", ")))",
                       code: "consolidation-unused-type", at: rules.location, sourceLine: rules.sourceLine)
        }
    }

    public static func parse(text: String, path: String) throws(DiagnosticList) -> ConsolidationConfig {
        var reader = YAMLReader(file: SourceFile(path: path, text: text))
        let config = reader.readConfig()
        if !reader.diagnostics.isEmpty { throw DiagnosticList(reader.diagnostics) }
        return config
    }
}

/// Walks the YAML tree of a configuration or lexicon file, collecting errors with their positions.
private struct YAMLReader {
    let file: SourceFile
    var diagnostics: [Diagnostic] = []

    init(file: SourceFile) { self.file = file }

    mutating func error(_ message: String, _ node: Node?) {
        let location = SourceLocation(file: file.path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
        diagnostics.append(Diagnostic(.error, message, code: "consolidation-config", at: location, sourceLine: file.lineText(location.line)))
    }

    mutating func compose() -> Node? {
        switch YAMLSource.compose(file) {
        case .success(let node): return node
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    mutating func checkKeys(_ map: Node.Mapping, allowed: [String], in what: String) {
        for (key, _) in map where !allowed.contains(key.string ?? "") {
            error("unknown key '\(key.string ?? "?")' in \(what) (expected \(allowed.joined(separator: ", ")))", key)
        }
    }

    mutating func readConfig() -> ConsolidationConfig {
        guard let root = compose() else { return ConsolidationConfig(types: []) }
        guard case .mapping(let top) = root else {
            error("a consolidation configuration is a mapping with 'types' (and optionally 'lexicon')", root)
            return ConsolidationConfig(types: [])
        }
        checkKeys(top, allowed: ["lexicon", "types", "description"], in: "the configuration")
        var lexicon = TitleLexicon()
        if let lexiconNode = top["lexicon"] {
            if let name = lexiconNode.string, !name.isEmpty {
                let path = name.hasPrefix("/") ? name : URL(fileURLWithPath: file.path).deletingLastPathComponent().appendingPathComponent(name).path
                if let data = FileManager.default.contents(atPath: path) {
                    var lexiconReader = YAMLReader(file: SourceFile(path: path, bytes: [UInt8](data)))
                    lexicon = lexiconReader.readLexicon()
                    diagnostics += lexiconReader.diagnostics
                } else {
                    error("cannot read the lexicon '\(path)' (a path relative to this file)", lexiconNode)
                }
            } else {
                error("'lexicon' must be a file name", lexiconNode)
            }
        }
        var types: [TypeConsolidation] = []
        guard let typesNode = top["types"] else {
            error("missing 'types': a mapping from fact types to their match keys", root)
            return ConsolidationConfig(types: [], lexicon: lexicon)
        }
        guard case .mapping(let typeMap) = typesNode else {
            error("'types' must map fact types (Meeting, Agreement, …) to their match keys", typesNode)
            return ConsolidationConfig(types: [], lexicon: lexicon)
        }
        for (typeNode, body) in typeMap {
            guard let type = typeNode.string, let first = type.unicodeScalars.first, first.properties.isUppercase else {
                error("a fact type is a CamelCase name such as Meeting", typeNode)
                continue
            }
            if var rules = readType(type, body) {
                let location = SourceLocation(file: file.path, line: typeNode.mark?.line ?? 1, column: typeNode.mark?.column ?? 1)
                rules.location = location
                rules.sourceLine = file.lineText(location.line)
                types.append(rules)
            }
        }
        return ConsolidationConfig(types: types, lexicon: lexicon)
    }

    mutating func readType(_ type: String, _ node: Node) -> TypeConsolidation? {
        guard case .mapping(let map) = node else {
            error("the rules for \(type) are a mapping with 'match' (and optionally 'require_shared', 'combine')", node)
            return nil
        }
        checkKeys(map, allowed: ["match", "require_shared", "combine"], in: type)
        var match: [(String, FieldComparison)] = []
        if let matchNode = map["match"] {
            guard case .mapping(let fields) = matchNode else {
                error("'match' maps field names to how they compare (equal, same_set, subset, overlap, date, number, title)", matchNode)
                return nil
            }
            for (fieldNode, comparisonNode) in fields {
                guard let field = fieldNode.string, !field.isEmpty else {
                    error("a match key is a field name, or a dotted path such as amount.currency", fieldNode)
                    continue
                }
                if let comparison = readComparison(comparisonNode) { match.append((field, comparison)) }
            }
        } else {
            error("\(type) needs 'match': the fields two facts must agree on", node)
        }
        var requireShared = 1
        if let requireNode = map["require_shared"] {
            if let value = requireNode.int, value >= 0, value <= max(match.count, 1) {
                requireShared = value
            } else {
                error("'require_shared' must be a whole number from 0 to the number of match keys (\(match.count))", requireNode)
            }
        }
        var combine: [String: FieldCombination] = [:]
        if let combineNode = map["combine"] {
            if case .mapping(let entries) = combineNode {
                for (fieldNode, valueNode) in entries {
                    guard let field = fieldNode.string, let value = valueNode.string.flatMap(FieldCombination.init(rawValue:)) else {
                        error("'combine' maps a field to union or conflict", valueNode)
                        continue
                    }
                    combine[field] = value
                }
            } else {
                error("'combine' maps field names to union or conflict", combineNode)
            }
        }
        return TypeConsolidation(type: type, match: match, requireShared: requireShared, combine: combine)
    }

    /// `equal`, or `{compare: date, max_days: 1}`.
    mutating func readComparison(_ node: Node) -> FieldComparison? {
        var name: String? = node.string
        var options: Node.Mapping? = nil
        if case .mapping(let map) = node {
            options = map
            name = map["compare"]?.string
            if name == nil { error("give the comparison as 'compare: NAME'", node); return nil }
        }
        func number(_ key: String, default value: Double, range: ClosedRange<Double>) -> Double? {
            guard let optionNode = options?[key] else { return value }
            guard let parsed = optionNode.float, range.contains(parsed) else {
                error("'\(key)' must be a number from \(range.lowerBound) to \(range.upperBound)", optionNode)
                return nil
            }
            return parsed
        }
        func checkOptions(_ allowed: [String]) {
            if let options { checkKeys(options, allowed: ["compare"] + allowed, in: "the comparison '\(name ?? "")'") }
        }
        switch name {
        case "equal": checkOptions([]); return .equal
        case "same_set": checkOptions([]); return .sameSet
        case "subset": checkOptions([]); return .subset
        case "overlap":
            checkOptions(["min_shared"])
            return number("min_shared", default: 1, range: 1...1000).map { .overlap(minShared: Int($0)) }
        case "date":
            checkOptions(["max_days"])
            return number("max_days", default: 0, range: 0...100_000).map { .date(maxDays: Int($0)) }
        case "number":
            checkOptions(["tolerance"])
            return number("tolerance", default: 0, range: 0...1).map { .number(tolerance: $0) }
        case "title":
            checkOptions(["min_similarity"])
            return number("min_similarity", default: 0.6, range: 0...1).map { .title(minSimilarity: $0) }
        default:
            error("unknown comparison '\(name ?? "?")' (expected equal, same_set, subset, overlap, date, number or title)", options?["compare"] ?? node)
            return nil
        }
    }

    mutating func readLexicon() -> TitleLexicon {
        var lexicon = TitleLexicon()
        guard let root = compose() else { return lexicon }
        guard case .mapping(let top) = root else {
            error("a lexicon is a mapping with 'stopwords' and 'concepts'", root)
            return lexicon
        }
        checkKeys(top, allowed: ["stopwords", "concepts", "description"], in: "the lexicon")
        if let stopwordsNode = top["stopwords"] {
            if case .mapping(let byLanguage) = stopwordsNode {
                for (_, words) in byLanguage {
                    for word in strings(words, what: "stopwords") { lexicon.addStopword(word) }
                }
            } else {
                error("'stopwords' maps a language (en, fr) to a list of words", stopwordsNode)
            }
        }
        if let conceptsNode = top["concepts"] {
            if case .mapping(let entries) = conceptsNode {
                for (conceptNode, formsNode) in entries {
                    guard let concept = conceptNode.string, !concept.isEmpty else { error("a concept is a word", conceptNode); continue }
                    lexicon.addConcept(concept, forms: strings(formsNode, what: "the forms of '\(concept)'"))
                }
            } else {
                error("'concepts' maps a concept (an English word) to its forms in other languages", conceptsNode)
            }
        }
        return lexicon
    }

    mutating func strings(_ node: Node, what: String) -> [String] {
        if case .sequence(let items) = node {
            return items.compactMap { item in
                guard let text = item.string, !text.isEmpty else { error("\(what) must be a list of words", item); return nil }
                return text
            }
        }
        if let text = node.string, !text.isEmpty { return [text] }
        error("\(what) must be a list of words", node)
        return []
    }
}
