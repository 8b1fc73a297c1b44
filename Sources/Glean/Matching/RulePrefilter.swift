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
    private static func tokenElements(_ test: TokenTest) -> [Element]? {
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
            let positions = clausePositions[clause]
            var low = cursors[clause]
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
            cursors[clause] = low
            if low == positions.count || positions[low] >= sentenceEnd { return false }
        }
        return true
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
        case "overlapping":
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
