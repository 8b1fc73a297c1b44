/// The annotations of earlier phases arranged for context lookups, made once per phase and filled per type on
/// first use: starts sorted by token (binary search instead of a scan of every annotation of the type), and
/// which tokens an `outside:` type covers.
final class AnnotationLookupIndex {
    struct Start {
        var start: Int32
        /// Position in the type's list (`annotationsByType`): the order lookups report ties in.
        var order: Int32
        var annotation: Int32
    }

    private let annotations: [Annotation]
    private let byType: [String: [Int]]
    private let tokenCount: Int
    private var startsByType: [String: (starts: [Start], longest: Int)] = [:]
    private var coveredByType: [String: [Bool]] = [:]
    /// `lookup`, `covered` and `sorted` by the numbers a pack gives the types its lookups name
    /// (`ContextLookupCall.typeSlot`): an array read per call instead of a String hashed. Per slot and structure, its
    /// place in the lists below (-1: not made yet); made on the phase's first numbered lookup (most phases make none),
    /// and integers, so a phase's index is cheap to make and to free.
    private var places: [Int32] = []
    private let typeSlots: Int
    private var lookupsMade: [TypeLookup] = []
    private var coveredMade: [[Bool]] = []
    private var sortedMade: [(starts: [Start], longest: Int)] = []

    init(annotations: [Annotation], byType: [String: [Int]], tokenCount: Int, typeSlots: Int = 0) {
        self.annotations = annotations
        self.byType = byType
        self.tokenCount = tokenCount
        self.typeSlots = typeSlots
    }

    /// Where the structure `kind` (0 lookup, 1 covered, 2 sorted) of the type numbered `slot` is kept, -1 if not made.
    @inline(__always) private func place(_ slot: Int, _ kind: Int) -> Int {
        if places.isEmpty { places = Array(repeating: -1, count: typeSlots * 3) }
        return Int(places[slot * 3 + kind])
    }

    /// The type's annotations that have tokens, by start token then order; and the most tokens one spans.
    private func sorted(type: String) -> (starts: [Start], longest: Int) {
        if let known = startsByType[type] { return known }
        var starts: [Start] = []
        var longest = 0
        for (order, index) in (byType[type] ?? []).enumerated() {
            guard let tokens = annotations[index].tokens else { continue }
            starts.append(Start(start: Int32(tokens.lowerBound), order: Int32(order), annotation: Int32(index)))
            longest = max(longest, tokens.count)
        }
        starts.sort { ($0.start, $0.order) < ($1.start, $1.order) }
        startsByType[type] = (starts, longest)
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
    private var lookupsByType: [String: TypeLookup] = [:]

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
    private var nearestMade: [NearestValues?] = []

    func nearestValues(key: Int, make: () -> NearestValues) -> NearestValues {
        if key < nearestMade.count, let known = nearestMade[key] { return known }
        let made = make()
        if key >= nearestMade.count { nearestMade += repeatElement(nil, count: key + 1 - nearestMade.count) }
        nearestMade[key] = made
        return made
    }

    /// The structure `kind` of the type numbered `slot`: from `made` when known, else `make()`'s, kept there.
    @inline(__always) private func numbered<T>(_ slot: Int, _ kind: Int, _ made: inout [T], _ make: () -> T) -> T {
        let known = place(slot, kind)
        if known >= 0 { return made[known] }
        let value = make()
        places[slot * 3 + kind] = Int32(made.count)
        made.append(value)
        return value
    }

    /// `lookup(type:…)` for the type numbered `slot` by the pack.
    func lookup(slot: Int, type: String, gazetteerType: (String) -> Int32, rivals: (String) -> [String]?) -> TypeLookup {
        numbered(slot, 0, &lookupsMade) { lookup(type: type, gazetteerType: gazetteerType, rivals: rivals) }
    }

    /// `covered(type:)` for the type numbered `slot` by the pack.
    func covered(slot: Int, type: String) -> [Bool] {
        numbered(slot, 1, &coveredMade) { covered(type: type) }
    }

    /// `overlapping(type:tokens:)` for the type numbered `slot` by the pack.
    func overlapping(slot: Int, type: String, tokens: Range<Int>) -> (indices: [Int], examined: Int) {
        let (starts, longest) = numbered(slot, 2, &sortedMade) { sorted(type: type) }
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
        var covered = [Bool](repeating: false, count: tokenCount + 1)
        for index in byType[type] ?? [] {
            guard let tokens = annotations[index].tokens else { continue }
            for token in tokens where token < covered.count { covered[token] = true }
        }
        coveredByType[type] = covered
        return covered
    }
}
