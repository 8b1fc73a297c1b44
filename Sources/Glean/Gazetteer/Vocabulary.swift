/// Interns folded token strings as small integers so the gazetteer automaton and rule literals compare
/// tokens by id. Looking a token up hashes its bytes in place: no String is made per token.
///
/// Open addressing with linear probing over a power-of-two table; the strings live in one byte arena.
public struct Vocabulary: Sendable {
    public static let unknown: Int32 = -1

    private var arena: [UInt8] = []
    private var offsets: [Int32] = [0]      // string i is arena[offsets[i]..<offsets[i+1]]
    private var slots: [Int32]              // token id + 1, 0 = empty
    private var hashes: [UInt32] = []

    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
    }

    public var count: Int { offsets.count - 1 }

    /// The folded string of an id (for showing patterns to people; not used while matching).
    public func string(of id: Int32) -> String? {
        guard id >= 0, Int(id) < count else { return nil }
        return String(decoding: arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])], as: UTF8.self)
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
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
            let id = Int(entry - 1)
            if hashes[id] == hash && equals(id, bytes) { return Int32(id) }
            slot = (slot + 1) & mask
        }
    }

    /// The id of a token's folded form, given the token as written. An ASCII token is lowercased while it is
    /// hashed and compared, with no copy; other tokens are folded into `scratch` first (`Folding.fold`).
    /// Same answer as `id(ofFolded:)` of the folded bytes.
    @inline(__always)
    public func id(ofToken bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> Int32 {
        var hash: UInt32 = 2_166_136_261
        var combined: UInt8 = 0
        for byte in bytes {
            combined |= byte
            hash = (hash ^ UInt32(byte &- 0x41 < 26 ? byte | 0x20 : byte)) &* 16_777_619
        }
        if combined >= 0x80 {
            scratch.removeAll(keepingCapacity: true)
            Folding.fold(bytes, into: &scratch)
            return scratch.withUnsafeBufferPointer { id(ofFolded: $0) }
        }
        return slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                offsets.withUnsafeBufferPointer { offsets in
                    arena.withUnsafeBufferPointer { arena in
                        let mask = slots.count - 1
                        var slot = Int(hash) & mask
                        while true {
                            let entry = slots[slot]
                            if entry == 0 { return Vocabulary.unknown }
                            let id = Int(entry - 1)
                            if hashes[id] == hash {
                                let start = Int(offsets[id])
                                if Int(offsets[id + 1]) - start == bytes.count {
                                    var index = 0
                                    while index < bytes.count {
                                        let byte = bytes[index]
                                        if arena[start + index] != (byte &- 0x41 < 26 ? byte | 0x20 : byte) { break }
                                        index += 1
                                    }
                                    if index == bytes.count { return Int32(id) }
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
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
        arena.append(contentsOf: bytes)
        offsets.append(Int32(arena.count))
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
        slots[slot] = Int32(id + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for id in 0..<count { insert(id: id, hash: hashes[id]) }
    }
}
