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
    /// How often one of the literals begins at a byte of news text (roughly; see `frequency(of:)`).
    var frequency: Double

    init(literals: [[UInt8]], reach: Int) {
        self.literals = literals
        self.reach = reach
        frequency = literals.reduce(0) { $0 + LiteralGate.frequency(of: $1) }
    }

    private init(literals: [[UInt8]], reach: Int, frequency: Double) {
        (self.literals, self.reach, self.frequency) = (literals, reach, frequency)
    }

    /// Most strings a shape keeps, and most bytes in one: past them it is read as no literal (the strings are
    /// multiplied and joined while the pattern is read, a copy per character: kept few, or reading the pack's
    /// patterns cost 150 M instructions of load; duplicates are dropped by `LiteralScanner`).
    static let maxStrings = 16
    static let maxStringLength = 32
    /// Most literals of a gate (the branches of an alternation of words, each gated by its own literals).
    static let maxLiterals = 512

    /// A gate's literals must have three bytes at least: the scan finds them by their first three.
    var isUsable: Bool { !literals.isEmpty && literals.count <= LiteralGate.maxLiterals && literals.allSatisfy { $0.count >= 3 } }

    /// Roughly the share of text bytes searched with this gate (comparable with `RegexGate.estimatedCost`): how often
    /// one of the literals occurs in news text, times the window each occurrence opens.
    var estimatedCost: Double { isUsable ? frequency * Double(reach + 4) : .infinity }

    /// Up to eight bytes: a longer literal opens fewer windows in which nothing matches ("agreement" over "agre").
    static func frequency(of literal: [UInt8]) -> Double {
        var share = 1.0
        for byte in literal.prefix(8) {
            switch byte {
            case 0x61...0x7A, 0x41...0x5A: share *= 0.05
            case 0x20: share *= 0.16
            default: share *= 0.01
            }
        }
        return share
    }

    func shifted(by offset: Int) -> LiteralGate { LiteralGate(literals: literals, reach: reach + offset, frequency: frequency) }

    /// A gate for `a | b`: either branch's literals, within the farther reach.
    func union(_ other: LiteralGate) -> LiteralGate? {
        guard literals.count + other.literals.count <= LiteralGate.maxLiterals else { return nil }
        let literals = self.literals + other.literals
        return LiteralGate(literals: literals, reach: max(reach, other.reach), frequency: frequency + other.frequency)
    }

    static func cheapest(_ gates: [LiteralGate?]) -> LiteralGate? {
        var best: LiteralGate? = nil, bestCost = Double.infinity
        for case let gate? in gates {
            let cost = gate.estimatedCost
            if cost < bestCost { (best, bestCost) = (gate, cost) }
        }
        return best
    }

    /// Every string of `a` followed by every string of `b`; nil when either is unknown or the result too large.
    static func product(_ a: [[UInt8]]?, _ b: [[UInt8]]?) -> [[UInt8]]? {
        guard let a, let b, a.count * b.count <= maxStrings else { return nil }
        if b.count == 1 && b[0].isEmpty { return a }
        if a.count == 1 && a[0].isEmpty { return b }
        var result: [[UInt8]] = []
        result.reserveCapacity(a.count * b.count)
        for x in a {
            for y in b {
                guard x.count + y.count <= maxStringLength else { return nil }
                result.append(x + y)
            }
        }
        return result
    }

    static func union(_ a: [[UInt8]]?, _ b: [[UInt8]]?) -> [[UInt8]]? {
        guard let a, let b, a.count + b.count <= maxStrings else { return nil }
        return a + b
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}

/// Finds the literals of a pack's literal gates in a document, in one pass over its bytes.
///
/// Each literal is filed under a hash of its first three bytes, folded; the pass hashes each three folded bytes of
/// the text, tests a bit in a 262,144-bit table (32 KB), and only on a set bit compares the literals filed there
/// (folded for a caseless gate, exactly otherwise).
struct LiteralScanner: Sendable {
    /// A literal and the gates (slots) that hold it.
    private struct Entry: Sendable {
        let bytes: [UInt8]
        let caseless: Bool
        let slots: [Int32]
    }

    private static let hashBits = 18
    @inline(__always)
    private static func hash(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        (Int(a) &* 0x2F1 ^ Int(b) &* 0x3B ^ Int(c)) & ((1 << hashBits) - 1)
    }

    /// Bit `h` set: some literal's first three folded bytes hash to `h`.
    private let present: [UInt64]
    /// The entries of hash `h`: `entries[bucketStart[h] ..< bucketStart[h + 1]]`.
    private let bucketStart: [Int32]
    private let entries: [Entry]
    /// Per slot, whether its gate is caseless (such gates cannot be trusted in a text holding KELVIN SIGN or LONG S).
    let slotIsCaseless: [Bool]

    var slotCount: Int { slotIsCaseless.count }

    /// - Parameter gates: one gate per slot, with whether its pattern is caseless.
    init(gates: [(gate: LiteralGate, caseless: Bool)]) {
        var bySpelling: [[UInt8]: Int] = [:]
        var spellings: [(bytes: [UInt8], caseless: Bool, slots: [Int32])] = []
        for (slot, (gate, caseless)) in gates.enumerated() {
            for literal in gate.literals where literal.count >= 3 {
                let key = caseless ? literal.map(LiteralGate.fold) : literal
                // A caseless and an exact literal of one spelling are kept apart (their comparisons differ).
                let spelling = key + [caseless ? 1 : 0]
                if let index = bySpelling[spelling] {
                    if spellings[index].slots.last != Int32(slot) { spellings[index].slots.append(Int32(slot)) }
                } else {
                    bySpelling[spelling] = spellings.count
                    spellings.append((key, caseless, [Int32(slot)]))
                }
            }
        }
        let size = 1 << LiteralScanner.hashBits
        var bucketOf = [Int](repeating: 0, count: spellings.count)
        var bits = [UInt64](repeating: 0, count: size / 64)
        var counts = [Int32](repeating: 0, count: size + 1)
        for (index, spelling) in spellings.enumerated() {
            let f = spelling.bytes.prefix(3).map(LiteralGate.fold)
            let h = LiteralScanner.hash(f[0], f[1], f[2])
            bits[h >> 6] |= 1 << UInt64(h & 63)
            bucketOf[index] = h
            counts[h + 1] += 1
        }
        for h in 0..<size { counts[h + 1] += counts[h] }
        var fill = counts
        var flat = [Entry?](repeating: nil, count: spellings.count)
        for (index, spelling) in spellings.enumerated() {
            let h = bucketOf[index]
            flat[Int(fill[h])] = Entry(bytes: spelling.bytes, caseless: spelling.caseless, slots: spelling.slots)
            fill[h] += 1
        }
        present = bits
        bucketStart = counts
        entries = flat.map { $0! }
        slotIsCaseless = gates.map(\.caseless)
    }

    /// For each slot, the offsets where one of its literals begins, in order; nil for a caseless slot when the text
    /// holds KELVIN SIGN (E2 84 AA) or LONG S (C5 BF), which PCRE2 matches as `k` and `s`.
    func positions(in text: UnsafeBufferPointer<UInt8>) -> [[Int32]?] {
        // Hits as (slot, offset) pairs in text order, then split by slot: appending to an array of arrays per hit
        // checked the uniqueness of both each time.
        var hits: [(slot: Int32, offset: Int32)] = []
        var partnerOfASCII = false
        let count = text.count
        if count >= 3 {
            present.withUnsafeBufferPointer { present in
                bucketStart.withUnsafeBufferPointer { bucketStart in
                    var a = LiteralGate.fold(text[0]), b = LiteralGate.fold(text[1])
                    for offset in 0..<(count - 2) {
                        let raw = text[offset + 2]
                        let c = LiteralGate.fold(raw)
                        if raw >= 0xAA && ((raw == 0xAA && b == 0x84 && a == 0xE2) || (raw == 0xBF && b == 0xC5)) { partnerOfASCII = true }
                        let h = LiteralScanner.hash(a, b, c)
                        if present[h >> 6] & (1 << UInt64(h & 63)) != 0 {
                            for index in Int(bucketStart[h])..<Int(bucketStart[h + 1]) where matches(entries[index], in: text, at: offset) {
                                for slot in entries[index].slots { hits.append((slot, Int32(offset))) }
                            }
                        }
                        (a, b) = (b, c)
                    }
                    // (A LONG S at the very start: C5 BF as the first two bytes.)
                    if text[0] == 0xC5 && text[1] == 0xBF { partnerOfASCII = true }
                }
            }
        } else if count == 2 && text[0] == 0xC5 && text[1] == 0xBF {
            partnerOfASCII = true
        }
        var found = [[Int32]](repeating: [], count: slotCount)
        for (slot, offset) in hits where found[Int(slot)].last != offset { found[Int(slot)].append(offset) }
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
