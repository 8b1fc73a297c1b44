/// A small read-only map from packed word keys (`AbbreviationTable.packedKey`: up to eight bytes in an integer)
/// to values, for the word lists the tokenizer and sentence splitter consult per word: one multiply and usually
/// one probe, where `Set<UInt64>` and `Dictionary` hash every key with SipHash.
///
/// Open addressing with linear probing, at most a quarter full; key 0 marks an empty slot (a packed key of at
/// least one byte is never 0, and looking up 0 finds nothing).
struct PackedKeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let shift: UInt64
    private let mask: Int

    init(_ entries: [UInt64: Value]) {
        var bits = 4
        while (1 << bits) < entries.count * 4 { bits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Value?](repeating: nil, count: 1 << bits)
        shift = UInt64(64 - bits)
        mask = (1 << bits) - 1
        for (key, value) in entries where key != 0 {
            var slot = self.slot(key)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// A set: every key maps to `()`.
    init<S: Sequence>(keys: S) where S.Element == UInt64, Value == Void {
        self.init(Dictionary(keys.map { ($0, ()) }, uniquingKeysWith: { first, _ in first }))
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        guard key != 0 else { return nil }
        var slot = self.slot(key)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { self[key] != nil }
}
