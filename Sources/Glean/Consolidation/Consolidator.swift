/// One real-world event, agreement or figure, with every fact that reports it (docs/consolidation.md).
public struct ConsolidatedRecord: Sendable, Equatable {
    /// Deterministic: the type and the first source (in document order), so re-runs give the same id.
    public var id: String
    public var type: String
    /// The merged fields: the most specific value of each. A field the sources disagree on is absent here and
    /// listed in `conflicts` with every value.
    public var fields: [FieldEntry]
    public var conflicts: [FieldConflict]
    /// In document order (doc, then span).
    public var sources: [SourcedFact]

    public var conflict: Bool { !conflicts.isEmpty }
    public var languages: [Language] { Array(Set(sources.map(\.language))).sorted { $0.rawValue < $1.rawValue } }
    public var documents: [String] {
        var seen = Set<String>()
        return sources.map(\.fact.document).filter { seen.insert($0).inserted }
    }
}

/// A field the sources of a record disagree on: each value with the indexes (into `sources`) that give it.
public struct FieldConflict: Sendable, Equatable {
    public var field: String
    public var values: [(value: FieldValue, sources: [Int])]

    public static func == (a: FieldConflict, b: FieldConflict) -> Bool {
        a.field == b.field && a.values.map(\.value) == b.values.map(\.value) && a.values.map(\.sources) == b.values.map(\.sources)
    }
}

/// Groups facts that describe the same thing, as the configuration says (`Rules/consolidation.yaml`).
///
/// A fact joins a group only when it is compatible with every fact already in it (so a fact without a date
/// cannot bridge two events on different dates). Facts that tell more are placed first, so groups form around
/// them; a fact compatible with several groups joins the one it shares most with (then the earliest).
public struct Consolidator: Sendable {
    public let config: ConsolidationConfig

    public init(config: ConsolidationConfig) { self.config = config }

    /// The records, ordered by their first source. Facts of types the configuration does not name are left out.
    /// `explain`, when given, receives a line of text for every decision.
    public func consolidate(_ facts: [SourcedFact], explain: ((String) -> Void)? = nil) -> [ConsolidatedRecord] {
        var byType: [String: [SourcedFact]] = [:]
        for fact in facts where config.types[fact.fact.type] != nil { byType[fact.fact.type, default: []].append(fact) }
        var records: [ConsolidatedRecord] = []
        for type in byType.keys.sorted() {
            let rules = config.types[type]!
            let ordered = byType[type]!.enumerated().sorted { a, b in
                let left = presentCount(a.element, rules), right = presentCount(b.element, rules)
                if left != right { return left > right }
                return Consolidator.documentOrder(a.element, b.element) || (!Consolidator.documentOrder(b.element, a.element) && a.offset < b.offset)
            }.map(\.element)
            var groups: [[SourcedFact]] = []
            var seeds: [String] = []
            for fact in ordered {
                var best: (group: Int, shared: Int)? = nil
                var lines: [String] = []
                for (index, group) in groups.enumerated() {
                    var shared = 0
                    var refusal: String? = nil
                    var bestReasons: [String] = []
                    // No member may contradict the fact, and one member at least must share enough with it.
                    for member in group {
                        let verdict = compare(fact, member, rules)
                        if let reason = verdict.refusal {
                            refusal = (member == group[0] ? "" : "with \(Consolidator.label(member)): ") + reason
                            break
                        }
                        if verdict.shared > shared || bestReasons.isEmpty {
                            shared = verdict.shared
                            bestReasons = verdict.reasons
                        }
                    }
                    if refusal == nil && shared < rules.requireShared {
                        refusal = "only \(shared) match field\(shared == 1 ? "" : "s") present on both sides and agreeing with any of its facts (require_shared: \(rules.requireShared))"
                    }
                    if let refusal {
                        if explain != nil { lines.append("  apart from group \(index + 1) (\(seeds[index])): \(refusal)") }
                        continue
                    }
                    if explain != nil { lines.append("  compatible with group \(index + 1) (\(seeds[index])), \(shared) shared: \(bestReasons.joined(separator: "; "))") }
                    if best == nil || shared > best!.shared { best = (index, shared) }
                }
                if let best {
                    groups[best.group].append(fact)
                    lines.append("  → joins group \(best.group + 1)")
                } else {
                    groups.append([fact])
                    seeds.append(Consolidator.label(fact))
                    lines.append("  → starts group \(groups.count)")
                }
                if let explain { explain("\(type) \(Consolidator.label(fact)) \"\(fact.fact.text)\" (\(fact.fact.rule))\n" + lines.joined(separator: "\n")) }
            }
            for (index, group) in groups.enumerated() {
                let made = record(type: type, members: group, rules: rules)
                explain?("\(type) group \(index + 1) (\(seeds[index])) is record \(made.id): \(group.count) fact\(group.count == 1 ? "" : "s")\(made.conflict ? ", conflict on " + made.conflicts.map(\.field).joined(separator: ", ") : "")")
                records.append(made)
            }
        }
        return records.sorted { a, b in
            let left = a.sources[0], right = b.sources[0]
            if Consolidator.documentOrder(left, right) { return true }
            if Consolidator.documentOrder(right, left) { return false }
            return a.type < b.type
        }
    }

    static func label(_ fact: SourcedFact) -> String { "\(fact.fact.document):\(fact.fact.span.start)-\(fact.fact.span.end)" }

    static func documentOrder(_ a: SourcedFact, _ b: SourcedFact) -> Bool {
        (a.fact.document, a.fact.span.start, a.fact.span.end, a.fact.rule) < (b.fact.document, b.fact.span.start, b.fact.span.end, b.fact.rule)
    }

    /// The type and the first source, hashed (FNV-1a, 64 bits): stable across runs and machines.
    static func recordID(type: String, first: SourcedFact) -> String {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in "\(type)\u{0}\(first.fact.document)\u{0}\(first.fact.span.start)\u{0}\(first.fact.span.end)\u{0}\(first.fact.rule)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
        }
        let hex = String(hash, radix: 16)
        return type.lowercased() + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    func presentCount(_ fact: SourcedFact, _ rules: TypeConsolidation) -> Int {
        rules.match.filter { Consolidator.value(fact.fact, at: $0.field) != nil }.count
    }

    static func value(_ fact: Fact, at path: String) -> FieldValue? {
        var current: FieldValue? = .object(fact.fields)
        for part in path.split(separator: ".") { current = current?[String(part)] }
        if let current, !current.isNull { return current }
        return nil
    }

    // MARK: Comparing two facts

    public struct PairVerdict: Sendable {
        /// Why they cannot be the same thing, or nil when nothing contradicts it.
        public var refusal: String?
        /// How many match fields both have and agree on.
        public var shared: Int
        /// One note per match field.
        public var reasons: [String]
    }

    /// Whether two facts of one type contradict each other, field by field, and how many match fields they
    /// share (`require_shared` is checked against a whole group).
    public func compare(_ a: SourcedFact, _ b: SourcedFact, _ rules: TypeConsolidation) -> PairVerdict {
        var shared = 0
        var reasons: [String] = []
        for (field, comparison) in rules.match {
            guard let left = Consolidator.value(a.fact, at: field), let right = Consolidator.value(b.fact, at: field) else {
                reasons.append("\(field) missing on one side")
                continue
            }
            switch judge(left, right, comparison) {
            case .same(let note):
                shared += 1
                reasons.append("\(field) \(note)")
            case .close(let note):
                shared += 1
                reasons.append("\(field) \(note) (a conflict)")
            case .different(let note):
                return PairVerdict(refusal: "\(field) \(note)", shared: shared, reasons: reasons)
            }
        }
        return PairVerdict(refusal: nil, shared: shared, reasons: reasons)
    }

    enum Judgement {
        case same(String)
        /// The same thing, but the values differ within the tolerance.
        case close(String)
        case different(String)
    }

    func judge(_ left: FieldValue, _ right: FieldValue, _ comparison: FieldComparison) -> Judgement {
        let shown = "\(Consolidator.display(left)) / \(Consolidator.display(right))"
        switch comparison {
        case .equal:
            return Consolidator.key(left) == Consolidator.key(right) ? .same("equal: \(Consolidator.display(left))") : .different("differs: \(shown)")
        case .sameSet, .subset, .overlap:
            let a = Set(Consolidator.elements(left).map(Consolidator.key)), b = Set(Consolidator.elements(right).map(Consolidator.key))
            switch comparison {
            case .sameSet: return a == b ? .same("same set: \(shown)") : .different("not the same set: \(shown)")
            case .subset: return a.isSubset(of: b) || b.isSubset(of: a) ? .same("one contains the other: \(shown)") : .different("neither contains the other: \(shown)")
            case .overlap(let minimum):
                let common = a.intersection(b).count
                return common >= minimum ? .same("\(common) in common: \(shown)") : .different("\(common) in common, \(minimum) needed: \(shown)")
            default: return .different("")
            }
        case .date(let maxDays):
            guard case .string(let a) = left, case .string(let b) = right, let first = PartialDate(a), let second = PartialDate(b) else {
                return Consolidator.key(left) == Consolidator.key(right) ? .same("equal: \(Consolidator.display(left))") : .different("differs: \(shown)")
            }
            switch first.relation(to: second) {
            case .nested: return .same("compatible: \(shown)")
            case .overlapping: return .same("overlapping: \(shown)")
            case .apart(let days) where days <= maxDays: return .close("\(days) day\(days == 1 ? "" : "s") apart, within max_days \(maxDays): \(shown)")
            case .apart(let days): return .different("\(days) day\(days == 1 ? "" : "s") apart: \(shown)")
            }
        case .number(let tolerance):
            guard let a = left.doubleValue, let b = right.doubleValue else { return .different("not numbers: \(shown)") }
            if a == b { return .same("equal: \(Consolidator.display(left))") }
            let scale = max(abs(a), abs(b))
            return abs(a - b) <= tolerance * scale ? .close("within tolerance \(tolerance): \(shown)") : .different("differs: \(shown)")
        case .title(let minimum):
            guard case .string(let a) = left, case .string(let b) = right else { return .different("not titles: \(shown)") }
            let similarity = config.lexicon.similarity(a, b)
            let note = "similarity \(Consolidator.rounded(similarity)) (\(config.lexicon.concepts(of: a).joined(separator: " ")) / \(config.lexicon.concepts(of: b).joined(separator: " ")))"
            return similarity >= minimum ? .same(note) : .different(note + ", \(minimum) needed")
        }
    }

    static func rounded(_ value: Double) -> String {
        let hundredths = (value * 100).rounded() / 100
        return String(hundredths)
    }

    static func display(_ value: FieldValue) -> String {
        switch value {
        case .string(let text): text
        case .list(let items): "[" + items.map(display).joined(separator: ", ") + "]"
        default: value.description
        }
    }

    static func elements(_ value: FieldValue) -> [FieldValue] {
        if case .list(let items) = value { return items }
        return [value]
    }

    /// A comparison key: strings folded (case and diacritics ignored), numbers by value, lists as sets.
    static func key(_ value: FieldValue) -> String {
        switch value {
        case .string(let text): return "s" + Folding.fold(text)
        case .int, .double: return "n" + (value.doubleValue.map { String($0) } ?? "")
        case .bool(let flag): return flag ? "t" : "f"
        case .null: return "0"
        case .list(let items): return "[" + items.map(key).sorted().joined(separator: ",") + "]"
        case .object(let entries): return "{" + entries.map { $0.key + ":" + key($0.value) }.sorted().joined(separator: ",") + "}"
        }
    }

    // MARK: Building a record

    func record(type: String, members: [SourcedFact], rules: TypeConsolidation) -> ConsolidatedRecord {
        let sources = members.sorted(by: Consolidator.documentOrder)
        // Keys in the order the most informative fact (the group's first) writes them, then any others.
        var keys: [String] = []
        for member in members { for entry in member.fact.fields where !keys.contains(entry.key) { keys.append(entry.key) } }
        var fields: [FieldEntry] = []
        var conflicts: [FieldConflict] = []
        for key in keys {
            var values: [(value: FieldValue, source: Int)] = []
            for (index, source) in sources.enumerated() {
                if let value = source.fact.field(key), !value.isNull { values.append((value, index)) }
            }
            guard !values.isEmpty else { continue }
            let comparison = rules.match.first { $0.field == key }?.comparison
            switch merge(values, comparison: comparison, combination: rules.combine[key]) {
            case .value(let merged): fields.append(FieldEntry(key, merged))
            case .conflict(let distinct): conflicts.append(FieldConflict(field: key, values: distinct))
            }
        }
        return ConsolidatedRecord(id: Consolidator.recordID(type: type, first: sources[0]), type: type, fields: fields, conflicts: conflicts, sources: sources)
    }

    enum Merged {
        case value(FieldValue)
        case conflict([(value: FieldValue, sources: [Int])])
    }

    func merge(_ values: [(value: FieldValue, source: Int)], comparison: FieldComparison?, combination: FieldCombination?) -> Merged {
        // The distinct values (by comparison key), each with its sources, in source order.
        var distinct: [(value: FieldValue, sources: [Int])] = []
        var position: [String: Int] = [:]
        for (value, source) in values {
            let key = Consolidator.key(value)
            if let index = position[key] { distinct[index].sources.append(source) } else {
                position[key] = distinct.count
                distinct.append((value, [source]))
            }
        }
        if distinct.count == 1 { return .value(distinct[0].value) }
        if case .date = comparison {
            let dates = distinct.compactMap { entry -> PartialDate? in
                if case .string(let text) = entry.value { return PartialDate(text) }
                return nil
            }
            if dates.count == distinct.count {
                for (i, first) in dates.enumerated() {
                    for second in dates[(i + 1)...] {
                        if case .apart = first.relation(to: second) { return .conflict(distinct) }
                    }
                }
                return .value(.string(dates.dropFirst().reduce(dates[0]) { $0.mostSpecific(with: $1) }.text))
            }
        }
        if case .title = comparison {
            // Judged the same title (across languages): the one that says most, the first on a tie.
            let longest = distinct.max { a, b in
                let left = config.lexicon.concepts(of: Consolidator.display(a.value)).count, right = config.lexicon.concepts(of: Consolidator.display(b.value)).count
                return left < right || (left == right && a.sources[0] > b.sources[0])
            }!
            return .value(longest.value)
        }
        let isList = values.contains { if case .list = $0.value { true } else { false } }
        if isList && combination != .conflict {
            var union: [FieldValue] = []
            var seen = Set<String>()
            for (value, _) in values { for item in Consolidator.elements(value) where seen.insert(Consolidator.key(item)).inserted { union.append(item) } }
            return .value(.list(union))
        }
        return .conflict(distinct)
    }
}
