/// Where a whole-text regex rule can match, so it is run on those parts of the text only.
///
/// From the pattern, a conservative reading finds bytes that every match must contain close to its start:
/// "every match holds, within `reach` bytes of its start, a character whose first byte is in `bytes`" (for
/// `(?<![0-9])(?<y>(?:1[5-9]|20)[0-9]{2})-…`: a digit at offset 0). A match can then only start in
/// `p - reach ... p` for a position `p` of such a byte, and the rule runs PCRE2 on those windows only (its
/// offset limit stops each search at the window's end; lookbehinds still see the text before the window).
/// The matches are exactly those of one scan over the whole text: the windows hold every possible start,
/// and each search resumes where the whole-text scan would.
///
/// The reading understands literals, escapes, classes, groups, lookarounds, alternations and quantifiers; for
/// anything else (extended mode, conditionals, recursion, verbs) there is no gate and the rule scans the text.
struct RegexGate: Sendable, Hashable {
    /// Bit `b` set: byte `b` can begin the required character.
    var bytes: ByteSet
    /// The required character begins at most this many bytes after the match's start.
    var reach: Int

    /// A document where a rule's gate positions are more than one in this many bytes is scanned whole: each window
    /// is a PCRE2 search (~450 instructions of call and start-up under callgrind), one scan reads a byte for ~5 to ~40.
    /// `agreement.members_later`'s gate (the first letters of `plusieurs|several|a\s+number…`) opened 408,329 windows in
    /// the 2 MB news slice and `agreement.group_itemized`'s (`deux|two|2 …`) 249,773: 299.9 M instructions of PCRE2
    /// against 144.1 M for one scan of each document; gates rarer than one in twenty bytes cost about what a scan does.
    static let denseWindows = 12

    /// The most useful gate of a pattern, or nil when none is known or none would save work.
    static func of(pattern: String, caseless: Bool, unicodeClasses: Bool, dotAll: Bool) -> RegexGate? {
        var parser = RegexShapeParser(pattern: Array(pattern.utf8), caseless: caseless, unicodeClasses: unicodeClasses, dotAll: dotAll)
        guard let shape = parser.parse() else { return nil }
        let best = shape.gates.min { $0.estimatedCost < $1.estimatedCost }
        // A gate that holds for most bytes of news text (a letter) saves nothing over PCRE2's own start search.
        guard let best, best.estimatedCost < 1.5 else { return nil }
        return best
    }

    /// The gate of a `regex:` rule's compiled pattern, or nil when it has none and the rule scans every document
    /// whole (`RulePack` gates with it; `glean check` warns about a rule without one, `RuleCompiler`).
    static func of(rule regex: CompiledRegex) -> RegexGate? {
        let options = regex.options
        guard !options.contains(.extended) else { return nil }
        return of(pattern: regex.pattern, caseless: options.contains(.caseless), unicodeClasses: options.contains(.unicodeClasses),
                  dotAll: options.contains(.dotAll))
    }

    /// The cheaper of a `regex:` rule's byte gate and literal gate (`LiteralGate`), or nil when neither would save
    /// work and the rule scans every document whole.
    static func windows(of regex: CompiledRegex) -> GatedRegex.Gate? {
        let options = regex.options
        guard !options.contains(.extended) else { return nil }
        var parser = RegexShapeParser(pattern: Array(regex.pattern.utf8), caseless: options.contains(.caseless),
                                      unicodeClasses: options.contains(.unicodeClasses), dotAll: options.contains(.dotAll))
        guard let shape = parser.parse() else { return nil }
        let bytes = shape.gates.min { $0.estimatedCost < $1.estimatedCost }
        let literals = shape.literalGate
        let byteCost = bytes?.estimatedCost ?? .infinity, literalCost = literals?.estimatedCost ?? .infinity
        guard min(byteCost, literalCost) < 1.5 else { return nil }
        if let literals, literalCost < byteCost { return .literals(literals, caseless: parser.caseless) }
        return bytes.map { .bytes($0) }
    }

    /// Roughly the share of text bytes a search still looks at with this gate: how often a gate byte occurs
    /// in news text, times the window each occurrence opens.
    var estimatedCost: Double { bytes.estimatedFrequency * Double(reach + 4) }

    /// For each table, the offsets of the text's bytes it marks, in order: one pass over the text for all of them
    /// (a pass per gate read every byte of every document once per gate).
    static func positions(in text: UnsafeBufferPointer<UInt8>, tables: [[Bool]]) -> [[Int32]] {
        positions(in: text, masks: masks(of: tables), tableCount: tables.count)
    }

    /// For each byte value, a bit per table (at most 64) that marks it: what `positions(in:masks:tableCount:)`
    /// reads, built once per pack (building it per document cost 256 steps per table and document).
    static func masks(of tables: [[Bool]]) -> [UInt64] {
        precondition(tables.count <= 64)
        var masks = [UInt64](repeating: 0, count: 256)
        for (slot, table) in tables.enumerated() {
            for byte in 0..<256 where table[byte] { masks[byte] |= 1 << UInt64(slot) }
        }
        return masks
    }

    static func positions(in text: UnsafeBufferPointer<UInt8>, masks: [UInt64], tableCount: Int) -> [[Int32]] {
        // Counted, then written into one array through pointers: appending to an array of arrays checked the
        // uniqueness of both per byte found and grew each array many times (~50 instructions per byte of text).
        // The counts come from a histogram of the byte values (one increment per byte, no branch per gate), then
        // a loop over the byte values that occur.
        var counts = [Int](repeating: 0, count: tableCount + 1)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { histogram in
            histogram.initialize(repeating: 0)
            for offset in 0..<text.count { histogram[Int(text[offset])] &+= 1 }
            masks.withUnsafeBufferPointer { masks in
                counts.withUnsafeMutableBufferPointer { counts in
                    for byte in 0..<256 where histogram[byte] != 0 {
                        var mask = masks[byte]
                        while mask != 0 {
                            counts[mask.trailingZeroBitCount + 1] += histogram[byte]
                            mask &= mask - 1
                        }
                    }
                }
            }
        }
        for slot in 0..<tableCount { counts[slot + 1] += counts[slot] }
        var flat = [Int32](repeating: 0, count: counts[tableCount])
        var fill = Array(counts.dropLast())
        masks.withUnsafeBufferPointer { masks in
            flat.withUnsafeMutableBufferPointer { flat in
                fill.withUnsafeMutableBufferPointer { fill in
                    for offset in 0..<text.count {
                        var mask = masks[Int(text[offset])]
                        while mask != 0 {
                            let slot = mask.trailingZeroBitCount
                            flat[fill[slot]] = Int32(offset)
                            fill[slot] += 1
                            mask &= mask - 1
                        }
                    }
                }
            }
        }
        return (0..<tableCount).map { Array(flat[counts[$0]..<counts[$0 + 1]]) }
    }

    /// The offsets of the text's bytes that `table` marks, in order.
    static func positions(in text: UnsafeBufferPointer<UInt8>, table: [Bool]) -> [Int32] {
        var positions: [Int32] = []
        table.withUnsafeBufferPointer { table in
            for offset in 0..<text.count where table[Int(text[offset])] { positions.append(Int32(offset)) }
        }
        return positions
    }

    /// Every match of `regex` (compiled with `.offsetLimit`), left to right, exactly as
    /// `RegexMatchScratch.allMatches` finds them, searching only the windows `p - reach ... p` around the
    /// gate's byte positions (merged when they touch). A gated regex never matches empty text (every match
    /// holds a gate byte), so the scan always resumes at the end of the last match.
    /// - Parameter searches: incremented once per PCRE2 search (what `glean bench rules` reports as starts).
    static func allMatches(of regex: CompiledRegex, reach: Int, positions: [Int32], in text: UnsafeBufferPointer<UInt8>,
                           scratch: RegexMatchScratch, searches: inout Int) throws(RegexMatchError) -> [RegexMatch] {
        var matches: [RegexMatch] = []
        var offset = 0
        var next = 0
        while true {
            while next < positions.count && Int(positions[next]) < offset { next += 1 }
            guard next < positions.count else { break }
            var start = max(offset, Int(positions[next]) - reach)
            // Never start inside a character (`offset` is a character boundary).
            while start > offset && text[start] & 0xC0 == 0x80 { start -= 1 }
            var end = Int(positions[next])
            var after = next + 1
            while after < positions.count && Int(positions[after]) - reach <= end + 1 { end = Int(positions[after]); after += 1 }
            searches += 1
            guard let match = try scratch.firstMatch(of: regex, in: text, from: start, startingBy: end) else {
                offset = end + 1
                while offset < text.count && text[offset] & 0xC0 == 0x80 { offset += 1 }
                next = after
                continue
            }
            matches.append(match)
            // Gated matches are never empty (see above); the guard keeps the scan moving if one were.
            offset = max(match.range.end, match.range.start + 1)
            while offset < text.count && text[offset] & 0xC0 == 0x80 { offset += 1 }
        }
        return matches
    }
}

/// A set of bytes, as four 64-bit words.
struct ByteSet: Sendable, Hashable {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    static func == (a: ByteSet, b: ByteSet) -> Bool { a.words == b.words }
    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0); hasher.combine(words.1); hasher.combine(words.2); hasher.combine(words.3)
    }

    static var all: ByteSet { ByteSet(words: (~0, ~0, ~0, ~0)) }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    mutating func insert(_ range: ClosedRange<UInt8>) { for byte in range { insert(byte) } }

    mutating func formUnion(_ other: ByteSet) {
        words.0 |= other.words.0; words.1 |= other.words.1; words.2 |= other.words.2; words.3 |= other.words.3
    }

    var table: [Bool] { (0...255).map { contains(UInt8($0)) } }

    /// Share of bytes of typical news text in the set (letters are common, digits and marks rare).
    /// The bytes of the set are visited in increasing order (the same sum, rounding included, as a loop over all
    /// 256 values), one step per byte in the set: regex gates compare costs in every `a | b` of every pattern.
    var estimatedFrequency: Double {
        var total = 0.0
        func add(_ word: UInt64, from base: Int) {
            var rest = word
            while rest != 0 {
                let byte = UInt8(base + rest.trailingZeroBitCount)
                rest &= rest &- 1
                switch byte {
                case 0x61...0x7A: total += 0.032   // a-z
                case 0x20: total += 0.16
                case 0x41...0x5A: total += 0.004   // A-Z
                case 0x30...0x39: total += 0.003   // digits
                case 0x80...0xBF: total += 0.01    // continuation bytes (never the first byte of a character)
                default: total += 0.002
                }
            }
        }
        add(words.0, from: 0); add(words.1, from: 64); add(words.2, from: 128); add(words.3, from: 192)
        return total
    }
}

/// The facts about a regex (or a part of it) that a gate is made of.
struct RegexShape {
    /// Most bytes a match can span (nil: unbounded).
    var maxLength: Int?
    /// Gates that hold for every match (offsets from the match's start).
    var gates: [RegexGate]
    /// Every string the shape can match, when they are few and all literal (nil otherwise); a caseless pattern's are
    /// folded to lower case.
    var strings: [[UInt8]]? = [[]]
    /// The strings its last literal part can match (the atoms after its last non-literal one; nil: unknown), and the
    /// most bytes before that part (nil: unbounded).
    var tail: [[UInt8]]? = [[]]
    var tailOffset: Int? = 0
    /// The cheapest literal gate known to hold for every match.
    var literalGate: LiteralGate? = nil

    static let empty = RegexShape(maxLength: 0, gates: [])

    /// A shape that matches exactly one of `strings` (a literal character, an escaped mark, a small class).
    static func literal(_ strings: [[UInt8]], bytes: ByteSet, length: Int) -> RegexShape {
        RegexShape(maxLength: length, gates: [RegexGate(bytes: bytes, reach: 0)], strings: strings, tail: strings, tailOffset: 0)
    }

    /// `a` then `b`.
    func followed(by next: RegexShape) -> RegexShape {
        var gates = self.gates
        if let length = maxLength {
            gates += next.gates.map { RegexGate(bytes: $0.bytes, reach: $0.reach + length) }
        }
        let length: Int? = if let a = maxLength, let b = next.maxLength { a + b } else { nil }
        var shape = RegexShape(maxLength: length, gates: gates)
        shape.strings = LiteralGate.product(strings, next.strings)
        if let nextStrings = next.strings {
            if let tail, let tailOffset, let joined = LiteralGate.product(tail, nextStrings) {
                (shape.tail, shape.tailOffset) = (joined, tailOffset)
            } else {
                (shape.tail, shape.tailOffset) = (nextStrings, maxLength)
            }
        } else {
            shape.tail = next.tail
            shape.tailOffset = if let a = maxLength, let b = next.tailOffset { a + b } else { nil }
        }
        // The tail first: at equal cost it is the longer literal (fewer windows where nothing matches).
        var candidates: [LiteralGate?] = []
        if let tail = shape.tail, let offset = shape.tailOffset { candidates.append(LiteralGate(literals: tail, reach: offset)) }
        candidates.append(literalGate)
        if let length = maxLength, let gate = next.literalGate { candidates.append(gate.shifted(by: length)) }
        shape.literalGate = LiteralGate.cheapest(candidates)
        return shape
    }

    /// `a | b`: a gate of each branch (their union), when every branch has one.
    func or(_ other: RegexShape) -> RegexShape {
        let length: Int? = if let a = maxLength, let b = other.maxLength { max(a, b) } else { nil }
        var shape: RegexShape
        if let x = gates.min(by: { $0.estimatedCost < $1.estimatedCost }), let y = other.gates.min(by: { $0.estimatedCost < $1.estimatedCost }) {
            var bytes = x.bytes
            bytes.formUnion(y.bytes)
            shape = RegexShape(maxLength: length, gates: [RegexGate(bytes: bytes, reach: max(x.reach, y.reach))])
        } else {
            shape = RegexShape(maxLength: length, gates: [])
        }
        shape.strings = LiteralGate.union(strings, other.strings)
        (shape.tail, shape.tailOffset) = (shape.strings, shape.strings == nil ? nil : 0)
        var candidates: [LiteralGate?] = [shape.strings.map { LiteralGate(literals: $0, reach: 0) }]
        if let x = literalGate, let y = other.literalGate { candidates.append(x.union(y)) }
        shape.literalGate = LiteralGate.cheapest(candidates)
        return shape
    }

    func repeated(min: Int, max: Int?) -> RegexShape {
        if min == 1 && max == 1 { return self }
        let length: Int? = if let max, let one = maxLength { max * one } else if max == 0 { 0 } else { nil }
        var shape = RegexShape(maxLength: length, gates: min > 0 ? gates : [])
        if let strings, max != nil {
            if min == 0 && max == 1 {
                shape.strings = LiteralGate.union(strings, [[]])
            } else if min == max && min <= 3 {
                var power: [[UInt8]]? = [[]]
                for _ in 0..<min { power = LiteralGate.product(power, strings) }
                shape.strings = power
            } else {
                shape.strings = nil
            }
        } else {
            shape.strings = nil
        }
        (shape.tail, shape.tailOffset) = (shape.strings, shape.strings == nil ? nil : 0)
        var candidates: [LiteralGate?] = [min > 0 ? literalGate : nil]
        if let strings = shape.strings { candidates.append(LiteralGate(literals: strings, reach: 0)) }
        shape.literalGate = LiteralGate.cheapest(candidates)
        return shape
    }
}

/// Reads a PCRE2 pattern into a `RegexShape`; nil for anything it does not fully understand.
struct RegexShapeParser {
    let pattern: [UInt8]
    var caseless: Bool
    let unicodeClasses: Bool
    let dotAll: Bool
    var position = 0

    init(pattern: [UInt8], caseless: Bool, unicodeClasses: Bool, dotAll: Bool) {
        self.pattern = pattern
        self.caseless = caseless
        self.unicodeClasses = unicodeClasses
        self.dotAll = dotAll
    }

    mutating func parse() -> RegexShape? {
        // An inline (?i) anywhere makes the whole reading caseless: only ever a wider (safe) reading.
        if containsInlineCaseless() { caseless = true }
        guard let shape = alternation(), position == pattern.count else { return nil }
        return shape
    }

    private func containsInlineCaseless() -> Bool {
        var index = 0
        while index + 2 < pattern.count {
            if pattern[index] == UInt8(ascii: "\\") { index += 2; continue }
            if pattern[index] == UInt8(ascii: "("), pattern[index + 1] == UInt8(ascii: "?") {
                var flag = index + 2
                while flag < pattern.count, pattern[flag] != UInt8(ascii: ")"), pattern[flag] != UInt8(ascii: ":") {
                    if pattern[flag] == UInt8(ascii: "i") { return true }
                    if !(pattern[flag] >= 0x61 && pattern[flag] <= 0x7A) && pattern[flag] != UInt8(ascii: "-") { break }
                    flag += 1
                }
            }
            index += 1
        }
        return false
    }

    private var atEnd: Bool { position >= pattern.count }
    private func peek(_ offset: Int = 0) -> UInt8? { position + offset < pattern.count ? pattern[position + offset] : nil }

    private mutating func alternation() -> RegexShape? {
        guard var shape = sequence() else { return nil }
        while peek() == UInt8(ascii: "|") {
            position += 1
            guard let next = sequence() else { return nil }
            shape = shape.or(next)
        }
        return shape
    }

    private mutating func sequence() -> RegexShape? {
        var shape = RegexShape.empty
        while let byte = peek(), byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
            guard var item = atom() else { return nil }
            guard let quantified = quantifier(&item) else { return nil }
            shape = shape.followed(by: quantified)
        }
        return shape
    }

    /// Applies a quantifier after an atom, if any.
    private mutating func quantifier(_ item: inout RegexShape) -> RegexShape? {
        guard let byte = peek() else { return item }
        var bounds: (Int, Int?)
        switch byte {
        case UInt8(ascii: "?"): bounds = (0, 1); position += 1
        case UInt8(ascii: "*"): bounds = (0, nil); position += 1
        case UInt8(ascii: "+"): bounds = (1, nil); position += 1
        case UInt8(ascii: "{"):
            guard let parsed = braces() else { return nil }
            bounds = parsed
        default: return item
        }
        if peek() == UInt8(ascii: "?") || peek() == UInt8(ascii: "+") { position += 1 }
        if let byte = peek(), byte == UInt8(ascii: "?") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "{") { return nil }
        return item.repeated(min: bounds.0, max: bounds.1)
    }

    /// `{n}`, `{n,}`, `{n,m}`; nil for anything else (PCRE2 reads other braces as literals: not handled).
    private mutating func braces() -> (Int, Int?)? {
        var index = position + 1
        func number() -> Int? {
            var value = 0, digits = 0
            while index < pattern.count, pattern[index] >= 0x30, pattern[index] <= 0x39, digits < 6 {
                value = value * 10 + Int(pattern[index] - 0x30); index += 1; digits += 1
            }
            return digits > 0 ? value : nil
        }
        guard let low = number() else { return nil }
        var high: Int? = low
        if index < pattern.count, pattern[index] == UInt8(ascii: ",") {
            index += 1
            high = number()
        }
        guard index < pattern.count, pattern[index] == UInt8(ascii: "}") else { return nil }
        position = index + 1
        if let high, high < low { return nil }
        return (low, high)
    }

    private mutating func atom() -> RegexShape? {
        guard let byte = peek() else { return nil }
        switch byte {
        case UInt8(ascii: "("): return group()
        case UInt8(ascii: "["): return characterClass()
        case UInt8(ascii: "\\"): return escape()
        case UInt8(ascii: "^"), UInt8(ascii: "$"):
            position += 1
            return .empty
        case UInt8(ascii: "."):
            position += 1
            return character(ByteSet.all, length: 4)
        case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"), UInt8(ascii: "#"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            return nil
        default:
            return literal()
        }
    }

    /// A character that is no literal (or not one a literal gate can read).
    private func character(_ bytes: ByteSet, length: Int) -> RegexShape {
        RegexShape(maxLength: length, gates: [RegexGate(bytes: bytes, reach: 0)], strings: nil, tail: [[]], tailOffset: length)
    }

    /// A character of a few ASCII values (a class such as `[-–]` reads its ASCII members; `\.`): a literal of each
    /// (folded when caseless), or a plain character when it has many or other values.
    private func smallSet(_ bytes: ByteSet, length: Int) -> RegexShape {
        guard length == 1, bytes.count <= 10, (0x80...0xFF).allSatisfy({ !bytes.contains(UInt8($0)) }) else { return character(bytes, length: length) }
        var values: [UInt8] = []
        for value in 0..<0x80 where bytes.contains(UInt8(value)) {
            let folded = caseless ? LiteralGate.fold(UInt8(value)) : UInt8(value)
            if !values.contains(folded) { values.append(folded) }
        }
        return .literal(values.map { [$0] }, bytes: bytes, length: length)
    }

    /// One literal character (ASCII or a whole UTF-8 sequence).
    private mutating func literal() -> RegexShape? {
        let first = pattern[position]
        let length = RegexShapeParser.sequenceLength(first)
        guard length > 0, position + length <= pattern.count else { return nil }
        let sequence = Array(pattern[position..<position + length])
        position += length
        var bytes = ByteSet()
        addCharacter(first, length: length, to: &bytes)
        // A caseless letter outside ASCII matches case partners of other bytes: no literal.
        if caseless && first >= 0x80 { return character(bytes, length: caselessLength(first, length: length)) }
        return .literal([caseless ? sequence.map(LiteralGate.fold) : sequence], bytes: bytes, length: caselessLength(first, length: length))
    }

    /// The bytes a match of one character can begin with, case variants included.
    private func addCharacter(_ first: UInt8, length: Int, to bytes: inout ByteSet) {
        bytes.insert(first)
        guard caseless else { return }
        if first >= 0x41 && first <= 0x5A || first >= 0x61 && first <= 0x7A {
            bytes.insert(first | 0x20)
            bytes.insert(first & ~0x20)
            // Unicode case folding: k ~ KELVIN SIGN (E2 84 AA), s ~ LONG S (C5 BF).
            if first | 0x20 == UInt8(ascii: "k") { bytes.insert(0xE2) }
            if first | 0x20 == UInt8(ascii: "s") { bytes.insert(0xC5) }
        } else if first >= 0x80 {
            // Other scripts' case partners may begin with another byte.
            bytes.insert(0xC2...0xF4)
        }
    }

    /// Bytes one character can take: its own length, or up to 4 under caseless matching (a folded partner).
    private func caselessLength(_ first: UInt8, length: Int) -> Int {
        guard caseless else { return length }
        let isLetter = first >= 0x41 && first <= 0x5A || first >= 0x61 && first <= 0x7A || first >= 0x80
        return isLetter ? 4 : length
    }

    static func sequenceLength(_ first: UInt8) -> Int {
        switch first {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }

    /// `\d`, `\s`, `\b`, `\.` …: a character, an assertion, or nil when not understood.
    private mutating func escape() -> RegexShape? {
        guard let next = peek(1) else { return nil }
        position += 2
        if let (bytes, length) = classEscape(next) { return smallSet(bytes, length: length) }
        switch next {
        case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "A"), UInt8(ascii: "z"), UInt8(ascii: "Z"):
            return .empty  // (\G depends on where a search starts: not read)
        case UInt8(ascii: "k"):
            // A back reference: any text, of any length.
            guard let open = peek(), open == UInt8(ascii: "<") || open == UInt8(ascii: "{") || open == UInt8(ascii: "'") else { return nil }
            let close: UInt8 = open == UInt8(ascii: "<") ? UInt8(ascii: ">") : open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "'")
            while let byte = peek(), byte != close { position += 1 }
            guard peek() == close else { return nil }
            position += 1
            return RegexShape(maxLength: nil, gates: [], strings: nil, tail: nil, tailOffset: nil)
        default:
            return nil
        }
    }

    /// A class escape or an escaped literal: the first bytes it can match and its longest length.
    private mutating func classEscape(_ letter: UInt8) -> (ByteSet, Int)? {
        var bytes = ByteSet()
        switch letter {
        case UInt8(ascii: "d"):
            bytes.insert(0x30...0x39)
            if unicodeClasses { bytes.insert(0xC2...0xF4); return (bytes, 4) }
            return (bytes, 1)
        case UInt8(ascii: "w"):
            bytes.insert(0x30...0x39); bytes.insert(0x41...0x5A); bytes.insert(0x61...0x7A); bytes.insert(0x5F)
            if unicodeClasses { bytes.insert(0xC2...0xF4); return (bytes, 4) }
            return (bytes, 1)
        case UInt8(ascii: "s"):
            bytes.insert(0x09...0x0D); bytes.insert(0x20)
            if unicodeClasses { bytes.insert(0xC2...0xF4); return (bytes, 4) }
            return (bytes, 1)
        case UInt8(ascii: "h"), UInt8(ascii: "v"):
            bytes.insert(0x09...0x0D); bytes.insert(0x20); bytes.insert(0xC2...0xF4)
            return (bytes, 4)
        case UInt8(ascii: "D"), UInt8(ascii: "W"), UInt8(ascii: "S"), UInt8(ascii: "H"), UInt8(ascii: "V"), UInt8(ascii: "N"):
            return (ByteSet.all, 4)
        case UInt8(ascii: "p"), UInt8(ascii: "P"):
            // A Unicode property: any character (reading the property precisely would narrow it, not widen it).
            if peek() == UInt8(ascii: "{") {
                while let byte = peek(), byte != UInt8(ascii: "}") { position += 1 }
                guard peek() == UInt8(ascii: "}") else { return nil }
                position += 1
            } else {
                guard peek() != nil else { return nil }
                position += 1
            }
            return (ByteSet.all, 4)
        case UInt8(ascii: "t"): bytes.insert(0x09); return (bytes, 1)
        case UInt8(ascii: "n"): bytes.insert(0x0A); return (bytes, 1)
        case UInt8(ascii: "r"): bytes.insert(0x0D); return (bytes, 1)
        case UInt8(ascii: "f"): bytes.insert(0x0C); return (bytes, 1)
        default:
            // An escaped mark (`\.`, `\/`, `\-`): the mark itself. Letters and digits mean something else.
            guard letter < 0x80, !(letter >= 0x30 && letter <= 0x39), !(letter >= 0x41 && letter <= 0x5A), !(letter >= 0x61 && letter <= 0x7A) else { return nil }
            bytes.insert(letter)
            return (bytes, 1)
        }
    }

    /// `[...]`: the first bytes of its members (or nearly all bytes when negated).
    private mutating func characterClass() -> RegexShape? {
        position += 1
        var negated = false
        if peek() == UInt8(ascii: "^") { negated = true; position += 1 }
        var bytes = ByteSet()
        var length = 1
        var first = true
        while let byte = peek() {
            if byte == UInt8(ascii: "]") && !first { break }
            first = false
            if byte == UInt8(ascii: "[") {
                // POSIX classes ([:alpha:]) are not read.
                if peek(1) == UInt8(ascii: ":") { return nil }
                bytes.insert(byte); position += 1; continue
            }
            var low: UInt8, lowLength: Int
            if byte == UInt8(ascii: "\\") {
                guard let letter = peek(1) else { return nil }
                position += 2
                if letter == UInt8(ascii: "b") { bytes.insert(0x08); continue }
                guard let (escaped, escapedLength) = classEscape(letter) else { return nil }
                // A range from or to a class escape is an error in PCRE2; a single escape adds its set.
                if peek() == UInt8(ascii: "-"), let after = peek(1), after != UInt8(ascii: "]"), escaped.count != 1 { return nil }
                if escaped.count != 1 {
                    bytes.formUnion(escaped); length = max(length, escapedLength); continue
                }
                low = escaped.single!; lowLength = 1
            } else {
                lowLength = RegexShapeParser.sequenceLength(byte)
                guard lowLength > 0, position + lowLength <= pattern.count else { return nil }
                low = byte
                position += lowLength
            }
            if peek() == UInt8(ascii: "-"), let after = peek(1), after != UInt8(ascii: "]") {
                position += 1
                var high: UInt8, highLength: Int
                if after == UInt8(ascii: "\\") {
                    guard let letter = peek(1) else { return nil }
                    position += 2
                    guard let (escaped, _) = classEscape(letter), let single = escaped.single else { return nil }
                    high = single; highLength = 1
                } else {
                    highLength = RegexShapeParser.sequenceLength(after)
                    guard highLength > 0, position + highLength <= pattern.count else { return nil }
                    high = after
                    position += highLength
                }
                if lowLength == 1 && highLength == 1 {
                    guard low <= high else { return nil }
                    for value in low...high { addCharacter(value, length: 1, to: &bytes) }
                    length = max(length, caselessRangeLength(low, high))
                } else {
                    // A range reaching past ASCII: its ASCII part and every lead byte.
                    if lowLength == 1 { bytes.insert(low...0x7F) }
                    bytes.insert(0xC2...0xF4)
                    length = 4
                }
            } else {
                addCharacter(low, length: lowLength, to: &bytes)
                length = max(length, caselessLength(low, length: lowLength))
            }
        }
        guard peek() == UInt8(ascii: "]") else { return nil }
        position += 1
        if negated {
            // Everything but the listed ASCII marks and digits (letters stay in: case folding makes them hard to exclude).
            var kept = ByteSet.all
            for value in 0...0x7F where bytes.contains(UInt8(value)) {
                let byte = UInt8(value)
                if byte >= 0x41 && byte <= 0x5A || byte >= 0x61 && byte <= 0x7A { continue }
                kept = kept.removing(byte)
            }
            return character(kept, length: 4)
        }
        return smallSet(bytes, length: length)
    }

    private func caselessRangeLength(_ low: UInt8, _ high: UInt8) -> Int {
        guard caseless else { return 1 }
        for value in low...high where caselessLength(value, length: 1) > 1 { return 4 }
        return 1
    }

    /// `(…)`, `(?:…)`, `(?<name>…)`, lookarounds, inline options; nil for other `(?` and `(*` forms.
    private mutating func group() -> RegexShape? {
        position += 1
        var isLookaround = false
        if peek() == UInt8(ascii: "*") { return nil }
        if peek() == UInt8(ascii: "?") {
            position += 1
            guard let kind = peek() else { return nil }
            switch kind {
            case UInt8(ascii: ":"), UInt8(ascii: ">"), UInt8(ascii: "|"):
                position += 1
            case UInt8(ascii: "="), UInt8(ascii: "!"):
                position += 1; isLookaround = true
            case UInt8(ascii: "<"):
                if peek(1) == UInt8(ascii: "=") || peek(1) == UInt8(ascii: "!") {
                    position += 2; isLookaround = true
                } else {
                    guard skipName(close: UInt8(ascii: ">"), from: 1) else { return nil }
                }
            case UInt8(ascii: "P"):
                guard peek(1) == UInt8(ascii: "<"), skipName(close: UInt8(ascii: ">"), from: 2) else { return nil }
            case UInt8(ascii: "'"):
                guard skipName(close: UInt8(ascii: "'"), from: 1) else { return nil }
            default:
                // Inline options: (?i) (?-i) (?i:…). Only i, m, s, n, U are read; x changes the syntax.
                var index = position
                while index < pattern.count, pattern[index] != UInt8(ascii: ")"), pattern[index] != UInt8(ascii: ":") {
                    let flag = pattern[index]
                    guard flag == UInt8(ascii: "i") || flag == UInt8(ascii: "m") || flag == UInt8(ascii: "-") || flag == UInt8(ascii: "U")
                            || flag == UInt8(ascii: "n") || flag == UInt8(ascii: "s") else { return nil }
                    index += 1
                }
                guard index < pattern.count else { return nil }
                position = index + 1
                if pattern[index] == UInt8(ascii: ")") { return .empty }
            }
        }
        guard let inner = alternation(), peek() == UInt8(ascii: ")") else { return nil }
        position += 1
        return isLookaround ? .empty : inner
    }

    /// Skips `<name>` (`from` is the offset of the first name byte after the opening mark).
    private mutating func skipName(close: UInt8, from offset: Int) -> Bool {
        var index = position + offset
        while index < pattern.count, pattern[index] != close {
            let byte = pattern[index]
            guard byte == UInt8(ascii: "_") || byte >= 0x30 && byte <= 0x39 || byte >= 0x41 && byte <= 0x5A || byte >= 0x61 && byte <= 0x7A else { return false }
            index += 1
        }
        guard index < pattern.count else { return false }
        position = index + 1
        return true
    }
}

extension ByteSet {
    var count: Int { words.0.nonzeroBitCount + words.1.nonzeroBitCount + words.2.nonzeroBitCount + words.3.nonzeroBitCount }
    var single: UInt8? {
        guard count == 1 else { return nil }
        for value in 0...255 where contains(UInt8(value)) { return UInt8(value) }
        return nil
    }
    func removing(_ byte: UInt8) -> ByteSet {
        var copy = self
        let bit = ~(UInt64(1) << UInt64(byte & 63))
        switch byte >> 6 {
        case 0: copy.words.0 &= bit
        case 1: copy.words.1 &= bit
        case 2: copy.words.2 &= bit
        default: copy.words.3 &= bit
        }
        return copy
    }
}
