/// The annotations of earlier phases arranged for context lookups, made once per document and filled per type on
/// first use: starts sorted by token (binary search instead of a scan of every annotation of the type), and
/// which tokens an `outside:` type covers. A type's structures are kept from phase to phase and made again only
/// after a phase added annotations of that type (`beginPhase`): made per phase, the same sorted starts were built
/// again for every phase of a document, and most of that cost was hashing the type's name into the phase's tables.
final class AnnotationLookupIndex {
    struct Start {
        var start: Int32
        /// Position in the type's list (`annotationsByType`): the order lookups report ties in.
        var order: Int32
        var annotation: Int32
    }

    /// The phase's annotations and their indices by type (`beginPhase`); emptied by `endPhase`, so that the
    /// extractor appending to its own arrays after the phase does not copy them.
    /// Unchecked (here and below): one extractor's index is used on one thread, and no access to one of these
    /// overlaps another (each is read, then written after its structure is made); a dynamic check per lookup cost more
    /// than the lookup's array read.
    @exclusivity(unchecked) private var annotations: [Annotation]
    @exclusivity(unchecked) private var byType: [String: [Int]]
    private let tokenCount: Int
    @exclusivity(unchecked) private var startsByType: [String: (starts: [Start], longest: Int)] = [:]
    @exclusivity(unchecked) private var coveredByType: [String: [Bool]] = [:]
    /// `lookup`, `covered` and `sorted` by the numbers a pack gives the types its lookups name
    /// (`ContextLookupCall.typeSlot`): an array read per call instead of a String hashed; nil until made.
    @exclusivity(unchecked) private var lookupsBySlot: [TypeLookup?]
    @exclusivity(unchecked) private var coveredBySlot: [[Bool]?]
    @exclusivity(unchecked) private var sortedBySlot: [(starts: [Start], longest: Int)?]
    /// Per slot, the type's gazetteer type number and group rivals (the pack's, never forgotten).
    @exclusivity(unchecked) private var packFacts: [(gazetteerType: Int32, rivals: [String]?)?]
    /// The pack's slot of each numbered type (`RulePack.lookupTypeSlots`), for forgetting a type's structures.
    private let slotOfType: [String: Int]

    init(annotations: [Annotation], byType: [String: [Int]], tokenCount: Int, typeSlots: Int = 0, slotOfType: [String: Int] = [:]) {
        self.annotations = annotations
        self.byType = byType
        self.tokenCount = tokenCount
        self.slotOfType = slotOfType
        lookupsBySlot = Array(repeating: nil, count: typeSlots)
        coveredBySlot = Array(repeating: nil, count: typeSlots)
        sortedBySlot = Array(repeating: nil, count: typeSlots)
        packFacts = Array(repeating: nil, count: typeSlots)
    }

    /// A new phase: the annotations of the phases so far, and the types that have annotations the index has not
    /// seen (those the last phase added). Their structures are forgotten, and every `TypeLookup` (a lookup reads
    /// its type's rivals' coverage too) and nearest table; the other types' structures are what they were.
    func beginPhase(annotations: [Annotation], byType: [String: [Int]], changed: [String]) {
        self.annotations = annotations
        self.byType = byType
        guard !changed.isEmpty else { return }
        for type in changed {
            startsByType[type] = nil
            coveredByType[type] = nil
            if let slot = slotOfType[type] {
                coveredBySlot[slot] = nil
                sortedBySlot[slot] = nil
            }
        }
        if !lookupsByType.isEmpty { lookupsByType.removeAll(keepingCapacity: true) }
        for slot in lookupsBySlot.indices where lookupsBySlot[slot] != nil { lookupsBySlot[slot] = nil }
        if !nearestMade.isEmpty { nearestMade.removeAll(keepingCapacity: true) }
    }

    /// The phase is over: the annotations are released before the extractor appends to them.
    func endPhase() {
        annotations = []
        byType = [:]
    }

    /// The type's annotations that have tokens, by start token then order; and the most tokens one spans.
    private func sorted(type: String) -> (starts: [Start], longest: Int) {
        if let known = startsByType[type] { return known }
        let made = makeSorted(type: type)
        startsByType[type] = made
        return made
    }

    private func makeSorted(type: String) -> (starts: [Start], longest: Int) {
        var starts: [Start] = []
        var longest = 0
        for (order, index) in (byType[type] ?? []).enumerated() {
            guard let tokens = annotations[index].tokens else { continue }
            starts.append(Start(start: Int32(tokens.lowerBound), order: Int32(order), annotation: Int32(index)))
            longest = max(longest, tokens.count)
        }
        starts.sort { ($0.start, $0.order) < ($1.start, $1.order) }
        return (starts, longest)
    }

    func starts(type: String) -> [Start] { sorted(type: type).starts }

    /// The annotation at an index into `annotations` (as `overlapping` returns).
    func annotation(_ index: Int) -> Annotation { annotations[index] }

    /// What a context lookup of a type reads, found once per phase and type: one dictionary look-up per call instead
    /// of one per structure (the annotations' starts, the gazetteer type's number, the rivals' coverage).
    struct TypeLookup {
        let starts: [Start]
        /// The type's number among the gazetteer's types (-1: no entry has it).
        let gazetteerType: Int32
        /// Whether each token lies inside an annotation of a rival of the type's group (`RulePack.groupRivals`).
        let rivalCoverage: [[Bool]]
    }
    @exclusivity(unchecked) private var lookupsByType: [String: TypeLookup] = [:]

    func lookup(type: String, gazetteerType: (String) -> Int32, rivals: (String) -> [String]?) -> TypeLookup {
        if let known = lookupsByType[type] { return known }
        let made = TypeLookup(starts: sorted(type: type).starts, gazetteerType: gazetteerType(type),
                              rivalCoverage: rivals(type)?.map { covered(type: $0) } ?? [])
        lookupsByType[type] = made
        return made
    }

    /// Where a nearest-before lookup (`nearest_before`, `latest_before`, `nearest_before_in_sentence`) of one
    /// (type, field, outside) finds a value in this phase: the start tokens, ascending, and the value taken at each
    /// (`Extractor.nearestValues`). A lookup is then a bisection, not a scan of the marks before the match: on a long
    /// dense line most marks of a type can lack the field, and the nearest value lay far back.
    struct NearestValues {
        let starts: [Int32]
        let values: [FieldValue]

        /// The index of the last start before `token` (-1: none).
        func lastIndex(before token: Int) -> Int {
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) >> 1
                if Int(starts[middle]) < token { low = middle + 1 } else { high = middle }
            }
            return low - 1
        }
    }
    /// By `ContextLookupCall.key`, made on the phase's first such lookup of the key.
    @exclusivity(unchecked) private var nearestMade: [NearestValues?] = []

    func nearestValues(key: Int, make: () -> NearestValues) -> NearestValues {
        if key < nearestMade.count, let known = nearestMade[key] { return known }
        let made = make()
        if key >= nearestMade.count { nearestMade += repeatElement(nil, count: key + 1 - nearestMade.count) }
        nearestMade[key] = made
        return made
    }

    /// `lookup(type:…)` for the type numbered `slot` by the pack.
    func lookup(slot: Int, type: String, gazetteerType: (String) -> Int32, rivals: (String) -> [String]?) -> TypeLookup {
        if let known = lookupsBySlot[slot] { return known }
        // What the pack says of the type is asked once per document, not again after every phase that added marks.
        let fixed: (gazetteerType: Int32, rivals: [String]?)
        if let known = packFacts[slot] { fixed = known } else {
            fixed = (gazetteerType(type), rivals(type))
            packFacts[slot] = fixed
        }
        let made = TypeLookup(starts: sorted(slot: slot, type: type).starts, gazetteerType: fixed.gazetteerType,
                              rivalCoverage: fixed.rivals?.map { covered(type: $0) } ?? [])
        lookupsBySlot[slot] = made
        return made
    }

    /// `covered(type:)` for the type numbered `slot` by the pack.
    func covered(slot: Int, type: String) -> [Bool] {
        if let known = coveredBySlot[slot] { return known }
        let made = makeCovered(type: type)
        coveredBySlot[slot] = made
        return made
    }

    private func sorted(slot: Int, type: String) -> (starts: [Start], longest: Int) {
        if let known = sortedBySlot[slot] { return known }
        let made = makeSorted(type: type)
        sortedBySlot[slot] = made
        return made
    }

    /// `overlapping(type:tokens:)` for the type numbered `slot` by the pack.
    func overlapping(slot: Int, type: String, tokens: Range<Int>) -> (indices: [Int], examined: Int) {
        let (starts, longest) = sorted(slot: slot, type: type)
        return overlapping(starts: starts, longest: longest, tokens: tokens)
    }

    /// The first entry whose start is `token` or later.
    static func firstIndex(in starts: [Start], atOrAfter token: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) >> 1
            if Int(starts[middle].start) < token { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Indices into `annotations` of the type's annotations sharing a token with `tokens`, in the type's order;
    /// and how many entries were looked at.
    func overlapping(type: String, tokens: Range<Int>) -> (indices: [Int], examined: Int) {
        let (starts, longest) = sorted(type: type)
        return overlapping(starts: starts, longest: longest, tokens: tokens)
    }

    /// `overlapping(type:tokens:)` in a type's sorted starts.
    func overlapping(starts: [Start], longest: Int, tokens: Range<Int>) -> (indices: [Int], examined: Int) {
        // An annotation overlapping `tokens` starts at most `longest - 1` tokens before them.
        let first = AnnotationLookupIndex.firstIndex(in: starts, atOrAfter: tokens.lowerBound - longest + 1)
        var found: [(order: Int32, index: Int)] = []
        var next = first
        while next < starts.count && Int(starts[next].start) < tokens.upperBound {
            let index = Int(starts[next].annotation)
            if annotations[index].tokens!.overlaps(tokens) { found.append((starts[next].order, index)) }
            next += 1
        }
        if found.count > 1 { found.sort { $0.order < $1.order } }
        return (found.map(\.index), next - first)
    }

    /// Whether each token lies inside an annotation of the type.
    func covered(type: String) -> [Bool] {
        if let known = coveredByType[type] { return known }
        let made = makeCovered(type: type)
        coveredByType[type] = made
        return made
    }

    private func makeCovered(type: String) -> [Bool] {
        var covered = [Bool](repeating: false, count: tokenCount + 1)
        for index in byType[type] ?? [] {
            guard let tokens = annotations[index].tokens else { continue }
            for token in tokens where token < covered.count { covered[token] = true }
        }
        return covered
    }
}
