import Foundation

/// How produced facts are matched to gold facts (docs/fixtures.md, "Measuring a pack: glean eval").
public struct EvaluationOptions: Sendable {
    /// A produced fact can match a gold fact when its span reaches to within this many characters of the gold
    /// evidence (annotators mark the first clause that states a fact; rules often mark a word next to it).
    public var tolerance = 80
    /// Per type, the key fields: when the gold fact has some of them, the produced fact must agree on at least
    /// one (`TradeFigure`: the indicator or the amount). Types not listed match on type and place alone.
    public var keyFields: [String: [String]] = ["Meeting": ["kind"], "Agreement": ["kind"], "TradeFigure": ["indicator", "amount"]]
    /// Values that name the same thing, per field (`trade` and `trade_turnover` are both total two-way trade).
    public var equivalentValues: [String: [[String]]] = ["indicator": [["trade", "trade_turnover"]]]
    /// String fields that match when one contains the other after case and spacing are ignored (a title cut
    /// a word shorter is still the title).
    public var looseFields: Set<String> = ["title"]
    /// Only these types are scored (nil: the types the gold set has).
    public var types: Set<String>?
    /// Also count per value of this key of the documents' index records (`source`), in `Evaluation.byGroup`.
    public var groupKey: String?
    /// Also count per value of this field of the facts themselves (`kind`, `status`, `indicator`), in
    /// `Evaluation.byValue`: recall over the gold facts with the value, precision over the produced facts with it.
    public var valueField: String?
    /// Fields that name a place: their values agree when both name the same gazetteer entry (`placeNames`).
    public var placeFields: Set<String> = ["location", "place", "city", "venue", "destination"]
    /// The place gazetteer's names (`PlaceNameTable`, the pack's City entries); nil: place fields compare as strings.
    public var placeNames: PlaceNameTable?

    public init() {}
}

/// Which gazetteer entries a place name may be (`glean eval`): each entry of the place types by its id, its canonical
/// name and every form the gazetteer lists for it (`names`, `exact`, … in any language), folded as the evaluator
/// folds text (case, accents and punctuation ignored), hyphens read as spaces. 'Saint Petersburg' and 'St
/// Petersburg', 'Washington' and 'Washington, D.C.' are one city when one entry lists both.
public struct PlaceNameTable: Sendable {
    let entriesByName: [String: [Int32]]

    public init(gazetteer: Gazetteer, types: Set<String> = ["City"]) {
        var byName: [String: [Int32]] = [:]
        func add(_ name: String, _ entry: Int32) {
            let key = Self.key(name)
            guard !key.isEmpty, !(byName[key]?.contains(entry) ?? false) else { return }
            byName[key, default: []].append(entry)
        }
        for (index, entry) in gazetteer.entries.enumerated() where types.contains(entry.type) {
            add(entry.id, Int32(index))
            add(entry.name, Int32(index))
        }
        for form in gazetteer.forms where types.contains(gazetteer.entries[Int(form.entry)].type) { add(form.text, form.entry) }
        entriesByName = byName
    }

    static func key(_ name: String) -> String {
        Evaluator.normalized(name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " "))
    }

    /// The entries `name` may be (none when the gazetteer does not know it).
    public func entries(named name: String) -> [Int32] { entriesByName[Self.key(name)] ?? [] }

    /// Both names may be one entry of the gazetteer.
    public func sameEntry(_ a: String, _ b: String) -> Bool {
        let first = entries(named: a)
        guard !first.isEmpty else { return false }
        return entries(named: b).contains { first.contains($0) }
    }
}

/// The result of matching produced facts to a gold set: counts per type (and per language), field accuracy on
/// matched facts, and every miss, spurious fact and wrong field for `--show-errors`.
public struct Evaluation: Sendable {
    public struct Pair: Sendable {
        public var gold: GoldFact
        public var fact: Fact
        /// Gold fields whose values the fact does not have (a field the fact adds where gold has none is listed
        /// too, with a nil expected value).
        public var wrongFields: [(key: String, expected: FieldValue?, actual: FieldValue?)]
    }

    /// Correct and total per field of a type, over matched pairs.
    public struct FieldAccuracy: Sendable, Equatable {
        public var correct = 0
        public var total = 0
        public var accuracy: Double? { total == 0 ? nil : Double(correct) / Double(total) }
    }

    public var types: [String]
    /// `expected` = gold facts, `actual` = produced facts, `correct` = matched pairs.
    public var byType: [String: ScoreCounts] = [:]
    public var byLanguage: [Language: [String: ScoreCounts]] = [:]
    /// Per value of the index key named in `EvaluationOptions.groupKey` (`source`: `state.gov` …), per type;
    /// documents without the key are grouped under "-".
    public var byGroup: [String: [String: ScoreCounts]] = [:]
    /// Per type, per value of the fact field named in `EvaluationOptions.valueField` (`talks`, `visit` …): `expected`
    /// counts the gold facts with the value, `actual` the produced facts with it, `correct` the matched pairs where both
    /// have it. Facts without the field count under "-". Which kinds a pack misses or invents, from counts
    /// alone (usable on a held-out half without reading it).
    public var byValue: [String: [String: ScoreCounts]] = [:]
    /// The field `byValue` counts by.
    public var valueField: String?
    public var fields: [String: [String: FieldAccuracy]] = [:]
    public var pairs: [Pair] = []
    public var missed: [GoldFact] = []
    public var spurious: [Fact] = []
    /// Spurious facts that lie within the tolerance of a missed gold fact of their type but disagree with it on the
    /// key field (a `talks` where the reader saw a `visit`): the event was found, its key was read wrong.
    public var wrongKey: [(fact: Fact, gold: GoldFact)] = []
    /// Spurious facts that lie within the tolerance of a gold fact of their type that another fact matched: most
    /// often a second mention of one event the rules did not merge.
    public var nearMatched: [(fact: Fact, gold: GoldFact)] = []
    /// The `wrongKey` pairs counted by type, key field and the two values, most frequent first: which kinds a pack
    /// confuses ("Meeting kind: visit read as talks, 5 times"), readable on a held-out half without its texts.
    public var keyConfusions: [KeyConfusion] = []
    public var documents = 0
    /// The missed facts by cause and the wrong fields by kind of error, as counts (`glean eval --error-summary`).
    public var errorSummary = ErrorSummary()

    /// A gold key value found read as another (`Evaluation.keyConfusions`); `actual` is `none` when the fact lacks the key.
    public struct KeyConfusion: Sendable, Equatable {
        public var type: String
        public var key: String
        public var expected: String
        public var actual: String
        public var count: Int
    }

    /// Per rule that produced a scored fact: how many it produced, how many of those matched a gold fact, and
    /// how many of the matched ones had a wrong field. A rule's precision says which rules are noisy on text the
    /// pack was not written for, without reading the texts (`glean eval --by-rule`).
    public struct RuleCounts: Sendable, Equatable {
        public var type: String
        public var produced = 0
        public var matched = 0
        public var wrongFields = 0
        /// Unmatched facts near a missed gold fact of their type with another key value (`Evaluation.wrongKey`).
        public var wrongKey = 0
        /// Unmatched facts near a gold fact another fact matched (`Evaluation.nearMatched`): a likely repeat.
        public var nearMatched = 0
        public var precision: Double? { produced == 0 ? nil : Double(matched) / Double(produced) }
    }

    public var byRule: [String: RuleCounts] {
        var counts: [String: RuleCounts] = [:]
        for pair in pairs {
            counts[pair.fact.rule, default: RuleCounts(type: pair.fact.type)].produced += 1
            counts[pair.fact.rule]!.matched += 1
            if !pair.wrongFields.isEmpty { counts[pair.fact.rule]!.wrongFields += 1 }
        }
        for fact in spurious { counts[fact.rule, default: RuleCounts(type: fact.type)].produced += 1 }
        for entry in wrongKey { counts[entry.fact.rule]?.wrongKey += 1 }
        for entry in nearMatched { counts[entry.fact.rule]?.nearMatched += 1 }
        return counts
    }

    public var total: ScoreCounts {
        var sum = ScoreCounts()
        for counts in byType.values {
            sum.expected += counts.expected
            sum.actual += counts.actual
            sum.correct += counts.correct
        }
        return sum
    }
}

public enum Evaluator {
    /// Matches `facts` (what the pack produced, any types) to the gold facts, document by document.
    /// - Parameter languages: each document's language, for the per-language counts.
    public static func evaluate(_ gold: GoldSet, facts: [String: [Fact]], languages: [String: Language], options: EvaluationOptions) -> Evaluation {
        let goldTypes = Set(gold.facts.map(\.type))
        let types = options.types ?? goldTypes
        var evaluation = Evaluation(types: types.sorted())
        evaluation.valueField = options.valueField
        // The fields scored per type: those the gold set annotates for it.
        var fieldsOfType: [String: [String]] = [:]
        for fact in gold.facts where types.contains(fact.type) {
            for entry in fact.fields where !(fieldsOfType[fact.type] ?? []).contains(entry.key) { fieldsOfType[fact.type, default: []].append(entry.key) }
        }
        for document in gold.documents {
            evaluation.documents += 1
            let text = String(decoding: document.bytes, as: UTF8.self)
            let language = languages[document.id] ?? document.language ?? .unknown
            let goldFacts = gold.facts.filter { $0.document == document.id && types.contains($0.type) }
            let produced = (facts[document.id] ?? []).filter { types.contains($0.type) }
            // Where each piece of evidence is, in code points (the unit of fact spans); evidence that is not in the
            // text was reported when the set was read and is left out here.
            var located: [(fact: GoldFact, span: TextSpan)] = []
            for fact in goldFacts {
                guard let range = text.range(of: fact.evidence) else { continue }
                let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
                located.append((fact, TextSpan(start: start, end: start + fact.evidence.unicodeScalars.count)))
            }
            let matches = match(located, produced, fieldsOfType: fieldsOfType, options: options)
            var pairedFacts = Set<Int>()
            var pairedGold = Set<Int>()
            for (goldIndex, factIndex) in matches {
                pairedGold.insert(goldIndex)
                pairedFacts.insert(factIndex)
                let gold = located[goldIndex].fact, fact = produced[factIndex]
                var wrong: [(key: String, expected: FieldValue?, actual: FieldValue?)] = []
                for key in fieldsOfType[gold.type] ?? [] {
                    let expected = gold.field(key), actual = value(of: key, in: fact)
                    // Both absent is agreement: gold omits what the text does not state, and so should the rules.
                    let agrees = expected == nil ? actual == nil : equal(key: key, expected!, actual, options: options)
                    evaluation.fields[gold.type, default: [:]][key, default: Evaluation.FieldAccuracy()].total += 1
                    if agrees {
                        evaluation.fields[gold.type, default: [:]][key, default: Evaluation.FieldAccuracy()].correct += 1
                    } else {
                        wrong.append((key, expected, actual))
                        evaluation.errorSummary.addFieldError(type: gold.type, key: key, kind: ErrorSummary.fieldErrorKind(key: key, expected: expected, actual: actual, options: options))
                    }
                }
                evaluation.pairs.append(Evaluation.Pair(gold: gold, fact: fact, wrongFields: wrong))
            }
            for (index, entry) in located.enumerated() where !pairedGold.contains(index) {
                evaluation.missed.append(entry.fact)
                let sameType = produced.indices.filter { produced[$0].type == entry.fact.type }
                let near = sameType.filter { gap(produced[$0].span, entry.span) < options.tolerance }
                let cause: ErrorSummary.MissCause
                if near.contains(where: { !pairedFacts.contains($0) }) {
                    cause = .keyReadOtherwise
                } else if !near.isEmpty {
                    cause = .besideMatchedFact
                } else if sameType.contains(where: { agreesOnKey(entry.fact, produced[$0], options: options) }) {
                    cause = .keyElsewhereInDocument
                } else {
                    cause = .notFound
                }
                evaluation.errorSummary.addMiss(type: entry.fact.type, cause: cause)
            }
            for (index, fact) in produced.enumerated() where !pairedFacts.contains(index) {
                evaluation.spurious.append(fact)
                // The nearest gold fact of the fact's type, among those left unmatched or those matched.
                func nearest(matched: Bool) -> Int? {
                    located.indices.filter { pairedGold.contains($0) == matched && located[$0].fact.type == fact.type }
                        .min { gap(fact.span, located[$0].span) < gap(fact.span, located[$1].span) }
                        .flatMap { gap(fact.span, located[$0].span) < options.tolerance ? $0 : nil }
                }
                let cause: ErrorSummary.SpuriousCause
                if let missed = nearest(matched: false) {
                    evaluation.wrongKey.append((fact, located[missed].fact))
                    cause = .keyReadOtherwise
                } else if let found = nearest(matched: true) {
                    evaluation.nearMatched.append((fact, located[found].fact))
                    cause = .besideMatchedFact
                } else if !located.contains(where: { $0.fact.type == fact.type }) {
                    cause = .noGoldOfItsType
                } else if located.contains(where: { $0.fact.type == fact.type && agreesOnKey($0.fact, fact, options: options) }) {
                    cause = .keyOfGoldElsewhere
                } else {
                    cause = .awayFromGold
                }
                evaluation.errorSummary.addSpurious(type: fact.type, cause: cause)
            }
            for type in types {
                var counts = ScoreCounts()
                counts.expected = located.filter { $0.fact.type == type }.count
                counts.actual = produced.filter { $0.type == type }.count
                counts.correct = matches.filter { located[$0.gold].fact.type == type }.count
                add(counts, to: &evaluation.byType[type, default: ScoreCounts()])
                add(counts, to: &evaluation.byLanguage[language, default: [:]][type, default: ScoreCounts()])
                if let key = options.groupKey {
                    add(counts, to: &evaluation.byGroup[gold.attributes[document.id]?[key] ?? "-", default: [:]][type, default: ScoreCounts()])
                }
            }
            if let key = options.valueField {
                // Values that name the same thing count under the first of their group (`trade_turnover` as `trade`).
                let groups = options.equivalentValues[key] ?? []
                func label(_ value: FieldValue?) -> String {
                    let text = display(value, absent: "-")
                    return groups.first { $0.contains(text) }?.first ?? text
                }
                for entry in located { evaluation.byValue[entry.fact.type, default: [:]][label(entry.fact.field(key)), default: ScoreCounts()].expected += 1 }
                for fact in produced { evaluation.byValue[fact.type, default: [:]][label(value(of: key, in: fact)), default: ScoreCounts()].actual += 1 }
                // A pair counts for a value when both facts have it (a non-key field such as status can differ).
                for match in matches {
                    let gold = located[match.gold].fact, expected = label(gold.field(key))
                    guard expected == label(value(of: key, in: produced[match.fact])) else { continue }
                    evaluation.byValue[gold.type, default: [:]][expected, default: ScoreCounts()].correct += 1
                }
            }
        }
        evaluation.keyConfusions = keyConfusions(evaluation.wrongKey, options: options)
        return evaluation
    }

    static func keyConfusions(_ wrongKey: [(fact: Fact, gold: GoldFact)], options: EvaluationOptions) -> [Evaluation.KeyConfusion] {
        func label(_ value: FieldValue?) -> String { display(value, absent: "none") }
        var counts: [[String]: Int] = [:]
        for (fact, gold) in wrongKey {
            // The first key the gold fact states is the one the pair disagrees on (TradeFigure: indicator, else amount).
            guard let key = (options.keyFields[gold.type] ?? []).first(where: { gold.field($0) != nil }) else { continue }
            counts[[gold.type, key, label(gold.field(key)), label(value(of: key, in: fact))], default: 0] += 1
        }
        return counts.map { Evaluation.KeyConfusion(type: $0.key[0], key: $0.key[1], expected: $0.key[2], actual: $0.key[3], count: $0.value) }
            .sorted { ($1.count, $0.type, $0.key, $0.expected, $0.actual) < ($0.count, $1.type, $1.key, $1.expected, $1.actual) }
    }

    /// A field value as the reports print it: a string as is, anything else as written in a fact; `absent` when missing.
    static func display(_ value: FieldValue?, absent: String) -> String { value.map { $0.stringValue ?? $0.description } ?? absent }

    /// One-to-one pairs, best first: most gold fields equal, then the produced span closest to the evidence, then
    /// gold order, then document order. Greedy is enough here: candidates are few per document and the order
    /// makes the choice the one a reader would make.
    static func match(_ gold: [(fact: GoldFact, span: TextSpan)], _ produced: [Fact], fieldsOfType: [String: [String]], options: EvaluationOptions) -> [(gold: Int, fact: Int)] {
        struct Candidate { var gold: Int; var fact: Int; var equalFields: Int; var distance: Int }
        var candidates: [Candidate] = []
        for (goldIndex, entry) in gold.enumerated() {
            for (factIndex, fact) in produced.enumerated() where fact.type == entry.fact.type {
                let distance = gap(fact.span, entry.span)
                guard distance < options.tolerance, agreesOnKey(entry.fact, fact, options: options) else { continue }
                let equalFields = (fieldsOfType[entry.fact.type] ?? []).filter { key in
                    entry.fact.field(key).map { equal(key: key, $0, value(of: key, in: fact), options: options) } ?? false
                }.count
                candidates.append(Candidate(gold: goldIndex, fact: factIndex, equalFields: equalFields, distance: distance))
            }
        }
        candidates.sort {
            ($0.equalFields, -$0.distance, -$0.gold, -$0.fact) > ($1.equalFields, -$1.distance, -$1.gold, -$1.fact)
        }
        var usedGold = Set<Int>(), usedFacts = Set<Int>()
        var result: [(gold: Int, fact: Int)] = []
        for candidate in candidates where !usedGold.contains(candidate.gold) && !usedFacts.contains(candidate.fact) {
            usedGold.insert(candidate.gold)
            usedFacts.insert(candidate.fact)
            result.append((candidate.gold, candidate.fact))
        }
        return result.sorted { $0.gold < $1.gold }
    }

    /// Characters between two spans; 0 when they overlap or touch.
    static func gap(_ a: TextSpan, _ b: TextSpan) -> Int {
        if a.end <= b.start { return b.start - a.end }
        if b.end <= a.start { return a.start - b.end }
        return 0
    }

    static func agreesOnKey(_ gold: GoldFact, _ fact: Fact, options: EvaluationOptions) -> Bool {
        let keys = (options.keyFields[gold.type] ?? []).filter { gold.field($0) != nil }
        if keys.isEmpty { return true }
        return keys.contains { equal(key: $0, gold.field($0)!, value(of: $0, in: fact), options: options) }
    }

    /// A fact's value for a gold key: its own field, or the same key inside one of its object fields (gold
    /// writes `amount: 5000, currency: "USD"` where a fact has `amount: {amount: 5000, currency: "USD"}`).
    public static func value(of key: String, in fact: Fact) -> FieldValue? {
        if let own = fact.field(key), !own.isNull {
            if case .object = own, let inner = own[key] { return inner }
            return own
        }
        for entry in fact.fields {
            if case .object = entry.value, let inner = entry.value[key], !inner.isNull { return inner }
        }
        return nil
    }

    /// Numbers numerically, lists as sets, strings ignoring case, punctuation and accents ("Lomé" and "Lome", the
    /// same city written by two annotators); equivalent values are equal; loose fields match when one text contains
    /// the other; place fields match when both name one entry of `options.placeNames` ('St Petersburg' and 'Saint
    /// Petersburg').
    public static func equal(key: String, _ expected: FieldValue, _ actual: FieldValue?, options: EvaluationOptions) -> Bool {
        guard let actual, !actual.isNull else { return false }
        if case .list(let wanted) = expected, case .list(let got) = actual {
            return wanted.allSatisfy { item in got.contains { equal(key: key, item, $0, options: options) } }
                && got.allSatisfy { item in wanted.contains { equal(key: key, $0, item, options: options) } }
        }
        if let x = expected.doubleValue, let y = actual.doubleValue, !(expected.stringValue.map { $0.contains("-") && !$0.hasPrefix("-") } ?? false) {
            return abs(x - y) <= 1e-9 * max(1, abs(x))
        }
        guard let wanted = expected.stringValue.map(normalized), let got = actual.stringValue.map(normalized) else {
            return FixtureMatcher.equal(expected: expected, actual: actual)
        }
        if wanted == got { return true }
        // A place the gazetteer knows by both names ('St Petersburg', 'Saint Petersburg').
        if options.placeFields.contains(key), let names = options.placeNames, let a = expected.stringValue, let b = actual.stringValue,
           names.sameEntry(a, b) { return true }
        if options.looseFields.contains(key), !wanted.isEmpty, !got.isEmpty, wanted.contains(got) || got.contains(wanted) { return true }
        return (options.equivalentValues[key] ?? []).contains { group in group.contains(wanted) && group.contains(got) }
    }

    static func normalized(_ text: String) -> String {
        let trimmed = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased().unicodeScalars.filter { !CharacterSet.punctuationCharacters.contains($0) || $0 == "-" || $0 == "_" }
        return String(String.UnicodeScalarView(trimmed)).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func add(_ counts: ScoreCounts, to total: inout ScoreCounts) {
        total.expected += counts.expected
        total.actual += counts.actual
        total.correct += counts.correct
    }
}
