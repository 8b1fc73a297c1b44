import Foundation

/// Backtracking matcher for token patterns over one document.
///
/// Runs a `TokenProgram` with an explicit stack of choice points and keeps exploring after each match, which is how
/// it finds the longest match from a start. Repeats are bounded (see `RuleCompiler.unboundedRepeatLimit`) and
/// every step counts against `stepBudget`, so no pattern can run away on a hostile document.
struct TokenPatternMatcher {
    let analysis: DocumentAnalysis
    let pack: RulePack
    let annotationsByStart: AnnotationStartIndex
    let annotations: [Annotation]
    let hitsByType: HitTypeIndex
    private let types: GazetteerTypeTable
    let scratch: RegexMatchScratch
    /// Steps left for the current rule on this document.
    var stepBudget = 0
    private(set) var budgetExhausted = false
    /// When set (explain only), failures of pattern elements are recorded in `furthestFailure`.
    var tracesFailures = false
    /// The furthest token at which an element failed since the last reset, and the instructions that failed there.
    var furthestFailure: (position: Int, instructions: [Int]) = (-1, [])

    /// Gives the next rule its own budget (a rule that ran out must not stop the ones after it).
    mutating func resetBudget(_ steps: Int) {
        stepBudget = steps
        budgetExhausted = false
    }
    private var bindings: [CaptureBinding] = []
    /// The matcher may not go past this token (the end of the start token's sentence).
    private var limit = 0
    /// Where `^` matches: the sentence's first token, or the one after its leading item number ("1. On …",
    /// `DocumentAnalysis.sentenceItemStarts`).
    private var sentenceStartToken = 0

    /// The analysis's hits and their offsets by start token (`DocumentAnalysis.hitStartOffsets`).
    private let hits: [GazetteerHit]
    private let hitStarts: [Int32]

    /// Token regex results on this document, shared by every rule and phase (nil: PCRE2 is asked every time).
    let regexMemo: TokenRegexMemo?
    /// Indices into `annotations` by type, in order (what the extractor keeps for context functions).
    let annotationsByType: [String: [Int]]

    /// - Parameter hitsByType: the document's hit index, when the caller already has it (it is built otherwise).
    init(analysis: DocumentAnalysis, pack: RulePack, annotations: [Annotation], hitsByType: HitTypeIndex? = nil, scratch: RegexMatchScratch,
         reusing scratchArrays: Scratch = Scratch(), regexMemo: TokenRegexMemo? = nil, annotationsByType: [String: [Int]]? = nil,
         annotationsByStart: AnnotationStartIndex? = nil) {
        self.scratchArrays = scratchArrays
        self.regexMemo = regexMemo
        self.annotationsByType = annotationsByType ?? Dictionary(grouping: annotations.indices, by: { annotations[$0].type })
        self.analysis = analysis
        self.pack = pack
        self.annotations = annotations
        self.annotationsByStart = annotationsByStart ?? AnnotationStartIndex(annotations: annotations, tokenCount: analysis.tokens.count)
        self.hitsByType = hitsByType ?? HitTypeIndex(hits: analysis.hits, table: pack.gazetteerTypes)
        types = pack.gazetteerTypes
        self.scratch = scratch
        hits = analysis.hits
        hitStarts = analysis.hitStartOffsets
    }

    fileprivate enum Resume {
        case split(Int)
        /// Resume at `pc` with the hit `hits[hit]` (the next suitable one).
        case gazetteer(pc: Int, hit: Int)
        /// Resume at `pc` with the annotation at `annotationsByStart` position `entry` (the next suitable one).
        case annotation(pc: Int, entry: Int)
    }

    fileprivate struct ChoicePoint {
        var resume: Resume
        var position: Int
        var bindingCount: Int
        var undoCount: Int
        var lastTarget: CaptureTarget?
    }

    /// Arrays reused by every `longestMatch` call, and across phases and documents (the extractor keeps them),
    /// so matching allocates nothing once warm.
    struct Scratch {
        fileprivate var stack: [ChoicePoint] = []
        fileprivate var undo: [(slot: Int, previous: Int)] = []
        fileprivate var captureStarts: [Int] = []
        /// Memo of the splits already explored in this call, per (instruction, token): the most bindings a path
        /// had on arriving there, tagged with the call's generation so it never needs clearing.
        ///
        /// What can follow a state (instruction, token) does not depend on how it was reached, so a path arriving
        /// again at an explored split with no more bindings than before can only find matches that are not better
        /// (same ends, no more bindings, found later): it is cut. This keeps patterns such as `_{0,6} x _{0,12} y`
        /// linear in the sentence instead of exponential, with exactly the same results.
        fileprivate var memo: VisitMemo? = nil
    }
    private(set) var scratchArrays: Scratch
    static let maximumMemoEntries = 1 << 20

    /// The longest match of a compiled program from token `start`, exploring every path (bounded by the step
    /// budget). At equal length the reading that binds more captures wins (an optional element taken).
    mutating func longestMatch(_ program: TokenProgram, from start: Int) -> (end: Int, bindings: [CaptureBinding])? {
        var result: (end: Int, bindings: [CaptureBinding])? = nil
        forEachLongestMatch(program, starts: CollectionOfOne(start)) { _, end, bindings in result = (end, bindings) }
        return result
    }

    /// `longestMatch` from each of `starts` that `admits` (in order), calling `found` with the start, end and bindings of
    /// each match; stops after the start at which the step budget ran out. One call per rule instead of one per start:
    /// the matcher's arrays and the program's are taken out and put back once (on dense text, a rule is tried at tens of
    /// thousands of starts for about 25 steps each, and that setup, with its retains and releases, cost more than the
    /// steps).
    ///
    /// `admits` returns the start itself when the matcher is to be run there; otherwise a token before which no later start
    /// would be admitted either (at least `start + 1`; `Int.max` for none): the starts before it are skipped without being
    /// asked about (a rule whose first element passes most tokens, `!x` or `(^ | y)`, has nearly every token as a start,
    /// and its prefilter's clauses admit only the few near their elements).
    mutating func forEachLongestMatch<Starts: RandomAccessCollection<Int>>(_ program: TokenProgram, starts: Starts, admits: (Int) -> Int = { $0 },
                                                              found: (_ start: Int, _ end: Int, _ bindings: [CaptureBinding]) -> Void)
        where Starts.Index == Int {
        // Local copies for the loop (moved back at the end): no exclusivity checks on `self` per step.
        var stack = scratchArrays.stack, undo = scratchArrays.undo, captureStarts = scratchArrays.captureStarts
        let memo = scratchArrays.memo ?? VisitMemo()
        scratchArrays = Scratch()
        if captureStarts.count < 8 { captureStarts = [Int](repeating: 0, count: 8) }
        defer {
            scratchArrays = Scratch(stack: stack, undo: undo, captureStarts: captureStarts, memo: memo)
        }
        let instructions = program.instructions
        let tokenIDs = analysis.tokenIDs
        let tokenIDSets = program.tokenIDSets
        let flatTests = program.flatTests
        let hitStartOffsets = analysis.hitStartOffsets
        let sentences = analysis.sentences, sentenceOfToken = analysis.sentenceOfToken, itemStarts = analysis.sentenceItemStarts
        var index = starts.startIndex
        let endIndex = starts.endIndex
        while index < endIndex {
            let start = starts[index]
            let next = admits(start)
            if next != start {
                // Skipped: the starts before `next`, a few steps forward and then by bisection.
                index += 1
                var steps = 0
                while index < endIndex && starts[index] < next && steps < 8 { index += 1; steps += 1 }
                if index < endIndex && starts[index] < next {
                    var high = endIndex
                    while index < high {
                        let middle = (index + high) >> 1
                        if starts[middle] < next { index = middle + 1 } else { high = middle }
                    }
                }
                continue
            }
            index += 1
            let sentenceIndex = Int(sentenceOfToken[start])
            if let best = longestMatch(program, from: start, instructions: instructions, tokenIDs: tokenIDs, tokenIDSets: tokenIDSets, flatTests: flatTests,
                                       hitStartOffsets: hitStartOffsets, sentence: sentences[sentenceIndex], itemStart: itemStarts[sentenceIndex], memo: memo,
                                       stack: &stack, undo: &undo, captureStarts: &captureStarts) {
                found(start, best.end, best.bindings)
            }
            if budgetExhausted { break }
        }
    }

    @inline(__always)
    private mutating func longestMatch(_ program: TokenProgram, from start: Int, instructions: [TokenProgram.Instruction], tokenIDs: [Int32], tokenIDSets: [Int32],
                                       flatTests: [FlatTokenTest?], hitStartOffsets: [Int32], sentence: Range<Int>, itemStart: Int, memo: VisitMemo,
                                       stack: inout [ChoicePoint], undo: inout [(slot: Int, previous: Int)], captureStarts: inout [Int]) -> (end: Int, bindings: [CaptureBinding])? {
        limit = sentence.upperBound
        sentenceStartToken = itemStart
        // Emptied only when not empty: `removeAll(keepingCapacity:)` goes through a generic range replacement that
        // cost ~80 instructions per array and call even on an empty array.
        if !bindings.isEmpty { bindings.removeAll(keepingCapacity: true) }
        if !stack.isEmpty { stack.removeAll(keepingCapacity: true) }
        if !undo.isEmpty { undo.removeAll(keepingCapacity: true) }
        // The memo covers the first `width` tokens from the start, at most `maximumMemoEntries` in all: a sentence
        // of millions of tokens (a file without punctuation) must not allocate instructions × tokens entries.
        // Past it the step budget alone bounds the search.
        let width = min(limit - start + 1, max(1, TokenPatternMatcher.maximumMemoEntries / max(1, instructions.count)))
        memo.reserve(instructions.count * width)
        let generation = memo.advance()
        let visitedGeneration = memo.generations, visitedBindings = memo.bindingCounts
        var best: (end: Int, bindings: [CaptureBinding])? = nil
        var pc = 0
        var position = start
        var lastTarget: CaptureTarget? = nil

        while true {
            guard spend() else { break }
            var failed = false
            switch instructions[pc] {
            case .tokenID(let id):
                if position < limit && tokenIDs[position] == id { position += 1; pc += 1 } else { failed = true }
            case .tokenIDIn(let setStart, let setCount):
                if position < limit && Self.contains(tokenIDSets, setStart, setCount, tokenIDs[position]) { position += 1; pc += 1 } else { failed = true }
            case .anyToken:
                if position < limit { position += 1; pc += 1 } else { failed = true }
            case .token(let index):
                let passes: Bool
                if position >= limit { passes = false }
                else if let flat = flatTests[index] { passes = flatMatches(flat, position, id: tokenIDs[position]) }
                else { passes = tokenMatches(program.tests[index], position) }
                if passes { position += 1; pc += 1 } else { failed = true }
            case .sentenceStart:
                if position == sentenceStartToken { pc += 1 } else { failed = true }
            case .gazetteer(let element):
                let resolved = program.resolvedGazetteerElements[element]
                let first = nextHit(resolved, at: position, from: 0)
                if first < 0 { failed = true; break }
                let second = nextHit(resolved, at: position, from: first + 1)
                if second >= 0 { stack.append(ChoicePoint(resume: .gazetteer(pc: pc, hit: second), position: position, bindingCount: bindings.count, undoCount: undo.count, lastTarget: lastTarget)) }
                lastTarget = .hit(Int32(first))
                position = Int(hits[first].endToken)
                pc += 1
            case .annotation(let element):
                let first = nextAnnotation(program, element, at: position, from: 0)
                if first < 0 { failed = true; break }
                let second = nextAnnotation(program, element, at: position, from: first + 1)
                if second >= 0 { stack.append(ChoicePoint(resume: .annotation(pc: pc, entry: second), position: position, bindingCount: bindings.count, undoCount: undo.count, lastTarget: lastTarget)) }
                let index = annotationsByStart.annotation(at: first)
                lastTarget = .annotation(index)
                position = annotations[index].tokens!.upperBound
                pc += 1
            case .split(let alternative):
                if position - start < width {
                    // Token-major: the states of the first tokens from the start, which every call visits, lie together
                    // and stay in cache from call to call (instruction-major, they were spread over the whole memo).
                    let slot = (position - start) * instructions.count + pc
                    if visitedGeneration[slot] == generation && Int(visitedBindings[slot]) >= bindings.count && !tracesFailures { failed = true; break }
                    visitedGeneration[slot] = generation
                    visitedBindings[slot] = Int32(bindings.count)
                }
                // A first branch that begins (after capture starts, undone on failure) with a word this token is not,
                // or an element no hit or annotation starts here for, fails at once: going straight to the
                // alternative is what pushing the choice, failing and popping it back would do (explaining still
                // takes the long way, to record the failure).
                if !tracesFailures {
                    var first = pc + 1
                    while case .captureStart = instructions[first] { first += 1 }
                    switch instructions[first] {
                    case .gazetteer:
                        if position >= limit || hitStartOffsets[position] == hitStartOffsets[position + 1] { pc = alternative; continue }
                    case .annotation:
                        if position >= limit || annotationsByStart.range(startingAt: position).isEmpty { pc = alternative; continue }
                    case .tokenID(let id):
                        if position >= limit || tokenIDs[position] != id { pc = alternative; continue }
                    case .tokenIDIn(let setStart, let setCount):
                        if position >= limit || !Self.contains(tokenIDSets, setStart, setCount, tokenIDs[position]) { pc = alternative; continue }
                    default:
                        break
                    }
                }
                stack.append(ChoicePoint(resume: .split(alternative), position: position, bindingCount: bindings.count, undoCount: undo.count, lastTarget: lastTarget))
                pc += 1
            case .jump(let target):
                pc = target
            case .captureStart(let slot):
                if slot >= captureStarts.count { captureStarts += [Int](repeating: 0, count: slot + 1 - captureStarts.count) }
                undo.append((slot, captureStarts[slot]))
                captureStarts[slot] = position
                lastTarget = nil
                pc += 1
            case .captureEnd(let slot, let bindsElement):
                let from = captureStarts[slot]
                // A capture that matched no token (`x:$MACRO?`, `x:"de"?` left out) took no part in the match: it
                // has no value, as `(x:$MACRO)?` has none (docs/rules.md, "Captures"), rather than empty text.
                if position > from {
                    bindings.append(CaptureBinding(slot: slot, span: analysis.byteSpan(tokens: from..<position),
                                                   target: bindsElement ? (lastTarget ?? .span) : .span))
                }
                pc += 1
            case .match:
                if position > start, best == nil || position > best!.end || (position == best!.end && bindings.count > best!.bindings.count) {
                    best = (position, bindings)
                }
                failed = true // keep exploring for a longer reading
            }
            if failed {
                if tracesFailures { noteFailure(pc, at: position, program) }
                if !backtrack(program, &pc, &position, &lastTarget, &stack, &undo, &captureStarts) { break }
            }
        }
        return best
    }

    private mutating func noteFailure(_ pc: Int, at position: Int, _ program: TokenProgram) {
        if case .match = program.instructions[pc] { return }
        if position > furthestFailure.position { furthestFailure = (position, [pc]) } else if position == furthestFailure.position && !furthestFailure.instructions.contains(pc) { furthestFailure.instructions.append(pc) }
    }

    /// Resumes the most recent choice point; false when there is nothing left to try.
    private mutating func backtrack(_ program: TokenProgram, _ pc: inout Int, _ position: inout Int, _ lastTarget: inout CaptureTarget?,
                                    _ stack: inout [ChoicePoint], _ undo: inout [(slot: Int, previous: Int)], _ captureStarts: inout [Int]) -> Bool {
        guard let point = stack.popLast() else { return false }
        position = point.position
        lastTarget = point.lastTarget
        // One at a time (usually one or two): a range removal is a generic replacement costing far more.
        while bindings.count > point.bindingCount { bindings.removeLast() }
        while undo.count > point.undoCount { let entry = undo.removeLast(); captureStarts[entry.slot] = entry.previous }
        switch point.resume {
        case .split(let alternative):
            pc = alternative
        case .gazetteer(let at, let hit):
            guard case .gazetteer(let element) = program.instructions[at] else { return false }
            let after = nextHit(program.resolvedGazetteerElements[element], at: position, from: hit + 1)
            if after >= 0 { stack.append(ChoicePoint(resume: .gazetteer(pc: at, hit: after), position: position, bindingCount: point.bindingCount, undoCount: undo.count, lastTarget: lastTarget)) }
            lastTarget = .hit(Int32(hit))
            position = Int(hits[hit].endToken)
            pc = at + 1
        case .annotation(let at, let entry):
            guard case .annotation(let element) = program.instructions[at] else { return false }
            let after = nextAnnotation(program, element, at: position, from: entry + 1)
            if after >= 0 { stack.append(ChoicePoint(resume: .annotation(pc: at, entry: after), position: position, bindingCount: point.bindingCount, undoCount: undo.count, lastTarget: lastTarget)) }
            let index = annotationsByStart.annotation(at: entry)
            lastTarget = .annotation(index)
            position = annotations[index].tokens!.upperBound
            pc = at + 1
        }
        return true
    }

    /// The first gazetteer hit at index `from` or later that starts at `position`, fits the element and stays in the
    /// sentence, as an index into `hits`; -1 when there is none. Hits are tried in index order.
    @inline(__always)
    private func nextHit(_ element: ResolvedGazetteerElement, at position: Int, from: Int) -> Int {
        // `analysis.hitIndices(startingIn:)` for one token, read from the matcher's own copies (a call and two reads
        // of the analysis's arrays per hit element tried).
        guard position + 1 < hitStarts.count else { return -1 }
        var index = max(from, Int(hitStarts[position]))
        let end = Int(hitStarts[position + 1])
        while index < end {
            let hit = hits[index]
            if Int(hit.endToken) <= limit && element.accepts(hit, table: types) { return index }
            index += 1
        }
        return -1
    }

    /// The first annotation at `annotationsByStart` position `from` or later that starts at `position`, fits the
    /// element and stays in the sentence; -1 when there is none.
    private func nextAnnotation(_ program: TokenProgram, _ element: Int, at position: Int, from: Int) -> Int {
        let range = annotationsByStart.range(startingAt: position)
        var entry = max(from, range.lowerBound)
        guard entry < range.upperBound else { return -1 }
        // Types compared as the pack's numbers, from the index: an annotation of another type is not read (binding
        // one copied it, retaining its strings and fields, and compared two strings).
        let number: Int32 = program.annotationElementTypes.isEmpty ? -1 : program.annotationElementTypes[element]
        while entry < range.upperBound {
            let index = annotationsByStart.annotation(at: entry)
            let sameType = number != -1 ? annotationsByStart.typeNumber(at: entry) == number
                                        : annotations[index].type == program.annotationElements[element].type
            if sameType, let tokens = annotations[index].tokens, tokens.upperBound <= limit, tokens.upperBound > position {
                let constraints = program.annotationElements[element].constraints
                if constraints.isEmpty || constraints.allSatisfy({ $0.isSatisfied(by: annotations[index].field($0.key), scratch: scratch) }) { return entry }
            }
            entry += 1
        }
        return -1
    }

    /// The tokens where a match can begin, in order, found from the document's indexes (token ids, gazetteer hits
    /// by type, annotations) rather than by testing every token; only token regexes and classes scan.
    /// The positions of start node `slot` of `nodes` (`RulePack.startNodes`), kept in `cache` for the other rules
    /// that start alike; an alternative's are merged in the order written, as `startPositions(_:)` merges a `.oneOf`.
    func startPositions(node slot: Int, of nodes: [RulePack.StartNode], cache: inout [[Int]?]) -> [Int] {
        if let known = cache[slot] { return known }
        let found: [Int]
        switch nodes[slot] {
        case .leaf(let condition):
            found = startPositions(condition)
        case .union(let parts):
            var union = SortedUnion()
            for part in parts { union.add(startPositions(node: part, of: nodes, cache: &cache)) }
            found = union.positions
        case .anchored(let within, let anchor, let offsets):
            let anchors = startPositions(node: anchor, of: nodes, cache: &cache)
            found = anchors.isEmpty ? [] : TokenPatternMatcher.anchoredStarts(startPositions(node: within, of: nodes, cache: &cache), anchors: anchors, offsets: offsets)
        }
        cache[slot] = found
        return found
    }

    /// The positions of `allowed` (ascending) that lie one of `offsets` tokens before a position of `anchors`
    /// (ascending), ascending, each once: the anchors shifted back by each offset, merged, and each looked up in
    /// `allowed` (bisection from the last one found: `allowed` is usually most tokens, the anchors few).
    static func anchoredStarts(_ allowed: [Int], anchors: [Int], offsets: [Int]) -> [Int] {
        var candidates: [Int] = []
        candidates.reserveCapacity(anchors.count * offsets.count)
        for anchor in anchors { for offset in offsets where anchor >= offset { candidates.append(anchor - offset) } }
        if offsets.count > 1 { candidates = sortedDistinct(candidates) }
        var found: [Int] = []
        allowed.withUnsafeBufferPointer { allowed in
            var low = 0
            for candidate in candidates {
                var high = allowed.count
                while low < high {
                    let middle = (low + high) >> 1
                    if allowed[middle] < candidate { low = middle + 1 } else { high = middle }
                }
                if low == allowed.count { break }
                if allowed[low] == candidate { found.append(candidate); low += 1 }
            }
        }
        return found
    }

    /// The tokens every start regex of the pack passes, found once per document (`TokenRegexMemo`). `glean bench rules`
    /// calls it before a token rule's clock starts, so this shared scan is charged to no rule.
    func prepareStartRegexPositions() {
        guard analysis.startRegexPositions == nil, let regexMemo, !pack.startRegexes.isEmpty else { return }
        analysis.startRegexPositions = analysis.prepared.normalized.withUnsafeBufferPointer { text in
            analysis.tokens.withUnsafeBufferPointer { tokens in
                regexMemo.startPositions(pack.startRegexes, tokens: tokens, text: text) { regex, slice in
                    (try? scratch.matches(regex, in: slice)) ?? false
                }
            }
        }
    }

    func startPositions(_ condition: StartCondition) -> [Int] {
        switch condition {
        case .anywhere:
            return Array(0..<analysis.tokens.count)
        case .token(.folded(let id)):
            return analysis.positions(ofVocabularyID: id)
        case .token(.regex(let regex)):
            // Several rules often start with the same token regex (a day number, a year): test each token once.
            if regex.tokenSlot >= 0 {
                // A regex rules start with: the tokens of all such regexes found at once, from the tokens' forms.
                if let regexMemo, regex.tokenSlot < pack.startRegexBits.count, case let bit = Int(pack.startRegexBits[regex.tokenSlot]), bit >= 0,
                   pack.startRegexes[bit] === regex || pack.startRegexes[bit].pattern == regex.pattern && pack.startRegexes[bit].options == regex.options {
                    prepareStartRegexPositions()
                    return analysis.startRegexPositions![bit]
                }
                return analysis.regexPositions.value(for: regex.tokenSlot, buildOne: { regexPositions(regex) })
            }
            return analysis.unnumberedRegexPositions.value(for: ObjectIdentifier(regex), buildOne: { regexPositions(regex) })
        case .token(.tokenClass(let tokenClass)):
            return analysis.classPositions.value(for: tokenClass, buildOne: {
                analysis.tokens.withUnsafeBufferPointer { tokens in
                    var found: [Int] = []
                    for index in 0..<tokens.count where TokenPatternMatcher.isOf(tokenClass, tokens[index]) { found.append(index) }
                    return found
                }
            })
        case .token(let test):
            return testPositions(test)
        case .gazetteer(let type):
            return hitsByType.starts(ofType: types.id(of: type))
        case .annotation(let type):
            var starts: [Int] = []
            for index in annotationsByType[type] ?? [] {
                if let start = annotations[index].tokens?.lowerBound, start < analysis.tokens.count { starts.append(start) }
            }
            return TokenPatternMatcher.sortedDistinct(starts)
        case .sentenceStart:
            // A numbered item's sentence is read from after its number (`DocumentAnalysis.sentenceItemStarts`).
            return analysis.sentenceItemStarts.filter { $0 < analysis.tokens.count }
        case .oneOf(let conditions):
            // Every condition's positions come sorted: merged in one pass each, not concatenated and sorted again.
            var union = SortedUnion()
            for condition in conditions { union.add(startPositions(condition)) }
            return union.positions
        }
    }

    /// The tokens that pass `test`, in order, as `tokenMatches` decides, from the document's indexes and the start
    /// scans kept per document (a `!x` is the complement of `x`'s positions, `(a | b)` the union of theirs), so
    /// no start test calls `tokenMatches` per token (it cost ~80 instructions a call, on every token of the page).
    private func testPositions(_ test: TokenTest) -> [Int] {
        let count = analysis.tokens.count
        switch test {
        case .folded, .regex, .tokenClass:
            return startPositions(.token(test))
        case .any:
            return Array(0..<count)
        case .exact(let bytes):
            guard !bytes.isEmpty else {
                var found: [Int] = []
                for index in 0..<count where analysis.tokens[index].end == analysis.tokens[index].start { found.append(index) }
                return found
            }
            var found: [Int] = []
            analysis.prepared.normalized.withUnsafeBufferPointer { text in
                analysis.tokens.withUnsafeBufferPointer { tokens in
                    for index in 0..<tokens.count {
                        let token = tokens[index]
                        guard Int(token.end - token.start) == bytes.count && text[Int(token.start)] == bytes[0] else { continue }
                        var offset = 1
                        while offset < bytes.count && text[Int(token.start) + offset] == bytes[offset] { offset += 1 }
                        if offset == bytes.count { found.append(index) }
                    }
                }
            }
            return found
        case .not(let inner):
            // Written through a pointer (most tokens pass a `!x`).
            let excluded = testPositions(inner)
            return excluded.withUnsafeBufferPointer { excluded in
                [Int](unsafeUninitializedCapacity: count) { found, initialized in
                    var next = 0, kept = 0
                    for index in 0..<count {
                        if next < excluded.count && excluded[next] == index { next += 1; continue }
                        found[kept] = index
                        kept += 1
                    }
                    initialized = kept
                }
            }
        case .anyOf(let tests):
            var all: [Int] = []
            for (number, test) in tests.enumerated() {
                let positions = testPositions(test)
                all = number == 0 ? positions : TokenPatternMatcher.mergedDistinct(all, positions)
            }
            return all
        }
    }

    /// The union of sorted position lists, each position once: the lists are kept as they come (empty ones skipped)
    /// and merged when asked, the two shortest at a time, so the long list of a union (a `!x`, every token but a few)
    /// is copied once (merged in order, each part into everything before it, a union of twenty parts copied the first
    /// part's positions twenty times; merged in rounds, log2 of the parts' number of times); a single non-empty list is
    /// passed once through a merge (which leaves each position once).
    struct SortedUnion {
        private var lists: [[Int]] = []

        mutating func add(_ positions: [Int]) {
            if !positions.isEmpty { lists.append(positions) }
        }

        var positions: [Int] {
            if lists.isEmpty { return [] }
            return TokenPatternMatcher.distinctUnion(lists)
        }
    }

    /// The positions of `lists` (each ascending), ascending, each once: what merging them two at a time with
    /// `mergedDistinct` gives. When the positions are not sparse in their span (fewer than one in 256 tokens), from
    /// one bit per token of the span, set for every position and read back in order: one pass over the positions
    /// and one over the span's words, and one array allocated, where the pairwise merges read a long list once per
    /// merge and allocated an array per merge (clause and start-union merges were ~9% of extraction on news).
    /// Sparse positions in a long span (a few words far apart in a long page) are merged as before.
    static func distinctUnion(_ lists: [[Int]]) -> [Int] {
        var union: [Int] = []
        distinctUnion(lists, appendingTo: &union)
        return union
    }

    /// `distinctUnion(lists)` appended to `output` (a prefilter clause's positions go straight into the document's pool).
    static func distinctUnion(_ lists: [[Int]], appendingTo output: inout [Int]) {
        var total = 0, low = Int.max, high = Int.min, nonEmpty = 0, only = 0
        for (index, list) in lists.enumerated() where !list.isEmpty {
            // Every position read for the span, not only the ends: a list out of order still lands in the bits.
            list.withUnsafeBufferPointer { list in
                for position in list {
                    if position < low { low = position }
                    if position > high { high = position }
                }
            }
            total += list.count
            nonEmpty += 1
            only = index
        }
        if nonEmpty == 0 { return }
        if nonEmpty == 1 {
            // One list: itself when each position is once already (no copy made to drop nothing).
            output += isStrictlyAscending(lists[only]) ? lists[only] : mergedDistinct(lists[only], [])
            return
        }
        let base = low >> 6, words = (high >> 6) - base + 1
        guard low >= 0, words <= 4 * total + 16 else {
            output += mergedShortestFirst(lists.filter { !$0.isEmpty }, by: mergedDistinct)
            return
        }
        let first = output.count
        output.append(contentsOf: repeatElement(0, count: total))
        var count = 0
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { bits in
            bits.initialize(repeating: 0)
            for list in lists {
                list.withUnsafeBufferPointer { list in
                    for position in list { bits[(position >> 6) - base] |= 1 &<< UInt64(position & 63) }
                }
            }
            output.withUnsafeMutableBufferPointer { output in
                let out = UnsafeMutableBufferPointer(rebasing: output[first...])
                for word in 0..<words {
                    var bitsLeft = bits[word]
                    let offset = (base + word) << 6
                    while bitsLeft != 0 {
                        out[count] = offset | bitsLeft.trailingZeroBitCount
                        count += 1
                        bitsLeft &= bitsLeft &- 1
                    }
                }
            }
        }
        output.removeLast(total - count)
    }

    /// Whether every position of `positions` is above the one before it.
    static func isStrictlyAscending(_ positions: [Int]) -> Bool {
        positions.withUnsafeBufferPointer { positions in
            var index = 1
            while index < positions.count {
                if positions[index] <= positions[index - 1] { return false }
                index += 1
            }
            return true
        }
    }

    /// `lists` (at least two) merged by `merge`, the two shortest at a time, each merged list in the place of the first.
    static func mergedShortestFirst(_ lists: [[Int]], by merge: ([Int], [Int]) -> [Int]) -> [Int] {
        var pending = lists
        while pending.count > 1 {
            var first = 0, second = 1
            if pending[second].count < pending[first].count { swap(&first, &second) }
            for index in 2..<pending.count {
                if pending[index].count < pending[first].count { second = first; first = index }
                else if pending[index].count < pending[second].count { second = index }
            }
            let low = min(first, second), high = max(first, second)
            pending[low] = merge(pending[low], pending[high])
            pending.remove(at: high)
        }
        return pending[0]
    }

    /// The positions of two ascending lists, ascending, each once.
    static func mergedDistinct(_ a: [Int], _ b: [Int]) -> [Int] { merged(a, b, distinct: true) }

    /// Two ascending lists merged, ascending: each position once when `distinct`, every occurrence kept otherwise
    /// (`RulePrefilter.mergedAscending`). Written through a pointer: `append` checked the array's uniqueness and
    /// capacity per position.
    @inline(__always)
    static func merged(_ a: [Int], _ b: [Int], distinct: Bool) -> [Int] {
        if a.isEmpty && b.isEmpty { return [] }
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                [Int](unsafeUninitializedCapacity: a.count + b.count) { out, initialized in
                    var i = 0, j = 0, k = 0
                    while i < a.count || j < b.count {
                        let next: Int
                        if j == b.count || (i < a.count && a[i] <= b[j]) { next = a[i]; i += 1 } else { next = b[j]; j += 1 }
                        if !distinct || k == 0 || out[k - 1] != next { out[k] = next; k += 1 }
                    }
                    initialized = k
                }
            }
        }
    }

    /// The tokens a token regex matches, in order, as `tokenMatches` decides, in one loop over the tokens: length
    /// and first byte tested inline (most tokens stop there), PCRE2 only for the others, its results kept in the
    /// memo for the matcher. Calling `tokenMatches` per token cost about 80 instructions before any test.
    private func regexPositions(_ regex: CompiledRegex) -> [Int] {
        var found: [Int] = []
        analysis.prepared.normalized.withUnsafeBufferPointer { text in
            analysis.tokens.withUnsafeBufferPointer { tokens in
                for index in 0..<tokens.count {
                    let token = tokens[index]
                    let slice = UnsafeBufferPointer(rebasing: text[Int(token.start)..<Int(token.end)])
                    guard regex.mayMatch(slice) else { continue }
                    let cell = regexMemo?.cell(slot: regex.tokenSlot, token: index) ?? -1
                    let result: Bool
                    if cell >= 0, let known = regexMemo!.result(at: cell) {
                        result = known
                    } else {
                        result = regexResult(regex, token: index, slice)
                        if cell >= 0 { regexMemo!.record(result, at: cell) }
                    }
                    if result { found.append(index) }
                }
            }
        }
        return found
    }

    @inline(__always)
    static func isOf(_ tokenClass: TokenClass, _ token: Token) -> Bool {
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
    }

    static func sortedDistinct(_ positions: [Int]) -> [Int] {
        var all = positions
        all.sort()
        var kept = 0
        for position in all where kept == 0 || all[kept - 1] != position {
            all[kept] = position
            kept += 1
        }
        all.removeSubrange(kept...)
        return all
    }

    private mutating func spend() -> Bool {
        stepBudget -= 1
        if stepBudget < 0 { budgetExhausted = true }
        return !budgetExhausted
    }

    /// `tokenMatches` for an alternation flattened by the pack (`FlatTokenTest`).
    @inline(__always)
    private func flatMatches(_ flat: FlatTokenTest, _ index: Int, id: Int32) -> Bool {
        var found = flat.any || flat.containsID(id)
        if !found && !flat.classes.isEmpty {
            let token = analysis.tokens[index]
            for tokenClass in flat.classes where TokenPatternMatcher.isOf(tokenClass, token) { found = true; break }
        }
        if !found { for test in flat.others where tokenMatches(test, index) { found = true; break } }
        return found != flat.negated
    }

    /// A token regex on a token the document's memo has no result for: the result an earlier document's token of the
    /// same text gave (`TokenRegexMemo`'s forms), else PCRE2's, kept for the next documents.
    private func regexResult(_ regex: CompiledRegex, token: Int, _ slice: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let regexMemo, regex.tokenSlot >= 0 else { return (try? scratch.matches(regex, in: slice)) ?? false }
        let formCell = regexMemo.formCell(slot: regex.tokenSlot, token: token, bytes: slice)
        if formCell >= 0, let known = regexMemo.formResult(at: formCell) { return known }
        let result = (try? scratch.matches(regex, in: slice)) ?? false
        if formCell >= 0 { regexMemo.recordForm(result, at: formCell) }
        return result
    }

    func tokenMatches(_ test: TokenTest, _ index: Int) -> Bool {
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
            let cell = regexMemo?.cell(slot: regex.tokenSlot, token: index) ?? -1
            if cell >= 0, let known = regexMemo!.result(at: cell) { return known }
            let result = analysis.prepared.normalized.withUnsafeBufferPointer { text in
                regexResult(regex, token: index, UnsafeBufferPointer(rebasing: text[Int(token.start)..<Int(token.end)]))
            }
            if cell >= 0 { regexMemo!.record(result, at: cell) }
            return result
        case .tokenClass(let tokenClass):
            return TokenPatternMatcher.isOf(tokenClass, token)
        case .any:
            return true
        case .not(let inner):
            return !tokenMatches(inner, index)
        case .anyOf(let tests):
            return tests.contains { tokenMatches($0, index) }
        }
    }
}

/// The matcher's memo (`Scratch`) as raw memory the matcher owns: written at every split, and an array written
/// there checked its uniqueness on every write.
final class VisitMemo {
    /// Per (instruction, token): the generation (call) that last arrived there, and with how many bindings.
    private(set) var generations: UnsafeMutablePointer<UInt32>
    private(set) var bindingCounts: UnsafeMutablePointer<Int32>
    private var capacity: Int
    private var generation: UInt32 = 0

    init() {
        capacity = 64
        (generations, bindingCounts) = VisitMemo.zeroed(capacity)
    }

    /// Zeroed entries from `calloc`: a large block comes from fresh pages the kernel has zeroed, touched only where
    /// the matcher writes, instead of writing zeros over all of it (a long document's memo is tens of MB, and
    /// clearing it on each growth was 1.4% of extraction on a 0.4 MB slice).
    private static func zeroed(_ count: Int) -> (UnsafeMutablePointer<UInt32>, UnsafeMutablePointer<Int32>) {
        guard let generations = calloc(count, MemoryLayout<UInt32>.stride), let bindings = calloc(count, MemoryLayout<Int32>.stride) else {
            fatalError("out of memory for the matcher's memo (\(count) entries)")
        }
        return (generations.bindMemory(to: UInt32.self, capacity: count), bindings.bindMemory(to: Int32.self, capacity: count))
    }

    /// Room for `size` entries; growing forgets everything (all generations start again from 0).
    func reserve(_ size: Int) {
        guard size > capacity else { return }
        let grown = max(size, capacity * 2)
        free(generations)
        free(bindingCounts)
        (generations, bindingCounts) = VisitMemo.zeroed(grown)
        capacity = grown
        generation = 0
    }

    /// A new generation for the next call: entries of earlier calls no longer count, without clearing them
    /// (cleared only when the counter wraps).
    func advance() -> UInt32 {
        generation &+= 1
        if generation == 0 {
            generations.update(repeating: 0, count: capacity)
            generation = 1
        }
        return generation
    }

    deinit {
        free(generations)
        free(bindingCounts)
    }
}

/// The results of a pack's token regexes on one document's tokens, found on first use: a regex that several rules
/// and phases test on the same token ($DAY, $YEAR, a name word) calls PCRE2 once per token.
final class TokenRegexMemo {
    /// `slot * tokenCount + token`: the document's stamp (`stamp`, in the six high bits) with 1 (matches) or 2 (does
    /// not) in the low two; any other value (0, or an earlier document's stamp) is not tested yet. Stamped, not
    /// cleared per document: writing zeros over `slots × tokens` bytes (~3 MB for a news article with the shipped
    /// pack) was 1% of extraction's instructions and flushed the caches the rule loop reads; the cells are cleared
    /// once every 63 documents, when the stamps wrap. Unchecked: Swift's dynamic exclusivity check on this class
    /// property cost more than the memo saved, and one extractor (the only owner) runs on one thread at a time.
    @exclusivity(unchecked) private var states: [UInt8] = []
    /// This document's stamp, `1...63` shifted left by two.
    private var stamp: UInt8 = 0
    private var slots = 0
    private var tokenCount = 0
    /// Above this many cells (a document of millions of tokens) the memo is off rather than huge.
    static let maximumCells = 1 << 24

    /// Across documents: each distinct token text (a "form", up to `maximumFormBytes` bytes) gets a number, and the
    /// results of the regexes on it are kept by (form, slot): a token regex's result depends on the token's bytes
    /// alone, and news repeats its words (names, months, numbers) from document to document, so most tokens that
    /// pass a regex's length and first-byte test were already tested in an earlier document. All forms are
    /// forgotten past `maximumForms`.
    @exclusivity(unchecked) private var formResults: [UInt8] = []
    @exclusivity(unchecked) private var formOfToken: [Int32] = []
    @exclusivity(unchecked) private var formBytes: [UInt8] = []
    @exclusivity(unchecked) private var formStarts: [Int32] = [0]
    @exclusivity(unchecked) private var formHashes: [UInt64] = []
    /// Open addressing: form number + 1, 0 for an empty entry.
    @exclusivity(unchecked) private var formTable: [Int32] = [Int32](repeating: 0, count: 1 << 12)
    private var formSlots = 0
    static let maximumForms = 1 << 16
    static let maximumFormBytes = 48
    /// Per form, a bit per start regex (`RulePack.startRegexes`) that it passes (`mayMatch` and PCRE2, as the start
    /// scan tested them), `startWords` words a form, found for all start regexes the first time the form is met;
    /// `startRowKnown` says which forms have theirs.
    @exclusivity(unchecked) private var formStartBits: [UInt64] = []
    @exclusivity(unchecked) private var startRowKnown: [Bool] = []
    private var startWords = 0

    /// Forgets the previous document.
    func reset(slots: Int, tokenCount: Int) {
        if formSlots != slots { forgetForms(); formSlots = slots }
        if formOfToken.count < tokenCount { formOfToken = [Int32](repeating: -1, count: max(tokenCount, formOfToken.count * 2)) }
        else if tokenCount > 0 { formOfToken.withUnsafeMutableBufferPointer { $0.baseAddress!.initialize(repeating: -1, count: tokenCount) } }
        let size = slots * tokenCount
        guard size <= TokenRegexMemo.maximumCells else { self.slots = 0; self.tokenCount = 0; return }
        self.slots = slots
        self.tokenCount = tokenCount
        if states.count < size {
            states = [UInt8](repeating: 0, count: max(size, states.count * 2))
            stamp = 1 << 2
        } else if stamp >= 63 << 2 {
            // Every stamp used since the cells were last cleared: cleared (all of them, so no stale cell can carry
            // the stamp of a later document).
            states.withUnsafeMutableBufferPointer { buffer in
                if buffer.count > 0 { buffer.baseAddress!.initialize(repeating: 0, count: buffer.count) }
            }
            stamp = 1 << 2
        } else {
            stamp += 1 << 2
        }
    }

    /// The cell of a regex slot and token; -1 when the memo does not cover it.
    @inline(__always)
    func cell(slot: Int, token: Int) -> Int {
        slot >= 0 && slot < slots && token >= 0 && token < tokenCount ? slot * tokenCount + token : -1
    }

    @inline(__always)
    func result(at cell: Int) -> Bool? {
        let state = states[cell]
        return state & ~3 != stamp ? nil : state & 3 == 1
    }

    @inline(__always)
    func record(_ result: Bool, at cell: Int) { states[cell] = stamp | (result ? 1 : 2) }

    /// The tokens each start regex of `regexes` (`RulePack.startRegexes`) passes, by its number among them, in one
    /// pass over the document's tokens: a token's form (`form(of:)`, one hash per token) gives the bits of the
    /// regexes it passes, found once per form across documents; a token without a form (longer than
    /// `maximumFormBytes`) is tested here. The same tokens as one scan per regex (`mayMatch`, then PCRE2 on the
    /// token's bytes alone), for a cost per token instead of per token and regex.
    func startPositions(_ regexes: [CompiledRegex], tokens: UnsafeBufferPointer<Token>, text: UnsafeBufferPointer<UInt8>,
                        test: (CompiledRegex, UnsafeBufferPointer<UInt8>) -> Bool) -> [[Int]] {
        let words = (regexes.count + 63) / 64
        if words != startWords { forgetForms(); startWords = words }
        var lists = [[Int]](repeating: [], count: regexes.count)
        guard words > 0 else { return lists }
        for index in 0..<tokens.count {
            let token = tokens[index]
            let slice = UnsafeBufferPointer(rebasing: text[Int(token.start)..<Int(token.end)])
            var form: Int32 = -1
            if slice.count <= TokenRegexMemo.maximumFormBytes {
                form = index < formOfToken.count ? formOfToken[index] : -1
                if form < 0 {
                    form = self.form(of: slice)
                    if index < formOfToken.count { formOfToken[index] = form }
                }
            }
            if form < 0 {
                for (bit, regex) in regexes.enumerated() where regex.mayMatch(slice) && test(regex, slice) { lists[bit].append(index) }
                continue
            }
            let row = Int(form) * words
            if !startRowKnown[Int(form)] {
                for (bit, regex) in regexes.enumerated() {
                    guard regex.mayMatch(slice) else { continue }
                    // A result this form already has from the matcher or an earlier scan, else PCRE2's, kept for both.
                    let cell = regex.tokenSlot >= 0 && regex.tokenSlot < formSlots ? Int(form) * formSlots + regex.tokenSlot : -1
                    let result: Bool
                    if cell >= 0, let known = formResult(at: cell) { result = known } else {
                        result = test(regex, slice)
                        if cell >= 0 { recordForm(result, at: cell) }
                    }
                    if result { formStartBits[row + bit >> 6] |= 1 << UInt64(bit & 63) }
                }
                startRowKnown[Int(form)] = true
            }
            for word in 0..<words {
                var bits = formStartBits[row + word]
                while bits != 0 {
                    lists[word << 6 + bits.trailingZeroBitCount].append(index)
                    bits &= bits - 1
                }
            }
        }
        return lists
    }

    /// The cell of `formResults` for a regex slot and the form of a token with these bytes; -1 when forms do not
    /// cover it (a token longer than `maximumFormBytes`, or past the document's tokens).
    func formCell(slot: Int, token: Int, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard slot >= 0 && slot < formSlots && token >= 0 && token < formOfToken.count && bytes.count <= TokenRegexMemo.maximumFormBytes else { return -1 }
        var form = formOfToken[token]
        if form < 0 {
            form = self.form(of: bytes)
            if form < 0 { return -1 }
            formOfToken[token] = form
        }
        return Int(form) * formSlots + slot
    }

    @inline(__always)
    func formResult(at cell: Int) -> Bool? {
        let state = formResults[cell]
        return state == 0 ? nil : state == 1
    }

    @inline(__always)
    func recordForm(_ result: Bool, at cell: Int) { formResults[cell] = result ? 1 : 2 }

    /// The number of the form with these bytes, added when new (all forms are forgotten first when there are
    /// `maximumForms`: the document's tokens then find theirs again).
    private func form(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let mask = formTable.count - 1
        var index = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let entry = formTable[index]
            if entry == 0 { break }
            let form = Int(entry - 1)
            if formHashes[form] == hash {
                let start = Int(formStarts[form]), end = Int(formStarts[form + 1])
                if end - start == bytes.count && formBytes.withUnsafeBufferPointer({ stored in
                    var offset = 0
                    while offset < bytes.count { if stored[start + offset] != bytes[offset] { return false }; offset += 1 }
                    return true
                }) { return Int32(form) }
            }
            index = (index + 1) & mask
        }
        if formHashes.count >= TokenRegexMemo.maximumForms {
            forgetForms()
            return form(of: bytes)
        }
        let form = Int32(formHashes.count)
        formHashes.append(hash)
        formBytes.append(contentsOf: bytes)
        formStarts.append(Int32(formBytes.count))
        formResults.append(contentsOf: repeatElement(0, count: formSlots))
        formStartBits.append(contentsOf: repeatElement(0, count: startWords))
        startRowKnown.append(false)
        formTable[index] = form + 1
        if formHashes.count * 2 > formTable.count { growFormTable() }
        return form
    }

    private func growFormTable() {
        formTable = [Int32](repeating: 0, count: formTable.count * 2)
        let mask = formTable.count - 1
        for (form, hash) in formHashes.enumerated() {
            var index = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while formTable[index] != 0 { index = (index + 1) & mask }
            formTable[index] = Int32(form + 1)
        }
    }

    private func forgetForms() {
        formResults.removeAll(keepingCapacity: true)
        formStartBits.removeAll(keepingCapacity: true)
        startRowKnown.removeAll(keepingCapacity: true)
        formBytes.removeAll(keepingCapacity: true)
        formStarts = [0]
        formHashes.removeAll(keepingCapacity: true)
        formTable = [Int32](repeating: 0, count: 1 << 12)
        if !formOfToken.isEmpty { formOfToken.withUnsafeMutableBufferPointer { $0.baseAddress!.initialize(repeating: -1, count: $0.count) } }
    }
}

extension TokenPatternMatcher {
    /// Whether `id` is one of the words of a `.tokenIDIn` set (`count` ids from `start` in the program's
    /// `tokenIDSets`: a rule's few alternative words, so a linear look).
    @inline(__always)
    static func contains(_ sets: [Int32], _ start: Int32, _ count: Int32, _ id: Int32) -> Bool {
        for index in Int(start)..<Int(start + count) where sets[index] == id { return true }
        return false
    }
}
