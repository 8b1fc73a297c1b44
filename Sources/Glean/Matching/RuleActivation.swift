/// The rule loop's gates for every rule of the pack in a few contiguous arrays, and an inverted index from what a
/// document holds to the gate clauses it satisfies, so a document visits only the rules all of whose clauses hold.
///
/// The rule loop of `Extractor.extract` used to read, for each of ~1,400 rules and each document, the rule object and
/// four arrays hanging off it (`languages`, `requiredAnyOf`, `prefilterSlots` and its inner arrays,
/// `requirementSlots`): few instructions, but several cache lines per rule read again for every document, and two
/// thirds of the rules cannot run on a news page. Here every gate clause of every rule (each prefilter clause, each
/// requirement clause, and its `requiredAnyOf` set of words) is a *clause instance*; each element (a word, a
/// gazetteer type, an annotation type) lists the instances it satisfies. A document walks the lists of the elements it
/// holds (words and gazetteer types once, an annotation type when a phase first emits it), counts per rule the
/// instances that hold, and marks a rule when all do (counting: each instance counts once). A phase then visits its
/// marked rules in rule order and tests their languages: exactly the rules, in the order, that the per-rule tests
/// passed, since an element only ever becomes present and a phase reads the marks as they stand when it starts.
struct RuleActivation: Sendable {
    /// Rule numbers are global: `phaseOffsets[phase] + index in phase`; `phaseOffsets.last` is the number of rules.
    let phaseOffsets: [Int]
    /// Per rule, its languages as bits (`1 << Language.gateBit`); 0 for any language.
    let languageMasks: [UInt8]
    /// Per rule, `requiredAnyOf` as a range of `requiredIDs` (`requiredStarts[rule]..<requiredStarts[rule + 1]`).
    let requiredStarts: [Int32]
    let requiredIDs: [Int32]
    /// Per rule, its clauses (prefilter's then requirements', the order of the old tests) as a range of `clauseStarts`
    /// (`ruleClauseStarts[rule]..<ruleClauseStarts[rule + 1]`), each clause a range of `clauseElements`
    /// (`clauseStarts[clause]..<clauseStarts[clause + 1]`).
    let ruleClauseStarts: [Int32]
    let clauseStarts: [Int32]
    let clauseElements: [Int32]
    /// Per rule, its regex gate's kind (`gateNone`, `gateLiterals`, `gateBytes`) and slot (`GatedRegex.slot`): the loop
    /// finds the document's gate positions before a gated rule's clock starts, without copying the rule's `GatedRegex`.
    let gateKinds: [UInt8]
    let gateSlots: [Int32]
    /// Per rule, its gate's regex (`GatedRegex.regex`, nil without a gate) and reach (`GatedRegex.reach`).
    let gateRegexes: [CompiledRegex?]
    let gateReaches: [Int32]
    static let gateNone: UInt8 = 0, gateLiterals: UInt8 = 1, gateBytes: UInt8 = 2

    /// Rules that pass for every document whose language they take (no clause), as bits by global rule number.
    let alwaysBits: [UInt64]
    /// Per rule, how many clause instances must hold for it to run: its clauses, plus one for a `requiredAnyOf`.
    let needed: [UInt16]
    /// Per clause instance (the rules' clauses in `clauseStarts` order, then one per rule with a `requiredAnyOf`), its
    /// rule's global number.
    let instanceRules: [Int32]
    /// Per prefilter element (`RulePack.prefilterElements`), the clause instances that hold it (a range of
    /// `elementInstances`).
    let elementInstanceStarts: [Int32]
    let elementInstances: [Int32]
    /// The words of the `requiredAnyOf` sets, distinct, with the instances each satisfies (a range of `wordInstances`).
    let triggerWords: [Int32]
    let wordInstanceStarts: [Int32]
    let wordInstances: [Int32]

    /// `elements`: the pack's prefilter elements (`RulePack.prefilterElements`), which the rules' clauses number.
    init(phases: [Phase], elements: [ResolvedPrefilterElement]) {
        var phaseOffsets = [0]
        for phase in phases { phaseOffsets.append(phaseOffsets.last! + phase.rules.count) }
        self.phaseOffsets = phaseOffsets
        let count = phaseOffsets.last!
        var languageMasks: [UInt8] = [], requiredStarts: [Int32] = [0], requiredIDs: [Int32] = []
        var ruleClauseStarts: [Int32] = [0], clauseStarts: [Int32] = [0], clauseElements: [Int32] = []
        languageMasks.reserveCapacity(count)
        var gateKinds: [UInt8] = [], gateSlots: [Int32] = [], gateRegexes: [CompiledRegex?] = [], gateReaches: [Int32] = []
        var alwaysBits = [UInt64](repeating: 0, count: (count + 63) >> 6)
        var needed: [UInt16] = []
        var instanceRules: [Int32] = []
        var byElement = [[Int32]](repeating: [], count: elements.count)
        var wordClauses: [(rule: Int32, words: [Int32])] = []
        var number: Int32 = 0
        for phase in phases {
            for rule in phase.rules {
                var mask: UInt8 = 0
                for language in rule.languages { mask |= 1 << language.gateBit }
                languageMasks.append(mask)
                gateRegexes.append(rule.regexGate?.regex)
                gateReaches.append(Int32(rule.regexGate?.reach ?? 0))
                switch rule.regexGate?.gate {
                case nil: gateKinds.append(RuleActivation.gateNone); gateSlots.append(-1)
                case .literals?: gateKinds.append(RuleActivation.gateLiterals); gateSlots.append(Int32(rule.regexGate!.slot))
                case .bytes?: gateKinds.append(RuleActivation.gateBytes); gateSlots.append(Int32(rule.regexGate!.slot))
                }
                requiredIDs += rule.requiredAnyOf
                requiredStarts.append(Int32(requiredIDs.count))
                for clause in rule.prefilterSlots + rule.requirementSlots {
                    clauseElements += clause.map(Int32.init)
                    clauseStarts.append(Int32(clauseElements.count))
                }
                ruleClauseStarts.append(Int32(clauseStarts.count - 1))
                for clause in rule.prefilterSlots + rule.requirementSlots {
                    let instance = Int32(instanceRules.count)
                    instanceRules.append(number)
                    for slot in Set(clause) { byElement[slot].append(instance) }
                }
                if !rule.requiredAnyOf.isEmpty { wordClauses.append((number, rule.requiredAnyOf)) }
                let clauses = rule.prefilterSlots.count + rule.requirementSlots.count + (rule.requiredAnyOf.isEmpty ? 0 : 1)
                needed.append(UInt16(clauses))
                if clauses == 0 { alwaysBits[Int(number) >> 6] |= 1 << UInt64(number & 63) }
                number += 1
            }
        }
        self.languageMasks = languageMasks
        self.gateKinds = gateKinds
        self.gateSlots = gateSlots
        self.gateRegexes = gateRegexes
        self.gateReaches = gateReaches
        self.requiredStarts = requiredStarts
        self.requiredIDs = requiredIDs
        self.ruleClauseStarts = ruleClauseStarts
        self.clauseStarts = clauseStarts
        self.clauseElements = clauseElements
        self.alwaysBits = alwaysBits
        self.needed = needed
        var byWord: [Int32: [Int32]] = [:]
        var words: [Int32] = []
        for (rule, clause) in wordClauses {
            let instance = Int32(instanceRules.count)
            instanceRules.append(rule)
            for id in Set(clause) {
                if byWord[id] == nil { words.append(id) }
                byWord[id, default: []].append(instance)
            }
        }
        self.instanceRules = instanceRules
        var elementInstanceStarts: [Int32] = [0], elementInstances: [Int32] = []
        for instances in byElement { elementInstances += instances; elementInstanceStarts.append(Int32(elementInstances.count)) }
        self.elementInstanceStarts = elementInstanceStarts
        self.elementInstances = elementInstances
        var wordInstanceStarts: [Int32] = [0], wordInstances: [Int32] = []
        for word in words { wordInstances += byWord[word]!; wordInstanceStarts.append(Int32(wordInstances.count)) }
        triggerWords = words
        self.wordInstanceStarts = wordInstanceStarts
        self.wordInstances = wordInstances
    }

    /// A document's state: which clause instances hold, how many of each rule's, and the rules all of whose hold.
    struct State {
        var satisfied: [UInt64] = []
        var counts: [UInt16] = []
        /// By global rule number: the rules whose clauses all hold (their languages not yet tested).
        var active: [UInt64] = []
    }

    /// Starts `state` for a document: the rules without clauses, then what its words and gazetteer types satisfy
    /// (`present`, by prefilter element; annotation elements are added by `add(element:)` as phases emit them).
    func begin(_ state: inout State, present: [Bool], contains: (Int32) -> Bool) {
        let instanceWords = (instanceRules.count + 63) >> 6
        if state.satisfied.count != instanceWords {
            state.satisfied = [UInt64](repeating: 0, count: instanceWords)
        } else {
            state.satisfied.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        }
        if state.counts.count != needed.count {
            state.counts = [UInt16](repeating: 0, count: needed.count)
        } else {
            state.counts.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        }
        state.active = alwaysBits
        for slot in present.indices where present[slot] { add(element: slot, to: &state) }
        for (index, word) in triggerWords.enumerated() where contains(word) {
            satisfy(wordInstances, Int(wordInstanceStarts[index])..<Int(wordInstanceStarts[index + 1]), in: &state)
        }
    }

    /// Element `slot` is now in the document (or, for an annotation type, in the phases so far): called once per element.
    func add(element slot: Int, to state: inout State) {
        satisfy(elementInstances, Int(elementInstanceStarts[slot])..<Int(elementInstanceStarts[slot + 1]), in: &state)
    }

    private func satisfy(_ list: [Int32], _ range: Range<Int>, in state: inout State) {
        guard !range.isEmpty else { return }
        list.withUnsafeBufferPointer { list in
            instanceRules.withUnsafeBufferPointer { instanceRules in
                needed.withUnsafeBufferPointer { needed in
                    state.satisfied.withUnsafeMutableBufferPointer { satisfied in
                        state.counts.withUnsafeMutableBufferPointer { counts in
                            state.active.withUnsafeMutableBufferPointer { active in
                                for index in range {
                                    let instance = Int(list[index])
                                    let bit: UInt64 = 1 << UInt64(instance & 63)
                                    if satisfied[instance >> 6] & bit != 0 { continue }
                                    satisfied[instance >> 6] |= bit
                                    let rule = Int(instanceRules[instance])
                                    counts[rule] += 1
                                    if counts[rule] == needed[rule] { active[rule >> 6] |= 1 << UInt64(rule & 63) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Calls `body` with the global number of each rule of `phase` all of whose clauses hold, in rule order.
    @inline(__always)
    func forEachActive(in phase: Int, state: State, _ body: (Int) -> Void) {
        let start = phaseOffsets[phase], end = phaseOffsets[phase + 1]
        state.active.withUnsafeBufferPointer { active in
            var word = start >> 6
            while word << 6 < end {
                var bits = active[word]
                while bits != 0 {
                    let number = word << 6 + bits.trailingZeroBitCount
                    bits &= bits - 1
                    if number >= start && number < end { body(number) }
                }
                word += 1
            }
        }
    }

    /// Whether rule `rule` takes a document of `language` (its `lang:`; any when the language is unknown).
    @inline(__always)
    func takes(_ rule: Int, language: Language) -> Bool {
        let mask = languageMasks[rule]
        return mask == 0 || language == .unknown || mask & (1 << language.gateBit) != 0
    }

    /// Whether rule `rule` passes all its gates: the extractor's former per-rule tests, in their order (checked against
    /// the marks in debug builds).
    @inline(__always)
    func passes(_ rule: Int, language: Language, present: UnsafeBufferPointer<Bool>, contains: (Int32) -> Bool) -> Bool {
        let mask = languageMasks[rule]
        if mask != 0 && language != .unknown && mask & (1 << language.gateBit) == 0 { return false }
        let requiredRange = Int(requiredStarts[rule])..<Int(requiredStarts[rule + 1])
        if !requiredRange.isEmpty {
            var any = false
            for index in requiredRange where contains(requiredIDs[index]) { any = true; break }
            if !any { return false }
        }
        return clauseStarts.withUnsafeBufferPointer { clauseStarts in
            clauseElements.withUnsafeBufferPointer { elements in
                for clause in Int(ruleClauseStarts[rule])..<Int(ruleClauseStarts[rule + 1]) {
                    var any = false
                    for index in Int(clauseStarts[clause])..<Int(clauseStarts[clause + 1]) where present[Int(elements[index])] { any = true; break }
                    if !any { return false }
                }
                return true
            }
        }
    }
}

extension Language {
    /// This language's bit in `RuleActivation.languageMasks`.
    var gateBit: UInt8 {
        switch self {
        case .en: 0
        case .fr: 1
        case .unknown: 2
        }
    }
}
