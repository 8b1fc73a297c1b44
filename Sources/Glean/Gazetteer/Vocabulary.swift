/// Interns folded token strings as small integers so the gazetteer automaton and rule literals compare
/// tokens by id. Looking a token up hashes its bytes in place: no String is made per token.
///
/// Open addressing with linear probing over a power-of-two table; the strings live in one byte arena. Strings
/// are hashed and compared eight bytes at a time (news words are mostly one such chunk), and the arena keeps
/// eight zero bytes after its last string so a chunk load never reads past it.
public struct Vocabulary: Sendable {
    public static let unknown: Int32 = -1

    private var arena: [UInt8] = [UInt8](repeating: 0, count: Vocabulary.arenaPadding)
    private var offsets: [Int32] = [0]      // string i is arena[offsets[i]..<offsets[i+1]]
    /// `hash << 32 | (token id + 1)`, 0 = empty: a probe reads the hash with the id, with no second array.
    private var slots: [UInt64]
    private var hashes: [UInt32] = []
    /// Id of each one-byte ASCII token as written (`"A"` and `"a"` both give the id of `a`), so punctuation and
    /// single letters need no hashing.
    private var singleByteIDs = [Int32](repeating: Vocabulary.unknown, count: 128)

    private static let arenaPadding = 8

    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
    }

    public var count: Int { offsets.count - 1 }

    /// The folded string of an id (for showing patterns to people; not used while matching).
    public func string(of id: Int32) -> String? {
        guard id >= 0, Int(id) < count else { return nil }
        return String(decoding: arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])], as: UTF8.self)
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        (hash ^ chunk) &* 0x9E37_79B9_7F4A_7C15
    }

    @inline(__always)
    private static func finish(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    /// The low `count` bytes (1...8) of a little-endian chunk.
    @inline(__always)
    private static func keepLow(_ chunk: UInt64, bytes count: Int) -> UInt64 {
        count >= 8 ? chunk : chunk & ((1 << UInt64(count &* 8)) &- 1)
    }

    /// Eight bytes from `index` as a little-endian integer (the caller guarantees they are readable).
    @inline(__always)
    private static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }

    /// ASCII `A`–`Z` lowercased in a chunk of ASCII bytes.
    @inline(__always)
    private static func lowercasedASCII(_ chunk: UInt64) -> UInt64 {
        chunk | (ASCIIRun.rangeMask(chunk, 0x41, 0x5A) >> 2)
    }

    /// The hash of an ASCII token read in place, lowercased eight bytes at a time, and the OR of its raw chunks
    /// (`combined & ASCIIRun.highBits != 0`: not ASCII, the hash is then meaningless). The caller guarantees the
    /// chunks are readable (up to seven bytes past the token).
    @inline(__always)
    private static func hashInPlace(_ base: UnsafePointer<UInt8>, start: Int, length: Int) -> (hash: UInt64, combined: UInt64) {
        let firstRaw = keepLow(load(base, start), bytes: length)
        var hash = mix(UInt64(length), lowercasedASCII(firstRaw))
        var combined = firstRaw
        var offset = 8
        while offset < length {
            let chunk = keepLow(load(base, start + offset), bytes: length - offset)
            combined |= chunk
            hash = mix(hash, lowercasedASCII(chunk))
            offset += 8
        }
        return (hash, combined)
    }

    /// Hash of folded bytes, chunk by chunk; the same value `id(ofTokenIn:)` computes from the unfolded token.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = UInt64(bytes.count)
        var offset = 0
        while offset < bytes.count {
            var chunk: UInt64 = 0
            let length = Swift.min(8, bytes.count - offset)
            for lane in 0..<length { chunk |= UInt64(bytes[offset + lane]) << UInt64(8 * lane) }
            hash = mix(hash, chunk)
            offset += 8
        }
        return finish(hash)
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { arenaBytes in
            var index = 0
            while index < bytes.count {
                if arenaBytes[start + index] != bytes[index] { return false }
                index += 1
            }
            return true
        }
    }

    /// The id of an already folded token, or `Vocabulary.unknown`.
    public func id(ofFolded bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Vocabulary.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return Vocabulary.unknown }
            let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
            if UInt32(truncatingIfNeeded: entry >> 32) == hash && equals(id, bytes) { return Int32(id) }
            slot = (slot + 1) & mask
        }
    }

    /// The id of a token's folded form, given the token as written. Same answer as `id(ofFolded:)` of the
    /// folded bytes; `id(ofTokenIn:start:end:)` is the fast form for tokens inside a document.
    public func id(ofToken bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        id(ofTokenIn: bytes, start: 0, end: bytes.count)
    }

    /// The id of the folded form of `text[start..<end]` as written. An ASCII token is lowercased eight bytes at
    /// a time while it is hashed and compared, with no copy (chunks may read up to seven bytes past `end` when
    /// they are inside `text`); other tokens are folded into a stack buffer first (`Folding.fold`).
    @inline(__always)
    public func id(ofTokenIn text: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int32 {
        let length = end - start
        guard length > 0, let base = text.baseAddress else { return id(ofFolded: UnsafeBufferPointer(start: nil, count: 0)) }
        if length == 1 && base[start] < 0x80 { return singleByteIDs.withUnsafeBufferPointer { $0[Int(base[start])] } }
        guard start + ((length + 7) & ~7) <= text.count else { return slowID(base + start, length) }
        // The first chunk is compared lowercased: a token of up to eight bytes (most of them) is compared with it.
        let first = Vocabulary.lowercasedASCII(Vocabulary.keepLow(Vocabulary.load(base, start), bytes: length))
        let (hash, combined) = Vocabulary.hashInPlace(base, start: start, length: length)
        if combined & ASCIIRun.highBits != 0 { return slowID(base + start, length) }
        let folded = Vocabulary.finish(hash)
        return slots.withUnsafeBufferPointer { slots in
                offsets.withUnsafeBufferPointer { offsets in
                    arena.withUnsafeBufferPointer { arena in
                        let mask = slots.count - 1
                        var slot = Int(folded) & mask
                        while true {
                            let entry = slots[slot]
                            if entry == 0 { return Vocabulary.unknown }
                            let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
                            if UInt32(truncatingIfNeeded: entry >> 32) == folded {
                                let stringStart = Int(offsets[id])
                                if Int(offsets[id + 1]) - stringStart == length {
                                    let expectedFirst = Vocabulary.keepLow(Vocabulary.load(arena.baseAddress!, stringStart), bytes: length)
                                    if length <= 8 {
                                        if expectedFirst == first { return Int32(id) }
                                        slot = (slot + 1) & mask
                                        continue
                                    }
                                    var offset = expectedFirst == first ? 8 : 0
                                    while offset < length {
                                        let remaining = length - offset
                                        let expected = Vocabulary.keepLow(Vocabulary.load(arena.baseAddress!, stringStart + offset), bytes: remaining)
                                        let actual = Vocabulary.lowercasedASCII(Vocabulary.keepLow(Vocabulary.load(base, start + offset), bytes: remaining))
                                        if expected != actual { break }
                                        offset += 8
                                    }
                                    if offset >= length { return Int32(id) }
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
        }
    }

    /// The ids of the folded forms of `tokens` (offsets into `text`): the same answers as `id(ofTokenIn:start:end:)`
    /// per token, in one loop with the tables' storage bound once per document instead of once per token.
    /// Tokens made of ASCII and Latin-1/Latin Extended-A letters (most news words, accented or not) are folded
    /// into a scratch buffer and hashed eight bytes at a time; other scalars take `slowID`.
    func ids(ofTokens tokens: UnsafeBufferPointer<Token>, in text: UnsafeBufferPointer<UInt8>) -> [Int32] {
        let count = tokens.count
        guard count > 0, let base = text.baseAddress else { return [Int32](repeating: Vocabulary.unknown, count: count) }
        let textCount = text.count
        return [Int32](unsafeUninitializedCapacity: count) { ids, initialized in
            slots.withUnsafeBufferPointer { slots in
            offsets.withUnsafeBufferPointer { offsets in
            arena.withUnsafeBufferPointer { arena in
            singleByteIDs.withUnsafeBufferPointer { singleByteIDs in
            Folding.flatLatinTable.withUnsafeBufferPointer { latin in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Vocabulary.scratchCapacity) { scratchBuffer in
                let scratch = scratchBuffer.baseAddress!
                let arenaBase = arena.baseAddress!
                let mask = slots.count - 1
                /// The id whose string equals the `length` bytes at `bytes` (lowercased first when `lowercase`).
                @inline(__always)
                func probe(_ hash: UInt32, _ bytes: UnsafePointer<UInt8>, _ length: Int, lowercase: Bool) -> Int32 {
                    var slot = Int(hash) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return Vocabulary.unknown }
                        if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                            let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
                            let stringStart = Int(offsets[id])
                            if Int(offsets[id + 1]) - stringStart == length {
                                var offset = 0
                                while offset < length {
                                    let remaining = length - offset
                                    let expected = Vocabulary.keepLow(Vocabulary.load(arenaBase, stringStart + offset), bytes: remaining)
                                    var actual = Vocabulary.keepLow(Vocabulary.load(bytes, offset), bytes: remaining)
                                    if lowercase { actual = Vocabulary.lowercasedASCII(actual) }
                                    if expected != actual { break }
                                    offset += 8
                                }
                                if offset >= length { return Int32(id) }
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
                for index in 0..<count {
                    let token = tokens[index]
                    let start = Int(token.start), length = Int(token.end) - start
                    if length == 1 && base[start] < 0x80 {
                        ids[index] = singleByteIDs[Int(base[start])]
                        continue
                    }
                    guard length > 0, start + ((length + 7) & ~7) <= textCount else {
                        ids[index] = id(ofTokenIn: text, start: start, end: start + length)
                        continue
                    }
                    if length <= 16 {
                        // Most words: one or two chunks, read once for the ASCII test, the hash and the comparison.
                        let first = Vocabulary.keepLow(Vocabulary.load(base, start), bytes: length)
                        let second = length > 8 ? Vocabulary.keepLow(Vocabulary.load(base, start + 8), bytes: length - 8) : 0
                        if (first | second) & ASCIIRun.highBits == 0 {
                            ids[index] = Vocabulary.shortASCIIWordID(first, second, length, slots: slots.baseAddress!, mask: mask,
                                                                     offsets: offsets.baseAddress!, arena: arenaBase)
                            continue
                        }
                    }
                    let (hash, combined) = Vocabulary.hashInPlace(base, start: start, length: length)
                    if combined & ASCIIRun.highBits == 0 {
                        ids[index] = probe(Vocabulary.finish(hash), base + start, length, lowercase: true)
                        continue
                    }
                    // Not ASCII: fold ASCII and two-byte Latin letters (U+00C0–U+017F) here, as `Folding.fold` does.
                    guard length <= Vocabulary.scratchCapacity / Folding.maximumGrowth - 8 else {
                        ids[index] = slowID(base + start, length)
                        continue
                    }
                    var written = 0
                    var position = start
                    let end = start + length
                    var latinOnly = true
                    while position < end {
                        let byte = base[position]
                        if byte < 0x80 {
                            scratch[written] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                            written += 1
                            position += 1
                            continue
                        }
                        guard byte &- 0xC3 < 3, position + 1 < end, base[position + 1] & 0xC0 == 0x80 else {
                            latinOnly = false
                            break
                        }
                        let second = base[position + 1]
                        let entry = ((Int(byte & 0x1F) << 6 | Int(second & 0x3F)) - 0xC0) * 3
                        let foldedLength = Int(latin[entry])
                        if foldedLength == 0 {
                            scratch[written] = byte
                            scratch[written + 1] = second
                            written += 2
                        } else {
                            scratch[written] = latin[entry + 1]
                            if foldedLength == 2 { scratch[written + 1] = latin[entry + 2] }
                            written += foldedLength
                        }
                        position += 2
                    }
                    guard latinOnly else {
                        ids[index] = slowID(base + start, length)
                        continue
                    }
                    (scratch + written).initialize(repeating: 0, count: 8)
                    var foldedHash = UInt64(written)
                    var offset = 0
                    while offset < written {
                        foldedHash = Vocabulary.mix(foldedHash, Vocabulary.keepLow(Vocabulary.load(UnsafePointer(scratch), offset), bytes: written - offset))
                        offset += 8
                    }
                    ids[index] = probe(Vocabulary.finish(foldedHash), UnsafePointer(scratch), written, lowercase: false)
                }
            }
            }
            }
            }
            }
            }
            initialized = count
        }
    }

    /// The id of an ASCII token of 2...16 bytes given as its raw chunks (`keepLow`ed to the token; `second` 0 up to
    /// eight bytes): hashed as `hashInPlace` hashes it, and compared with the lowercased chunks already made, so a probe
    /// loads one or two chunks of the stored string and nothing of the token again.
    @inline(__always)
    private static func shortASCIIWordID(_ first: UInt64, _ second: UInt64, _ length: Int, slots: UnsafePointer<UInt64>, mask: Int,
                                         offsets: UnsafePointer<Int32>, arena: UnsafePointer<UInt8>) -> Int32 {
        let lowFirst = lowercasedASCII(first)
        var hash = mix(UInt64(length), lowFirst)
        var lowSecond: UInt64 = 0
        if length > 8 {
            lowSecond = lowercasedASCII(second)
            hash = mix(hash, lowSecond)
        }
        let folded = finish(hash)
        var slot = Int(folded) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return Vocabulary.unknown }
            if UInt32(truncatingIfNeeded: entry >> 32) == folded {
                let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
                let stringStart = Int(offsets[id])
                // The arena keeps eight bytes after every string, so both loads stay inside it.
                if Int(offsets[id + 1]) - stringStart == length && keepLow(load(arena, stringStart), bytes: length) == lowFirst
                    && (length <= 8 || keepLow(load(arena, stringStart + 8), bytes: length - 8) == lowSecond) {
                    return Int32(id)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Bytes of the scratch buffer `ids(ofTokens:in:)` folds a token into (longer tokens take `slowID`).
    private static let scratchCapacity = 512

    /// Non-ASCII tokens, and tokens too close to the end of the text for chunk loads: fold, then look up.
    @inline(never)
    private func slowID(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> Int32 {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Folding.maximumGrowth * length + 4) { buffer in
            let folded = Folding.fold(UnsafeBufferPointer(start: bytes, count: length), to: buffer.baseAddress!)
            return id(ofFolded: UnsafeBufferPointer(start: buffer.baseAddress, count: folded))
        }
    }

    public func id(ofFolded string: String) -> Int32 {
        var copy = string
        return copy.withUTF8 { id(ofFolded: $0) }
    }

    /// Adds an already folded token and returns its id (the existing id when present).
    @discardableResult
    public mutating func intern(folded string: String) -> Int32 {
        var copy = string
        return copy.withUTF8 { intern(folded: $0) }
    }

    @discardableResult
    public mutating func intern(folded bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let existing = id(ofFolded: bytes)
        if existing != Vocabulary.unknown { return existing }
        if (count + 1) * 2 > slots.count { grow() }
        let id = count
        arena.removeLast(Vocabulary.arenaPadding)
        arena.append(contentsOf: bytes)
        offsets.append(Int32(arena.count))
        arena.append(contentsOf: repeatElement(0, count: Vocabulary.arenaPadding))
        if bytes.count == 1 && bytes[0] < 0x80 && bytes[0] &- 0x41 >= 26 {
            // Folding lowercases ASCII, so the uppercase letter as written has the lowercase letter's id (and no
            // token folds to an uppercase letter).
            singleByteIDs[Int(bytes[0])] = Int32(id)
            if bytes[0] &- 0x61 < 26 { singleByteIDs[Int(bytes[0] - 0x20)] = Int32(id) }
        }
        let hash = Vocabulary.hash(bytes)
        hashes.append(hash)
        insert(id: id, hash: hash)
        return Int32(id)
    }

    public func string(of id: Int32) -> String {
        String(decoding: arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])], as: UTF8.self)
    }

    private mutating func insert(id: Int, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for id in 0..<count { insert(id: id, hash: hashes[id]) }
    }
}
