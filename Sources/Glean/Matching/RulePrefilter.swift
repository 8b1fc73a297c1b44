/// What a document must contain for a token-pattern rule to have any chance of matching, so the rule is not
/// run at all when it is missing: every element of the pattern that no match can avoid (outside optional
/// parts) must occur somewhere in the document.
///
/// The requirement is a conjunction of clauses, each a disjunction of elements: `("in" | "en") m:gaz:Month`
/// needs (`in` or `en`) and a Month hit. Constraints on entries and fields are ignored, which keeps the test
/// conservative: it only ever skips rules that cannot match.
struct RulePrefilter: Sendable {
    enum Element: Sendable, Hashable {
        /// A token with this vocabulary id.
        case token(Int32)
        /// A gazetteer hit of this type.
        case gazetteer(String)
        /// An annotation of this type from an earlier phase.
        case annotation(String)
    }

    /// All must hold; each holds when one of its elements occurs.
    let clauses: [[Element]]

    static let none = RulePrefilter(clauses: [])

    init(clauses: [[Element]]) { self.clauses = clauses }

    init(pattern node: PatternNode) {
        clauses = RulePrefilter.required(node)
    }

    /// The clauses every match of `node` satisfies.
    static func required(_ node: PatternNode) -> [[Element]] {
        switch node {
        case .token(let test):
            return tokenElements(test).map { [$0] } ?? []
        case .gazetteer(let type, _):
            return [[.gazetteer(type)]]
        case .annotation(let type, _):
            return [[.annotation(type)]]
        case .sentenceStart:
            return []
        case .capture(_, let inner):
            return required(inner)
        case .repetition(let inner, let min, _):
            return min > 0 ? required(inner) : []
        case .sequence(let items):
            return items.flatMap(required)
        case .alternation(let items):
            // (a1 and a2) or (b1) implies (a1 or b1): one clause from each branch, merged.
            var merged: [Element] = []
            for item in items {
                guard let first = required(item).first else { return [] }
                for element in first where !merged.contains(element) { merged.append(element) }
            }
            return merged.isEmpty ? [] : [merged]
        }
    }

    /// The literal ids one token test can only pass with, or nil when it can pass other tokens.
    static func tokenElements(_ test: TokenTest) -> [Element]? {
        switch test {
        case .folded(let id): return [.token(id)]
        case .anyOf(let tests):
            var all: [Element] = []
            for test in tests {
                guard let elements = tokenElements(test) else { return nil }
                all += elements
            }
            return all
        default: return nil
        }
    }

    /// Whether the document (and the annotations so far) may hold a match.
    func admits(_ analysis: DocumentAnalysis, hitsByType: HitTypeIndex, types: GazetteerTypeTable, annotationTypes: Set<String>) -> Bool {
        clauses.allSatisfy { clause in
            clause.contains { element in
                switch element {
                case .token(let id): return analysis.contains(vocabularyID: id)
                case .gazetteer(let type): return hitsByType.hasHit(ofType: types.id(of: type))
                case .annotation(let type): return annotationTypes.contains(type)
                }
            }
        }
    }
}

extension RulePrefilter {
    /// For each clause, the sorted token positions where one of its elements begins in this document, found with
    /// `positions(element)`: what `admits(start:sentenceEnd:clausePositions:)` tests starts against.
    func clausePositions(_ positions: (Element) -> [Int]) -> [[Int]] {
        clauses.map { clause in
            if clause.count == 1 { return positions(clause[0]) }
            var all: [Int] = []
            for element in clause { all += positions(element) }
            all.sort()
            return all
        }
    }

    /// Whether a match starting at token `start` can hold every clause: the matcher never leaves the start's
    /// sentence and only consumes tokens at or after the start, so each clause needs an element beginning in
    /// `start..<sentenceEnd`. A rule needing a MeetingKind is not started in sentences without one.
    static func admits(start: Int, sentenceEnd: Int, clausePositions: [[Int]]) -> Bool {
        for positions in clausePositions {
            var low = 0, high = positions.count
            while low < high {
                let middle = (low + high) >> 1
                if positions[middle] < start { low = middle + 1 } else { high = middle }
            }
            if low == positions.count || positions[low] >= sentenceEnd { return false }
        }
        return true
    }

    /// `admits` for starts tried in ascending order: `cursors` (one per clause, zero at first) keep where each clause's
    /// positions were left, so each is read forward instead of searched per start (on dense text a rule has tens of
    /// thousands of starts, and clauses as long). A start before the previous one searches again.
    static func admits(start: Int, sentenceEnd: Int, clausePositions: [[Int]], cursors: inout [Int]) -> Bool {
        for clause in clausePositions.indices {
            if !admits(start: start, end: sentenceEnd, positions: clausePositions[clause], cursor: &cursors[clause]) { return false }
        }
        return true
    }

    /// `admits(start:sentenceEnd:clausePositions:cursors:)` with `bounds` (one per clause): the most tokens past the
    /// start at which the clause's element may begin (`ResolvedPrefilterReach.bound`); an element further on cannot
    /// be part of a match from this start.
    static func admits(start: Int, sentenceEnd: Int, clausePositions: [[Int]], bounds: [Int], cursors: inout [Int]) -> Bool {
        for clause in clausePositions.indices {
            if !admits(start: start, end: min(sentenceEnd, start + bounds[clause] + 1), positions: clausePositions[clause], cursor: &cursors[clause]) { return false }
        }
        return true
    }

    /// `admits(start:sentenceEnd:clausePositions:bounds:cursors:)` on buffers (`Extractor.extract`): `bounds` empty
    /// for the sentence end alone. Reading nested arrays per start retained and released each of them.
    @inline(__always)
    static func admits(start: Int, sentenceEnd: Int, clauses: UnsafeBufferPointer<UnsafeBufferPointer<Int>>, bounds: UnsafeBufferPointer<Int>,
                       cursors: UnsafeMutableBufferPointer<Int>) -> Bool {
        if bounds.isEmpty {
            for clause in 0..<clauses.count {
                if !admits(start: start, end: sentenceEnd, positions: clauses[clause], cursor: &cursors[clause]) { return false }
            }
        } else {
            for clause in 0..<clauses.count {
                if !admits(start: start, end: min(sentenceEnd, start + bounds[clause] + 1), positions: clauses[clause], cursor: &cursors[clause]) { return false }
            }
        }
        return true
    }

    /// `admits(start:sentenceEnd:clauses:bounds:cursors:)` for a matcher that can skip starts
    /// (`TokenPatternMatcher.forEachLongestMatch`): `start` when admitted; otherwise a token before which no later start is
    /// admitted either (`Int.max` when none is). Of the first clause that fails, `q` is its first element at or after
    /// `start` (none: no later start can hold it). A later start `s` needs an element of the clause in `s..<s + bound + 1`,
    /// so one at or after `q`: `s >= q - bound`; and in its own sentence, so, when the sentences tile the tokens
    /// (`sentencesTile`; `sentences[sentenceOfToken[t]]` is token `t`'s sentence), `s` must lie in `q`'s sentence or after it.
    @inline(__always)
    static func nextAdmitted(start: Int, sentenceEnd: Int, clauses: UnsafeBufferPointer<UnsafeBufferPointer<Int>>, bounds: UnsafeBufferPointer<Int>,
                             cursors: UnsafeMutableBufferPointer<Int>, sentencesTile: Bool, sentences: UnsafeBufferPointer<Range<Int>>,
                             sentenceOfToken: UnsafeBufferPointer<Int32>) -> Int {
        for clause in 0..<clauses.count {
            let bound = bounds.isEmpty ? Int.max : bounds[clause]
            let end = bounds.isEmpty ? sentenceEnd : min(sentenceEnd, start + bound + 1)
            let positions = clauses[clause]
            if admits(start: start, end: end, positions: positions, cursor: &cursors[clause]) { continue }
            let cursor = cursors[clause]
            guard cursor < positions.count else { return Int.max }
            let first = positions[cursor]
            var next = start + 1
            if bound != Int.max { next = max(next, first - bound) }
            if sentencesTile { next = max(next, sentences[Int(sentenceOfToken[first])].lowerBound) }
            return next
        }
        return start
    }

    /// Whether `positions` never goes down.
    static func isAscending(_ positions: [Int]) -> Bool {
        positions.withUnsafeBufferPointer { positions in
            var index = 1
            while index < positions.count {
                if positions[index] < positions[index - 1] { return false }
                index += 1
            }
            return true
        }
    }

    /// The concatenation of `lists`, sorted: what `lists.flatMap { $0 }.sorted()` gives, duplicates kept. Lists that
    /// come ascending (a clause's elements' positions) are merged the two shortest at a time (a long list is copied
    /// about once); any other input is sorted.
    static func mergedAscending(_ lists: [[Int]]) -> [Int] {
        var pending: [[Int]] = []
        pending.reserveCapacity(lists.count)
        for list in lists where !list.isEmpty {
            guard isAscending(list) else { return lists.flatMap { $0 }.sorted() }
            pending.append(list)
        }
        if pending.count <= 1 { return pending.first ?? [] }
        return TokenPatternMatcher.mergedShortestFirst(pending, by: mergedTwo)
    }

    /// The positions of a clause's elements (`lists`, each ascending), ascending, each once
    /// (`TokenPatternMatcher.distinctUnion`). `nextAdmitted` asks of a clause only whether a position lies in a range
    /// and which is the first at or after a start, which duplicates do not change: the same starts are admitted as
    /// with `mergedAscending`'s list, duplicates kept.
    static func clausePositions(_ lists: [[Int]]) -> [Int] {
        var positions: [Int] = []
        appendClausePositions(lists, to: &positions)
        return positions
    }

    /// `clausePositions(lists)` appended to `pool` (`Extractor`'s positions of the document's clauses).
    static func appendClausePositions(_ lists: [[Int]], to pool: inout [Int]) {
        if lists.count == 1 { pool += lists[0] } else { TokenPatternMatcher.distinctUnion(lists, appendingTo: &pool) }
    }

    /// Two ascending lists merged, ascending, duplicates kept.
    private static func mergedTwo(_ a: [Int], _ b: [Int]) -> [Int] { TokenPatternMatcher.merged(a, b, distinct: false) }

    /// Whether one clause has an element beginning in `start..<end`, its cursor moved to the first at or after `start`.
    @inline(__always)
    private static func admits<Positions: RandomAccessCollection<Int>>(start: Int, end: Int, positions: Positions, cursor: inout Int) -> Bool where Positions.Index == Int {
        var low = cursor
        if low > 0 && positions[low - 1] >= start { low = 0 }
        // A few steps forward (the next start is usually near), else a search of the rest: a rule with few starts
        // must not walk a long clause position by position.
        var steps = 0
        while low < positions.count && positions[low] < start && steps < 8 { low += 1; steps += 1 }
        if low < positions.count && positions[low] < start {
            var high = positions.count
            while low < high {
                let middle = (low + high) >> 1
                if positions[middle] < start { low = middle + 1 } else { high = middle }
            }
        }
        cursor = low
        return low < positions.count && positions[low] < end
    }
}

/// A prefilter element with its gazetteer type as an id (`RulePack.prefilterElements`).
enum ResolvedPrefilterElement: Sendable {
    case token(Int32)
    case gazetteer(Int32)
    case annotation(String)
}

extension RulePrefilter {
    /// What a document must hold for a rule's `...require(x)` spreads to pass: a lookup of a type (`in_sentence`,
    /// `in_document`, …) is null when the document has no annotation of that type from an earlier phase (nor, for
    /// the lookups that read them, a gazetteer entry of it), and `require` of null drops every match. A rule such
    /// as `...require(called(all_in_document("OfficialRef", "ref"), n, "id"))` is then not run at all on a document
    /// without officials, instead of matching every capitalised word to reject each one.
    ///
    /// Conservative like the pattern prefilter: only functions known to give null for a null first argument (or
    /// for an absent type) are followed; anything else adds no clause. Presence is tested per document and phase,
    /// never against a start's sentence (the lookups may reach the whole document).
    static func required(emitItems: [CompiledEmitItem]) -> [[Element]] {
        var clauses: [[Element]] = []
        for item in emitItems {
            guard case .spread(.call(let function, let arguments, _)) = item, function.name == "require",
                  let argument = positionalArguments(arguments).first,
                  let clause = nonNullRequirement(argument) else { continue }
            if !clauses.contains(clause) { clauses.append(clause) }
        }
        return clauses
    }

    /// Elements one of which the document must hold for `expression` to be non-null; nil when that is not known.
    private static func nonNullRequirement(_ expression: CompiledExpression) -> [Element]? {
        guard case .call(let function, let arguments, _) = expression else { return nil }
        let positional = positionalArguments(arguments)
        switch function.name {
        case "in_sentence", "nearest_in_sentence", "in_previous_sentence", "nearest_before", "nearest_before_in_sentence",
             "in_document", "all_in_document":
            // Annotations of the type or gazetteer entries of it (`Extractor.contextValues`).
            guard case .constant(.string(let type))? = positional.first else { return nil }
            return [.annotation(type), .gazetteer(type)]
        case "overlapping", "overlapping_focus":
            // Annotations only.
            guard case .constant(.string(let type))? = positional.first else { return nil }
            return [.annotation(type)]
        case "called", "select", "filter":
            // Records of a null first argument: none, so null.
            return positional.first.flatMap(nonNullRequirement)
        case "first":
            // Non-null when one of its arguments is.
            var merged: [Element] = []
            for argument in positional {
                guard let clause = nonNullRequirement(argument) else { return nil }
                for element in clause where !merged.contains(element) { merged.append(element) }
            }
            return merged.isEmpty ? nil : merged
        default:
            return nil
        }
    }

    private static func positionalArguments(_ arguments: [(label: String?, value: CompiledExpression)]) -> [CompiledExpression] {
        arguments.filter { $0.label == nil }.map(\.value)
    }
}

/// How many tokens past a match's start an element of a prefilter clause can begin (issue #16): the most tokens the
/// pattern can consume before it. Tokens count one each; a gazetteer hit at most the document's longest hit; an
/// annotation at most the longest of its type so far: `constant + gazetteer × longest hit + Σ count × longest
/// annotation of the type`, each term the most over the pattern's paths (so never less than a real path's).
/// A start whose clause elements all lie beyond their reach cannot match, however long its sentence: on a
/// 400-token sentence of dense text a rule was tried at every start with its trigger word anywhere in the sentence.
struct PrefilterReach: Sendable, Equatable {
    var constant = 0
    var gazetteer = 0
    /// Annotation type names (at compile time) with how many annotations of the type a path can consume, by name
    /// (few per pattern: an array, no allocation for the many nodes without one).
    var annotations: [Annotated] = []

    struct Annotated: Sendable, Equatable {
        var type: String
        var count: Int
    }

    /// Counts past this are treated as unbounded (no overflow in the arithmetic below).
    static let cap = 1 << 24

    static func + (a: PrefilterReach, b: PrefilterReach) -> PrefilterReach {
        var sum = PrefilterReach(constant: min(cap, a.constant + b.constant), gazetteer: min(cap, a.gazetteer + b.gazetteer), annotations: a.annotations)
        for item in b.annotations {
            if let index = sum.annotations.firstIndex(where: { $0.type == item.type }) {
                sum.annotations[index].count = min(cap, sum.annotations[index].count + item.count)
            } else {
                sum.annotations.append(item)
            }
        }
        return sum
    }

    /// The most of each term (a bound for either side).
    func joined(_ other: PrefilterReach) -> PrefilterReach {
        var joined = PrefilterReach(constant: max(constant, other.constant), gazetteer: max(gazetteer, other.gazetteer), annotations: annotations)
        for item in other.annotations {
            if let index = joined.annotations.firstIndex(where: { $0.type == item.type }) {
                joined.annotations[index].count = max(joined.annotations[index].count, item.count)
            } else {
                joined.annotations.append(item)
            }
        }
        return joined
    }

    func times(_ factor: Int) -> PrefilterReach {
        let factor = min(factor, PrefilterReach.cap)
        return PrefilterReach(constant: min(PrefilterReach.cap, constant * factor), gazetteer: min(PrefilterReach.cap, gazetteer * factor),
                              annotations: annotations.map { Annotated(type: $0.type, count: min(PrefilterReach.cap, $0.count * factor)) })
    }

    /// Whether every term is zero: the clause's element begins at the start itself.
    var isZero: Bool { constant == 0 && gazetteer == 0 && annotations.allSatisfy { $0.count == 0 } }

    typealias Reached = [(clause: [RulePrefilter.Element], reach: PrefilterReach)]

    /// `RulePrefilter.required(node)`'s clauses, each with the reach of its elements from the start of `node`.
    static func clauses(_ node: PatternNode) -> Reached { analyze(node, .all).clauses }

    /// Which clauses a caller needs: all, the first only (an alternation's branch), or none (only the length).
    private enum Wanted { case all, first, none }

    /// The most tokens a match of `node` can consume, and (as `wanted`) its clauses with their reaches, in one pass
    /// over the pattern: macros make patterns of thousands of nodes (word lists of titles), and a pass per level, or
    /// every clause of every branch of a list, made pack load 7% slower.
    private static func analyze(_ node: PatternNode, _ wanted: Wanted) -> (length: PrefilterReach, clauses: Reached) {
        switch node {
        case .token:
            return (PrefilterReach(constant: 1), wanted == .none ? [] : RulePrefilter.required(node).map { ($0, PrefilterReach()) })
        case .gazetteer:
            return (PrefilterReach(gazetteer: 1), wanted == .none ? [] : RulePrefilter.required(node).map { ($0, PrefilterReach()) })
        case .annotation(let type, _):
            return (PrefilterReach(annotations: [Annotated(type: type, count: 1)]), wanted == .none ? [] : RulePrefilter.required(node).map { ($0, PrefilterReach()) })
        case .sentenceStart:
            return (PrefilterReach(), [])
        case .capture(_, let inner):
            return analyze(inner, wanted)
        case .repetition(let inner, let min, let max):
            let (length, clauses) = analyze(inner, min > 0 ? wanted : .none)
            return (length.times(max), min > 0 ? clauses : [])
        case .sequence(let items):
            var all: Reached = []
            var before = PrefilterReach()
            var wantedNow = wanted
            for item in items {
                // A single token (most items): one more token before the next, and its words as a clause, without
                // the arrays of a recursive call.
                if case .token(let test) = item {
                    if wantedNow != .none, let elements = RulePrefilter.tokenElements(test) {
                        all.append((elements, before))
                        if wantedNow == .first { wantedNow = .none }
                    }
                    before.constant = Swift.min(cap, before.constant + 1)
                    continue
                }
                let (length, clauses) = analyze(item, wantedNow)
                for (clause, reach) in clauses { all.append((clause, reach.isZero ? before : before + reach)) }
                if wantedNow == .first && !clauses.isEmpty { wantedNow = .none }
                before = length.annotations.isEmpty
                    ? PrefilterReach(constant: Swift.min(cap, before.constant + length.constant), gazetteer: Swift.min(cap, before.gazetteer + length.gazetteer),
                                     annotations: before.annotations)
                    : before + length
            }
            return (before, all)
        case .alternation(let items):
            var merged: [RulePrefilter.Element] = []
            var reach = PrefilterReach()
            var length = PrefilterReach()
            var bounded = wanted != .none
            for item in items {
                // A single token (word lists): length one, its words merged, reach zero.
                if case .token(let test) = item {
                    length.constant = Swift.max(length.constant, 1)
                    guard bounded, let elements = RulePrefilter.tokenElements(test) else { bounded = false; continue }
                    for element in elements where !merged.contains(element) { merged.append(element) }
                    continue
                }
                let (itemLength, clauses) = analyze(item, bounded ? .first : .none)
                length = length.joined(itemLength)
                guard bounded, let first = clauses.first else { bounded = false; continue }
                for element in first.clause where !merged.contains(element) { merged.append(element) }
                reach = reach.joined(first.reach)
            }
            return (length, bounded && !merged.isEmpty ? [(merged, reach)] : [])
        }
    }

    /// With annotation types as the pack's numbers (`RulePack.annotationTypeNumbers`); a type no rule makes is never
    /// consumed, so it adds nothing.
    func resolved(_ numbers: [String: Int32]) -> ResolvedPrefilterReach {
        ResolvedPrefilterReach(constant: constant, gazetteer: gazetteer,
                               annotations: annotations.compactMap { item in numbers[item.type].map { (number: $0, count: item.count) } }.sorted { $0.number < $1.number })
    }
}

/// `PrefilterReach` by annotation type number, as the extractor evaluates it per rule and document.
struct ResolvedPrefilterReach: Sendable {
    let constant: Int
    let gazetteer: Int
    let annotations: [(number: Int32, count: Int)]

    /// The last token offset from a start at which the clause's element may begin, given the document's longest hit
    /// and the longest annotation of each type so far (in tokens).
    @inline(__always)
    func bound(longestHit: Int, longestAnnotation: [Int]) -> Int {
        var total = constant + gazetteer * longestHit
        for (number, count) in annotations { total += count * longestAnnotation[Int(number)] }
        return total
    }
}
