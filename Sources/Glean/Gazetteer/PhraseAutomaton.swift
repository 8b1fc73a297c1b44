/// A trie over token ids: each path from the root spells a surface form token by token.
///
/// One pass over a document's token ids finds, at each position, the longest form that starts there
/// (leftmost-longest, non-overlapping). Transitions live in a single hash map keyed by
/// `(node << 32) | tokenId`, so a step is one lookup whatever the size of the gazetteer.
public struct PhraseAutomaton: Sendable {
    private var transitions: [UInt64: Int32] = [:]
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
        acceptStart = [Int32](repeating: 0, count: nodeCount + 1)
        for node in 0..<nodeCount {
            acceptStart[node] = Int32(accepted.count)
            if let forms = perNode[Int32(node)] { accepted.append(contentsOf: forms) }
        }
        acceptStart[nodeCount] = Int32(accepted.count)
    }

    @inline(__always)
    func child(of node: Int32, on id: Int32) -> Int32? {
        transitions[UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))]
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
