import Foundation

/// Rules and gazetteers, loaded, checked and compiled once; shared read-only by every worker.
public final class RulePack: @unchecked Sendable {
    public let gazetteer: Gazetteer
    public let vocabulary: Vocabulary
    public let phases: [Phase]
    /// Warnings found while loading (unused macros, …). Errors throw instead.
    public let warnings: [Diagnostic]
    /// Identifies the exact rules and gazetteers the pack was built from: a database of facts extracted with
    /// another fingerprint is out of date.
    public private(set) var fingerprint: String = ""
    /// Gazetteer entries of type Country, by index, for context functions.
    /// Indexed by entry: an array read per hit, not a hash.
    let countryEntryIDs: [String?]
    /// For a gazetteer type, the types of the marks that compete in its group (`group: Country` on a rule marking
    /// "the Indian Ocean" or a currency's demonym): a mark that won its span says the entry there is not one of the
    /// type, so context lookups pass over the entry too, not only the annotation the mark displaced.
    let groupRivals: [String: [String]]
    /// Entry types as integers, for the matcher.
    let gazetteerTypes: GazetteerTypeTable
    /// The headers of lists of other articles' headlines (`LinkHeader` entries), for the zone map.
    public let linkHeaders: LinkHeaderTable

    /// `preparation`: the rules prepared while they compiled (`RulePack.build`), used when it prepared exactly these
    /// rules with these type numbers; else they are prepared here.
    init(gazetteer: Gazetteer, vocabulary: Vocabulary, phases: [Phase], warnings: [Diagnostic], types: GazetteerTypeTable? = nil,
         preparation: RulePreparation? = nil) {
        self.gazetteer = gazetteer
        self.vocabulary = vocabulary
        linkHeaders = LinkHeaderTable(gazetteer: gazetteer)
        let types = types ?? GazetteerTypeTable(gazetteer)
        gazetteerTypes = types
        var resolved = phases
        let typeNumbers = RulePack.annotationTypeNumbers(phases)
        annotationTypeNumbers = typeNumbers
        // What each rule needs that depends on it alone (a token rule's program, resolved, its prefilter and their
        // reaches; a regex rule's gate): made while the rules compiled, or for all rules at once on every core; then
        // numbered below in rule order.
        let prepared = preparation?.finish(phases: phases, typeNumbers: typeNumbers)
            ?? RulePack.prepare(phases, gazetteer: gazetteer, types: types, typeNumbers: typeNumbers)
        var reachedByRule: [ObjectIdentifier: PrefilterReach.Reached] = [:]
        var patternHashByRule: [ObjectIdentifier: Int] = [:]
        var gateByRule: [ObjectIdentifier: (gate: GatedRegex.Gate, regex: CompiledRegex)] = [:]
        for phase in resolved.indices {
            for rule in resolved[phase].rules.indices {
                let made = prepared[phase][rule]
                if let built = made.rule { resolved[phase].rules[rule] = built }
                resolved[phase].rules[rule].emitTypeNumber = typeNumbers[resolved[phase].rules[rule].emitType]!
                let id = ObjectIdentifier(resolved[phase].rules[rule])
                if let reached = made.reached { reachedByRule[id] = reached; patternHashByRule[id] = made.patternHash }
                if let gate = made.gate { gateByRule[id] = gate }
            }
        }
        // The subexpressions a rule writes more than once, made once per candidate (`FieldItem.shareRepeated`): found
        // for the rules dealt out in turn to one task per core (the rules' preparation has ended, so both cores are
        // free), before their lookups are numbered below (a lookup call is keyed as the lookup it becomes). In the
        // serial loop below it made pack load ~10% slower (session 26).
        let allRules = resolved.flatMap(\.rules)
        let sharingTasks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8, allRules.count))
        let sharedItems = Concurrently.map(sharingTasks) { task in
            stride(from: task, to: allRules.count, by: sharingTasks).map { FieldItem.shareRepeated(allRules[$0].fieldItems) }
        }
        for (task, results) in sharedItems.enumerated() {
            for (offset, result) in results.enumerated() {
                (allRules[task + offset * sharingTasks].fieldItems, allRules[task + offset * sharingTasks].sharedValueCount) = result
            }
        }
        var gateSets: [ByteSet] = []
        var literalSets: [(gate: LiteralGate, caseless: Bool)] = []
        for phase in resolved.indices {
            for rule in resolved[phase].rules.indices {
                guard case .regex = resolved[phase].rules[rule].body,
                      let found = gateByRule[ObjectIdentifier(resolved[phase].rules[rule])] else { continue }
                let gate = found.gate, gated = found.regex
                let slot: Int
                switch gate {
                case .bytes(let bytes):
                    slot = gateSets.firstIndex(of: bytes.bytes) ?? gateSets.count
                    if slot == gateSets.count { gateSets.append(bytes.bytes) }
                case .literals(let literals, let caseless):
                    slot = literalSets.firstIndex { $0.gate.literals == literals.literals && $0.caseless == caseless } ?? literalSets.count
                    if slot == literalSets.count { literalSets.append((literals, caseless)) }
                }
                resolved[phase].rules[rule].regexGate = GatedRegex(regex: gated, gate: gate, slot: slot)
            }
        }
        literalScanner = LiteralScanner(gates: literalSets)
        regexGateTables = gateSets.map(\.table)
        regexGateMasks = regexGateTables.count <= 64 ? RegexGate.masks(of: regexGateTables) : []
        // Every distinct start condition, and every alternative inside one, gets a number: a document finds the
        // positions of each once (those reading annotations again after a phase adds some of their type), however many rules start alike.
        var startSlots: [String: Int] = [:]
        var startNodes: [StartNode] = []
        func number(_ condition: StartCondition) -> Int {
            let key = RulePack.startKey(condition)
            if let known = startSlots[key] { return known }
            let node: StartNode
            if case .oneOf(let parts) = condition { node = .union(parts.map(number)) } else { node = .leaf(condition) }
            let slot = startNodes.count
            startNodes.append(node)
            startSlots[key] = slot
            return slot
        }
        for phase in resolved.indices {
            for rule in resolved[phase].rules.indices {
                guard case .tokens(let node, _) = resolved[phase].rules[rule].body else { continue }
                let within = number(resolved[phase].rules[rule].startCondition)
                // A start that passes most tokens, before an element that does not: only the starts so many tokens
                // before that element's positions (`StartCondition.anchor(of:)`).
                if let anchored = StartCondition.anchor(of: node) {
                    let anchorSlot = number(anchored.condition), offsets = anchored.offsets
                    let key = "@\(offsets.map(String.init).joined(separator: ",")):\(within):\(anchorSlot)"
                    if let known = startSlots[key] {
                        resolved[phase].rules[rule].startSlot = known
                    } else {
                        startSlots[key] = startNodes.count
                        resolved[phase].rules[rule].startSlot = startNodes.count
                        startNodes.append(.anchored(within: within, anchor: anchorSlot, offsets: offsets))
                    }
                } else {
                    resolved[phase].rules[rule].startSlot = within
                }
            }
        }
        self.startNodes = startNodes
        // The emitted types each start node reads (its parts are numbered before it, so theirs are known).
        var nodeTypes = [[Int32]](repeating: [], count: startNodes.count)
        var startSlotsByType = [[Int]](repeating: [], count: typeNumbers.count)
        for (slot, node) in startNodes.enumerated() {
            switch node {
            case .leaf(.annotation(let type)):
                if let number = typeNumbers[type] { nodeTypes[slot] = [number] }
            default:
                for part in node.parts { for number in nodeTypes[part] where !nodeTypes[slot].contains(number) { nodeTypes[slot].append(number) } }
            }
            for number in nodeTypes[slot] { startSlotsByType[Int(number)].append(slot) }
        }
        startSlotsByAnnotationType = startSlotsByType
        var elementSlots: [RulePrefilter.Element: Int] = [:]
        var elements: [RulePrefilter.Element] = []
        for phase in resolved.indices {
            for rule in resolved[phase].rules {
                func slots(_ clauses: [[RulePrefilter.Element]]) -> [[Int]] {
                    clauses.map { clause in
                        clause.map { element in
                            if let slot = elementSlots[element] { return slot }
                            elementSlots[element] = elements.count
                            elements.append(element)
                            return elements.count - 1
                        }
                    }
                }
                rule.prefilterSlots = slots(rule.prefilter.clauses)
                if case .tokens = rule.body, let reached = reachedByRule[ObjectIdentifier(rule)] {
                    // The same clauses as the prefilter's (`RulePrefilter.required`), in order; else no bounds.
                    if reached.map(\.clause) == rule.prefilter.clauses {
                        rule.prefilterReaches = reached.map { $0.reach.resolved(typeNumbers) }
                        rule.prefilterReachFloor = reached.filter { !$0.reach.isZero }.map(\.reach.constant).min() ?? Int.max
                    }
                }
                rule.requirementSlots = slots(RulePrefilter.required(emitItems: rule.emitItems))
            }
        }
        // The distinct clauses of the prefilters, numbered: a document merges a clause's positions once (per phase
        // when it names an annotation) instead of once per rule.
        var clauseNumbers: [[Int]: Int] = [:]
        var clauses: [[Int]] = []
        for phase in resolved.indices {
            for rule in resolved[phase].rules {
                rule.prefilterClauseNumbers = rule.prefilterSlots.map { clause in
                    if let known = clauseNumbers[clause] { return known }
                    clauseNumbers[clause] = clauses.count
                    clauses.append(clause)
                    return clauses.count - 1
                }
            }
        }
        prefilterClauses = clauses
        // Token rules of a phase with the same pattern (macros expanded), hence the same program, starts and prefilter
        // clauses, find the same matches: numbered as one class, so a document matches the pattern once per phase and
        // the class's other rules take those matches (five meeting rules read `$SECOND_EVENT_CLAUSE` in one phase).
        // Keyed by `ShareKey`: a bounded hash of each pattern, and equality only between patterns whose hashes meet
        // (a text key built for every rule, macros expanded, cost about a second of loading the shipped pack).
        var shareClasses = 0
        for phase in resolved.indices {
            var byKey: [ShareKey: [CompiledRule]] = [:]
            var order: [ShareKey] = []
            for rule in resolved[phase].rules {
                guard case .tokens(let node, _) = rule.body else { continue }
                let key = ShareKey(startSlot: rule.startSlot, prefilterClauses: rule.prefilterClauseNumbers, pattern: node,
                                   patternHash: patternHashByRule[ObjectIdentifier(rule)]!)
                if byKey[key] == nil { order.append(key) }
                byKey[key, default: []].append(rule)
            }
            for key in order where byKey[key]!.count > 1 {
                let rules = byKey[key]!
                for rule in rules {
                    rule.matchShareClass = shareClasses
                    if rule !== rules[0] { rule.sharesPatternWith = rules[0].id }
                }
                shareClasses += 1
            }
        }
        matchShareClassCount = shareClasses
        var keys: [ConflictKeys] = []
        for phase in resolved.indices {
            var groupNumbers: [String: Int] = [:]
            for rule in resolved[phase].rules {
                rule.groupNumber = groupNumbers[rule.group] ?? groupNumbers.count
                groupNumbers[rule.group] = rule.groupNumber
            }
            let rules = resolved[phase].rules
            keys.append(ConflictKeys(priorities: rules.map(\.priority), ruleOrder: rules.map(\.index), groups: rules.map(\.groupNumber),
                                     groupCount: groupNumbers.count))
        }
        conflictKeys = keys
        // The annotation elements by type, in element order: filtering every element for every rule was rules ×
        // elements (1,243 × ~2,000 string comparisons, a tenth of the pack's load).
        var annotationSlotsByType: [String: [Int]] = [:]
        for slot in elements.indices { if case .annotation(let type) = elements[slot] { annotationSlotsByType[type, default: []].append(slot) } }
        for phase in resolved.indices {
            for rule in resolved[phase].rules {
                rule.emitAnnotationSlots = annotationSlotsByType[rule.emitType] ?? []
            }
        }
        let annotationPrefilterClauses = clauses.indices.filter { clauses[$0].contains { if case .annotation = elements[$0] { true } else { false } } }
        var clausesByType = [[Int]](repeating: [], count: typeNumbers.count)
        for clause in annotationPrefilterClauses {
            var numbers: [Int32] = []
            for slot in clauses[clause] {
                if case .annotation(let type) = elements[slot], let number = typeNumbers[type], !numbers.contains(number) { numbers.append(number) }
            }
            for number in numbers { clausesByType[Int(number)].append(clause) }
        }
        prefilterClausesByAnnotationType = clausesByType
        let resolvedElements: [ResolvedPrefilterElement] = elements.map { element in
            switch element {
            case .token(let id): .token(id)
            case .gazetteer(let type): .gazetteer(types.id(of: type))
            case .annotation(let type): .annotation(type)
            }
        }
        prefilterElements = resolvedElements
        // Context lookups with constant arguments, numbered: their per-phase caches are arrays (`FieldExpression.lookup`).
        var lookupKeys: [[String?]: Int] = [:]
        var lookupTypeSlots: [String: Int] = [:]
        for phase in resolved.indices {
            for rule in resolved[phase].rules {
                let numbered = rule.fieldItems.map { item in
                    switch item {
                    case .field(let name, let expression): FieldItem.field(name, RulePack.numberLookups(expression, keys: &lookupKeys, types: &lookupTypeSlots))
                    case .spread(let expression): FieldItem.spread(RulePack.numberLookups(expression, keys: &lookupKeys, types: &lookupTypeSlots))
                    }
                }
                rule.fieldItems = numbered
            }
        }
        lookupTypes = lookupTypeSlots.sorted { $0.value < $1.value }.map(\.key)
        self.lookupTypeSlots = lookupTypeSlots
        self.phases = resolved
        activation = RuleActivation(phases: resolved, elements: resolvedElements)
        tokenRegexCount = RulePack.numberTokenRegexes(resolved)
        // The token regexes rules start with (alone, negated or among alternatives), numbered by their `tokenSlot`:
        // a document finds the tokens of all of them in one pass over its tokens (`TokenRegexMemo.startRow`).
        var startRegexes: [CompiledRegex] = []
        var startRegexBits = [Int32](repeating: -1, count: tokenRegexCount)
        func collect(_ test: TokenTest) {
            switch test {
            case .regex(let regex):
                guard regex.tokenSlot >= 0 && regex.tokenSlot < startRegexBits.count && startRegexBits[regex.tokenSlot] < 0 else { return }
                startRegexBits[regex.tokenSlot] = Int32(startRegexes.count)
                startRegexes.append(regex)
            case .not(let inner): collect(inner)
            case .anyOf(let tests): tests.forEach(collect)
            case .folded, .exact, .tokenClass, .any: break
            }
        }
        for node in startNodes { if case .leaf(.token(let test)) = node { collect(test) } }
        self.startRegexes = startRegexes
        self.startRegexBits = startRegexBits
        let literals = RulePack.numberLiterals(resolved, startNodes: startNodes, elements: elements, vocabularyCount: vocabulary.count)
        literalSlots = literals
        literalSlotCount = literals.isEmpty ? 0 : Int(literals.max()!) + 1
        self.warnings = warnings
        var countries = [String?](repeating: nil, count: gazetteer.entries.count)
        for (index, entry) in gazetteer.entries.enumerated() where entry.type == "Country" { countries[index] = entry.id }
        countryEntryIDs = countries
        var rivals: [String: [String]] = [:]
        for rule in resolved.flatMap(\.rules) where rule.group != rule.emitType && gazetteerTypes.id(of: rule.group) != nil {
            if !(rivals[rule.group]?.contains(rule.emitType) ?? false) { rivals[rule.group, default: []].append(rule.emitType) }
        }
        groupRivals = rivals
    }

    public var rules: [CompiledRule] { phases.flatMap(\.rules) }

    /// One rule's share of `RulePack.init`: for a token rule, the rule again with its program made from the node and
    /// resolved, and its prefilter, and the prefilter's clauses with their reaches (`PrefilterReach.clauses`); for a
    /// regex rule, its gate and the regex compiled again for it (nil: no gate).
    struct PreparedRule {
        var rule: CompiledRule? = nil
        var reached: PrefilterReach.Reached? = nil
        var patternHash = 0
        var gate: (gate: GatedRegex.Gate, regex: CompiledRegex)? = nil
    }

    /// `PreparedRule` for every rule of `phases`, by phase and rule. The rules are dealt out in turn to one task per
    /// core, each with its own gazetteer element resolver and flattened test cache (they are not shared between
    /// threads; an element resolved twice gives equal elements, a test flattened twice equal tests): the work reads
    /// only the rule, the gazetteer and the type numbers, so the pack is the same whatever the number of cores.
    static func prepare(_ phases: [Phase], gazetteer: Gazetteer, types: GazetteerTypeTable, typeNumbers: [String: Int32],
                        tasks wanted: Int = ProcessInfo.processInfo.activeProcessorCount) -> [[PreparedRule]] {
        let all = phases.indices.flatMap { phase in phases[phase].rules.indices.map { (phase, $0) } }
        let tasks = max(1, min(wanted, 8, all.count))
        let made = Concurrently.map(tasks) { task -> [PreparedRule] in
            let resolver = GazetteerElementResolver(gazetteer: gazetteer, table: types)
            let flatTests = FlatTokenTestCache()
            return stride(from: task, to: all.count, by: tasks).map { position in
                prepare(phases[all[position].0].rules[all[position].1], resolver: resolver, flatTests: flatTests, typeNumbers: typeNumbers)
            }
        }
        var byPhase = phases.map { [PreparedRule](repeating: PreparedRule(), count: $0.rules.count) }
        for (task, results) in made.enumerated() {
            for (offset, result) in results.enumerated() {
                let (phase, rule) = all[task + offset * tasks]
                byPhase[phase][rule] = result
            }
        }
        return byPhase
    }

    /// One rule's `PreparedRule`, with the resolver and the flattened-test cache of the thread preparing it.
    static func prepare(_ rule: CompiledRule, resolver: GazetteerElementResolver, flatTests: FlatTokenTestCache, typeNumbers: [String: Int32]) -> PreparedRule {
        switch rule.body {
        case .tokens(let node, _):
            var program = TokenProgram(node, flatTests: flatTests)
            program.resolve(with: resolver, annotationTypeNumbers: typeNumbers)
            return PreparedRule(rule: rule.with(body: .tokens(node, program), prefilter: RulePrefilter(pattern: node)),
                                reached: PrefilterReach.clauses(node), patternHash: ShareKey.patternHash(node))
        case .regex(let regex, _):
            guard let gate = RegexGate.windows(of: regex),
                  let gated = try? CompiledRegex(regex.pattern, options: regex.options.union(.offsetLimit)) else { return PreparedRule() }
            return PreparedRule(gate: (gate, gated))
        }
    }

    /// The emitted types numbered in rule order (`annotationTypeNumbers`).
    static func annotationTypeNumbers(_ phases: [Phase]) -> [String: Int32] {
        var typeNumbers: [String: Int32] = [:]
        for rule in phases.flatMap(\.rules) where typeNumbers[rule.emitType] == nil { typeNumbers[rule.emitType] = Int32(typeNumbers.count) }
        return typeNumbers
    }

    /// The same numbers from the parsed files, before compiling: the rules of each phase (phases in the order they are
    /// first named, as `RuleCompiler` orders them), in file order. A pack whose rules all compile numbers its types
    /// so; `RulePreparation.finish` checks it.
    static func annotationTypeNumbers(_ files: [RuleFileSyntax]) -> [String: Int32] {
        var phaseNames: [String] = []
        for syntax in files {
            for phase in syntax.phases where !phaseNames.contains(phase.name) { phaseNames.append(phase.name) }
            for rule in syntax.rules where !phaseNames.contains(rule.phase) { phaseNames.append(rule.phase) }
        }
        var typeNumbers: [String: Int32] = [:]
        for phaseName in phaseNames {
            for syntax in files {
                for rule in syntax.rules where rule.phase == phaseName {
                    if let type = rule.emit?.type, typeNumbers[type] == nil { typeNumbers[type] = Int32(typeNumbers.count) }
                }
            }
        }
        return typeNumbers
    }

    /// The types the pack's numbered lookups name, by `ContextLookupCall.typeSlot`.
    let lookupTypes: [String]
    /// `lookupTypes` the other way: a type's slot, for the types whose annotations a phase added (what
    /// `AnnotationLookupIndex.beginPhase` forgets).
    let lookupTypeSlots: [String: Int]

    /// `expression` with its context lookup calls of constant arguments (`in_sentence("Country", "id")`) made
    /// `FieldExpression.lookup`: (type, field, outside) and each type numbered in `keys` and `types`.
    static func numberLookups(_ expression: FieldExpression, keys: inout [[String?]: Int], types: inout [String: Int],
                              truthOnly: Bool = false) -> FieldExpression {
        func number(_ arguments: [(label: String?, value: FieldExpression)], truthOnly: Bool = false) -> [(label: String?, value: FieldExpression)] {
            arguments.map { (label: $0.label, value: numberLookups($0.value, keys: &keys, types: &types, truthOnly: truthOnly)) }
        }
        func slot(_ type: String) -> Int {
            if let known = types[type] { return known }
            types[type] = types.count
            return types.count - 1
        }
        switch expression {
        case .capture, .constant, .lookup: return expression
        // A shared value may be read at a place that wants the values: its lookups stay whole.
        case .shared(let slot, let inner): return .shared(slot: slot, numberLookups(inner, keys: &keys, types: &types))
        case .list(let items): return .list(items.map { numberLookups($0, keys: &keys, types: &types) })
        // `first(a, b)` holds as the first of a, b that is not null does: each argument is read for its truth when the
        // call is (`ContextLookupCall.existsOnly`).
        case .firstNotNull(let items): return .firstNotNull(items.map { numberLookups($0, keys: &keys, types: &types, truthOnly: truthOnly) })
        case .nullWithFirst(let function, let arguments, let first): return .nullWithFirst(function, arguments: number(arguments), first: first)
        case .conditional(let condition, let value, let whenHolds):
            // The condition is read for its truth; `when(c, v)` and `unless(c, v)` hold exactly when `v` does and `c` lets
            // it through, so `v` is read for its truth when the call is.
            return .conditional(condition: numberLookups(condition, keys: &keys, types: &types, truthOnly: true),
                                value: numberLookups(value, keys: &keys, types: &types, truthOnly: truthOnly), whenHolds: whenHolds)
        case .call(let function, let arguments):
            guard let (scope, first, type, field, outside) = lookupShape(function, arguments) else {
                // `require(x)` and `reject(x)` read only whether `x` holds.
                let guarded = (function.name == "require" || function.name == "reject") && arguments.count == 1 && arguments[0].label == nil
                return .call(function, arguments: number(arguments, truthOnly: guarded))
            }
            let key = [type, field, outside]
            let keyNumber = keys[key] ?? keys.count
            keys[key] = keyNumber
            return .lookup(ContextLookupCall(scope: scope, first: first, type: type, field: field, outside: outside, key: keyNumber,
                                             typeSlot: slot(type), outsideSlot: outside.map(slot) ?? -1, existsOnly: truthOnly))
        }
    }

    /// A call that `numberLookups` makes a `FieldExpression.lookup`: a lookup function (`NormalizerFunction.lookupScopes`)
    /// with the shape it reads, two unlabelled strings and a string `outside:` if any; nil for any other call.
    static func lookupShape(_ function: NormalizerFunction, _ arguments: [(label: String?, value: FieldExpression)])
        -> (scope: ContextScope, first: Bool, type: String, field: String, outside: String?)? {
        guard let (scope, first) = NormalizerFunction.lookupScopes[function.name] else { return nil }
        var positional: [String] = []
        var outside: String? = nil
        for argument in arguments {
            guard case .constant(.string(let text)) = argument.value else { return nil }
            switch argument.label {
            case nil: positional.append(text)
            case "outside"? where outside == nil: outside = text
            default: return nil
            }
        }
        guard positional.count == 2 else { return nil }
        return (scope, first, positional[0], positional[1], outside)
    }

    /// Finds the literals of the regex rules' literal gates in a document (slots: `GatedRegex.slot` of `.literals`).
    let literalScanner: LiteralScanner
    /// The byte sets of the regex rules' byte gates (a flag per byte value), by `GatedRegex.slot` of `.bytes`.
    let regexGateTables: [[Bool]]
    /// Every annotation type a rule makes, numbered (`Annotation.typeNumber`, `TokenProgram.annotationElementTypes`).
    let annotationTypeNumbers: [String: Int32]
    /// `RegexGate.masks(of: regexGateTables)` when there are at most 64 gates (empty otherwise).
    let regexGateMasks: [UInt64]

    /// The rule loop's gates in flat arrays and the rules each element of a document triggers (`RuleActivation`).
    let activation: RuleActivation

    /// The distinct elements of the rules' prefilters (see `CompiledRule.prefilterSlots`), gazetteer types as ids.
    let prefilterElements: [ResolvedPrefilterElement]
    /// The distinct clauses of the rules' prefilters as element numbers (`CompiledRule.prefilterClauseNumbers`).
    let prefilterClauses: [[Int]]
    /// Per phase, what conflict resolution compares of each rule (by the rule's index in its phase), made once per
    /// pack: mapping them out of the rules per phase and document read a class `var` (an exclusivity check) per rule.
    let conflictKeys: [ConflictKeys]
    /// By emitted type (`annotationTypeNumbers`), the `prefilterClauses` holding an annotation element of the type: a
    /// phase that adds annotations of the type makes their positions stale, and only theirs.
    let prefilterClausesByAnnotationType: [[Int]]

    /// The token rules' distinct start conditions and the alternatives inside them, by `CompiledRule.startSlot`.
    let startNodes: [StartNode]
    /// The distinct token regexes of the start nodes' token tests, and each token regex's number among them by its
    /// `CompiledRegex.tokenSlot` (-1: no rule starts with it).
    let startRegexes: [CompiledRegex]
    let startRegexBits: [Int32]
    /// By emitted type (`annotationTypeNumbers`), the `startNodes` that read its annotations (alone or through an
    /// alternative): a phase that adds annotations of the type makes their positions stale, and only theirs (a type is
    /// emitted by few phases, and the positions of the other annotation nodes stand from phase to phase).
    let startSlotsByAnnotationType: [[Int]]

    /// A start condition as the extractor finds its positions: one condition, or the union of other nodes'
    /// positions (`StartCondition.oneOf`, each alternative numbered on its own).
    enum StartNode {
        case leaf(StartCondition)
        case union([Int])
        /// The positions of node `within` (a rule's start condition) that lie one of `offsets` tokens before a position
        /// of node `anchor` (`StartCondition.anchor(of:)`).
        case anchored(within: Int, anchor: Int, offsets: [Int])

        /// The nodes this one's positions are made from (numbered before it).
        var parts: [Int] {
            switch self {
            case .leaf: []
            case .union(let parts): parts
            case .anchored(let within, let anchor, _): [within, anchor]
            }
        }
    }

    /// A text that identifies a start condition (the same text, the same positions in a phase).
    /// Variable-length parts are length-prefixed.
    static func startKey(_ condition: StartCondition) -> String {
        switch condition {
        case .anywhere: return "*"
        case .sentenceStart: return "^"
        case .token(let test): return tokenKey(test)
        // Gazetteer hits are found once per document, before any rule: `gaz:Type` starts are the same in every phase.
        case .gazetteer(let type): return "g\(type.utf8.count):" + type
        case .annotation(let type): return "n\(type.utf8.count):" + type
        case .oneOf(let conditions):
            return "(\(conditions.count):" + conditions.map(startKey).joined(separator: "|") + ")"
        }
    }

    private static func tokenKey(_ test: TokenTest) -> String {
        switch test {
        case .folded(let id): return "f\(id)"
        case .exact(let bytes): return "e\(bytes.count):" + bytes.map { String($0) }.joined(separator: ",")
        case .regex(let regex): return "r\(regex.options.rawValue):\(regex.pattern.utf8.count):" + regex.pattern
        case .tokenClass(let tokenClass): return "c" + tokenClass.rawValue
        case .any: return "a"
        case .not(let inner): return "!(" + tokenKey(inner) + ")"
        case .anyOf(let tests): return "[\(tests.count):" + tests.map(tokenKey).joined(separator: ",") + "]"
        }
    }

    /// A token rule's pattern with its start slot and prefilter clauses: equal keys, the same matches (the rules
    /// of a share class). Equality is the patterns' (`PatternNode: Equatable`); the hash reads a pattern's first
    /// 64 nodes only (they tell most patterns apart, and equality settles the rest), so keying every rule of the
    /// pack walks no macro-expanded pattern whole.
    struct ShareKey: Hashable {
        let startSlot: Int
        let prefilterClauses: [Int]
        let pattern: PatternNode
        /// `ShareKey.patternHash(pattern)`, made once per rule (`RulePack.prepare`, on every core): each dictionary
        /// operation on the key hashed the pattern's first nodes again.
        let patternHash: Int

        func hash(into hasher: inout Hasher) {
            hasher.combine(startSlot)
            hasher.combine(prefilterClauses)
            hasher.combine(patternHash)
        }

        static func == (lhs: ShareKey, rhs: ShareKey) -> Bool {
            lhs.startSlot == rhs.startSlot && lhs.prefilterClauses == rhs.prefilterClauses && lhs.patternHash == rhs.patternHash
                && lhs.pattern == rhs.pattern
        }

        /// A hash of the pattern's first 64 nodes: equal patterns hash alike.
        static func patternHash(_ pattern: PatternNode) -> Int {
            var hasher = Hasher()
            var budget = 64
            hashFirstNodes(pattern, into: &hasher, budget: &budget)
            return hasher.finalize()
        }

        /// The node's own content, then its children's, while `budget` nodes remain: a function of the node, so
        /// equal nodes hash alike.
        private static func hashFirstNodes(_ node: PatternNode, into hasher: inout Hasher, budget: inout Int) {
            guard budget > 0 else { return }
            budget -= 1
            switch node {
            case .token, .gazetteer, .annotation, .sentenceStart: hasher.combine(node)
            case .sequence(let items): hasher.combine(13); hasher.combine(items.count); for item in items { hashFirstNodes(item, into: &hasher, budget: &budget) }
            case .alternation(let items): hasher.combine(14); hasher.combine(items.count); for item in items { hashFirstNodes(item, into: &hasher, budget: &budget) }
            case .repetition(let inner, let min, let max): hasher.combine(15); hasher.combine(min); hasher.combine(max); hashFirstNodes(inner, into: &hasher, budget: &budget)
            case .capture(let slot, let inner): hasher.combine(16); hasher.combine(slot); hashFirstNodes(inner, into: &hasher, budget: &budget)
            }
        }
    }

    /// How many classes of token rules share their matches (`CompiledRule.matchShareClass`).
    let matchShareClassCount: Int

    /// How many distinct token regexes the rules test (see `CompiledRegex.tokenSlot`).
    let tokenRegexCount: Int

    /// Gives every token regex of the rules its slot, the same one for the same source and options.
    /// Per vocabulary id, its number among the words rules start with or need (`.token` prefilter elements), -1 for
    /// the others: a document indexes the positions of these words in one pass (`DocumentAnalysis`) instead of one
    /// scan of its tokens per word.
    let literalSlots: [Int32]
    /// How many literal slots `literalSlots` numbers (its largest value + 1): read per document, so found once here
    /// (a `max()` over the vocabulary-sized table per document cost ~9,000 instructions).
    let literalSlotCount: Int

    private static func numberLiterals(_ phases: [Phase], startNodes: [StartNode], elements: [RulePrefilter.Element], vocabularyCount: Int) -> [Int32] {
        var slots = [Int32](repeating: -1, count: vocabularyCount)
        var next: Int32 = 0
        func number(_ id: Int32) {
            guard id >= 0 && Int(id) < slots.count && slots[Int(id)] < 0 else { return }
            slots[Int(id)] = next
            next += 1
        }
        func visit(_ condition: StartCondition) {
            switch condition {
            case .token(.folded(let id)): number(id)
            case .oneOf(let conditions): conditions.forEach(visit)
            default: break
            }
        }
        for phase in phases { for rule in phase.rules { visit(rule.startCondition) } }
        // The anchors of anchored starts (`StartNode.anchored`), numbered after the rules' own start conditions.
        for case .leaf(let condition) in startNodes { visit(condition) }
        for case .token(let id) in elements { number(id) }
        return slots
    }

    private static func numberTokenRegexes(_ phases: [Phase]) -> Int {
        var slots: [String: Int] = [:]
        // An alternation's array is shared by the programs that use the same macro (`FlatTokenTestCache`): its
        // members are visited once, by the array's storage (kept alive here, so no address is reused); a second
        // visit would find every regex in it numbered already.
        var visitedAlternations: [UInt: [TokenTest]] = [:]
        func visit(_ test: TokenTest) {
            switch test {
            case .regex(let regex):
                // One regex object stands in many places (a macro's regex in every rule that uses it).
                if regex.tokenSlot >= 0 { return }
                let key = "\(regex.options.rawValue)/" + regex.pattern
                if let slot = slots[key] { regex.tokenSlot = slot } else { regex.tokenSlot = slots.count; slots[key] = slots.count }
            case .not(let inner): visit(inner)
            case .anyOf(let tests):
                let address = tests.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
                if address != 0 {
                    guard visitedAlternations[address] == nil else { return }
                    visitedAlternations[address] = tests
                }
                tests.forEach(visit)
            case .folded, .exact, .tokenClass, .any: break
            }
        }
        func visit(_ condition: StartCondition) {
            switch condition {
            case .token(let test): visit(test)
            case .oneOf(let conditions): conditions.forEach(visit)
            case .anywhere, .gazetteer, .annotation, .sentenceStart: break
            }
        }
        for phase in phases {
            for rule in phase.rules {
                guard case .tokens(_, let program) = rule.body else { continue }
                program.tests.forEach(visit)
                visit(rule.startCondition)
            }
        }
        return slots.count
    }

    /// Loads every gazetteer file under `gazetteerDirectory` and the rule files of `rulesDirectory`
    /// (`main.glean` and what it includes, or else every `*.glean` file in name order).
    /// Nothing is read from any document before this succeeds.
    /// `limits` bounds what the pack may hold and keeps its files inside the two folders (docs/limits.md).
    ///
    /// `overrides`: rule file texts that replace what is on disk, by path relative to `rulesDirectory`
    /// (`glean serve`'s workbench edits a pack in memory). An overridden file may only include files inside
    /// `rulesDirectory`, whatever `limits` allows: text from a browser must not reach other files.
    public static func load(rulesDirectory: String, gazetteerDirectory: String, limits: PackLimits = .standard, overrides: [String: String] = [:]) throws(DiagnosticList) -> RulePack {
        let gazetteerFiles = try GazetteerLoader.files(in: gazetteerDirectory)
        // Gazetteer files are checked before any is read; the rule files then get what is left of the budget.
        var budget = PackBudget(limits: limits)
        var refused: [Diagnostic] = []
        let gazetteerRoot = PackRoot(directory: gazetteerDirectory)
        for path in gazetteerFiles {
            let location = SourceLocation(file: path, line: 1, column: 1)
            if !limits.allowsOutsideIncludes, let escape = gazetteerRoot.escape(of: path) {
                refused.append(Diagnostic(.error, "gazetteer file '\(path)' is outside the gazetteer folder: \(escape) (--allow-outside-includes permits it)", code: "outside-pack", at: location))
            } else if PackBudget.isSpecial(path) {
                refused.append(Diagnostic(.error, "gazetteer file '\(path)' is not a regular file (a device, FIFO or socket)", code: "io", at: location))
            } else if let reason = budget.take(size: PackBudget.size(of: path)) {
                refused.append(Diagnostic(.error, reason, code: "pack-limit", at: location))
                break
            }
        }
        if !refused.isEmpty { throw DiagnosticList(refused) }
        let ruleBudget = budget
        // The rule files and each gazetteer file are read and parsed at the same time, then used in order:
        // the pack and every diagnostic are the same as reading them one after another.
        enum Prepared {
            case rules(Result<RuleFileLoader.Loaded, DiagnosticList>)
            case gazetteer(GazetteerLoader.PreparedFile)
        }
        let prepared = Concurrently.map(gazetteerFiles.count + 1) { index -> Prepared in
            guard index > 0 else {
                do throws(DiagnosticList) { return .rules(.success(try RuleFileLoader.load(directory: rulesDirectory, budget: ruleBudget, overrides: overrides))) }
                catch { return .rules(.failure(error)) }
            }
            return .gazetteer(GazetteerLoader.prepare(path: gazetteerFiles[index - 1]))
        }
        var loader = GazetteerLoader()
        var sources: [(String, [UInt8])] = []
        for case .gazetteer(let file) in prepared {
            loader.load(file)
            sources.append((file.path, file.file?.bytes ?? []))
        }
        guard case .rules(let rules) = prepared[0] else { preconditionFailure("task 0 loads the rules") }
        let (files, fileWarnings) = try rules.get()
        sources = files.map { ($0.file.path, $0.file.bytes) } + sources
        // The fingerprint reads the files alone: it is made on another core while this one builds the gazetteer
        // (the other core is idle then: rules are prepared there only once the compiler hands them over).
        let fingerprint = BackgroundValue { [sources] in RulePack.fingerprint(of: sources) }
        let pack = try build(gazetteerLoader: loader, ruleFiles: files, loadWarnings: fileWarnings, limits: limits)
        pack.fingerprint = fingerprint.value
        return pack
    }

    /// Builds a pack from rule texts in memory (tests, `--text` experiments), with gazetteers from a directory or memory.
    /// `include` lines in these texts are not followed. `limits` bounds the texts as it bounds files.
    public static func build(rules: [(path: String, text: String)], gazetteers: [(path: String, text: String)], limits: PackLimits = .standard) throws(DiagnosticList) -> RulePack {
        var budget = PackBudget(limits: limits)
        for (path, text) in gazetteers + rules {
            if let reason = budget.take(size: text.utf8.count) {
                throw DiagnosticList([Diagnostic(.error, reason, code: "pack-limit", at: SourceLocation(file: path, line: 1, column: 1))])
            }
        }
        var loader = GazetteerLoader()
        for (path, text) in gazetteers { loader.load(text: text, path: path) }
        var parsed: [RuleFileSyntax] = []
        var problems: [Diagnostic] = []
        for (path, text) in rules {
            do { parsed.append(try RuleParser.parse(SourceFile(path: path, text: text))) } catch { problems.append(error) }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        let pack = try build(gazetteerLoader: loader, ruleFiles: parsed, limits: limits)
        pack.fingerprint = fingerprint(of: (rules + gazetteers).map { ($0.path, Array($0.text.utf8)) })
        return pack
    }

    static func fingerprint(of sources: [(String, [UInt8])]) -> String {
        // Ordered by path, hashed by content only: the same pack gives the same fingerprint from any folder. The
        // hash of the files joined, each followed by a zero byte, hashed file by file (joining them copied the
        // whole pack twice).
        var hasher = SQLiteStore.ContentHasher()
        for source in sources.sorted(by: { $0.0 < $1.0 }) {
            hasher.add(source.1)
            hasher.add(byte: 0)
        }
        return hasher.value
    }

    static func build(gazetteerLoader: GazetteerLoader, ruleFiles: [RuleFileSyntax], loadWarnings: [Diagnostic] = [], limits: PackLimits = .standard) throws(DiagnosticList) -> RulePack {
        if gazetteerLoader.diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticList(gazetteerLoader.diagnostics) }
        // Over a limit, nothing is compiled: the compiler's memory and time grow with rules, regexes and entries.
        let overLimits = limits.check(ruleFiles) + [limits.check(gazetteerEntries: gazetteerLoader.entries)].compactMap { $0 }
        if !overLimits.isEmpty { throw DiagnosticList(overLimits) }
        var vocabulary = Vocabulary(capacity: max(1024, gazetteerLoader.forms.count * 2))
        // The phrase automaton is for matching only: with a second core it is built there while the rules compile
        // (the compiler and the rules' preparation read the entries, forms and interned tokens, not the automaton).
        // (`BackgroundValue` builds it at once on a single core.)
        var pendingAutomaton: BackgroundValue<PhraseAutomaton>? = nil
        let gazetteer = Gazetteer(entries: gazetteerLoader.entries, forms: gazetteerLoader.forms, vocabulary: &vocabulary) { source in
            pendingAutomaton = BackgroundValue { source.build() }
            return PhraseAutomaton(formTokenIDs: [])
        }
        var compiler = RuleCompiler(gazetteer: gazetteer, vocabulary: vocabulary)
        // With a second core, each rule is prepared (`RulePack.prepare`) on a worker while the next ones compile.
        let types = GazetteerTypeTable(gazetteer)
        let preparation = ProcessInfo.processInfo.activeProcessorCount > 1
            ? RulePreparation(gazetteer: gazetteer, types: types, typeNumbers: annotationTypeNumbers(ruleFiles)) : nil
        compiler.onCompiled = preparation.map { preparation in { phase, index, rule in preparation.add(phase: phase, index: index, rule: rule) } }
        let phases = compiler.compile(files: ruleFiles)
        let all = loadWarnings + gazetteerLoader.diagnostics + compiler.diagnostics
        if all.contains(where: { $0.severity == .error }) {
            _ = preparation?.finish(phases: [], typeNumbers: [:])
            throw DiagnosticList(all)
        }
        let matching = pendingAutomaton.map { gazetteer.withAutomaton($0.value) } ?? gazetteer
        return RulePack(gazetteer: matching, vocabulary: compiler.vocabulary, phases: phases, warnings: all, types: types, preparation: preparation)
    }
}

/// Finds and parses rule files, following `include` lines; each file is read once and include cycles are errors.
/// With a `main.glean`, a `*.glean` file beside it that nothing includes is a warning: its rules would otherwise be
/// ignored without a word, which is the first thing an author who adds a file trips over.
enum RuleFileLoader {
    typealias Loaded = (files: [RuleFileSyntax], warnings: [Diagnostic])

    static func load(directory: String, budget: PackBudget = PackBudget(limits: .standard), overrides: [String: String] = [:]) throws(DiagnosticList) -> Loaded {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticList([Diagnostic(.error, "rules directory '\(directory)' does not exist; pass --rules DIR", code: "io")])
        }
        let base = directory.trimmingTrailingSlash
        let main = base + "/main.glean"
        var roots: [String]
        if FileManager.default.fileExists(atPath: main) {
            roots = [main]
        } else {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
            roots = names.filter { $0.hasSuffix(".glean") }.sorted().map { base + "/" + $0 }
        }
        var state = LoadState(root: (PackRoot(directory: directory), budget.limits.allowsOutsideIncludes), budget: budget)
        if !overrides.isEmpty {
            let folder = URL(fileURLWithPath: base).standardizedFileURL.path
            state.overrideRoot = PackRoot(directory: folder)
            for (name, text) in overrides {
                state.overrides[URL(fileURLWithPath: folder + "/" + name).standardizedFileURL.path] = Array(text.utf8)
            }
        }
        for root in roots { state.visit(path: root, from: nil) }
        // An overridden file that nothing includes is a new file of the pack (a check of posted text).
        for path in state.overrides.keys.sorted() where !state.loaded.contains(path) { state.visit(path: path, from: nil) }
        if !state.diagnostics.isEmpty { throw DiagnosticList(state.diagnostics) }
        return (state.files, roots == [main] ? unincludedFiles(in: base, loaded: state.loaded) : [])
    }

    /// The `*.glean` files directly in the rules directory that `main.glean` does not reach through its includes.
    static func unincludedFiles(in base: String, loaded: Set<String>) -> [Diagnostic] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        return names.filter { $0.hasSuffix(".glean") }.sorted().compactMap { name in
            let path = base + "/" + name
            guard !loaded.contains(URL(fileURLWithPath: path).standardizedFileURL.path) else { return nil }
            return Diagnostic(.warning, "rule file '\(name)' is not included by main.glean, so its rules are not used; add `include \"\(name)\"` to main.glean or remove the file",
                              code: "unincluded-rule-file", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }

    private struct LoadState {
        let root: (folder: PackRoot, allowsOutside: Bool)
        var budget: PackBudget
        var files: [RuleFileSyntax] = []
        var diagnostics: [Diagnostic] = []
        var loaded = Set<String>()
        var stack: [String] = []
        /// Set when the pack went over its file or byte budget: nothing more is read.
        var stopped = false
        /// In-memory texts by standardized path, and the folder their includes must stay inside.
        var overrides: [String: [UInt8]] = [:]
        var overrideRoot: PackRoot? = nil

        init(root: (folder: PackRoot, allowsOutside: Bool), budget: PackBudget) {
            self.root = root
            self.budget = budget
        }

        /// An error at the include line (or at 1:1 of a file found in the folder).
        func problem(_ message: String, code: String, path: String, include: (SourceFile, IncludeSyntax)?) -> Diagnostic {
            if let (file, syntax) = include { return .error(message, code: code, at: syntax.offset, in: file) }
            return Diagnostic(.error, message, code: code, at: SourceLocation(file: path, line: 1, column: 1))
        }

        mutating func visit(path: String, from include: (SourceFile, IncludeSyntax)?) {
            if stopped { return }
            if !root.allowsOutside {
                if let (_, syntax) = include, syntax.path.hasPrefix("/") {
                    diagnostics.append(problem("include '\(syntax.path)' is an absolute path; a pack includes files by paths relative to the including file, inside its folder (--allow-outside-includes permits it)",
                                               code: "outside-pack", path: path, include: include))
                    return
                }
                if let escape = root.folder.escape(of: path) {
                    let what = include.map { "include '\($0.1.path)'" } ?? "rule file '\(path)'"
                    diagnostics.append(problem("\(what) is outside the rule pack's folder: \(escape) (--allow-outside-includes permits it)",
                                               code: "outside-pack", path: path, include: include))
                    return
                }
            }
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            if stack.contains(key) {
                if let (file, syntax) = include {
                    let cycle = (stack.drop { $0 != key } + [key]).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " -> ")
                    diagnostics.append(.error("include cycle: \(cycle)", code: "include-cycle", at: syntax.offset, in: file))
                }
                return
            }
            if loaded.contains(key) { return }
            // Even with outside includes allowed, an edited file's includes stay in the pack (symbolic links resolved).
            if let (file, syntax) = include, overrides[URL(fileURLWithPath: file.path).standardizedFileURL.path] != nil,
               let overrideRoot, let escape = overrideRoot.escape(of: path) {
                diagnostics.append(.error("include '\(syntax.path)' leaves the rules directory (\(escape)); an edited rule file may only include files of the pack", code: "outside-pack", at: syntax.offset, in: file))
                return
            }
            let override = overrides[key]
            if override == nil && PackBudget.isSpecial(path) {
                diagnostics.append(problem("'\(path)' is not a regular file (a device, FIFO or socket); a rule pack holds regular files only", code: "io", path: path, include: include))
                return
            }
            if let reason = budget.take(size: override?.count ?? PackBudget.size(of: path)) {
                diagnostics.append(problem(reason, code: "pack-limit", path: path, include: include))
                stopped = true
                return
            }
            guard let data = override.map({ Data($0) }) ?? FileManager.default.contents(atPath: path) else {
                if let (file, syntax) = include {
                    diagnostics.append(.error("cannot read included file '\(syntax.path)' (looked for \(path))", code: "io", at: syntax.offset, in: file))
                } else {
                    diagnostics.append(Diagnostic(.error, "cannot read rule file '\(path)'", code: "io"))
                }
                return
            }
            loaded.insert(key)
            let file = SourceFile(path: path, bytes: [UInt8](data))
            let syntax: RuleFileSyntax
            do {
                syntax = try RuleParser.parse(file)
            } catch {
                diagnostics.append(error)
                return
            }
            stack.append(key)
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            for include in syntax.includes {
                let target = include.path.hasPrefix("/") ? include.path : folder + "/" + include.path
                visit(path: relativeIfPossible(target), from: (file, include))
            }
            stack.removeLast()
            files.append(syntax)
        }

        /// Keeps paths short in diagnostics: relative to the working directory when under it.
        func relativeIfPossible(_ path: String) -> String {
            let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
            let cwd = FileManager.default.currentDirectoryPath + "/"
            return standardized.hasPrefix(cwd) ? String(standardized.dropFirst(cwd.count)) : standardized
        }
    }
}

/// The rules of one phase as conflict resolution ranks them (`Extractor.resolveConflicts`), by rule index in the phase.
struct ConflictKeys: Sendable {
    let priorities: [Int]
    let ruleOrder: [Int]
    /// `CompiledRule.groupNumber`: candidates of different groups never compete.
    let groups: [Int]
    let groupCount: Int
}

/// Prepares rules (`RulePack.prepare`) on one worker thread as the compiler hands them over, so preparing the pack's
/// rules overlaps compiling them. The worker alone touches its resolver, its flattened-test cache and the results;
/// `finish` waits for it.
final class RulePreparation: @unchecked Sendable {
    private let queue = DispatchQueue(label: "glean.rule-preparation")
    private let resolver: GazetteerElementResolver
    private let flatTests = FlatTokenTestCache()
    private let typeNumbers: [String: Int32]
    /// By phase and index in the phase; read and written on `queue` only.
    private var made: [[RulePack.PreparedRule?]] = []
    /// The rules prepared, by phase and index, to check that `finish` is given the same ones.
    private var rules: [[ObjectIdentifier?]] = []

    init(gazetteer: Gazetteer, types: GazetteerTypeTable, typeNumbers: [String: Int32]) {
        resolver = GazetteerElementResolver(gazetteer: gazetteer, table: types)
        self.typeNumbers = typeNumbers
    }

    func add(phase: Int, index: Int, rule: CompiledRule) {
        let handed = UncheckedSendable(rule)
        queue.async { [self] in
            while made.count <= phase { made.append([]); rules.append([]) }
            while made[phase].count <= index { made[phase].append(nil); rules[phase].append(nil) }
            made[phase][index] = RulePack.prepare(handed.value, resolver: resolver, flatTests: flatTests, typeNumbers: typeNumbers)
            rules[phase][index] = ObjectIdentifier(handed.value)
        }
    }

    /// What was prepared, once the worker is done, if it is every rule of `phases` (the same objects) prepared with
    /// `typeNumbers`; else nil.
    func finish(phases: [Phase], typeNumbers expected: [String: Int32]) -> [[RulePack.PreparedRule]]? {
        let (made, rules) = queue.sync { (self.made, self.rules) }
        guard expected == typeNumbers, made.count <= phases.count else { return nil }
        var result: [[RulePack.PreparedRule]] = []
        for phase in phases.indices {
            let ids = phase < rules.count ? rules[phase] : []
            guard ids.count == phases[phase].rules.count,
                  zip(ids, phases[phase].rules).allSatisfy({ $0 == ObjectIdentifier($1) }) else { return nil }
            result.append(made[phase].map { $0! })
        }
        return result
    }
}
