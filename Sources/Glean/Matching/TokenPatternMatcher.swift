/// Backtracking matcher for token patterns over one document.
///
/// Each element is matched with a continuation: `match(node, at: position) { next in … }`. The continuation
/// returns true to stop the search; the matcher returns false to ask for the remaining alternatives, which is how
/// it finds the longest match from a start. Repeats are bounded (see `RuleCompiler.unboundedRepeatLimit`) and
/// every step counts against `stepBudget`, so no pattern can run away on a hostile document.
struct TokenPatternMatcher {
    let analysis: DocumentAnalysis
    let pack: RulePack
    let annotationsByStart: [Int: [Int]]
    let annotations: [Annotation]
    let scratch: RegexMatchScratch
    /// Steps left for the current rule on this document.
    var stepBudget = 0
    private(set) var budgetExhausted = false
    private var bindings: [CaptureBinding] = []
    /// The matcher may not go past this token (the end of the start token's sentence).
    private var limit = 0
    private var sentenceStartToken = 0

    init(analysis: DocumentAnalysis, pack: RulePack, annotations: [Annotation], annotationsByStart: [Int: [Int]], scratch: RegexMatchScratch) {
        self.analysis = analysis
        self.pack = pack
        self.annotations = annotations
        self.annotationsByStart = annotationsByStart
        self.scratch = scratch
    }

    /// The longest match of `pattern` starting at token `start`, with its capture bindings.
    mutating func longestMatch(_ pattern: PatternNode, from start: Int) -> (end: Int, bindings: [CaptureBinding])? {
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[start])]
        limit = sentence.upperBound
        sentenceStartToken = sentence.lowerBound
        bindings.removeAll(keepingCapacity: true)
        var best: (end: Int, bindings: [CaptureBinding])? = nil
        _ = match(pattern, at: start) { matcher, end in
            // Longest wins; at equal length, the reading that binds more captures (an optional element taken).
            if end > start, best == nil || end > best!.end || (end == best!.end && matcher.bindings.count > best!.bindings.count) { best = (end, matcher.bindings) }
            return matcher.budgetExhausted
        }
        return best
    }

    /// The tokens where a match can begin, in order, found from the document's indexes (token ids, gazetteer hits
    /// by type, annotations) rather than by testing every token; only token regexes and classes scan.
    func startPositions(_ condition: StartCondition) -> [Int] {
        switch condition {
        case .anywhere:
            return Array(0..<analysis.tokens.count)
        case .token(.folded(let id)):
            return analysis.positions(ofVocabularyID: id)
        case .token(.regex(let regex)):
            // Several rules often start with the same token regex (a day number, a year): test each token once.
            return analysis.regexPositions.value(for: ObjectIdentifier(regex), buildOne: {
                [ObjectIdentifier(regex): (0..<analysis.tokens.count).filter { tokenMatches(.regex(regex), $0) }]
            })
        case .token(let test):
            return (0..<analysis.tokens.count).filter { tokenMatches(test, $0) }
        case .gazetteer(let type):
            return analysis.hitStarts(ofType: type, gazetteer: pack.gazetteer)
        case .annotation(let type):
            return annotationsByStart.keys.filter { start in annotationsByStart[start]!.contains { annotations[$0].type == type } }.sorted()
        case .sentenceStart:
            return analysis.sentences.map(\.lowerBound).filter { $0 < analysis.tokens.count }
        case .oneOf(let conditions):
            var all = Set<Int>()
            for condition in conditions { all.formUnion(startPositions(condition)) }
            return all.sorted()
        }
    }

    /// A cheap test of the first token, so the backtracking matcher only starts where a match can begin.
    func canStart(_ condition: StartCondition, at position: Int) -> Bool {
        switch condition {
        case .anywhere: return true
        case .token(let test): return tokenMatches(test, position)
        case .gazetteer(let type):
            return analysis.hitsByStart[Int32(position)]?.contains { pack.gazetteer.entries[Int(analysis.hits[Int($0)].entry)].type == type } ?? false
        case .annotation(let type):
            return annotationsByStart[position]?.contains { annotations[$0].type == type } ?? false
        case .sentenceStart:
            return analysis.sentences[Int(analysis.sentenceOfToken[position])].lowerBound == position
        case .oneOf(let conditions):
            return conditions.contains { canStart($0, at: position) }
        }
    }

    private mutating func spend() -> Bool {
        stepBudget -= 1
        if stepBudget < 0 { budgetExhausted = true }
        return !budgetExhausted
    }

    private mutating func match(_ node: PatternNode, at position: Int, _ next: (inout TokenPatternMatcher, Int) -> Bool) -> Bool {
        guard spend() else { return true }
        switch node {
        case .token(let test):
            guard position < limit, tokenMatches(test, position) else { return false }
            return next(&self, position + 1)
        case .sentenceStart:
            guard position == sentenceStartToken else { return false }
            return next(&self, position)
        case .gazetteer(let type, let constraints):
            guard let hitIndices = analysis.hitsByStart[Int32(position)] else { return false }
            for hitIndex in hitIndices {
                let hit = analysis.hits[Int(hitIndex)]
                let entry = pack.gazetteer.entries[Int(hit.entry)]
                guard entry.type == type, Int(hit.endToken) <= limit,
                      constraints.allSatisfy({ satisfies($0, value: $0.key == "form" ? .string(pack.gazetteer.forms[Int(hit.form)].kind.rawValue) : entry.attribute($0.key)) })
                else { continue }
                if next(&self, Int(hit.endToken)) { return true }
            }
            return false
        case .annotation(let type, let constraints):
            guard let indices = annotationsByStart[position] else { return false }
            for index in indices {
                let annotation = annotations[index]
                guard annotation.type == type, let range = annotation.tokens, range.upperBound <= limit,
                      constraints.allSatisfy({ satisfies($0, value: annotation.field($0.key)) }) else { continue }
                if next(&self, range.upperBound) { return true }
            }
            return false
        case .sequence(let items):
            return matchSequence(items, 0, at: position, next)
        case .alternation(let items):
            for item in items { if match(item, at: position, next) { return true } }
            return false
        case .repetition(let inner, let min, let max):
            return matchRepetition(inner, count: 0, min: min, max: max, at: position, next)
        case .capture(let slot, let inner):
            let mark = bindings.count
            return match(inner, at: position) { matcher, end in
                let target: CaptureTarget = matcher.target(of: inner, from: position, to: end)
                let span = end > position ? matcher.analysis.byteSpan(tokens: position..<end)
                    : ByteSpan(start: Int(matcher.analysis.tokens[min(position, matcher.analysis.tokens.count - 1)].start), end: Int(matcher.analysis.tokens[min(position, matcher.analysis.tokens.count - 1)].start))
                matcher.bindings.append(CaptureBinding(slot: slot, span: span, target: target))
                if next(&matcher, end) { return true }
                matcher.bindings.removeSubrange(mark...)
                return false
            }
        }
    }

    /// What a capture around a gazetteer or annotation element is bound to, so `c.id` can be read.
    private func target(of node: PatternNode, from start: Int, to end: Int) -> CaptureTarget {
        switch node {
        case .repetition(let inner, _, let max) where max == 1:
            return target(of: inner, from: start, to: end) // `s:gaz:Scale?`
        case .gazetteer(let type, _):
            if let hitIndex = analysis.hitsByStart[Int32(start)]?.first(where: {
                let hit = analysis.hits[Int($0)]
                return Int(hit.endToken) == end && pack.gazetteer.entries[Int(hit.entry)].type == type
            }) { return .hit(hitIndex) }
        case .annotation(let type, _):
            if let index = annotationsByStart[start]?.first(where: { annotations[$0].type == type && annotations[$0].tokens?.upperBound == end }) {
                return .annotation(index)
            }
        default: break
        }
        return .span
    }

    private mutating func matchSequence(_ items: [PatternNode], _ index: Int, at position: Int, _ next: (inout TokenPatternMatcher, Int) -> Bool) -> Bool {
        if index == items.count { return next(&self, position) }
        return match(items[index], at: position) { matcher, end in
            matcher.matchSequence(items, index + 1, at: end, next)
        }
    }

    /// Greedy: tries one more repetition before stopping, so longer matches are found first.
    private mutating func matchRepetition(_ inner: PatternNode, count: Int, min: Int, max: Int, at position: Int,
                                          _ next: (inout TokenPatternMatcher, Int) -> Bool) -> Bool {
        if count < max {
            let found = match(inner, at: position) { matcher, end in
                guard end > position else { return false } // an empty repetition would loop
                return matcher.matchRepetition(inner, count: count + 1, min: min, max: max, at: end, next)
            }
            if found { return true }
        }
        return count >= min ? next(&self, position) : false
    }

    private func tokenMatches(_ test: TokenTest, _ index: Int) -> Bool {
        let token = analysis.tokens[index]
        switch test {
        case .folded(let id):
            return analysis.tokenIDs[index] == id
        case .exact(let bytes):
            guard Int(token.end - token.start) == bytes.count else { return false }
            return analysis.prepared.normalized.withUnsafeBufferPointer { text in
                var offset = 0
                while offset < bytes.count {
                    if text[Int(token.start) + offset] != bytes[offset] { return false }
                    offset += 1
                }
                return true
            }
        case .regex(let regex):
            return analysis.prepared.normalized.withUnsafeBufferPointer { text in
                let slice = UnsafeBufferPointer(rebasing: text[Int(token.start)..<Int(token.end)])
                return (try? scratch.matches(regex, in: slice)) ?? false
            }
        case .tokenClass(let tokenClass):
            switch tokenClass {
            case .number: return token.kind == .number
            case .word: return token.kind == .word
            case .time: return token.kind == .time
            case .punct: return token.kind == .punctuation
            case .symbol: return token.kind == .symbol
            case .cap: return token.kind == .word && token.flags.contains(.capitalized)
            case .upper: return token.kind == .word && token.flags.contains(.allUppercase)
            case .lower: return token.kind == .word && !token.flags.contains(.capitalized)
            }
        case .any:
            return true
        case .not(let inner):
            return !tokenMatches(inner, index)
        case .anyOf(let tests):
            return tests.contains { tokenMatches($0, index) }
        }
    }

    private func satisfies(_ constraint: Constraint, value: FieldValue?) -> Bool {
        let values: [String]
        switch value {
        case .list(let items)?: values = items.compactMap(\.stringValue)
        case let single?: values = single.stringValue.map { [$0] } ?? []
        case nil: values = []
        }
        switch constraint.test {
        case .equals(let expected): return values.contains(expected)
        case .notEquals(let expected): return !values.contains(expected)
        case .matches(let regex):
            return values.contains { value in
                var copy = value
                return copy.withUTF8 { (try? scratch.matches(regex, in: $0)) ?? false }
            }
        }
    }
}
