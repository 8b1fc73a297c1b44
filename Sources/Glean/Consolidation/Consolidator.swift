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
        // A fact read twice (the same file given twice) is one source; this also keeps record ids unique.
        var seen = Set<SourceKey>()
        for fact in facts where config.types[fact.fact.type] != nil && seen.insert(SourceKey(fact.fact)).inserted {
            byType[fact.fact.type, default: []].append(fact)
        }
        var records: [ConsolidatedRecord] = []
        for type in byType.keys.sorted() {
            let rules = config.types[type]!
            let ordered = byType[type]!.map { prepare($0, rules) }.enumerated().sorted { a, b in
                let left = a.element.presentCount, right = b.element.presentCount
                if left != right { return left > right }
                let first = a.element.source, second = b.element.source
                return Consolidator.documentOrder(first, second) || (!Consolidator.documentOrder(second, first) && a.offset < b.offset)
            }.map(\.element)
            var groups: [[SourcedFact]] = []
            var seeds: [String] = []
            // Per group, its facts with distinct match values: the others would give the same verdicts.
            var profiles: [[PreparedFact]] = []
            var index = CandidateIndex(rules: rules)
            for prepared in ordered {
                let fact = prepared.source
                var best: (group: Int, shared: Int)? = nil
                var lines: [String] = []
                // Explaining compares with every group, to say why each one is apart.
                let candidates = explain != nil ? Array(groups.indices) : index.candidates(for: prepared, groupCount: groups.count)
                for group in candidates {
                    var shared = -1
                    var refusal: String? = nil
                    var bestReasons: [String] = []
                    // No fact of the group may contradict this one, and one at least must share enough with it.
                    for member in profiles[group] {
                        let verdict = compare(prepared, member, rules, explaining: explain != nil)
                        if let reason = verdict.refusal {
                            refusal = (member.source == groups[group][0] ? "" : "with \(Consolidator.label(member.source)): ") + reason
                            break
                        }
                        if verdict.shared > shared {
                            shared = verdict.shared
                            bestReasons = verdict.reasons
                        }
                    }
                    if refusal == nil && shared < rules.requireShared {
                        refusal = "only \(shared) match field\(shared == 1 ? "" : "s") present on both sides and agreeing with any of its facts (require_shared: \(rules.requireShared))"
                    }
                    if let refusal {
                        if explain != nil { lines.append("  apart from group \(group + 1) (\(seeds[group])): \(refusal)") }
                        continue
                    }
                    if explain != nil { lines.append("  compatible with group \(group + 1) (\(seeds[group])), \(shared) shared: \(bestReasons.joined(separator: "; "))") }
                    if best == nil || shared > best!.shared { best = (group, shared) }
                }
                let joined: Int
                if let best {
                    joined = best.group
                    groups[joined].append(fact)
                    if !profiles[joined].contains(where: { $0.keys == prepared.keys }) { profiles[joined].append(prepared) }
                    lines.append("  → joins group \(joined + 1)")
                } else {
                    joined = groups.count
                    groups.append([fact])
                    profiles.append([prepared])
                    seeds.append(Consolidator.label(fact))
                    lines.append("  → starts group \(groups.count)")
                }
                index.add(prepared, to: joined)
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

    /// What identifies a fact: its document, type, rule and span.
    struct SourceKey: Hashable {
        let document: String, type: String, rule: String, start: Int, end: Int
        init(_ fact: Fact) {
            document = fact.document
            type = fact.type
            rule = fact.rule
            start = fact.span.start
            end = fact.span.end
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

    static func value(_ fact: Fact, at path: String) -> FieldValue? {
        var current: FieldValue? = .object(fact.fields)
        for part in path.split(separator: ".") { current = current?[String(part)] }
        // Null and an empty list say nothing, like a missing field.
        switch current {
        case nil, .null?, .list([])?: return nil
        default: return current
        }
    }

    // MARK: Comparing two facts

    public struct PairVerdict: Sendable {
        /// Why they cannot be the same thing, or nil when nothing contradicts it.
        public var refusal: String?
        /// How many match fields both have and agree on.
        public var shared: Int
        /// One note per match field (when explaining).
        public var reasons: [String]
    }

    /// A fact's match values, worked out once: comparison keys, dates, title concepts.
    struct PreparedFact {
        let source: SourcedFact
        let values: [FieldValue?]
        /// The comparison keys of the value's elements (one for a scalar).
        let keys: [Set<String>]
        let dates: [PartialDate?]
        let concepts: [Set<String>]
        /// How many match fields it has: facts that say more are placed first.
        let presentCount: Int
    }

    func prepare(_ fact: SourcedFact, _ rules: TypeConsolidation) -> PreparedFact {
        var values: [FieldValue?] = [], keys: [Set<String>] = [], dates: [PartialDate?] = [], concepts: [Set<String>] = []
        for (field, comparison) in rules.match {
            let value = Consolidator.value(fact.fact, at: field)
            values.append(value)
            keys.append(Set((value.map(Consolidator.elements) ?? []).map(Consolidator.key)))
            if case .date = comparison, case .string(let text)? = value { dates.append(PartialDate(text)) } else { dates.append(nil) }
            if case .title = comparison, case .string(let text)? = value { concepts.append(Set(config.lexicon.concepts(of: text))) } else { concepts.append([]) }
        }
        return PreparedFact(source: fact, values: values, keys: keys, dates: dates, concepts: concepts, presentCount: values.filter { $0 != nil }.count)
    }

    /// Whether two facts of one type contradict each other, field by field, and how many match fields they
    /// share (`require_shared` is checked against a whole group).
    public func compare(_ a: SourcedFact, _ b: SourcedFact, _ rules: TypeConsolidation) -> PairVerdict {
        compare(prepare(a, rules), prepare(b, rules), rules, explaining: true)
    }

    func compare(_ a: PreparedFact, _ b: PreparedFact, _ rules: TypeConsolidation, explaining: Bool) -> PairVerdict {
        var shared = 0
        var reasons: [String] = []
        for (position, (field, comparison)) in rules.match.enumerated() {
            let judgement = judge(a, b, position, comparison)
            switch judgement {
            case .missing: break
            case .same, .close: shared += 1
            case .different:
                return PairVerdict(refusal: explaining ? "\(field) \(note(a, b, position, comparison, judgement))" : field, shared: shared, reasons: reasons)
            }
            if explaining { reasons.append("\(field) \(note(a, b, position, comparison, judgement))") }
        }
        return PairVerdict(refusal: nil, shared: shared, reasons: reasons)
    }

    enum Judgement {
        case missing
        case same
        /// The same thing, but the values differ within the tolerance.
        case close
        case different
    }

    func judge(_ a: PreparedFact, _ b: PreparedFact, _ position: Int, _ comparison: FieldComparison) -> Judgement {
        guard let left = a.values[position], let right = b.values[position] else { return .missing }
        let leftKeys = a.keys[position], rightKeys = b.keys[position]
        switch comparison {
        case .equal, .sameSet:
            return leftKeys == rightKeys ? .same : .different
        case .subset:
            return leftKeys.isSubset(of: rightKeys) || rightKeys.isSubset(of: leftKeys) ? .same : .different
        case .overlap(let minimum):
            return leftKeys.isSubset(of: rightKeys) || rightKeys.isSubset(of: leftKeys) || leftKeys.intersection(rightKeys).count >= minimum ? .same : .different
        case .date(let maxDays):
            guard let first = a.dates[position], let second = b.dates[position] else { return leftKeys == rightKeys ? .same : .different }
            switch first.relation(to: second) {
            case .nested, .overlapping: return .same
            case .apart(let days): return days <= maxDays ? .close : .different
            }
        case .number(let tolerance):
            guard let x = left.doubleValue, let y = right.doubleValue else { return .different }
            if x == y { return .same }
            return abs(x - y) <= tolerance * max(abs(x), abs(y)) ? .close : .different
        case .title(let minimum):
            return TitleLexicon.dice(a.concepts[position], b.concepts[position]) >= minimum ? .same : .different
        }
    }

    /// What `--explain` says about one field of two facts.
    func note(_ a: PreparedFact, _ b: PreparedFact, _ position: Int, _ comparison: FieldComparison, _ judgement: Judgement) -> String {
        guard let left = a.values[position], let right = b.values[position] else { return "missing on one side" }
        let shown = "\(Consolidator.display(left)) / \(Consolidator.display(right))"
        let ok = judgement != .different
        switch comparison {
        case .equal: return ok ? "equal: \(Consolidator.display(left))" : "differs: \(shown)"
        case .sameSet: return ok ? "same set: \(shown)" : "not the same set: \(shown)"
        case .subset: return ok ? "one contains the other: \(shown)" : "neither contains the other: \(shown)"
        case .overlap(let minimum):
            let leftKeys = a.keys[position], rightKeys = b.keys[position]
            if ok && (leftKeys.isSubset(of: rightKeys) || rightKeys.isSubset(of: leftKeys)) { return "one contains the other: \(shown)" }
            let common = leftKeys.intersection(rightKeys).count
            return "\(common) in common\(ok ? "" : ", \(minimum) needed, and neither contains the other"): \(shown)"
        case .date(let maxDays):
            guard let first = a.dates[position], let second = b.dates[position] else { return ok ? "equal: \(shown)" : "differs: \(shown)" }
            switch first.relation(to: second) {
            case .nested: return "compatible: \(shown)"
            case .overlapping: return "overlapping: \(shown)"
            case .apart(let days) where days <= maxDays: return "\(days) day\(days == 1 ? "" : "s") apart, within max_days \(maxDays): \(shown) (a conflict)"
            case .apart(let days): return "\(days) day\(days == 1 ? "" : "s") apart: \(shown)"
            }
        case .number(let tolerance):
            switch judgement {
            case .same: return "equal: \(Consolidator.display(left))"
            case .close: return "within tolerance \(tolerance): \(shown) (a conflict)"
            default: return "differs: \(shown)"
            }
        case .title(let minimum):
            let similarity = TitleLexicon.dice(a.concepts[position], b.concepts[position])
            let concepts = "\(a.concepts[position].sorted().joined(separator: " ")) / \(b.concepts[position].sorted().joined(separator: " "))"
            return "similarity \(Consolidator.rounded(similarity)) (\(concepts))\(ok ? "" : ", \(minimum) needed")"
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
        if !isList && combination == .union { return .value(.list(distinct.map(\.value))) }
        if isList && combination != .conflict {
            var union: [FieldValue] = []
            var seen = Set<String>()
            for (value, _) in values { for item in Consolidator.elements(value) where seen.insert(Consolidator.key(item)).inserted { union.append(item) } }
            return .value(.list(union))
        }
        return .conflict(distinct)
    }
}

/// Which groups a fact could join, without comparing it with all of them: for every match field compared with
/// `equal`, `same_set`, `subset` or `overlap`, a compatible group must hold one of the fact's values in that
/// field, or have no value there at all (a missing value is compatible with anything).
struct CandidateIndex {
    /// Positions (in the match list) of the indexed fields.
    let positions: [Int]
    /// Per indexed field: value key → the groups with a fact holding it.
    private var byValue: [[String: Set<Int>]]
    /// Per indexed field: the groups with no value in it, and those with one.
    private var withoutValue: [Set<Int>]
    private var withValue: [Set<Int>]

    init(rules: TypeConsolidation) {
        let indexed = rules.match.enumerated().filter { _, entry in
            switch entry.comparison {
            case .equal, .sameSet, .subset, .overlap: true
            default: false
            }
        }
        positions = indexed.map(\.offset)
        byValue = Array(repeating: [:], count: positions.count)
        withoutValue = Array(repeating: [], count: positions.count)
        withValue = Array(repeating: [], count: positions.count)
    }

    /// The candidate groups in ascending order. Only the most selective field is used (a superset of the
    /// compatible groups; the comparison does the rest), so that a field with few values (`kind`) costs nothing.
    func candidates(for fact: Consolidator.PreparedFact, groupCount: Int) -> [Int] {
        var chosen: (slot: Int, size: Int)? = nil
        for (slot, position) in positions.enumerated() where fact.values[position] != nil {
            let size = fact.keys[position].reduce(withoutValue[slot].count) { $0 + (byValue[slot][$1]?.count ?? 0) }
            if chosen == nil || size < chosen!.size { chosen = (slot, size) }
        }
        guard let chosen else { return Array(0..<groupCount) }
        var possible = withoutValue[chosen.slot]
        for key in fact.keys[positions[chosen.slot]] { possible.formUnion(byValue[chosen.slot][key] ?? []) }
        return possible.sorted()
    }

    mutating func add(_ fact: Consolidator.PreparedFact, to group: Int) {
        for (slot, position) in positions.enumerated() {
            if fact.values[position] != nil {
                for key in fact.keys[position] { byValue[slot][key, default: []].insert(group) }
                withoutValue[slot].remove(group)
                withValue[slot].insert(group)
            } else if !withValue[slot].contains(group) {
                withoutValue[slot].insert(group)
            }
        }
    }
}
