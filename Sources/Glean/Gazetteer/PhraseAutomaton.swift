/// A trie over token ids: each path from the root spells a surface form token by token.
///
/// One pass over a document's token ids finds, at each position, the longest form that starts there
/// (leftmost-longest, non-overlapping). The root's transitions are an array indexed by token id (most tokens
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
    private(set) var nodeCount = 1
    public let maxFormLength: Int

    /// - Parameter formTokenIDs: for each form, its folded tokens as vocabulary ids.
    public init(formTokenIDs: [[Int32]]) {
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
    }

    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    func child(of node: Int32, on id: Int32) -> Int32? {
        if node == 0 {
            guard id >= 0, Int(id) < rootChildren.count else { return nil }
            let child = rootChildren[Int(id)]
            return child >= 0 ? child : nil
        }
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
        var slot = PhraseAutomaton.slot(of: key, mask: tableMask)
        while true {
            let found = tableKeys[slot]
            if found == key { return tableChildren[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & tableMask
        }
    }

    @inline(__always)
    func forms(endingAt node: Int32) -> ArraySlice<Int32> {
        accepted[Int(acceptStart[Int(node)])..<Int(acceptStart[Int(node) + 1])]
    }

    /// Walks the trie from each token. `accepts` filters forms (language, case); of the forms accepted at the
    /// deepest node reached, every one is reported (several entries can share a form: that is ambiguity).
    func scan(tokenIDs: [Int32], accepts: (Int32, Int) -> Bool, report: (Int32, Int, Int) -> Void) {
        var start = 0
        let count = tokenIDs.count
        while start < count {
            var node: Int32 = 0
            var position = start
            var bestEnd = -1
            var bestNode: Int32 = 0
            while position < count, tokenIDs[position] >= 0, let next = child(of: node, on: tokenIDs[position]) {
                node = next
                position += 1
                if acceptStart[Int(node)] != acceptStart[Int(node) + 1],
                   forms(endingAt: node).contains(where: { accepts($0, start) }) {
                    bestEnd = position
                    bestNode = node
                }
            }
            if bestEnd > start {
                for form in forms(endingAt: bestNode) where accepts(form, start) { report(form, start, bestEnd) }
                start = bestEnd
            } else {
                start += 1
            }
        }
    }
}
