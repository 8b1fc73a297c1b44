/// A trie over token ids: each path from the root spells a surface form token by token.
///
/// One pass over a document's token ids finds, at each position, the longest form that starts there
/// (leftmost-longest, non-overlapping) within each layer: forms of different layers (`layer:` in a gazetteer file)
/// may overlap, forms of one layer never do. With one layer (no file declares one) this is the classic scan. The root's transitions are an array indexed by token id (most tokens
/// stop there); deeper transitions live in one open-addressing table keyed by `(node << 32) | tokenId`, so a
/// step is one multiply-and-probe whatever the size of the gazetteer.
public struct PhraseAutomaton: Sendable {
    private var transitions: [UInt64: Int32] = [:]
    /// Child of the root for each token id (-1: none).
    private var rootChildren: [Int32] = []
    /// Flat hash table of the other transitions: keys (0 = empty; node ids are never 0 there) and children.
    private var tableKeys: [UInt64] = []
    private var tableChildren: [Int32] = []
    private var tableMask = 0
    /// For each node, the forms that end there: `acceptStart[node]..<acceptStart[node + 1]` in `accepted`.
    private var acceptStart: [Int32] = []
    private var accepted: [Int32] = []
    /// The layer of each form in `accepted` (parallel to it); empty when there is one layer.
    private var acceptedLayers: [Int32] = []
    /// Per token id, the inner-word classes it belongs to (bit i: class i); empty when no word may stand inside a form.
    private var innerWordClasses: [UInt32] = []
    /// Per entry of `accepted`, the inner-word classes its form lets stand inside it (0: none); empty with no inner words.
    private var acceptedInnerClasses: [UInt32] = []
    /// Layers are numbered from 0 (the shared layer of files that declare none).
    public let layerCount: Int
    private(set) var nodeCount = 1
    public let maxFormLength: Int

    /// - Parameters:
    ///   - formTokenIDs: for each form, its folded tokens as vocabulary ids.
    ///   - formLayers: for each form, its layer (0 ..< layerCount); empty: every form is in layer 0.
    ///   - innerWordClasses: per token id, the inner-word classes of the word (bit i: class i); empty: none.
    ///   - formInnerClasses: per form, the classes of inner words that may stand inside it; empty: none.
    public init(formTokenIDs: [[Int32]], formLayers: [Int32] = [], innerWordClasses: [UInt32] = [], formInnerClasses: [UInt32] = []) {
        precondition(formInnerClasses.isEmpty || formInnerClasses.count == formTokenIDs.count, "one inner-word mask per form")
        precondition(formLayers.isEmpty || formLayers.count == formTokenIDs.count, "one layer per form")
        var perNode: [Int32: [Int32]] = [:]
        var longest = 0
        for (formIndex, ids) in formTokenIDs.enumerated() where !ids.isEmpty {
            longest = max(longest, ids.count)
            var node: Int32 = 0
            for id in ids {
                let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
                if let next = transitions[key] {
                    node = next
                } else {
                    let next = Int32(nodeCount)
                    nodeCount += 1
                    transitions[key] = next
                    node = next
                }
            }
            perNode[node, default: []].append(Int32(formIndex))
        }
        maxFormLength = longest
        var maxRootID: Int32 = -1
        var deep = 0
        for key in transitions.keys {
            if key >> 32 == 0 { maxRootID = max(maxRootID, Int32(truncatingIfNeeded: key)) } else { deep += 1 }
        }
        rootChildren = [Int32](repeating: -1, count: Int(maxRootID) + 1)
        var size = 16
        while size < deep * 2 { size <<= 1 }
        tableKeys = [UInt64](repeating: 0, count: size)
        tableChildren = [Int32](repeating: -1, count: size)
        tableMask = size - 1
        for (key, child) in transitions {
            if key >> 32 == 0 {
                rootChildren[Int(UInt32(truncatingIfNeeded: key))] = child
                continue
            }
            var slot = PhraseAutomaton.slot(of: key, mask: tableMask)
            while tableKeys[slot] != 0 { slot = (slot + 1) & tableMask }
            tableKeys[slot] = key
            tableChildren[slot] = child
        }
        transitions = [:]
        acceptStart = [Int32](repeating: 0, count: nodeCount + 1)
        for node in 0..<nodeCount {
            acceptStart[node] = Int32(accepted.count)
            if let forms = perNode[Int32(node)] { accepted.append(contentsOf: forms) }
        }
        acceptStart[nodeCount] = Int32(accepted.count)
        let layers = Int((formLayers.max() ?? 0) + 1)
        layerCount = layers
        if layers > 1 { acceptedLayers = accepted.map { formLayers[Int($0)] } }
        // Without inner words nothing is stepped over, so `allows` never reads the per-form classes: both stay empty.
        if !formInnerClasses.isEmpty, innerWordClasses.contains(where: { $0 != 0 }) {
            self.innerWordClasses = innerWordClasses
            acceptedInnerClasses = accepted.map { formInnerClasses[Int($0)] }
        }
    }

    /// No inner word stepped over: every form reached is accepted.
    private static let noInnerWord = UInt32.max

    /// From `node` at `position`, where the token there continues no form: the node and position after at most
    /// `2 - stepped` inner words when the token after them continues a form, with the classes all of them share
    /// (`mask`, narrowed); nil when there is none.
    @inline(__always)
    private static func stepOverInnerWords(_ ids: UnsafeBufferPointer<Int32>, from position: Int, node: Int32, mask: UInt32, stepped: Int,
                                           classes: UnsafeBufferPointer<UInt32>, keys: UnsafeBufferPointer<UInt64>,
                                           children: UnsafeBufferPointer<Int32>, tableMask: Int) -> (node: Int32, position: Int, mask: UInt32, stepped: Int)? {
        var look = position, narrowed = mask, count = stepped
        while count < 2, look + 1 < ids.count {
            let word = ids[look]
            guard word >= 0, Int(word) < classes.count else { return nil }
            let wordClasses = classes[Int(word)] & narrowed
            guard wordClasses != 0 else { return nil }
            narrowed = wordClasses
            count += 1
            look += 1
            let after = ids[look]
            guard after >= 0 else { return nil }
            let next = child(of: node, id: after, keys: keys, children: children, mask: tableMask)
            if next >= 0 { return (next, look + 1, narrowed, count) }
        }
        return nil
    }

    /// Whether the form at `index` of `accepted` may be reached with inner words of `mask` stepped over.
    @inline(__always)
    private static func allows(_ index: Int, _ mask: UInt32, _ acceptedInner: UnsafeBufferPointer<UInt32>) -> Bool {
        mask == noInnerWord || acceptedInner[index] & mask != 0
    }

    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The child of `node` by token `id` (-1: none): the open-addressing probe of `keys`, shared by both scans.
    @inline(__always)
    private static func child(of node: Int32, id: Int32, keys: UnsafeBufferPointer<UInt64>,
                              children: UnsafeBufferPointer<Int32>, mask: Int) -> Int32 {
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
        var slot = PhraseAutomaton.slot(of: key, mask: mask)
        while true {
            let stored = keys[slot]
            if stored == key { return children[slot] }
            if stored == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Walks the trie from each token. `accepts` filters forms (language, case); of the forms accepted at the
    /// deepest node reached, every one is reported (several entries can share a form: that is ambiguity).
    @inline(__always)
    func scan(tokenIDs: [Int32], accepts: (Int32, Int) -> Bool, report: (Int32, Int, Int) -> Void) {
        tokenIDs.withUnsafeBufferPointer { ids in
            rootChildren.withUnsafeBufferPointer { root in
                tableKeys.withUnsafeBufferPointer { keys in
                    tableChildren.withUnsafeBufferPointer { children in
                        acceptStart.withUnsafeBufferPointer { acceptStart in
                            accepted.withUnsafeBufferPointer { accepted in
                                innerWordClasses.withUnsafeBufferPointer { inner in
                                    acceptedInnerClasses.withUnsafeBufferPointer { acceptedInner in
                                        let words = InnerWords(classes: inner, accepted: acceptedInner)
                                        if layerCount == 1 {
                                            scan(ids, root: root, keys: keys, children: children, acceptStart: acceptStart,
                                                 accepted: accepted, inner: words, accepts: accepts, report: report)
                                        } else {
                                            acceptedLayers.withUnsafeBufferPointer { layers in
                                                scanLayers(ids, root: root, keys: keys, children: children, acceptStart: acceptStart,
                                                           accepted: accepted, layers: layers, inner: words, accepts: accepts, report: report)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The inner-word tables as buffers: per token id its classes, per entry of `accepted` the classes its form allows.
    private struct InnerWords {
        let classes: UnsafeBufferPointer<UInt32>
        let accepted: UnsafeBufferPointer<UInt32>
    }

    /// One walk of the trie from a start token: where it is, the inner-word classes stepped over to get there and, when
    /// an inner word was also the next token of a listed path ("will *then* travel to" listed, "will then fly to"
    /// not), the place the walk comes back to once to step over it.
    private struct Walk {
        var node: Int32
        var position: Int
        var innerMask = PhraseAutomaton.noInnerWord
        var stepped = 0
        private var alternative: (node: Int32, position: Int, mask: UInt32, stepped: Int)? = nil
        private var alternativeSaved = false

        init(node: Int32, position: Int) {
            self.node = node
            self.position = position
        }

        /// One step deeper (a listed transition, or inner words stepped over), else back to the saved alternative;
        /// false when the walk is over.
        @inline(__always)
        mutating func advance(_ ids: UnsafeBufferPointer<Int32>, inner: InnerWords, keys: UnsafeBufferPointer<UInt64>,
                              children: UnsafeBufferPointer<Int32>, tableMask: Int) -> Bool {
            if position < ids.count, ids[position] >= 0 {
                let next = PhraseAutomaton.child(of: node, id: ids[position], keys: keys, children: children, mask: tableMask)
                let step = inner.classes.isEmpty || (next >= 0 && alternativeSaved) ? nil
                    : PhraseAutomaton.stepOverInnerWords(ids, from: position, node: node, mask: innerMask, stepped: stepped,
                                                         classes: inner.classes, keys: keys, children: children, tableMask: tableMask)
                if next >= 0 {
                    if !alternativeSaved, let step {
                        alternative = step
                        alternativeSaved = true
                    }
                    node = next
                    position += 1
                    return true
                }
                if let step {
                    (node, position, innerMask, stepped) = step
                    return true
                }
            }
            guard let back = alternative else { return false }
            (node, position, innerMask, stepped) = back
            alternative = nil
            return true
        }
    }

    /// `scan` over raw buffers: no array is retained or bounds-checked per token.
    @inline(__always)
    private func scan(_ ids: UnsafeBufferPointer<Int32>, root: UnsafeBufferPointer<Int32>, keys: UnsafeBufferPointer<UInt64>,
                      children: UnsafeBufferPointer<Int32>, acceptStart: UnsafeBufferPointer<Int32>,
                      accepted: UnsafeBufferPointer<Int32>, inner: InnerWords, accepts: (Int32, Int) -> Bool, report: (Int32, Int, Int) -> Void) {
        let mask = tableMask
        var start = 0
        let count = ids.count
        while start < count {
            let first = ids[start]
            guard first >= 0, Int(first) < root.count, root[Int(first)] >= 0 else {
                start += 1
                continue
            }
            // The root step is the array lookup just made; deeper steps probe the flat table.
            var walk = Walk(node: root[Int(first)], position: start + 1)
            var bestEnd = -1
            var bestNode: Int32 = 0
            var bestInnerMask = PhraseAutomaton.noInnerWord
            repeat {
                let node = walk.node, position = walk.position
                let low = Int(acceptStart[Int(node)]), high = Int(acceptStart[Int(node) + 1])
                if low != high && position > bestEnd {
                    var index = low
                    while index < high {
                        if PhraseAutomaton.allows(index, walk.innerMask, inner.accepted) && accepts(accepted[index], start) { break }
                        index += 1
                    }
                    if index < high {
                        bestEnd = position
                        bestNode = node
                        bestInnerMask = walk.innerMask
                    }
                }
            } while walk.advance(ids, inner: inner, keys: keys, children: children, tableMask: mask)
            if bestEnd > start {
                for index in Int(acceptStart[Int(bestNode)])..<Int(acceptStart[Int(bestNode) + 1])
                where PhraseAutomaton.allows(index, bestInnerMask, inner.accepted) && accepts(accepted[index], start) {
                    report(accepted[index], start, bestEnd)
                }
                start = bestEnd
            } else {
                start += 1
            }
        }
    }

    /// `scan` with several layers, still one trie walk per start: the walk keeps the deepest accepted node of each
    /// layer, and each layer has its own cursor (the first token a hit of it may start at again), so a layer's hits
    /// never overlap each other but may overlap another layer's. The next start is the lowest cursor, so a token
    /// inside hits of every layer is not walked from.
    @inline(__always)
    private func scanLayers(_ ids: UnsafeBufferPointer<Int32>, root: UnsafeBufferPointer<Int32>, keys: UnsafeBufferPointer<UInt64>,
                            children: UnsafeBufferPointer<Int32>, acceptStart: UnsafeBufferPointer<Int32>,
                            accepted: UnsafeBufferPointer<Int32>, layers: UnsafeBufferPointer<Int32>, inner: InnerWords,
                            accepts: (Int32, Int) -> Bool, report: (Int32, Int, Int) -> Void) {
        let mask = tableMask
        let layerCount = self.layerCount
        // Per layer: its cursor, the end of its longest form at this start (-1: none), that form's node and the
        // inner-word classes stepped over to reach it.
        var state = [Int](repeating: 0, count: 4 * layerCount)
        state.withUnsafeMutableBufferPointer { state in
            let cursor = state.baseAddress!, bestEnd = cursor + layerCount, bestNode = cursor + 2 * layerCount
            let bestInnerMask = cursor + 3 * layerCount
            for layer in 0..<layerCount { bestEnd[layer] = -1 }
            var lowestCursor = 0
            var start = 0
            let count = ids.count
            while start < count {
                let first = ids[start]
                guard first >= 0, Int(first) < root.count, root[Int(first)] >= 0 else {
                    start = max(start + 1, lowestCursor)
                    continue
                }
                var found = false
                var walk = Walk(node: root[Int(first)], position: start + 1)
                repeat {
                    let node = walk.node, position = walk.position
                    var index = Int(acceptStart[Int(node)])
                    let high = Int(acceptStart[Int(node) + 1])
                    while index < high {
                        let layer = Int(layers[index])
                        // A layer blocked here (inside its last hit) or already accepted this deep is not asked again.
                        if cursor[layer] <= start && position > bestEnd[layer] && PhraseAutomaton.allows(index, walk.innerMask, inner.accepted)
                            && accepts(accepted[index], start) {
                            bestEnd[layer] = position
                            bestNode[layer] = Int(node)
                            bestInnerMask[layer] = Int(walk.innerMask)
                            found = true
                        }
                        index += 1
                    }
                } while walk.advance(ids, inner: inner, keys: keys, children: children, tableMask: mask)
                if found {
                    lowestCursor = Int.max
                    for layer in 0..<layerCount {
                        let end = bestEnd[layer]
                        if end > start {
                            let node = bestNode[layer]
                            let reachedWith = UInt32(truncatingIfNeeded: bestInnerMask[layer])
                            for index in Int(acceptStart[node])..<Int(acceptStart[node + 1])
                            where Int(layers[index]) == layer && PhraseAutomaton.allows(index, reachedWith, inner.accepted) && accepts(accepted[index], start) {
                                report(accepted[index], start, end)
                            }
                            cursor[layer] = end
                            bestEnd[layer] = -1
                        }
                        lowestCursor = min(lowestCursor, cursor[layer])
                    }
                }
                start = max(start + 1, lowestCursor)
            }
        }
    }
}
