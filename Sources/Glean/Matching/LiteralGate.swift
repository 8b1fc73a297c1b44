/// A regex rule's literal gate: every match holds one of a few literal strings, beginning at most `reach` bytes
/// after the match's start (`(?<![\p{L}])(?:agreements?|accords?)\b…` holds "agreement" or "accord" at offset 0).
///
/// A byte gate (`RegexGate`) fails on such patterns: their first bytes are letters, which occur everywhere. The
/// literals of every gated rule of a pack are found in a document by one pass (`LiteralScanner`), and a rule then runs
/// PCRE2 only in the windows `p - reach ... p` around their positions, as with a byte gate (`RegexGate.allMatches`).
/// The literals of a caseless pattern are folded to ASCII lower case; under PCRE2's caseless matching, `k` and `s`
/// also match KELVIN SIGN and LONG S, so a document holding either is scanned whole by such rules (`LiteralScanner`).
struct LiteralGate: Sendable, Hashable {
    var literals: [[UInt8]]
    var reach: Int

    /// Most strings a shape keeps, and most bytes in one: past them it is read as no literal.
    static let maxStrings = 512
    static let maxStringLength = 48

    /// A gate's literals must have two bytes at least: the scan finds them by their first two.
    var isUsable: Bool { !literals.isEmpty && literals.allSatisfy { $0.count >= 2 } && literals.count <= LiteralGate.maxStrings }

    /// Roughly the share of text bytes searched with this gate (comparable with `RegexGate.estimatedCost`): how often
    /// one of the literals occurs in news text, times the window each occurrence opens.
    var estimatedCost: Double {
        guard isUsable else { return .infinity }
        var frequency = 0.0
        for literal in literals {
            // Up to eight bytes: a longer literal opens fewer windows in which nothing matches ("agreement" over "agre").
            var share = 1.0
            for byte in literal.prefix(8) {
                switch byte {
                case 0x61...0x7A, 0x41...0x5A: share *= 0.05
                case 0x20: share *= 0.16
                default: share *= 0.01
                }
            }
            frequency += share
        }
        return frequency * Double(reach + 4)
    }

    func shifted(by offset: Int) -> LiteralGate { LiteralGate(literals: literals, reach: reach + offset) }

    /// A gate for `a | b`: either branch's literals, within the farther reach.
    func union(_ other: LiteralGate) -> LiteralGate? {
        guard let literals = LiteralGate.union(literals, other.literals) else { return nil }
        return LiteralGate(literals: literals, reach: max(reach, other.reach))
    }

    static func cheapest(_ gates: [LiteralGate?]) -> LiteralGate? {
        gates.compactMap { $0 }.filter(\.isUsable).min { $0.estimatedCost < $1.estimatedCost }
    }

    /// Every string of `a` followed by every string of `b`; nil when either is unknown or the result too large.
    static func product(_ a: [[UInt8]]?, _ b: [[UInt8]]?) -> [[UInt8]]? {
        guard let a, let b, a.count * b.count <= maxStrings else { return nil }
        var result: [[UInt8]] = []
        result.reserveCapacity(a.count * b.count)
        for x in a {
            for y in b {
                guard x.count + y.count <= maxStringLength else { return nil }
                result.append(x + y)
            }
        }
        return deduplicated(result)
    }

    static func union(_ a: [[UInt8]]?, _ b: [[UInt8]]?) -> [[UInt8]]? {
        guard let a, let b, a.count + b.count <= maxStrings else { return nil }
        return deduplicated(a + b)
    }

    private static func deduplicated(_ strings: [[UInt8]]) -> [[UInt8]] {
        var seen = Set<[UInt8]>()
        return strings.filter { seen.insert($0).inserted }
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}

/// Finds the literals of a pack's literal gates in a document, in one pass over its bytes.
///
/// Each literal is filed under its first two bytes, folded; the pass looks up each pair of the text's folded bytes in
/// a 65,536-bit table and compares the literals filed there (folded for a caseless gate, exactly otherwise).
struct LiteralScanner: Sendable {
    /// A literal and the gates (slots) that hold it.
    private struct Entry: Sendable {
        let bytes: [UInt8]
        let caseless: Bool
        let slots: [Int32]
    }

    /// Bit `k` set: some literal begins with the folded pair `k` (first byte × 256 + second).
    private let present: [UInt64]
    /// Entries of pair `k`: `entries[firstEntry[k] ..< firstEntry[k + 1]]` (pairs with none are not listed).
    private let firstEntry: [Int32: Range<Int>]
    private let entries: [Entry]
    /// Per slot, whether its gate is caseless (such gates cannot be trusted in a text holding KELVIN SIGN or LONG S).
    let slotIsCaseless: [Bool]

    var slotCount: Int { slotIsCaseless.count }

    /// - Parameter gates: one gate per slot, with whether its pattern is caseless.
    init(gates: [(gate: LiteralGate, caseless: Bool)]) {
        var bySpelling: [[UInt8]: (caseless: Bool, slots: [Int32])] = [:]
        var order: [([UInt8], Bool)] = []
        for (slot, (gate, caseless)) in gates.enumerated() {
            for literal in gate.literals {
                let key = caseless ? literal.map(LiteralGate.fold) : literal
                // A caseless and an exact literal of one spelling are kept apart (their comparisons differ).
                let spelling = key + [caseless ? 1 : 0]
                if bySpelling[spelling] == nil { order.append((spelling, caseless)) }
                bySpelling[spelling, default: (caseless, [])].slots.append(Int32(slot))
            }
        }
        var grouped: [Int32: [Entry]] = [:]
        var bits = [UInt64](repeating: 0, count: 65_536 / 64)
        for (spelling, caseless) in order {
            let bytes = Array(spelling.dropLast())
            let pair = Int32(LiteralGate.fold(bytes[0])) << 8 | Int32(LiteralGate.fold(bytes[1]))
            bits[Int(pair) >> 6] |= 1 << UInt64(pair & 63)
            grouped[pair, default: []].append(Entry(bytes: bytes, caseless: caseless, slots: bySpelling[spelling]!.slots))
        }
        var flat: [Entry] = []
        var ranges: [Int32: Range<Int>] = [:]
        for pair in grouped.keys.sorted() {
            let start = flat.count
            flat += grouped[pair]!
            ranges[pair] = start..<flat.count
        }
        present = bits
        firstEntry = ranges
        entries = flat
        slotIsCaseless = gates.map(\.caseless)
    }

    /// For each slot, the offsets where one of its literals begins, in order; nil for a caseless slot when the text
    /// holds KELVIN SIGN (E2 84 AA) or LONG S (C5 BF), which PCRE2 matches as `k` and `s`.
    func positions(in text: UnsafeBufferPointer<UInt8>) -> [[Int32]?] {
        var found = [[Int32]](repeating: [], count: slotCount)
        var partnerOfASCII = false
        let count = text.count
        if count >= 2 {
            present.withUnsafeBufferPointer { present in
                var previous = LiteralGate.fold(text[0])
                for offset in 0..<(count - 1) {
                    let raw = text[offset + 1]
                    let next = LiteralGate.fold(raw)
                    let pair = Int(previous) << 8 | Int(next)
                    defer { previous = next }
                    if (raw == 0xAA && previous == 0x84 && offset > 0 && text[offset - 1] == 0xE2) || (raw == 0xBF && previous == 0xC5) {
                        partnerOfASCII = true
                    }
                    guard present[pair >> 6] & (1 << UInt64(pair & 63)) != 0, let range = firstEntry[Int32(pair)] else { continue }
                    for entry in entries[range] where matches(entry, in: text, at: offset) {
                        for slot in entry.slots where found[Int(slot)].last != Int32(offset) {
                            found[Int(slot)].append(Int32(offset))
                        }
                    }
                }
            }
        }
        return found.enumerated().map { slot, offsets in
            partnerOfASCII && slotIsCaseless[slot] ? nil : offsets
        }
    }

    @inline(__always)
    private func matches(_ entry: Entry, in text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let length = entry.bytes.count
        guard offset + length <= text.count else { return false }
        if entry.caseless {
            for index in 0..<length where LiteralGate.fold(text[offset + index]) != entry.bytes[index] { return false }
        } else {
            for index in 0..<length where text[offset + index] != entry.bytes[index] { return false }
        }
        return true
    }
}
