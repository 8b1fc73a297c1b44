/// Gazetteer entry types as small integers, computed once per pack, so the matcher tells a hit's type with one
/// array read instead of a string comparison.
struct GazetteerTypeTable: Sendable {
    /// Every entry type, by id.
    let names: [String]
    let ids: [String: Int32]
    /// The type id of each entry.
    let entryTypeIDs: [Int32]
    /// The `FormKind` of each form, as its index in `FormKind.allCases`.
    let formKinds: [UInt8]

    init(_ gazetteer: Gazetteer) {
        var names: [String] = []
        var ids: [String: Int32] = [:]
        var entryTypeIDs: [Int32] = []
        entryTypeIDs.reserveCapacity(gazetteer.entryTypes.count)
        for type in gazetteer.entryTypes {
            if let id = ids[type] { entryTypeIDs.append(id); continue }
            let id = Int32(names.count)
            ids[type] = id
            names.append(type)
            entryTypeIDs.append(id)
        }
        self.names = names
        self.ids = ids
        self.entryTypeIDs = entryTypeIDs
        let kinds = FormKind.allCases
        formKinds = gazetteer.forms.map { UInt8(kinds.firstIndex(of: $0.kind)!) }
    }

    /// The id of a type; -1 when no entry has it (no hit can be of it).
    func id(of type: String) -> Int32 { ids[type] ?? -1 }
}

/// A `gaz:Type(constraints)` pattern element resolved against the pack: which entries and which form kinds pass
/// its constraints, decided once per pack (entries and forms never change), so testing a hit costs no attribute
/// lookup and no string comparison.
struct ResolvedGazetteerElement: Sendable {
    let typeID: Int32
    /// A bit per entry that passes the constraints on attributes; nil when there are none.
    let acceptedEntries: [UInt64]?
    /// A bit per `FormKind` (its index) that passes the constraints on `form`.
    let acceptedFormKinds: UInt8

    init(type: String, constraints: [Constraint], gazetteer: Gazetteer, table: GazetteerTypeTable, scratch: RegexMatchScratch) {
        typeID = table.id(of: type)
        let onForm = constraints.filter { $0.key == "form" }
        let onAttributes = constraints.filter { $0.key != "form" }
        var kinds: UInt8 = 0
        for (index, kind) in FormKind.allCases.enumerated() where onForm.allSatisfy({ $0.isSatisfied(by: .string(kind.rawValue), scratch: scratch) }) {
            kinds |= 1 << UInt8(index)
        }
        acceptedFormKinds = kinds
        if onAttributes.isEmpty || typeID < 0 {
            acceptedEntries = nil
        } else {
            var bits = [UInt64](repeating: 0, count: gazetteer.entries.count / 64 + 1)
            for (index, entryType) in table.entryTypeIDs.enumerated() where entryType == typeID {
                let entry = gazetteer.entries[index]
                if onAttributes.allSatisfy({ $0.isSatisfied(by: entry.attribute($0.key), scratch: scratch) }) {
                    bits[index >> 6] |= 1 << UInt64(index & 63)
                }
            }
            acceptedEntries = bits
        }
    }

    @inline(__always)
    func accepts(_ hit: GazetteerHit, table: GazetteerTypeTable) -> Bool {
        let entry = Int(hit.entry)
        guard table.entryTypeIDs[entry] == typeID, acceptedFormKinds & (1 << table.formKinds[Int(hit.form)]) != 0 else { return false }
        guard let acceptedEntries else { return true }
        return acceptedEntries[entry >> 6] & (1 << UInt64(entry & 63)) != 0
    }
}

extension Constraint {
    /// Whether a value (a string, a list of them, or missing) passes the constraint.
    func isSatisfied(by value: FieldValue?, scratch: RegexMatchScratch) -> Bool {
        let values: [String]
        switch value {
        case .list(let items)?: values = items.compactMap(\.stringValue)
        case let single?: values = single.stringValue.map { [$0] } ?? []
        case nil: values = []
        }
        switch test {
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

/// The start tokens of a document's gazetteer hits, by type id (sorted, without repeats), built in one pass over
/// the hits: what rules that start with `gaz:Type` and the prefilter's "has a hit of this type" read.
struct HitTypeIndex {
    /// The starts of type `t` are `starts[offsets[t]..<offsets[t + 1]]`.
    private let offsets: [Int32]
    private let starts: [Int32]
    /// The indices into the hits of type `t`, in order (so by start token), are `hitIndices[hitOffsets[t]..<hitOffsets[t + 1]]`:
    /// what a context lookup of a gazetteer type reads instead of every hit of the sentence.
    private let hitOffsets: [Int32]
    private let hitIndices: [Int32]

    init(hits: [GazetteerHit], table: GazetteerTypeTable) {
        let typeCount = table.names.count
        var counts = [Int32](repeating: 0, count: typeCount + 1)
        var hitCounts = [Int32](repeating: 0, count: typeCount + 1)
        var last = [Int32](repeating: -1, count: typeCount)
        for hit in hits {
            let type = Int(table.entryTypeIDs[Int(hit.entry)])
            hitCounts[type + 1] += 1
            if last[type] != hit.startToken { last[type] = hit.startToken; counts[type + 1] += 1 }
        }
        for type in 0..<typeCount { counts[type + 1] += counts[type]; hitCounts[type + 1] += hitCounts[type] }
        var fill = counts, hitFill = hitCounts
        var starts = [Int32](repeating: 0, count: Int(counts[typeCount]))
        var hitIndices = [Int32](repeating: 0, count: hits.count)
        for type in 0..<typeCount { last[type] = -1 }
        for (index, hit) in hits.enumerated() {
            let type = Int(table.entryTypeIDs[Int(hit.entry)])
            hitIndices[Int(hitFill[type])] = Int32(index)
            hitFill[type] += 1
            if last[type] != hit.startToken {
                last[type] = hit.startToken
                starts[Int(fill[type])] = hit.startToken
                fill[type] += 1
            }
        }
        offsets = counts
        self.starts = starts
        hitOffsets = hitCounts
        self.hitIndices = hitIndices
    }

    /// The indices of the hits of a type that start in `tokens`, in order (`hits` sorted by start token).
    func hitIndices(ofType type: Int32, startingIn tokens: Range<Int>, hits: [GazetteerHit]) -> ArraySlice<Int32> {
        guard type >= 0 && Int(type) + 1 < hitOffsets.count else { return [] }
        var low = Int(hitOffsets[Int(type)]), high = Int(hitOffsets[Int(type) + 1])
        let end = high
        while low < high {
            let middle = (low + high) >> 1
            if Int(hits[Int(hitIndices[middle])].startToken) < tokens.lowerBound { low = middle + 1 } else { high = middle }
        }
        var last = low
        while last < end && Int(hits[Int(hitIndices[last])].startToken) < tokens.upperBound { last += 1 }
        return hitIndices[low..<last]
    }

    func hasHit(ofType type: Int32) -> Bool {
        type >= 0 && Int(type) + 1 < offsets.count && offsets[Int(type) + 1] > offsets[Int(type)]
    }

    func starts(ofType type: Int32) -> [Int] {
        guard hasHit(ofType: type) else { return [] }
        return starts[Int(offsets[Int(type)])..<Int(offsets[Int(type) + 1])].map(Int.init)
    }
}

/// The annotations of earlier phases by start token, as one flat array: the ones starting at token `t` are
/// `order[offsets[t]..<offsets[t + 1]]`, in the order they were made.
struct AnnotationStartIndex {
    private let offsets: [Int32]
    private let order: [Int32]
    /// `typeNumber` of the annotation at each position of `order`: the matcher skips annotations of other types
    /// without reading (and copying) them.
    private let types: [Int32]

    init(annotations: [Annotation], tokenCount: Int) {
        // Built once per phase that added annotations: the annotations' start tokens are read through a pointer
        // (a `for` over the array copied each annotation, retaining its strings and fields), and the offsets are
        // shifted back while filling instead of filled from a copy.
        var counts = [Int32](repeating: 0, count: tokenCount + 2)
        var order: [Int32] = []
        var types: [Int32] = []
        annotations.withUnsafeBufferPointer { annotations in
            counts.withUnsafeMutableBufferPointer { counts in
                for index in 0..<annotations.count {
                    if let start = annotations[index].tokens?.lowerBound, start <= tokenCount { counts[start + 1] += 1 }
                }
                for token in 0...tokenCount { counts[token + 1] += counts[token] }
                order = [Int32](repeating: 0, count: Int(counts[tokenCount + 1]))
                types = [Int32](repeating: -1, count: order.count)
                order.withUnsafeMutableBufferPointer { order in
                    types.withUnsafeMutableBufferPointer { types in
                        // counts[start] is the next free place of `start`'s annotations; afterwards it holds the end of
                        // their range, which is the start of the next token's: shifting by one restores the offsets.
                        for index in 0..<annotations.count {
                            guard let start = annotations[index].tokens?.lowerBound, start <= tokenCount else { continue }
                            order[Int(counts[start])] = Int32(index)
                            types[Int(counts[start])] = annotations[index].typeNumber
                            counts[start] += 1
                        }
                    }
                }
                var token = tokenCount + 1
                while token > 0 { counts[token] = counts[token - 1]; token -= 1 }
                counts[0] = 0
            }
        }
        offsets = counts
        self.order = order
        self.types = types
    }

    /// Positions in `order` of the annotations starting at `token`.
    @inline(__always)
    func range(startingAt token: Int) -> Range<Int> {
        guard token >= 0 && token + 1 < offsets.count else { return 0..<0 }
        return Int(offsets[token])..<Int(offsets[token + 1])
    }

    @inline(__always)
    func annotation(at position: Int) -> Int { Int(order[position]) }

    @inline(__always)
    func typeNumber(at position: Int) -> Int32 { types[position] }
}
