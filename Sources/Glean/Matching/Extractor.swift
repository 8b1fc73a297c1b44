/// Runs a rule pack over documents. One extractor per thread: it owns the PCRE2 scratch state.
///
/// For each phase, every rule proposes candidates; candidates in the same group that overlap compete, and the
/// winner is the one with the higher priority, then the longer span, then the earlier start, then the rule
/// written first (docs/rules.md, "Overlapping matches"). Winners become annotations that later phases see.
public final class Extractor {
    public let pack: RulePack
    private let scratch: RegexMatchScratch
    /// Backtracking steps a token-pattern rule may take on one document before it is stopped with a warning:
    /// this many, plus `stepBudgetPerToken` for each token of the document, so the budget bounds ambiguity
    /// (work per start) without cutting ordinary rules short on very long documents.
    public var stepBudgetPerRule = 2_000_000
    /// Extra matching steps a token-pattern rule may take per token of the document (see `stepBudgetPerRule`).
    public var stepBudgetPerToken = 100
    /// Records what extraction does, for `glean explain`. nil (the default) costs one check per candidate.
    public var trace: ExtractionTrace?
    /// Collects per-rule costs (`glean bench rules`). nil (the default) costs one check per rule and document.
    public var profile: RuleProfile?

    /// Items (annotations, gazetteer hits) context lookups have examined, since the extractor was made: what a
    /// lookup costs, counted, so a test can check it does not grow with the length of a sentence.
    /// Unchecked: counted in every lookup, and one extractor runs on one thread at a time.
    @exclusivity(unchecked) var contextItemsExamined = 0

    /// The token matcher's arrays, kept from phase to phase and document to document.
    private var matcherScratch = TokenPatternMatcher.Scratch()
    /// Token regex results, per document.
    private let regexMemo = TokenRegexMemo()
    /// Which rules' gate clauses hold in the document (`RuleActivation`), its arrays kept from document to document.
    private var activationStorage = RuleActivation.State()

    /// Hands the arrays over without keeping a second reference (which would make the matcher copy them).
    private func takeMatcherScratch() -> TokenPatternMatcher.Scratch {
        defer { matcherScratch = TokenPatternMatcher.Scratch() }
        return matcherScratch
    }

    public init(pack: RulePack, matchLimit: UInt32 = 1_000_000) {
        self.pack = pack
        scratch = RegexMatchScratch(matchLimit: matchLimit)
    }

    public func extract(_ document: Document) -> ExtractionResult { extract(document, includeMarks: false) }

    /// - Parameters:
    ///   - includeMarks: also return the annotations of `mark` rules as facts (for fixtures and explaining).
    ///   - includeReplaced: also return the facts a `replaces:` rule took the place of. A rule's examples check what
    ///     the rule itself produced, even when a later rule of the pack then folds it into a larger fact; fixtures
    ///     and `explain` show what the output has.
    public func extract(_ document: Document, includeMarks: Bool, includeReplaced: Bool = false) -> ExtractionResult {
        // Read once: every read of a class's `var` is an exclusivity check, and these are read per rule and candidate.
        let trace = self.trace, profile = self.profile
        let analysis = DocumentAnalysis(bytes: document.bytes, markup: document.markup, language: document.language, pack: pack)
        trace?.begin(analysis)
        var warnings: [Diagnostic] = analysis.prepared.decodingIssues.map {
            Diagnostic(.warning, "\(document.id): byte \($0.byteOffset): \($0.message); replaced with U+FFFD", code: "encoding")
        }
        var referenceDate = document.referenceDate
        var annotations: [Annotation] = []
        let hitsByType = HitTypeIndex(hits: analysis.hits, table: pack.gazetteerTypes)
        /// Indices into `annotations` by type, in order: context functions look annotations up by type.
        var annotationsByType: [String: [Int]] = [:]
        var documentCountries = self.documentCountries(analysis, vetoed: [], index: nil)
        /// How many Country annotations `documentCountries` was counted with.
        var countriesCountedWith = 0
        regexMemo.reset(slots: pack.tokenRegexCount, tokenCount: analysis.tokens.count)

        let (perToken, overflow) = stepBudgetPerToken.multipliedReportingOverflow(by: analysis.tokens.count)
        let stepBudget = overflow ? Int.max : stepBudgetPerRule.addingReportingOverflow(perToken).partialValue
        /// Where the bytes of each regex gate occur in the text (see `RegexGate`), found on first use.
        var gatePositions = [[Int32]?](repeating: nil, count: pack.regexGateTables.count)
        /// Where the literals of each literal gate occur (`LiteralScanner`), found on first use; nil inside for a gate
        /// that cannot be read in this text.
        var literalPositions: [[Int32]?]? = nil
        /// Start positions by `RulePack.startNodes`, shared by the rules and the phases that start alike; those that read
        /// annotations are forgotten when a phase adds annotations of a type they read.
        var startCache = [[Int]?](repeating: nil, count: pack.startNodes.count)
        /// Per prefilter element of the pack (`RulePack.prefilterElements`): whether it occurs (annotations: in the
        /// phases so far) and where it begins, found on first use (annotations: again after a phase added some of the type).
        let elements = pack.prefilterElements
        var elementPresent = [Bool](repeating: false, count: elements.count)
        var elementPositions = [[Int]?](repeating: nil, count: elements.count)
        /// The positions of each clause of `RulePack.prefilterClauses` (its elements' merged), found on first use, as a
        /// range of one pool kept for the document (a clause with an annotation element has its positions found again,
        /// into the pool's end, after a phase added annotations of one of its types; the ranges already given stay
        /// valid). The start test reads them through buffer pointers: reading a `[[Int]]` per start retained and
        /// released the outer and each inner array and checked the cursors' uniqueness (~290 instructions per start).
        var clauseSpanCache = [Range<Int>?](repeating: nil, count: pack.prefilterClauses.count)
        var clausePool: [Int] = []
        /// One clause's elements' positions while its positions are found (reused from clause to clause).
        var clauseLists: [[Int]] = []
        /// The current rule's clause spans and a cursor per clause (`RulePrefilter.admits`), reused across rules:
        /// building them per rule cost an allocation each, more than many rules' matching.
        var clauseSpans: [Range<Int>] = []
        var clauseBuffers: [UnsafeBufferPointer<Int>] = []
        var cursors: [Int] = []
        /// The current rule's `prefilterReaches` as token counts (`RulePrefilter.admits`'s bounds), reused across rules.
        var clauseBounds: [Int] = []
        /// The most tokens a gazetteer hit of the document spans, and an annotation of each type (by its pack number)
        /// so far: what `ResolvedPrefilterReach.bound` counts with.
        var longestHit = 0
        for hit in analysis.hits { longestHit = max(longestHit, Int(hit.endToken) - Int(hit.startToken)) }
        var longestAnnotation = [Int](repeating: 0, count: pack.annotationTypeNumbers.count)
        var longestSentence = 0
        for sentence in analysis.sentences { longestSentence = max(longestSentence, sentence.count) }
        /// The sentences and the token of each, read per start; whether the sentences tile the tokens (each begins where the
        /// one before ends, from the first token to the last), which lets a refused start skip to a later sentence.
        let sentences = analysis.sentences, sentenceOfToken = analysis.sentenceOfToken
        let sentencesTile = sentences.first?.lowerBound == 0 && sentences.last?.upperBound == analysis.tokens.count
            && !sentences.indices.dropFirst().contains { sentences[$0].lowerBound != sentences[$0 - 1].upperBound }
        for (slot, element) in elements.enumerated() {
            switch element {
            case .token(let id): elementPresent[slot] = analysis.contains(vocabularyID: id)
            case .gazetteer(let type): elementPresent[slot] = hitsByType.hasHit(ofType: type)
            case .annotation: break
            }
        }
        /// The rules the document can start, by global rule number (`RuleActivation`): marked from the words and
        /// gazetteer types now, and from each annotation type when a phase first emits it.
        let activation = pack.activation
        var activationState = activationStorage
        activationStorage = RuleActivation.State()
        defer { activationStorage = activationState }
        activation.begin(&activationState, present: elementPresent, contains: analysis.contains(vocabularyID:))
        /// The phase's rules that passed their gates, by index in the phase (reused from phase to phase).
        var activeRules: [Int] = []
        /// The matches of each class of token rules with one pattern (`CompiledRule.matchShareClass`), as the first rule
        /// of the class run in the document found them (a class lies in one phase), and whether its step budget ran out.
        var sharedMatches = [(candidates: [Candidate], exhausted: Bool)?](repeating: nil, count: pack.matchShareClassCount)
        /// The annotations by start token, rebuilt only when a phase added some.
        var annotationsByStart: (index: AnnotationStartIndex, count: Int)? = nil
        /// The context lookups' structures (`AnnotationLookupIndex`), kept for the document: a phase forgets only those
        /// of the types the phase before it added annotations of (`changedTypes`).
        let annotationIndex = AnnotationLookupIndex(annotations: [], byType: [:], tokenCount: analysis.tokens.count,
                                                    typeSlots: pack.lookupTypes.count, slotOfType: pack.lookupTypeSlots)
        var changedTypes: [String] = []

        for (phaseIndex, phase) in pack.phases.enumerated() {
            if annotationsByStart?.count != annotations.count {
                annotationsByStart = (AnnotationStartIndex(annotations: annotations, tokenCount: analysis.tokens.count), annotations.count)
            }
            // The phase's matcher and lookups hold the annotations (and their index by type) and end with this block:
            // appending to arrays they still shared copied all the annotations per phase, which on a long document
            // meant tens of MB allocated, faulted in and freed again per phase.
            let kept: [Candidate]
            do {
                var matcher = TokenPatternMatcher(analysis: analysis, pack: pack, annotations: annotations, hitsByType: hitsByType, scratch: scratch,
                                                  reusing: takeMatcherScratch(), regexMemo: regexMemo, annotationsByType: annotationsByType,
                                                  annotationsByStart: annotationsByStart!.index)
                defer { matcherScratch = matcher.scratchArrays }
                var candidates: [Candidate] = []
                let documentLookups = DocumentLookupCache()
                annotationIndex.beginPhase(annotations: annotations, byType: annotationsByType, changed: changedTypes)
                changedTypes.removeAll(keepingCapacity: true)
                defer { annotationIndex.endPhase() }
                // A country name a mark of the Country group won ("Réunion avec …", "the Indian Ocean") names no country
                // for context_countries either, as for in_sentence("Country", …): counted again once such marks exist.
                let countryVetoes = countryVetoes(annotationIndex, annotationsByType)
                // A country hit reads as the Country annotation of the phases so far that covers it (`countryReading`):
                // counted again when such annotations appeared since (or vetoes exist, as above). Before the phase of
                // the Country rules none covers a hit, and the raw hits count.
                let countryAnnotations = annotationsByType["Country"]?.count ?? 0
                if !countryVetoes.isEmpty || countryAnnotations != countriesCountedWith {
                    documentCountries = self.documentCountries(analysis, vetoed: countryVetoes, index: countryAnnotations > 0 ? annotationIndex : nil)
                    countriesCountedWith = countryAnnotations
                }
                // One context per phase for field evaluation; `subject` tells its lookups which candidate asks.
                let subject = EvaluationSubject()
                var context = EvaluationContext(language: analysis.language, referenceDate: referenceDate, documentCountries: documentCountries)
                context.referenceTime = referenceDate == document.referenceDate ? document.referenceTime : nil
                context.dateReading = document.dateReading
                context.gazetteer = pack.gazetteer
                let countryIndex = countryAnnotations > 0 ? annotationIndex : nil
                // The closures read the candidate's tokens only: copying the candidate per lookup retained its arrays.
                context.sentenceCountriesProvider = { [unowned self] in self.sentenceCountries(analysis, subject.candidate.tokens, vetoed: countryVetoes, index: countryIndex) }
                context.lookup = { [unowned self, annotations] scope, type, field, outside in
                    if scope == .focus {
                        // `overlapping_focus`: the annotations over the focus capture's tokens (the match's without one).
                        var focused = subject.candidate.tokens
                        if let slot = subject.focusSlot, let binding = subject.candidate.bindings.first(where: { $0.slot == slot }), !binding.span.isEmpty {
                            focused = analysis.tokenRange(of: binding.span)
                        }
                        return self.contextValues(scope: .match, type: type, field: field, around: focused, analysis: analysis,
                                                  annotations: annotations, index: annotationIndex, hitsByType: hitsByType)
                    }
                    return self.contextValues(scope: scope, type: type, field: field, outside: outside, around: subject.candidate.tokens, analysis: analysis,
                                              annotations: annotations, index: annotationIndex, hitsByType: hitsByType)
                }
                context.numberedLookup = { [unowned self, annotations] call in
                    // A `nearest_…` call wants the first value only: found without sorting (not for the document, whose
                    // list the phase's cache keeps for `all_in_document` too).
                    return self.contextValues(scope: call.scope, type: call.type, field: call.field, outside: call.outside, call: call,
                                              nearestOnly: call.first && call.scope != .document && call.scope != .match, existsOnly: call.existsOnly,
                                              around: subject.candidate.tokens, analysis: analysis, annotations: annotations, index: annotationIndex,
                                              hitsByType: hitsByType)
                }
                // Only the rules whose gates pass, in rule order, found from what the document holds (`RuleActivation`)
                // instead of by reading every rule: its languages, `requiredAnyOf`, its prefilter's clauses
                // (`RulePrefilter.admits`: every clause has an element in the document) and what its `...require(…)`
                // lookups need (`RulePrefilter.required(emitItems:)`: none of its matches could pass without).
                let phaseOffset = activation.phaseOffsets[phaseIndex]
                if !activeRules.isEmpty { activeRules.removeAll(keepingCapacity: true) }
                activation.forEachActive(in: phaseIndex, state: activationState) { number in
                    guard activation.takes(number, language: analysis.language) else { return }
                    assert(elementPresent.withUnsafeBufferPointer { activation.passes(number, language: analysis.language, present: $0, contains: analysis.contains(vocabularyID:)) })
                    activeRules.append(number - phaseOffset)
                }
                for ruleIndex in activeRules {
                    let rule = phase.rules[ruleIndex]
                    // The gates' byte positions belong to the document and serve every gated rule: found before the rule's
                    // clock starts, or `glean bench rules` charged the scan of all gates to the first gated rule run.
                    let gateKind = activation.gateKinds[phaseOffset + ruleIndex]
                    if gateKind == RuleActivation.gateLiterals && literalPositions == nil {
                        literalPositions = analysis.prepared.normalized.withUnsafeBufferPointer { pack.literalScanner.positions(in: $0) }
                    }
                    if gateKind == RuleActivation.gateBytes, case let gateSlot = Int(activation.gateSlots[phaseOffset + ruleIndex]), gatePositions[gateSlot] == nil {
                        analysis.prepared.normalized.withUnsafeBufferPointer { text in
                            if pack.regexGateTables.count <= 64 {
                                for (slot, found) in RegexGate.positions(in: text, masks: pack.regexGateMasks, tableCount: pack.regexGateTables.count).enumerated() { gatePositions[slot] = found }
                            } else {
                                gatePositions[gateSlot] = RegexGate.positions(in: text, table: pack.regexGateTables[gateSlot])
                            }
                        }
                    }
                    // Likewise the start regexes' tokens, found for all rules at the first that starts with one.
                    if profile != nil, case .tokens = rule.body { matcher.prepareStartRegexPositions() }
                    let before = candidates.count
                    let startedAt = profile == nil ? 0 : RuleProfile.now()
                    var startsTried = 0
                    var matchedHere = true
                    // A rule of a class of the phase that another rule already matched (`CompiledRule.matchShareClass`):
                    // its matches are those, found once. Explaining matches each rule, to record its own failures.
                    let shareClass = trace == nil ? rule.matchShareClass : -1
                    if shareClass >= 0, let known = sharedMatches[shareClass], case .tokens = rule.body {
                        matchedHere = false
                        for match in known.candidates {
                            var candidate = match
                            candidate.rule = ruleIndex
                            candidates.append(candidate)
                        }
                        if known.exhausted {
                            warnings.append(Extractor.stepLimitWarning(document: document.id, rule: rule, budget: stepBudget))
                        }
                    } else {
                    switch rule.body {
                    case .tokens:
                        matcher.resetBudget(stepBudget)
                        let starts = matcher.startPositions(node: rule.startSlot, of: pack.startNodes, cache: &startCache)
                        startsTried = starts.count
                        // As `RulePrefilter.clausePositions`, by element number.
                        if !clauseSpans.isEmpty { clauseSpans.removeAll(keepingCapacity: true) }
                        if !starts.isEmpty {
                            for number in rule.prefilterClauseNumbers {
                                if let known = clauseSpanCache[number] { clauseSpans.append(known); continue }
                                // The elements' positions, found on first use, in a list reused from clause to clause (a
                                // nested function reading `elementPositions` cost an exclusivity check per read, and
                                // `clause.map` an array per clause).
                                if !clauseLists.isEmpty { clauseLists.removeAll(keepingCapacity: true) }
                                for slot in pack.prefilterClauses[number] {
                                    if elementPositions[slot] == nil {
                                        elementPositions[slot] = positions(of: elements[slot], analysis: analysis, hitsByType: hitsByType, annotations: annotations,
                                                                           annotationsByType: annotationsByType)
                                    }
                                    clauseLists.append(elementPositions[slot]!)
                                }
                                // Each element's positions come ascending: their union in one pass (the sorts were 4% of
                                // extraction on news, the pairwise merges after them 5%).
                                let first = clausePool.count
                                RulePrefilter.appendClausePositions(clauseLists, to: &clausePool)
                                clauseLists.removeAll(keepingCapacity: true)
                                let span = first..<clausePool.count
                                clauseSpanCache[number] = span
                                clauseSpans.append(span)
                            }
                        }
                        if !clauseBounds.isEmpty { clauseBounds.removeAll(keepingCapacity: true) }
                        if !clauseSpans.isEmpty && rule.prefilterReachFloor < longestSentence && rule.prefilterReaches.count == clauseSpans.count {
                            for reach in rule.prefilterReaches { clauseBounds.append(reach.bound(longestHit: longestHit, longestAnnotation: longestAnnotation)) }
                        }
                        if cursors.count < clauseSpans.count { cursors = [Int](repeating: 0, count: clauseSpans.count) }
                        for clause in clauseSpans.indices { cursors[clause] = 0 }
                        clausePool.withUnsafeBufferPointer { pool in
                            if !clauseBuffers.isEmpty { clauseBuffers.removeAll(keepingCapacity: true) }
                            for span in clauseSpans { clauseBuffers.append(UnsafeBufferPointer(rebasing: pool[span])) }
                            clauseBuffers.withUnsafeBufferPointer { clauses in
                                clauseBounds.withUnsafeBufferPointer { bounds in
                                    cursors.withUnsafeMutableBufferPointer { cursors in
                                        // A start the clauses refuse says where the next one they may admit lies: the starts
                                        // between are skipped unasked (`RulePrefilter.nextAdmitted`).
                                        sentences.withUnsafeBufferPointer { sentences in
                                            sentenceOfToken.withUnsafeBufferPointer { sentenceOfToken in
                                                matcher.forEachLongestMatch(rule.program, starts: starts, admits: { start in
                                                    guard !clauses.isEmpty else { return start }
                                                    let sentenceEnd = sentences[Int(sentenceOfToken[start])].upperBound
                                                    return RulePrefilter.nextAdmitted(start: start, sentenceEnd: sentenceEnd, clauses: clauses, bounds: bounds, cursors: cursors,
                                                                                      sentencesTile: sentencesTile, sentences: sentences, sentenceOfToken: sentenceOfToken)
                                                }) { start, end, bindings in
                                                    let range = start..<end
                                                    candidates.append(Candidate(rule: ruleIndex, span: analysis.byteSpan(tokens: range), tokens: range, bindings: bindings))
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        if matcher.budgetExhausted {
                            warnings.append(Extractor.stepLimitWarning(document: document.id, rule: rule, budget: stepBudget))
                        }
                        if shareClass >= 0 { sharedMatches[shareClass] = (Array(candidates[before...]), matcher.budgetExhausted) }
                    case .regex(let regex, let groupSlots):
                        var searches = 0
                        let outcome: Result<[RegexMatch], RegexMatchError> = analysis.prepared.normalized.withUnsafeBufferPointer { text in
                            do throws(RegexMatchError) {
                                // The gate from the flat arrays (`RuleActivation.gateRegexes`): copying the rule's `GatedRegex`
                                // retained every array of its gate, per rule and document.
                                if gateKind != RuleActivation.gateNone {
                                    let gateSlot = Int(activation.gateSlots[phaseOffset + ruleIndex])
                                    let positions: [Int32]? = gateKind == RuleActivation.gateBytes ? gatePositions[gateSlot]! : literalPositions![gateSlot]
                                    // (No positions: a caseless literal gate in a text whose letters it cannot read; scanned whole below.)
                                    // A gate met more than once in `RegexGate.denseWindows` bytes of this text searches more windows than
                                    // one scan costs (a search is ~450 instructions before it reads a byte): the text is scanned whole,
                                    // which finds the same matches.
                                    if let positions, positions.count * RegexGate.denseWindows <= text.count {
                                        return .success(try RegexGate.allMatches(of: activation.gateRegexes[phaseOffset + ruleIndex]!,
                                                                                 reach: Int(activation.gateReaches[phaseOffset + ruleIndex]),
                                                                                 positions: positions, in: text, scratch: scratch, searches: &searches))
                                    }
                                }
                                let matches = try scratch.allMatches(of: regex, in: text)
                                searches = matches.count + 1
                                return .success(matches)
                            } catch { return .failure(error) }
                        }
                        startsTried = searches
                        switch outcome {
                        case .success(let matches):
                            for found in matches where !found.range.isEmpty {
                                var bindings: [CaptureBinding] = []
                                for (group, span) in found.groups.enumerated() where group > 0 {
                                    if let span, let slot = groupSlots[group] { bindings.append(CaptureBinding(slot: slot, span: span, target: .span)) }
                                }
                                candidates.append(Candidate(rule: ruleIndex, span: found.range, tokens: analysis.tokenRange(of: found.range), bindings: bindings))
                            }
                        case .failure(let error):
                            warnings.append(Diagnostic(.warning, "\(document.id): rule '\(rule.id)' skipped: \(error.message) (\(error.advice)); the other rules ran", code: "match-limit", at: rule.location))
                        }
                    }
                    }
                    if let profile {
                        // A rule that took its class's matches took no step and tried no start: the rule that matched counts them.
                        let steps = rule.isRegex || !matchedHere ? 0 : stepBudget - max(0, matcher.stepBudget)
                        profile.ran(phase: phaseIndex, rule: ruleIndex, starts: startsTried, steps: steps, candidates: candidates.count - before,
                                    nanoseconds: RuleProfile.now() - startedAt)
                    }
                    // Zone filter and focus now; fields are evaluated in conflict resolution, only for the candidates that
                    // would win (a candidate whose normaliser rejects it, 31 February, cannot win against a valid one, and
                    // a candidate that loses anyway needs no fields). Explaining evaluates every candidate, to report it.
                    // In place: copying a candidate out and back retained and released its arrays. The kept ones move
                    // down to `kept` and the tail goes at the end: removing each dropped candidate where it stood moved
                    // every later one, quadratic in a rule's matches (a zoned rule dropping thousands of matches in a
                    // page's furniture spent a fifth of a corpus run in `memmove`).
                    var keptCount = before
                    for index in before..<candidates.count {
                        if let zones = rule.zones, case let zone = analysis.zones.zone(at: candidates[index].span.start), !zones.contains(zone) {
                            trace?.drop(candidates[index], rule: rule, phase: phaseIndex, reason: .outsideZone(required: zones.sorted(), actual: zone))
                            continue
                        }
                        candidates[index].matchTokens = candidates[index].tokens
                        if trace != nil {
                            guard let fields = evaluateFields(rule, candidates[index], analysis: analysis, annotations: annotations, context: &context, subject: subject,
                                                              documentLookups: documentLookups) else {
                                trace?.drop(candidates[index], rule: rule, phase: phaseIndex, reason: .rejectedByNormaliser)
                                continue
                            }
                            candidates[index].fields = fields
                            candidates[index].fieldsEvaluated = true
                        }
                        if let slot = rule.focusSlot, let binding = candidates[index].bindings.first(where: { $0.slot == slot }), !binding.span.isEmpty {
                            candidates[index].span = binding.span
                            candidates[index].tokens = analysis.tokenRange(of: binding.span)
                        }
                        if keptCount != index { candidates.swapAt(keptCount, index) }
                        keptCount += 1
                    }
                    if keptCount < candidates.count { candidates.removeSubrange(keptCount...) }
                }
                let winners = resolveConflicts(candidates, keys: pack.conflictKeys[phaseIndex], textLength: analysis.prepared.normalized.count) { candidate in
                    if candidate.fieldsEvaluated { return true }
                    let startedAt = profile == nil ? 0 : RuleProfile.now()
                    defer { profile?.evaluated(phase: phaseIndex, rule: candidate.rule, nanoseconds: RuleProfile.now() - startedAt) }
                    guard let fields = evaluateFields(phase.rules[candidate.rule], candidate, analysis: analysis, annotations: annotations,
                                                      context: &context, subject: subject, documentLookups: documentLookups) else { return false }
                    candidate.fields = fields
                    candidate.fieldsEvaluated = true
                    return true
                }
                kept = MentionMerger.merge(winners, rules: phase.rules, text: analysis.prepared.normalized)
                trace?.resolved(candidates, winners: winners, kept: kept, rules: phase.rules, phase: phaseIndex)
            }
            for candidate in kept {
                let rule = phase.rules[candidate.rule]
                profile?.kept(phase: phaseIndex, rule: candidate.rule)
                for slot in rule.emitAnnotationSlots where !elementPresent[slot] {
                    elementPresent[slot] = true
                    activation.add(element: slot, to: &activationState)
                }
                annotationsByType[rule.emitType, default: []].append(annotations.count)
                if changedTypes.last != rule.emitType {
                    changedTypes.append(rule.emitType)
                    // The start positions that read this type's annotations are found again by the next phase that asks;
                    // those of other types stand (`RulePack.startSlotsByAnnotationType`).
                    // Likewise the positions of the prefilter elements of this type and of the clauses holding one (found
                    // again into the phase pool, which the document keeps: the spans already in it stay valid).
                    if rule.emitTypeNumber >= 0 {
                        for slot in pack.startSlotsByAnnotationType[Int(rule.emitTypeNumber)] { startCache[slot] = nil }
                        for clause in pack.prefilterClausesByAnnotationType[Int(rule.emitTypeNumber)] { clauseSpanCache[clause] = nil }
                    }
                    for slot in rule.emitAnnotationSlots { elementPositions[slot] = nil }
                }
                if let tokens = candidate.tokens, rule.emitTypeNumber >= 0 {
                    longestAnnotation[Int(rule.emitTypeNumber)] = max(longestAnnotation[Int(rule.emitTypeNumber)], tokens.count)
                }
                annotations.append(Annotation(type: rule.emitType, rule: rule.index, ruleID: rule.id, phase: phaseIndex, span: candidate.span,
                                              tokens: candidate.tokens, fields: candidate.fields, isFact: rule.emitsFact, typeNumber: rule.emitTypeNumber))
                if !rule.replacesSlots.isEmpty {
                    for binding in candidate.bindings where rule.replacesSlots.contains(binding.slot) {
                        if case .annotation(let replaced) = binding.target {
                            annotations[replaced].isFact = false
                            annotations[replaced].isReplaced = true
                        }
                    }
                }
            }
            if referenceDate == nil { referenceDate = Extractor.referenceDate(in: annotations) }
        }
        trace?.finish(annotations)
        return ExtractionResult(document: document.id, language: analysis.language, referenceDate: referenceDate,
                                facts: facts(from: annotations, analysis: analysis, document: document.id, includeMarks: includeMarks, includeReplaced: includeReplaced), warnings: warnings)
    }

    /// The type of annotation a rule marks to give the document its reference date (a dateline, "Published: …").
    /// The earliest one in the text counts; later phases resolve relative dates against it.
    public static let referenceDateType = "ReferenceDate"

    static func referenceDate(in annotations: [Annotation]) -> CalendarDate? {
        annotations.filter { $0.type == referenceDateType }.min { $0.span.start < $1.span.start }
            .flatMap { $0.field("value")?.stringValue }.flatMap { CalendarDate(iso: String($0.prefix(10))) }
    }

    /// The sorted start tokens of a prefilter element's occurrences in the document.
    private func positions(of element: ResolvedPrefilterElement, analysis: DocumentAnalysis, hitsByType: HitTypeIndex, annotations: [Annotation],
                           annotationsByType: [String: [Int]]) -> [Int] {
        switch element {
        case .token(let id): return analysis.positions(ofVocabularyID: id)
        case .gazetteer(let type): return hitsByType.starts(ofType: type)
        case .annotation(let type):
            // Sorted only when not already (a type's annotations are appended phase by phase, each phase's in order).
            let starts = (annotationsByType[type] ?? []).compactMap { annotations[$0].tokens?.lowerBound }
            return RulePrefilter.isAscending(starts) ? starts : starts.sorted()
        }
    }

    // MARK: Conflicts

    /// Within a group, overlapping candidates compete: higher priority, then longer, then earlier, then the rule
    /// written first. Candidates of different groups never compete.
    ///
    /// `admit` evaluates a candidate's fields when it would win; a candidate it refuses (a normaliser rejected it)
    /// is dropped and the next one in order may take its place, exactly as if it had never been proposed.
    func resolveConflicts(_ candidates: [Candidate], keys: ConflictKeys, textLength: Int, admit: (inout Candidate) -> Bool) -> [Candidate] {
        // Plain arrays for the comparisons: copying a rule or a candidate per comparison retained every array
        // and string it holds. The rules' keys come from the pack (`RulePack.conflictKeys`), made once.
        let priorities = keys.priorities, ruleOrder = keys.ruleOrder, groups = keys.groups
        let spans = candidates.map(\.span), ruleOf = candidates.map(\.rule)
        let order = candidates.indices.sorted { a, b in
            let x = spans[a], y = spans[b], rx = ruleOf[a], ry = ruleOf[b]
            if priorities[rx] != priorities[ry] { return priorities[rx] > priorities[ry] }
            if x.length != y.length { return x.length > y.length }
            if x.start != y.start { return x.start < y.start }
            return ruleOrder[rx] < ruleOrder[ry]
        }
        // The bytes each group's winners cover, a bit per byte: a candidate overlaps a winner of its group when
        // it covers a covered byte (spans are never empty). A list of spans scanned per candidate made a long
        // document quadratic.
        // Groups numbered per phase by the pack (`CompiledRule.groupNumber`), not hashed by name per candidate.
        var covered = [[UInt64]](repeating: [], count: keys.groupCount)
        let words = textLength / 64 + 1
        var emptyWinners: [ByteSpan] = []
        var winners: [Candidate] = []
        for index in order {
            // Decided from the plain arrays first: a candidate that loses is never copied (a copy retains its
            // bindings and fields).
            let group = groups[ruleOf[index]]
            if covered[group].isEmpty { covered[group] = [UInt64](repeating: 0, count: words) }
            let span = spans[index]
            // Empty spans (no rule makes them today) keep the span-list test: inside a winner, or holding an empty winner.
            if span.isEmpty || !emptyWinners.isEmpty {
                if winners.contains(where: { groups[$0.rule] == group && $0.span.start < span.end && span.start < $0.span.end }) { continue }
            }
            if !span.isEmpty && Extractor.anyBit(covered[group], span.start..<min(span.end, textLength)) { continue }
            var candidate = candidates[index]
            guard admit(&candidate) else { continue }
            if span.isEmpty { emptyWinners.append(span) } else { Extractor.setBits(&covered[group], span.start..<min(span.end, textLength)) }
            winners.append(candidate)
        }
        winners.sort { ($0.span.start, $0.span.end, $0.rule) < ($1.span.start, $1.span.end, $1.rule) }
        return winners
    }

    /// Whether any bit of `range` is set: a word (64 bytes of text) at a time, not a bit at a time.
    static func anyBit(_ bits: [UInt64], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let first = range.lowerBound >> 6, last = (range.upperBound - 1) >> 6
        for word in first...last where bits[word] & mask(word, range) != 0 { return true }
        return false
    }

    static func setBits(_ bits: inout [UInt64], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let first = range.lowerBound >> 6, last = (range.upperBound - 1) >> 6
        for word in first...last { bits[word] |= mask(word, range) }
    }

    /// The bits of word `word` that lie in `range` (which overlaps the word).
    @inline(__always) private static func mask(_ word: Int, _ range: Range<Int>) -> UInt64 {
        let low = max(range.lowerBound - (word << 6), 0), high = min(range.upperBound - (word << 6), 64)
        let upper: UInt64 = high == 64 ? ~0 : (1 << UInt64(high)) - 1
        return upper & ~((1 << UInt64(low)) - 1)
    }

    /// The warning for a token rule whose matching steps ran out in a document (whether the rule matched or took the
    /// matches of its share class's first rule).
    static func stepLimitWarning(document: String, rule: CompiledRule, budget: Int) -> Diagnostic {
        Diagnostic(.warning, "\(document): rule '\(rule.id)' stopped after \(budget) matching steps (pattern too ambiguous for this document); its other matches here are skipped",
                   code: "step-limit", at: rule.location)
    }

    // MARK: Fields

    /// Per token, whether a mark that wins the Country group lies on it, one list per such mark type; empty when
    /// the phases so far made none.
    /// A rival type without annotations covers no token: its coverage (a flag per token, per phase) is not made.
    private func countryVetoes(_ index: AnnotationLookupIndex, _ annotationsByType: [String: [Int]]) -> [[Bool]] {
        (pack.groupRivals["Country"] ?? []).filter { !(annotationsByType[$0]?.isEmpty ?? true) }.map { index.covered(type: $0) }.filter { $0.contains(true) }
    }

    private func sentenceCountries(_ analysis: DocumentAnalysis, _ tokens: Range<Int>?, vetoed: [[Bool]], index: AnnotationLookupIndex?) -> [String] {
        guard let tokens, !analysis.sentences.isEmpty else { return [] }
        let sentence = analysis.sentences[Int(analysis.sentenceOfToken[tokens.lowerBound])]
        var countries: [String] = []
        for hitIndex in analysis.hitIndices(startingIn: sentence) {
            let hit = analysis.hits[hitIndex]
            guard pack.countryEntryIDs[Int(hit.entry)] != nil else { continue }
            if vetoed.contains(where: { $0[Int(hit.startToken)] }) { continue }
            guard let id = countryReading(hitIndex, analysis: analysis, index: index) else { continue }
            countries.append(id)
        }
        return countries
    }

    /// Whether a Country lookup passes over a gazetteer hit of the type: a Country annotation of the phases so far
    /// covers it with another id (the lookup reads that annotation's reading; the hit's was not the one the rules took).
    private func overruled(_ hit: GazetteerHit, index: AnnotationLookupIndex) -> Bool {
        guard let resolved = resolvedCountry(hit, index: index), let raw = pack.countryEntryIDs[Int(hit.entry)] else { return false }
        return resolved != raw
    }

    /// The id of the Country annotation of the phases so far (in `index`) that covers a hit's tokens; nil when none
    /// does (or it has no id). Country annotations of one group do not overlap: at most one covers a hit.
    private func resolvedCountry(_ hit: GazetteerHit, index: AnnotationLookupIndex) -> String? {
        let covering = index.overlapping(type: "Country", tokens: Int(hit.startToken)..<Int(hit.endToken)).indices
        guard let first = covering.first else { return nil }
        return index.annotation(first).field("id")?.stringValue
    }

    /// What a country hit (`RulePack.countryEntryIDs`) counts as for the document's and the sentence's countries: the id
    /// of the Country annotation that resolved it, where one covers it (« congolais » is the DRC's in the gazetteer, the
    /// Republic of the Congo's in an article from Brazzaville); the hit's own id where none does (`index` nil: the
    /// phases so far made no Country annotation). nil when the hit is not counted: another hit on the same start is
    /// the resolved reading (counted once, by that hit).
    private func countryReading(_ hitIndex: Int, analysis: DocumentAnalysis, index: AnnotationLookupIndex?) -> String? {
        let hit = analysis.hits[hitIndex]
        guard let raw = pack.countryEntryIDs[Int(hit.entry)] else { return nil }
        guard let index, let resolved = resolvedCountry(hit, index: index), resolved != raw else { return raw }
        let start = Int(hit.startToken)
        for other in analysis.hitIndices(startingIn: start..<(start + 1)) where other != hitIndex {
            if pack.countryEntryIDs[Int(analysis.hits[other].entry)] == resolved { return nil }
        }
        return resolved
    }

    /// Values of `field` for the annotations and gazetteer entries of `type` in the candidate's sentence (nearest
    /// first) or in the article body (in text order).
    ///
    /// Annotations are found by binary search in the phase's sorted starts (`AnnotationLookupIndex`); ties (same
    /// distance and position) keep the order of the type's annotations, then the hits, as a stable sort of the
    /// earlier full scan did. A lookup costs what lies in its range, never a scan of the document.
    /// `call`: the same lookup numbered by the pack, whose type structures are then found by number. `nearestOnly`:
    /// only the first value of the list is wanted (a scope ordered nearest first), kept while scanning instead of
    /// sorting every value of a sentence (on a dense line of 400-token sentences, the sort was most of a lookup).
    private func contextValues(scope: ContextScope, type: String, field: String, outside: String? = nil, call: ContextLookupCall? = nil,
                               nearestOnly: Bool = false, existsOnly: Bool = false, around tokens: Range<Int>?,
                               analysis: DocumentAnalysis, annotations: [Annotation], index: AnnotationLookupIndex,
                               hitsByType: HitTypeIndex) -> [FieldValue] {
        guard let tokens else { return [] }
        /// The zone of a token: sentences before the match are read only within the match's zone.
        func zone(_ token: Int) -> Zone { analysis.zones.zone(at: Int(analysis.tokens[token].start)) }
        let range: Range<Int>
        switch scope {
        case .sentence: range = analysis.sentences[Int(analysis.sentenceOfToken[tokens.lowerBound])]
        case .previousSentence:
            let current = Int(analysis.sentenceOfToken[tokens.lowerBound])
            guard current > 0 else { return [] }
            let previous = analysis.sentences[current - 1]
            guard !previous.isEmpty, let here = analysis.sentences[current].first else { return [] }
            // A headline or a caption before the body's first sentence is not what "the two countries" refers to.
            guard zone(previous.lowerBound) == zone(here) else { return [] }
            range = previous
        case .before, .beforeInZone:
            // Back from the match's sentence over earlier ones of its zone: two of them (`.before`, an empty sentence
            // ends the walk), or all of them (`.beforeInZone`, empty ones passed over).
            let current = Int(analysis.sentenceOfToken[tokens.lowerBound])
            let here = zone(tokens.lowerBound)
            let wholeZone = scope == .beforeInZone
            var first = analysis.sentences[current].lowerBound
            if wholeZone {
                // Where the walk over all of the zone ends is known per sentence (`SentenceZoneRuns`): walked per
                // lookup, it visited every earlier sentence of the zone.
                first = analysis.zoneRuns.first(walkingBackFrom: current, in: here, start: first)
            } else {
                for earlier in stride(from: current - 1, through: max(0, current - 2), by: -1) {
                    let sentence = analysis.sentences[earlier]
                    if sentence.isEmpty { break }
                    guard zone(sentence.lowerBound) == here else { break }
                    first = sentence.lowerBound
                }
            }
            range = first..<tokens.lowerBound
        case .beforeInSentence: range = analysis.sentences[Int(analysis.sentenceOfToken[tokens.lowerBound])].lowerBound..<tokens.lowerBound
        case .document: range = 0..<analysis.tokens.count
        case .match, .focus:
            let found: (indices: [Int], examined: Int)
            if let call { found = index.overlapping(slot: call.typeSlot, type: type, tokens: tokens) } else { found = index.overlapping(type: type, tokens: tokens) }
            contextItemsExamined += found.examined
            // One list, no intermediate one (most calls find nothing and make none).
            var values: [FieldValue] = []
            for annotation in found.indices {
                if let value = annotations[annotation].field(field), !value.isNull {
                    values.append(value)
                    if existsOnly { break }
                }
            }
            return values
        }
        let hasBody = !analysis.zones.bodySpans.isEmpty
        let claimed = outside.map { outside in call.map { index.covered(slot: $0.outsideSlot, type: outside) } ?? index.covered(type: outside) }
        let lookup = call.map { index.lookup(slot: $0.typeSlot, type: type, gazetteerType: pack.gazetteerTypes.id(of:), rivals: { self.pack.groupRivals[$0] }) }
            ?? index.lookup(type: type, gazetteerType: pack.gazetteerTypes.id(of:), rivals: { self.pack.groupRivals[$0] })
        if nearestOnly, let call, scope == .beforeInZone, range.count > Extractor.nearestScanSpan {
            // The nearest value before the match is the one at the last start in the range where the call finds one:
            // found by bisection in the phase's table of those starts (`NearestValues`), whatever lies before. Only
            // for a range longer than the scans of the bounded scopes: on news the zone before a match is short, and
            // scanning it costs less than a table of the document's marks (made per phase and key).
            let table = index.nearestValues(key: call.key) {
                nearestValues(field: field, lookup: lookup, claimed: claimed, analysis: analysis, annotations: annotations, hitsByType: hitsByType,
                              index: index, resolvesCountries: type == "Country")
            }
            let at = table.lastIndex(before: tokens.lowerBound)
            contextItemsExamined += 1
            return at >= 0 && Int(table.starts[at]) >= range.lowerBound ? [table.values[at]] : []
        }
        var found: [(distance: Int, position: Int, order: Int, value: FieldValue)] = []
        // The nearest, for `nearestOnly`: the first of the stable sort below is the first entry met with the least key.
        var nearest: (distance: Int, position: Int, order: Int, value: FieldValue)? = nil
        func consider(_ start: Int, _ order: Int, _ value: FieldValue?) {
            guard let value, !value.isNull, range.contains(start), claimed.map({ !$0[start] }) ?? true else { return }
            if scope == .document, hasBody, analysis.zones.zone(at: Int(analysis.tokens[start].start)) != .body { return }
            let distance = start < tokens.lowerBound ? tokens.lowerBound - start : max(0, start - tokens.upperBound + 1)
            if nearestOnly {
                if let best = nearest, (best.distance, best.position, best.order) <= (distance, start, order) { return }
                nearest = (distance, start, order, value)
                return
            }
            found.append((distance, start, order, value))
        }
        let starts = lookup.starts
        let first = AnnotationLookupIndex.firstIndex(in: starts, atOrAfter: range.lowerBound)
        var next = first
        while next < starts.count && Int(starts[next].start) < range.upperBound {
            let entry = starts[next]
            consider(Int(entry.start), Int(entry.order), annotations[Int(entry.annotation)].field(field))
            next += 1
            // Only whether there is a value (`ContextLookupCall.existsOnly`): the first found is the list.
            if existsOnly && !found.isEmpty {
                contextItemsExamined += next - first
                return [found[0].value]
            }
        }
        // Only the hits of the type (in hit order, as a scan of the range's hits met them), not every hit of the range.
        let hitIndices = hitsByType.hitIndices(ofType: lookup.gazetteerType, startingIn: range, hits: analysis.hits)
        contextItemsExamined += (next - first) + hitIndices.count
        let rivalCoverage = lookup.rivalCoverage
        let resolvesCountries = type == "Country"
        for hitIndex in hitIndices {
            let hit = analysis.hits[Int(hitIndex)]
            if !rivalCoverage.isEmpty, rivalCoverage.contains(where: { $0[Int(hit.startToken)] }) { continue }
            if resolvesCountries, overruled(hit, index: index) { continue }
            consider(Int(hit.startToken), Int.max, pack.gazetteer.entries[Int(hit.entry)].attribute(field))
            if existsOnly && !found.isEmpty { return [found[0].value] }
        }
        if nearestOnly { return nearest.map { [$0.value] } ?? [] }
        switch scope {
        case .sentence, .previousSentence, .before, .beforeInSentence, .beforeInZone: found.sort { ($0.distance, $0.position, $0.order) < ($1.distance, $1.position, $1.order) }
        case .document, .match, .focus: found.sort { ($0.position, $0.order) < ($1.position, $1.order) }
        }
        return found.map(\.value)
    }

    /// The most tokens `latest_before` scans back over before it reads a `NearestValues` table instead: what
    /// `nearest_before` may scan (three sentences of at most 400 tokens, `SentenceSplitter.maximumTokens`).
    static let nearestScanSpan = 3 * SentenceSplitter.maximumTokens

    /// A phase's `NearestValues` for a lookup of (type, field, outside): per start token, the value the full lookup
    /// would take there as the nearest — the type's annotation first in the type's order with a value, else the first
    /// gazetteer hit of the type with one (hits not under a rival's mark) — unless a mark of `outside` covers it.
    /// Counted in `contextItemsExamined`: the annotations and hits read, once per phase.
    private func nearestValues(field: String, lookup: AnnotationLookupIndex.TypeLookup, claimed: [Bool]?, analysis: DocumentAnalysis,
                               annotations: [Annotation], hitsByType: HitTypeIndex, index: AnnotationLookupIndex,
                               resolvesCountries: Bool) -> AnnotationLookupIndex.NearestValues {
        var marked: (starts: [Int32], values: [FieldValue]) = ([], [])
        for entry in lookup.starts {
            // Sorted by start then order: the first with a value at a start is the one the lookup takes.
            if marked.starts.last == entry.start { continue }
            if let claimed, claimed[Int(entry.start)] { continue }
            guard let value = annotations[Int(entry.annotation)].field(field), !value.isNull else { continue }
            marked.starts.append(entry.start)
            marked.values.append(value)
        }
        let hitIndices = hitsByType.hitIndices(ofType: lookup.gazetteerType, startingIn: 0..<analysis.tokens.count, hits: analysis.hits)
        contextItemsExamined += lookup.starts.count + hitIndices.count
        if hitIndices.isEmpty { return AnnotationLookupIndex.NearestValues(starts: marked.starts, values: marked.values) }
        var listed: (starts: [Int32], values: [FieldValue]) = ([], [])
        let rivalCoverage = lookup.rivalCoverage
        for hitIndex in hitIndices {
            let hit = analysis.hits[Int(hitIndex)]
            if listed.starts.last == hit.startToken { continue }
            if !rivalCoverage.isEmpty, rivalCoverage.contains(where: { $0[Int(hit.startToken)] }) { continue }
            if resolvesCountries, overruled(hit, index: index) { continue }
            if let claimed, claimed[Int(hit.startToken)] { continue }
            guard let value = pack.gazetteer.entries[Int(hit.entry)].attribute(field), !value.isNull else { continue }
            listed.starts.append(hit.startToken)
            listed.values.append(value)
        }
        // Merged by start; at a start with both, the annotation (the lookup ranks hits after the type's annotations).
        var starts: [Int32] = [], values: [FieldValue] = []
        starts.reserveCapacity(marked.starts.count + listed.starts.count)
        values.reserveCapacity(marked.starts.count + listed.starts.count)
        var a = 0, h = 0
        while a < marked.starts.count || h < listed.starts.count {
            if h == listed.starts.count || (a < marked.starts.count && marked.starts[a] <= listed.starts[h]) {
                if h < listed.starts.count && listed.starts[h] == marked.starts[a] { h += 1 }
                starts.append(marked.starts[a]); values.append(marked.values[a]); a += 1
            } else {
                starts.append(listed.starts[h]); values.append(listed.values[h]); h += 1
            }
        }
        return AnnotationLookupIndex.NearestValues(starts: starts, values: values)
    }

    /// The document's countries, most mentioned first (ties: first mentioned first). Body mentions only, when the
    /// page has a body.
    /// A hit counts as the Country annotation of `index` that covers it (`countryReading`).
    private func documentCountries(_ analysis: DocumentAnalysis, vetoed: [[Bool]], index: AnnotationLookupIndex?) -> [String] {
        var counts: [String: (count: Int, first: Int)] = [:]
        for (order, hit) in analysis.hits.enumerated() {
            guard pack.countryEntryIDs[Int(hit.entry)] != nil else { continue }
            if vetoed.contains(where: { $0[Int(hit.startToken)] }) { continue }
            guard analysis.zones.zone(at: Int(analysis.tokens[Int(hit.startToken)].start)) == .body else { continue }
            guard let id = countryReading(order, analysis: analysis, index: index) else { continue }
            let current = counts[id] ?? (0, order)
            counts[id] = (current.count + 1, current.first)
        }
        return counts.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.value.first < $1.value.first }.map(\.key)
    }

    /// nil when a spread normaliser rejects the match.
    /// `context` is the phase's (its closures read the candidate from `subject`); copying a context per candidate
    /// (it holds closures, arrays and the gazetteer) cost more than the fields.
    private func evaluateFields(_ rule: CompiledRule, _ focused: Candidate, analysis: DocumentAnalysis, annotations: [Annotation],
                                context: inout EvaluationContext, subject: EvaluationSubject, documentLookups: DocumentLookupCache) -> [FieldEntry]? {
        // Fields see the match as matched, before `focus:` narrowed it.
        var candidate = focused
        candidate.tokens = focused.matchTokens
        subject.candidate = candidate
        subject.focusSlot = rule.focusSlot
        // A match without tokens finds nothing around it, so it must not read (or fill) the shared lookups.
        context.documentLookups = candidate.tokens != nil ? documentLookups : nil
        // The rule's shared subexpressions are made again for this candidate.
        if rule.sharedValueCount > 0 { subject.memo.begin(count: rule.sharedValueCount) }
        var fields: [FieldEntry] = []
        fields.reserveCapacity(rule.fieldItems.count)
        func set(_ key: String, _ value: FieldValue) {
            guard !value.isNull else { return }
            if let index = fields.firstIndex(where: { $0.key == key }) { fields[index].value = value } else { fields.append(FieldEntry(key, value)) }
        }
        for item in rule.fieldItems {
            switch item {
            case .field(let name, let expression):
                set(name, evaluate(expression, candidate, analysis: analysis, annotations: annotations, context: context, memo: subject.memo))
            case .spread(let expression):
                let value = evaluate(expression, candidate, analysis: analysis, annotations: annotations, context: context, memo: subject.memo)
                guard case .object(let entries) = value else { return nil }
                for entry in entries { set(entry.key, entry.value) }
            }
        }
        return fields
    }

    private func evaluate(_ expression: FieldExpression, _ candidate: Candidate, analysis: DocumentAnalysis, annotations: [Annotation], context: EvaluationContext, memo: FieldMemo) -> FieldValue {
        switch expression {
        case .constant(let value):
            return value
        case .list(let items):
            return .list(items.map { evaluate($0, candidate, analysis: analysis, annotations: annotations, context: context, memo: memo) }.filter { !$0.isNull })
        case .lookup(let call):
            return NormalizerFunction.lookupValue(call, context)
        case .call(let function, let arguments):
            let values = arguments.map { (label: $0.label, value: evaluate($0.value, candidate, analysis: analysis, annotations: annotations, context: context, memo: memo)) }
            return function.evaluate(values, context)
        case .firstNotNull(let arguments):
            for argument in arguments {
                let value = evaluate(argument, candidate, analysis: analysis, annotations: annotations, context: context, memo: memo)
                if !value.isNull { return value }
            }
            return .null
        case .conditional(let condition, let value, let whenHolds):
            let test = evaluate(condition, candidate, analysis: analysis, annotations: annotations, context: context, memo: memo)
            guard NormalizerFunction.holds(test) == whenHolds else { return .null }
            return evaluate(value, candidate, analysis: analysis, annotations: annotations, context: context, memo: memo)
        case .nullWithFirst(let function, let arguments, let first):
            let head = evaluate(arguments[first].value, candidate, analysis: analysis, annotations: annotations, context: context, memo: memo)
            if head.isNull { return .null }
            let values = arguments.indices.map { index in
                (label: arguments[index].label,
                 value: index == first ? head : evaluate(arguments[index].value, candidate, analysis: analysis, annotations: annotations, context: context, memo: memo))
            }
            return function.evaluate(values, context)
        case .shared(let slot, let inner):
            if memo.stamps[slot] == memo.stamp { return memo.values[slot] }
            let value = evaluate(inner, candidate, analysis: analysis, annotations: annotations, context: context, memo: memo)
            memo.values[slot] = value
            memo.stamps[slot] = memo.stamp
            return value
        case .capture(let slot, let path):
            // One pass, no intermediate arrays (most captures bind once): the values that are not null, one as
            // itself, several as a list.
            var first = FieldValue.null
            var values: [FieldValue] = []
            for binding in candidate.bindings where binding.slot == slot {
                let found = value(of: binding, path: path, analysis: analysis, annotations: annotations)
                if found.isNull { continue }
                if first.isNull { first = found; continue }
                if values.isEmpty { values.append(first) }
                values.append(found)
            }
            return values.isEmpty ? first : .list(values)
        }
    }

    private func value(of binding: CaptureBinding, path: [String], analysis: DocumentAnalysis, annotations: [Annotation]) -> FieldValue {
        guard let first = path.first else { return .string(analysis.originalText(binding.span)) }
        if first == "text" && path.count == 1 { return .string(analysis.originalText(binding.span)) }
        if first == "item" && path.count == 1 { return item(binding, analysis: analysis, annotations: annotations) }
        var value: FieldValue?
        switch binding.target {
        case .span:
            value = nil
        case .hit(let hitIndex):
            let hit = analysis.hits[Int(hitIndex)]
            value = first == "form" ? .string(pack.gazetteer.forms[Int(hit.form)].kind.rawValue) : pack.gazetteer.entries[Int(hit.entry)].attribute(first)
        case .annotation(let index):
            value = first == "type" ? .string(annotations[index].type) : annotations[index].field(first)
        }
        for key in path.dropFirst() { value = value?[key] }
        return value ?? .null
    }

    /// `c.item`: the capture as one record (its `text`, plus the gazetteer entry's attributes or the annotation's
    /// fields), never null when the capture took part in the match, so the items of a repeated capture stay in text order, one per occurrence.
    private func item(_ binding: CaptureBinding, analysis: DocumentAnalysis, annotations: [Annotation]) -> FieldValue {
        if binding.span.isEmpty { return .null } // an optional element that did not match
        var entries = [FieldEntry("text", .string(analysis.originalText(binding.span)))]
        switch binding.target {
        case .span: break
        case .hit(let hitIndex):
            let entry = pack.gazetteer.entries[Int(analysis.hits[Int(hitIndex)].entry)]
            entries.append(contentsOf: entry.attributes.filter { $0.key != "text" })
        case .annotation(let index):
            entries.append(contentsOf: annotations[index].fields.filter { $0.key != "text" })
        }
        return .object(entries)
    }

    // MARK: Facts

    private func facts(from annotations: [Annotation], analysis: DocumentAnalysis, document: String, includeMarks: Bool, includeReplaced: Bool) -> [Fact] {
        let factAnnotations = annotations.filter { $0.isFact || (includeMarks && (includeReplaced || !$0.isReplaced)) }.sorted { ($0.span.start, $0.span.end, $0.rule) < ($1.span.start, $1.span.end, $1.rule) }
        let originalSpans = factAnnotations.map { analysis.prepared.originalSpan(ofNormalized: $0.span) }
        // The spans' byte offsets, sorted and distinct, converted in one pass; each offset's scalar is then found by
        // binary search (a Set and a Dictionary of them cost ~25,000 instructions per document).
        var offsets: [Int] = []
        offsets.reserveCapacity(originalSpans.count * 2)
        for span in originalSpans { offsets.append(span.start); offsets.append(span.end) }
        offsets.sort()
        var distinct = 0
        for index in offsets.indices where index == 0 || offsets[index] != offsets[distinct - 1] {
            offsets[distinct] = offsets[index]
            distinct += 1
        }
        offsets.removeLast(offsets.count - distinct)
        let converter = ScalarOffsetConverter(text: analysis.prepared.original)
        let scalars = converter.scalarOffsets(ofSortedByteOffsets: offsets)
        func scalar(_ offset: Int) -> Int {
            var low = 0, high = offsets.count
            while low < high {
                let middle = (low + high) >> 1
                if offsets[middle] < offset { low = middle + 1 } else { high = middle }
            }
            return scalars[low]
        }
        return zip(factAnnotations, originalSpans).map { annotation, span in
            Fact(document: document, type: annotation.type, rule: annotation.ruleID,
                 span: TextSpan(start: scalar(span.start), end: scalar(span.end)), byteSpan: span,
                 text: String(decoding: analysis.prepared.original[span.start..<span.end], as: UTF8.self),
                 zone: analysis.zones.zone(at: annotation.span.start), fields: annotation.fields)
        }
    }
}

/// The candidate whose fields are being evaluated, read by the context closures of a phase (made once per phase
/// instead of once per candidate).
final class EvaluationSubject {
    /// Unchecked: written once per candidate and read by every lookup, on the extractor's one thread, never while
    /// another access is open.
    @exclusivity(unchecked) var candidate = Candidate(rule: 0, span: ByteSpan(start: 0, end: 0), tokens: nil, bindings: [])
    /// The `focus:` capture slot of the candidate's rule, for `overlapping_focus`.
    @exclusivity(unchecked) var focusSlot: Int? = nil
    /// The candidate's shared subexpression values (`FieldExpression.shared`).
    let memo = FieldMemo()
}

/// Whole-document context lookups (`in_document`, `all_in_document`) within one phase, as the distinct values
/// found: they depend on the annotations of earlier phases and the gazetteer hits, never on the match asking.
final class DocumentLookupCache {
    struct Key: Hashable {
        var type: String
        var field: String
        var outside: String?
    }
    // Unchecked, as `EvaluationSubject.candidate`: read and filled per lookup on one thread, accesses never overlap.
    @exclusivity(unchecked) var values: [Key: FieldValue] = [:]
    /// The same for numbered calls (`ContextLookupCall.key`), grown on first use.
    @exclusivity(unchecked) var numbered: [FieldValue?] = []
    /// Folded words of names, for `called(…)`.
    @exclusivity(unchecked) var nameWords: [String: [String]] = [:]
}
