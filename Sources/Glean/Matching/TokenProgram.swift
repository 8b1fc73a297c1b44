/// A token pattern compiled to a flat list of instructions, run by a backtracking machine with an explicit
/// stack (no closures, no recursion): the hot loop touches only integers and small arrays.
///
/// Repeats are unrolled (they are bounded, 30 at most for `*`/`+`): `x{1,3}` is `x` then twice
/// `split(next, end) x`, the copies sharing the first one's tests and elements. A split tries its first branch
/// first, so repeats are greedy.
struct TokenProgram: Sendable {
    enum Instruction: Sendable {
        /// One token that passes `tests[index]`.
        case token(Int)
        /// One token whose folded form has this vocabulary id (the common test, kept out of `tests`).
        case tokenID(Int32)
        /// One token whose folded form has one of the ids `tokenIDSets[start..<start + count]`: an alternation of
        /// single words (`("in" | "en" | "since")`), one step instead of a split and a test per word.
        case tokenIDIn(start: Int32, count: Int32)
        /// Any one token.
        case anyToken
        /// A gazetteer hit starting here, of `gazetteerElements[index]`; each suitable hit is a choice.
        case gazetteer(Int)
        /// An annotation of an earlier phase starting here, of `annotationElements[index]`; each is a choice.
        case annotation(Int)
        case sentenceStart
        /// Try `pc + 1` first, then `alternative`.
        case split(alternative: Int)
        case jump(Int)
        case captureStart(slot: Int)
        /// `bindsElement`: the capture wraps a single gazetteer or annotation element, whose entry it binds.
        case captureEnd(slot: Int, bindsElement: Bool)
        case match
    }

    var instructions: [Instruction] = []
    var tests: [TokenTest] = []
    /// The ids of the `tokenIDIn` instructions, one flat array.
    var tokenIDSets: [Int32] = []
    var gazetteerElements: [(type: String, constraints: [Constraint])] = []
    var annotationElements: [(type: String, constraints: [Constraint])] = []
    /// `gazetteerElements` resolved against the pack's gazetteer (`resolve`), what the matcher tests hits with.
    private(set) var resolvedGazetteerElements: [ResolvedGazetteerElement] = []
    /// The type of each of `annotationElements` numbered as the pack numbers annotation types (`resolve`; -2: a
    /// type no rule makes). Empty until resolved: the matcher then compares the type names.
    private(set) var annotationElementTypes: [Int32] = []

    /// Decides once which entries and forms each gazetteer element accepts, and numbers the annotation elements'
    /// types (the pack does it when it is built).
    mutating func resolve(with resolver: GazetteerElementResolver, annotationTypeNumbers: [String: Int32] = [:]) {
        resolvedGazetteerElements = gazetteerElements.map { resolver.resolve(type: $0.type, constraints: $0.constraints) }
        annotationElementTypes = annotationTypeNumbers.isEmpty ? [] : annotationElements.map { annotationTypeNumbers[$0.type] ?? -2 }
    }

    /// For each of `tests` that is an alternation (`("a" | #punct | $WORDS)`, or `!( … )` of one): its words, classes
    /// and other tests apart (`FlatTokenTest`), so the matcher looks a word up in a sorted array instead of walking
    /// the alternation test by test; nil for the other tests.
    var flatTests: [FlatTokenTest?] = []

    /// No instructions: what the compiler puts in a token rule's body until `RulePack.init` makes the program from the
    /// node (`RulePack.prepare`, on every core). Never matched.
    static let unbuilt = TokenProgram()

    private init() {}

    /// `flatTests`: a cache of flattened tests (the pack passes one per thread building programs), so a macro's
    /// alternation used by many rules is flattened once; the same tests either way.
    init(_ node: PatternNode, flatTests cache: FlatTokenTestCache? = nil) {
        emit(node)
        instructions.append(.match)
        if let cache { flatTests = tests.map(cache.flat) } else { flatTests = tests.map(FlatTokenTest.init) }
    }

    private mutating func emit(_ node: PatternNode) {
        switch node {
        case .token(.folded(let id)):
            instructions.append(.tokenID(id))
        case .token(.any):
            instructions.append(.anyToken)
        case .token(let test):
            tests.append(test)
            instructions.append(.token(tests.count - 1))
        case .gazetteer(let type, let constraints):
            gazetteerElements.append((type, constraints))
            instructions.append(.gazetteer(gazetteerElements.count - 1))
        case .annotation(let type, let constraints):
            annotationElements.append((type, constraints))
            instructions.append(.annotation(annotationElements.count - 1))
        case .sentenceStart:
            instructions.append(.sentenceStart)
        case .sequence(let items):
            for item in items { emit(item) }
        case .alternation(let alternatives):
            // Consecutive single words become one set test. Only consecutive ones: the order of the other
            // alternatives decides which of two equally good readings is found first; two words never match the
            // same token unless they are the same word, which gives the same reading.
            // The items (a run of words, or another alternative) are read in place, without arrays: an alternation
            // is emitted once per rule that uses it (200,000 emits for the shipped pack).
            func wordID(_ node: PatternNode) -> Int32? {
                if case .token(.folded(let id)) = node { id } else { nil }
            }
            /// The end of the item starting at `start`: a run of words, or one alternative.
            func itemEnd(_ start: Int) -> Int {
                guard wordID(alternatives[start]) != nil else { return start + 1 }
                var end = start + 1
                while end < alternatives.count, wordID(alternatives[end]) != nil { end += 1 }
                return end
            }
            func emitItem(_ range: Range<Int>) {
                if range.count > 1 {
                    let setStart = tokenIDSets.count
                    for index in range { tokenIDSets.append(wordID(alternatives[index])!) }
                    instructions.append(.tokenIDIn(start: Int32(setStart), count: Int32(tokenIDSets.count - setStart)))
                } else {
                    emit(alternatives[range.lowerBound])
                }
            }
            // split L1; <a>; jump end; L1: split L2; <b>; jump end; L2: <c>; end:
            // The jumps to the end are chained through their targets (-1 ends the chain) and set at the end.
            var lastJump = -1
            var start = 0
            while start < alternatives.count {
                let end = itemEnd(start)
                if end < alternatives.count {
                    let split = instructions.count
                    instructions.append(.split(alternative: -1))
                    emitItem(start..<end)
                    let jump = instructions.count
                    instructions.append(.jump(lastJump))
                    lastJump = jump
                    instructions[split] = .split(alternative: instructions.count)
                } else {
                    emitItem(start..<end)
                }
                start = end
            }
            while lastJump >= 0 {
                guard case .jump(let previous) = instructions[lastJump] else { preconditionFailure("a chained jump") }
                instructions[lastJump] = .jump(instructions.count)
                lastJump = previous
            }
        case .repetition(let inner, let min, let max):
            // The first copy is emitted; the others copy its instructions, their targets moved, and share its
            // tests and elements: a macro repeated `{0,6}` inside a `{1,9}` is hundreds of copies of the same
            // alternations, and emitting each anew made as many tests to flatten and regexes to number when the
            // pack loads (half of the load time).
            var template: Range<Int>?
            func emitCopy() {
                guard let template else {
                    let start = instructions.count
                    emit(inner)
                    template = start..<instructions.count
                    return
                }
                let shift = instructions.count - template.lowerBound
                for index in template { instructions.append(TokenProgram.moved(instructions[index], by: shift)) }
            }
            for _ in 0..<min { emitCopy() }
            // Optional copies: each may be skipped, and skipping one skips the rest.
            var splits: [Int] = []
            for _ in min..<Swift.max(min, max) {
                splits.append(instructions.count)
                instructions.append(.split(alternative: -1))
                emitCopy()
            }
            for split in splits { instructions[split] = .split(alternative: instructions.count) }
        case .capture(let slot, let inner):
            instructions.append(.captureStart(slot: slot))
            emit(inner)
            instructions.append(.captureEnd(slot: slot, bindsElement: TokenProgram.isSingleElement(inner)))
        }
    }

    /// An instruction of a repeat's first copy as it reads `shift` instructions further on: a copy's jumps and
    /// splits stay inside the copy (or go to its end), so they move with it.
    static func moved(_ instruction: Instruction, by shift: Int) -> Instruction {
        switch instruction {
        case .split(let alternative): .split(alternative: alternative + shift)
        case .jump(let target): .jump(target + shift)
        default: instruction
        }
    }

    static func isSingleElement(_ node: PatternNode) -> Bool {
        switch node {
        case .gazetteer, .annotation: true
        case .repetition(let inner, _, let max) where max == 1: isSingleElement(inner)
        default: false
        }
    }
}

/// `FlatTokenTest`s made once per pack: a test met again (the same alternation array, as a macro's compiled node
/// hands it to every rule that uses the macro, or an equal one) gets the instance made the first time. Flattening and
/// sorting the 16,852 alternation tests of the shipped pack's programs was a tenth of its load.
final class FlatTokenTestCache {
    /// The alternation's array storage (retained in the entry, so its address is not reused), its count and `!`.
    private struct Identity: Hashable {
        let address: UInt
        let count: Int
        let negated: Bool
    }
    private var byIdentity: [Identity: (members: [TokenTest], flat: FlatTokenTest)] = [:]
    private var byValue: [TokenTest: FlatTokenTest] = [:]

    func flat(_ test: TokenTest) -> FlatTokenTest? {
        var alternation = test, negated = false
        if case .not(let inner) = test { negated = true; alternation = inner }
        guard case .anyOf(let members) = alternation, !members.isEmpty else { return FlatTokenTest(test) }
        let address = members.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        let identity = Identity(address: address, count: members.count, negated: negated)
        if let known = byIdentity[identity] { return known.flat }
        let flat: FlatTokenTest
        if let known = byValue[test] {
            flat = known
        } else {
            guard let made = FlatTokenTest(test) else { return nil }
            flat = made
            byValue[test] = made
        }
        if address != 0 { byIdentity[identity] = (members, flat) }
        return flat
    }
}

/// A token test that is an alternation, or the negation of one, flattened once per pack: a token passes when its
/// word id is one of `ids` (sorted), or it is of one of `classes`, or it passes one of `others` (regexes, exact
/// texts, negations), the result inverted for `!( … )`. The same decision as `TokenTest.anyOf` (the tests have no
/// effects, so their order does not matter), without copying each member test per token (37.8 million copies on the
/// 2 MB dense line).
final class FlatTokenTest: Sendable {
    // A class: the matcher reads one per token tested, and copying a struct of three arrays retained each.
    let negated: Bool
    let any: Bool
    let ids: [Int32]
    let classes: [TokenClass]
    let others: [TokenTest]

    init?(_ test: TokenTest) {
        var alternation = test, negated = false
        if case .not(let inner) = test { negated = true; alternation = inner }
        guard case .anyOf(let members) = alternation else { return nil }
        var any = false, ids: [Int32] = [], classes: [TokenClass] = [], others: [TokenTest] = []
        func add(_ members: [TokenTest]) {
            for member in members {
                switch member {
                case .folded(let id): ids.append(id)
                case .tokenClass(let tokenClass): classes.append(tokenClass)
                case .any: any = true
                case .anyOf(let nested): add(nested)
                default: others.append(member)
                }
            }
        }
        add(members)
        self.negated = negated; self.any = any; self.ids = ids.sorted(); self.classes = classes; self.others = others
    }

    /// Whether `id` is in `ids`: binary search (some alternations list 40 words and more).
    @inline(__always)
    func containsID(_ id: Int32) -> Bool {
        var low = 0, high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < ids.count && ids[low] == id
    }
}
