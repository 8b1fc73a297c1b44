/// Rules after compilation: macros expanded, literals interned, regexes JIT-compiled, references resolved.
/// Read-only and shared by all workers.

/// A test on one token.
enum TokenTest: Sendable, Hashable {
    /// The token's folded form has this vocabulary id.
    case folded(Int32)
    /// The token's text is exactly these bytes.
    case exact([UInt8])
    case regex(CompiledRegex)
    case tokenClass(TokenClass)
    case any
    indirect case not(TokenTest)
    /// One token that passes any of the tests (`("a" | #punct)` under `!`).
    case anyOf([TokenTest])
}

enum TokenClass: String, Sendable, CaseIterable {
    case number, word, time, punct, symbol
    /// A word whose first letter is upper case.
    case cap
    /// A word in capitals (TICAD).
    case upper
    /// A word whose first letter is lower case.
    case lower
}

/// A compiled constraint on an entry attribute or an annotation field.
struct Constraint: Sendable, Hashable {
    enum Test: Sendable, Hashable {
        case equals(String)
        case notEquals(String)
        case matches(CompiledRegex)
    }
    var key: String
    var test: Test
}

// Only the directly recursive cases are `indirect` (see PatternSyntax).
/// Equal nodes compile to the same program (`TokenProgram(node)` reads the node alone): what finds the token rules of a
/// phase that share their matches (`RulePack`'s share classes).
enum PatternNode: Sendable, Hashable {
    case token(TokenTest)
    case gazetteer(type: String, constraints: [Constraint])
    case annotation(type: String, constraints: [Constraint])
    case sequence([PatternNode])
    case alternation([PatternNode])
    indirect case repetition(PatternNode, min: Int, max: Int)
    indirect case capture(slot: Int, PatternNode)
    case sentenceStart
}

enum CompiledExpression: Sendable {
    case capture(slot: Int, path: [String], offset: Int)
    case constant(FieldValue)
    case list([CompiledExpression])
    indirect case call(NormalizerFunction, arguments: [(label: String?, value: CompiledExpression)], offset: Int)
}

enum CompiledEmitItem: Sendable {
    case field(String, CompiledExpression)
    case spread(CompiledExpression)
}

enum CompiledBody: Sendable {
    case tokens(PatternNode, TokenProgram)
    /// A regex over the normalised text; `slots[group]` is the capture slot of each named group.
    case regex(CompiledRegex, groupSlots: [Int?])
}

/// What the first token of a match must be, so the matcher is only started where a match can begin.
enum StartCondition: Sendable {
    case anywhere
    case token(TokenTest)
    case gazetteer(String)
    case annotation(String)
    case oneOf([StartCondition])
    /// Only at the first token of a sentence (a pattern that begins with `^`).
    case sentenceStart

    /// The condition for `node`, and whether `node` can match no tokens at all.
    static func of(_ node: PatternNode) -> (condition: StartCondition, nullable: Bool) {
        switch node {
        case .token(let test): return (.token(test), false)
        case .gazetteer(let type, _): return (.gazetteer(type), false)
        case .annotation(let type, _): return (.annotation(type), false)
        // `^` consumes no token but pins the start: `(^ | ",") x` starts at sentence starts or commas.
        case .sentenceStart: return (.sentenceStart, false)
        case .capture(_, let inner): return of(inner)
        case .repetition(let inner, let min, _):
            let (condition, nullable) = of(inner)
            return (condition, nullable || min == 0)
        case .alternation(let items):
            var conditions: [StartCondition] = []
            var nullable = false
            for item in items {
                let (condition, itemNullable) = of(item)
                if case .anywhere = condition { return (.anywhere, itemNullable) }
                conditions.append(condition)
                nullable = nullable || itemNullable
            }
            return (.oneOf(conditions), nullable)
        case .sequence(let items):
            if case .sentenceStart? = items.first { return (.sentenceStart, false) }
            var conditions: [StartCondition] = []
            for item in items {
                let (condition, nullable) = of(item)
                if case .sentenceStart = item { continue }
                if case .anywhere = condition { return (.anywhere, nullable) }
                conditions.append(condition)
                if !nullable { return (conditions.count == 1 ? conditions[0] : .oneOf(conditions), false) }
            }
            return (.anywhere, true)
        }
    }

    /// Whether most tokens of a text pass this condition (`_`, `!x`, `#word`, or an alternative that does): a rule
    /// starting so is tried at nearly every token.
    var passesMostTokens: Bool {
        switch self {
        case .anywhere: return true
        case .token(let test): return StartCondition.testPassesMostTokens(test)
        case .oneOf(let conditions): return conditions.contains { $0.passesMostTokens }
        case .gazetteer, .annotation, .sentenceStart: return false
        }
    }

    private static func testPassesMostTokens(_ test: TokenTest) -> Bool {
        switch test {
        case .any, .not: return true
        case .tokenClass(let tokenClass): return tokenClass == .word || tokenClass == .lower
        case .anyOf(let tests): return tests.contains(where: testPassesMostTokens)
        case .folded, .exact, .regex: return false
        }
    }

    /// Where a match of `node` can begin when its first elements pass most tokens (`(^ | !x) y`, `_ y`, `!x "also" y`):
    /// the condition of its first element that is neither nullable nor passes most tokens (the anchor), and the numbers
    /// of tokens the elements before it can take (few, each small). A match starting at `s` has its anchor at `s + n` for
    /// one of these `n`, so its starts are among the start condition's positions that lie so many tokens before one of
    /// the anchor's: the matcher is run there, not at nearly every token (issue #16 item 1). nil when the pattern's
    /// start is selective already, is not a sequence, or an element before the anchor can take an unbounded or
    /// unknown number of tokens (a gazetteer entry, an annotation, a long repeat).
    static func anchor(of node: PatternNode) -> (condition: StartCondition, offsets: [Int])? {
        let (start, nullable) = of(node)
        guard !nullable, start.passesMostTokens else { return nil }
        var inner = node
        while case .capture(_, let wrapped) = inner { inner = wrapped }
        guard case .sequence(let items) = inner else { return nil }
        var counts: Set<Int> = [0]
        for (index, item) in items.enumerated() {
            let (condition, itemNullable) = of(item)
            if index > 0 && !itemNullable && !condition.passesMostTokens { return (condition, counts.sorted()) }
            guard let itemCounts = tokenCounts(item), let next = sums(counts, itemCounts) else { return nil }
            counts = next
        }
        return nil
    }

    /// At most this many distinct token counts before an anchor, each at most `anchorMaximumOffset`.
    static let anchorMaximumOffsets = 8
    static let anchorMaximumOffset = 16

    /// The numbers of tokens `node` can match (nil: unknown, unbounded, or more than `anchorMaximumOffsets`).
    static func tokenCounts(_ node: PatternNode) -> Set<Int>? {
        switch node {
        case .token: return [1]
        case .sentenceStart: return [0]
        case .gazetteer, .annotation: return nil
        case .capture(_, let inner): return tokenCounts(inner)
        case .sequence(let items):
            var counts: Set<Int> = [0]
            for item in items {
                guard let itemCounts = tokenCounts(item), let next = sums(counts, itemCounts) else { return nil }
                counts = next
            }
            return counts
        case .alternation(let items):
            var counts: Set<Int> = []
            for item in items {
                guard let itemCounts = tokenCounts(item) else { return nil }
                counts.formUnion(itemCounts)
            }
            return counts.count <= anchorMaximumOffsets ? counts : nil
        case .repetition(let inner, let min, let max):
            guard max <= anchorMaximumOffset, let innerCounts = tokenCounts(inner) else { return nil }
            var counts: Set<Int> = [0], all: Set<Int> = min == 0 ? [0] : []
            for repeats in 1...Swift.max(1, max) where max >= 1 {
                guard let next = sums(counts, innerCounts) else { return nil }
                counts = next
                if repeats >= min { all.formUnion(counts) }
            }
            return all.count <= anchorMaximumOffsets && (all.max() ?? 0) <= anchorMaximumOffset ? all : nil
        }
    }

    private static func sums(_ a: Set<Int>, _ b: Set<Int>) -> Set<Int>? {
        var sums: Set<Int> = []
        for x in a { for y in b { sums.insert(x + y) } }
        return sums.count <= anchorMaximumOffsets && (sums.max() ?? 0) <= anchorMaximumOffset ? sums : nil
    }
}

/// A class, not a struct: the extractor reads a rule per document, phase and candidate, and copying a struct of
/// this many arrays and strings retained each of them (5% of all instructions on news). Immutable once the pack
/// is built (`RulePack.init` sets the resolved program, gate and start slot on rules it alone holds).
public final class CompiledRule: @unchecked Sendable {
    // The four arrays the extractor's rule loop reads for every rule of every phase and document, before it knows
    // whether the rule can run (most cannot), first: they share the object's first cache line (they were spread over
    // four, the rule objects of a pack being read from memory again for each document).
    public let languages: [Language]
    /// Vocabulary ids of which at least one must occur in a document for the rule to be worth running
    /// (empty: always run). A cheap prefilter.
    let requiredAnyOf: [Int32]
    /// `prefilter.clauses` as numbers of the pack's distinct prefilter elements (`RulePack.prefilterElements`), so
    /// the extractor keeps what it found per element in an array instead of hashing an element per rule.
    var prefilterSlots: [[Int]] = []
    /// `RulePrefilter.required(emitItems:)` as numbers of the pack's prefilter elements: clauses a document (with the
    /// annotations of the phases so far) must satisfy for a `...require(…)` of this rule to pass, tested for presence only.
    var requirementSlots: [[Int]] = []
    public let id: String
    public let index: Int
    public let phase: Int
    public let priority: Int
    /// The zones a match may start in (`zone:`); nil for any.
    public let zones: Set<Zone>?
    /// Rules in one group compete for overlapping text; by default the group is the emitted type.
    public let group: String
    public let emitsFact: Bool
    public let emitType: String
    public let location: SourceLocation
    /// A `let`: the extractor binds the program of every rule for every document, and reading a `var` of a class
    /// copies it (a retain and a release per array of the program); a `let` is read in place.
    let body: CompiledBody
    /// A token rule's program (`body`'s), stored apart: binding it out of `body` in the rule loop copied it (a retain
    /// and a release per array of the program, per rule run); a `let` of its own is passed in place.
    /// `TokenProgram.unbuilt` for a regex rule.
    let program: TokenProgram
    let emitItems: [CompiledEmitItem]
    /// `emitItems` with the guards (`...require(…)`, `...reject(…)`) first: they add no field and only decide whether
    /// the match is kept, so a match they drop costs none of the other fields (on dense text a rule's rejected
    /// candidates were most of its field time). Expressions read no other field, so the order changes no value.
    let emitItemsGuardsFirst: [CompiledEmitItem]
    /// `emitItemsGuardsFirst` as the extractor evaluates them (`FieldExpression`: `first(…)` stops at its first value).
    /// Set once by `RulePack.init` (its lookups numbered), then only read.
    var fieldItems: [FieldItem]
    /// How many subexpressions `fieldItems` shares (`FieldExpression.shared`, `FieldItem.shareRepeated`): the slots of
    /// the `FieldMemo` a candidate of the rule uses.
    var sharedValueCount = 0
    let captureNames: [String]
    /// The capture whose span becomes the fact's span, if any.
    let focusSlot: Int?
    /// `replaces:`: the captures whose annotations (of earlier phases) stop being facts when this rule keeps a match.
    let replacesSlots: [Int]
    /// Elements a document must contain for the pattern to match anywhere in it (see `RulePrefilter`).
    let prefilter: RulePrefilter
    let startCondition: StartCondition
    public let examples: [CompiledExample]
    /// `merge:` key fields: this rule's facts that agree on them within a document are merged (nil: never).
    public let mergeKeys: [String]?
    /// `mergeKeys` split once per pack, not per mention or document: the key fields' names, their folds
    /// (`kind(talks => visit)`, `MentionMerger.Fold`), the `~field`s whose values never keep two mentions apart
    /// (`MentionMerger.freePrefix`), and the `^field`s a headline does not state (`MentionMerger.headlinePrefix`),
    /// and whether `!sentence` keeps the rule's mentions apart from their sentence's own thing (`MentionMerger.apartPrefix`).
    /// The `>field`s are stated latest (`MentionMerger.latestPrefix`), the `=field`s name a thing restated (`namePrefix`).
    let mergeFields: (keys: [String], folds: [MentionMerger.Fold], free: [String], unstated: [String], apart: Bool, latest: [String], named: [String])?
    /// For a regex rule whose matches must hold certain bytes near their start: where to search (see `RegexGate`).
    var regexGate: GatedRegex? = nil
    /// Where a `regex:` rule's regex begins in its file (for `glean check`'s note about a rule without a gate).
    var regexLocation: SourceLocation? = nil
    /// The number of this token rule's start condition in `RulePack.startNodes`, so rules starting alike share the
    /// positions found in a document; -1 for a regex rule.
    var startSlot = -1
    /// `prefilterSlots` by clause, as numbers of the pack's distinct clauses (`RulePack.prefilterClauses`).
    var prefilterClauseNumbers: [Int] = []
    /// By clause as `prefilterClauseNumbers`: how far past a start the clause's element may begin (`PrefilterReach`).
    var prefilterReaches: [ResolvedPrefilterReach] = []
    /// The least `constant` of the `prefilterReaches` that are not zero (`Int.max`: none): a document whose sentences
    /// are all at most this long gains nothing from the bounds, which are then not worked out.
    var prefilterReachFloor = Int.max
    /// The class of the token rules of this rule's phase with the same pattern (`RulePack.init`), whose matches a
    /// document finds once per phase for all of them; -1 when no other rule of the phase has this pattern.
    var matchShareClass = -1
    /// The first rule of the phase with this rule's pattern, when this rule is not it (`glean bench rules` says so).
    public internal(set) var sharesPatternWith: String? = nil
    /// `group` numbered among the groups of the rule's phase (`RulePack.init`), for conflict resolution.
    var groupNumber = 0
    /// The pack's annotation prefilter elements of this rule's emitted type: present once this rule keeps a match.
    var emitAnnotationSlots: [Int] = []
    /// `emitType` numbered by the pack (`RulePack.annotationTypeNumbers`): the `typeNumber` of its annotations.
    var emitTypeNumber: Int32 = -1

    init(id: String, index: Int, phase: Int, languages: [Language], priority: Int, zones: Set<Zone>?, group: String, emitsFact: Bool,
         emitType: String, location: SourceLocation, body: CompiledBody, emitItems: [CompiledEmitItem], captureNames: [String],
         focusSlot: Int?, requiredAnyOf: [Int32], prefilter: RulePrefilter, startCondition: StartCondition,
         examples: [CompiledExample], mergeKeys: [String]? = nil, replacesSlots: [Int] = []) {
        self.id = id; self.index = index; self.phase = phase; self.languages = languages; self.priority = priority
        self.zones = zones; self.group = group; self.emitsFact = emitsFact; self.emitType = emitType; self.location = location
        self.body = body; self.emitItems = emitItems; self.captureNames = captureNames; self.focusSlot = focusSlot
        if case .tokens(_, let program) = body { self.program = program } else { program = .unbuilt }
        func isGuard(_ item: CompiledEmitItem) -> Bool {
            if case .spread(.call(let function, _, _)) = item { return function.name == "require" || function.name == "reject" }
            return false
        }
        emitItemsGuardsFirst = emitItems.filter(isGuard) + emitItems.filter { !isGuard($0) }
        fieldItems = emitItemsGuardsFirst.map(FieldItem.init)
        self.requiredAnyOf = requiredAnyOf; self.prefilter = prefilter; self.startCondition = startCondition
        self.examples = examples; self.mergeKeys = mergeKeys; self.replacesSlots = replacesSlots
        mergeFields = mergeKeys.map { settings in
            let prefixed = { (prefix: String) in settings.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) } }
            let prefixes = [MentionMerger.freePrefix, MentionMerger.headlinePrefix, MentionMerger.apartPrefix, MentionMerger.latestPrefix, MentionMerger.namePrefix]
            let keys = settings.filter { setting in !prefixes.contains { setting.hasPrefix($0) } }
                .map(MentionMerger.Fold.parse)
            return (keys.map(\.name), keys.compactMap(\.fold), prefixed(MentionMerger.freePrefix), prefixed(MentionMerger.headlinePrefix),
                    !prefixed(MentionMerger.apartPrefix).isEmpty, prefixed(MentionMerger.latestPrefix), prefixed(MentionMerger.namePrefix))
        }
    }

    /// This rule with another body (`RulePack` makes a token rule's program and resolves its gazetteer elements once
    /// per pack) and, when given, another prefilter; the rest is copied.
    func with(body: CompiledBody, prefilter newPrefilter: RulePrefilter? = nil) -> CompiledRule {
        let rule = CompiledRule(id: id, index: index, phase: phase, languages: languages, priority: priority, zones: zones, group: group,
                                emitsFact: emitsFact, emitType: emitType, location: location, body: body, emitItems: emitItems,
                                captureNames: captureNames, focusSlot: focusSlot, requiredAnyOf: requiredAnyOf, prefilter: newPrefilter ?? prefilter,
                                startCondition: startCondition, examples: examples, mergeKeys: mergeKeys,
                                replacesSlots: replacesSlots)
        rule.regexGate = regexGate
        rule.regexLocation = regexLocation
        rule.startSlot = startSlot
        rule.prefilterSlots = prefilterSlots
        rule.prefilterClauseNumbers = prefilterClauseNumbers
        rule.prefilterReaches = prefilterReaches
        rule.prefilterReachFloor = prefilterReachFloor
        rule.requirementSlots = requirementSlots
        rule.groupNumber = groupNumber
        rule.matchShareClass = matchShareClass
        rule.sharesPatternWith = sharesPatternWith
        rule.emitAnnotationSlots = emitAnnotationSlots
        rule.emitTypeNumber = emitTypeNumber
        rule.fieldItems = fieldItems
        rule.sharedValueCount = sharedValueCount
        return rule
    }

    public var isRegex: Bool { if case .regex = body { true } else { false } }
    /// A `regex:` rule without a gate (`RegexGate`): PCRE2 runs over the whole text of every document it is run on.
    public var scansWholeText: Bool { isRegex && regexGate == nil }
}

/// A regex rule's gate: the pattern compiled again to accept an offset limit, the gate, and the gate's number among
/// the pack's gates of its kind (rules with the same byte set, or the same literals, share the positions found in a
/// document).
struct GatedRegex: Sendable {
    enum Gate: Sendable {
        /// A byte near the start of every match (`RegexGate`).
        case bytes(RegexGate)
        /// A literal string near the start of every match (`LiteralGate`), compared folded when `caseless`.
        case literals(LiteralGate, caseless: Bool)
    }
    let regex: CompiledRegex
    let gate: Gate
    let slot: Int

    /// The most bytes between a match's start and the gate's byte or literal.
    var reach: Int {
        switch gate {
        case .bytes(let gate): gate.reach
        case .literals(let gate, _): gate.reach
        }
    }
}

/// An example sentence written in a rule, checked by `glean check`.
public struct CompiledExample: Sendable {
    public let text: String
    /// true: the rule must emit a fact (of `expectedType`, with `expectedFields`); false: it must not fire.
    public let isPositive: Bool
    public let expectedType: String?
    public let expectedFields: [FieldEntry]
    public let location: SourceLocation
    public let sourceLine: String
    /// Written `example(fr):`: read in that language only.
    public var language: Language? = nil
}

public struct Phase: Sendable {
    public let name: String
    public internal(set) var rules: [CompiledRule]
}
