import Foundation

/// Folding for dictionary matching: lowercase and strip diacritics (é→e, ï→i, ç→c, ß→ss, œ→oe, æ→ae, ș→s, ộ→o).
///
/// Input is expected to be normalised already (NFC, typographic variants replaced). ASCII is lowercased
/// inline; Latin-1 Supplement and Latin Extended-A come from a table; stray combining diacritics
/// (U+0300–U+036F) are dropped; other scalars are lowercased with their Unicode properties.
public enum Folding {
    /// Folded forms of U+00C0…U+017F (empty entry: keep the scalar unchanged).
    static let latinTable: [[UInt8]] = {
        let latin1Folds: [String] = [
            "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // C0–CF
            "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",  // D0–DF
            "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // E0–EF
            "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",   // F0–FF
        ]
        let extendedA: [(ClosedRange<UInt32>, String)] = [
            (0x100...0x105, "a"), (0x106...0x10D, "c"), (0x10E...0x111, "d"), (0x112...0x11B, "e"),
            (0x11C...0x123, "g"), (0x124...0x127, "h"), (0x128...0x131, "i"), (0x132...0x133, "ij"),
            (0x134...0x135, "j"), (0x136...0x138, "k"), (0x139...0x142, "l"), (0x143...0x14B, "n"),
            (0x14C...0x151, "o"), (0x152...0x153, "oe"), (0x154...0x159, "r"), (0x15A...0x161, "s"),
            (0x162...0x167, "t"), (0x168...0x173, "u"), (0x174...0x175, "w"), (0x176...0x178, "y"),
            (0x179...0x17E, "z"), (0x17F...0x17F, "s"),
        ]
        var table = latin1Folds.map { Array($0.utf8) }
        for value in UInt32(0x100)...0x17F {
            let fold = extendedA.first { $0.0.contains(value) }?.1 ?? ""
            table.append(Array(fold.utf8))
        }
        return table
    }()

    /// `latinTable` flattened for the hot path: three bytes per scalar (length, then up to two folded bytes).
    static let flatLatinTable: [UInt8] = latinTable.flatMap { folded in
        [UInt8(folded.count)] + folded + [UInt8](repeating: 0, count: 2 - folded.count)
    }

    /// How many bytes folding can write per input byte at most (a lowercase mapping of a two-byte scalar can
    /// take three bytes, `Ⱥ` → `ⱥ`); `fold(_:to:)` needs this much room.
    static let maximumGrowth = 2

    /// Appends the folded form of `bytes` (valid UTF-8) to `output`.
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumGrowth * bytes.count + 4) { buffer in
            let length = fold(bytes, to: buffer.baseAddress!)
            output.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress, count: length))
        }
    }

    /// Writes the folded form of `bytes` (valid UTF-8) to `output`, which has room for
    /// `maximumGrowth * bytes.count + 4` bytes, and returns the number of bytes written.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, to output: UnsafeMutablePointer<UInt8>) -> Int {
        flatLatinTable.withUnsafeBufferPointer { table in
            var written = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    output[written] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    written += 1
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                let value = scalar.value
                if value >= 0xC0 && value <= 0x17F {
                    let entry = Int(value - 0xC0) * 3
                    let foldedLength = Int(table[entry])
                    if foldedLength == 0 {
                        for offset in 0..<length { output[written + offset] = bytes[index + offset] }
                        written += length
                    } else {
                        output[written] = table[entry + 1]
                        if foldedLength == 2 { output[written + 1] = table[entry + 2] }
                        written += foldedLength
                    }
                } else if value >= 0x300 && value <= 0x36F {
                    // combining diacritic: dropped
                } else {
                    written += foldOther(scalar, UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]), to: output + written)
                }
                index += length
            }
            return written
        }
    }

    /// A scalar outside Latin-1 and Latin Extended-A: its lowercase mapping without combining diacritics.
    /// Out of line: the Unicode property lookups are rare and make the caller's entry costly.
    @inline(never)
    private static func foldOther(_ scalar: Unicode.Scalar, _ bytes: UnsafeBufferPointer<UInt8>, to output: UnsafeMutablePointer<UInt8>) -> Int {
        if let folded = decomposedLatinFold(scalar.value) {
            for (offset, unit) in folded.enumerated() { output[offset] = unit }
            return folded.count
        }
        guard scalar.properties.changesWhenLowercased else {
            for offset in 0..<bytes.count { output[offset] = bytes[offset] }
            return bytes.count
        }
        var written = 0
        for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
            if lowered.value >= 0x300 && lowered.value <= 0x36F { continue }
            for unit in UTF8.encode(lowered)! {
                output[written] = unit
                written += 1
            }
        }
        return written
    }

    /// Latin Extended-B (U+0180–U+024F: Romanian ș ț, Pinyin ǎ ǐ) and Latin Extended Additional (U+1E00–U+1EFF:
    /// Vietnamese ộ ễ ạ): the base letters of the canonical decomposition, lowercased, so that "Chișinău" and
    /// "Chisinau", "Nguyễn Phú Trọng" and "Nguyen Phu Trong" fold alike, as Latin-1 letters do. Scalars without
    /// such a decomposition (ə, ƒ) keep their lowercase mapping.
    static let decomposedLatinTable: [[UInt8]] = {
        func entry(_ value: UInt32) -> [UInt8] {
            guard let scalar = Unicode.Scalar(value) else { return [] }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.lowercased()
            let base = decomposed.unicodeScalars.filter { !($0.value >= 0x300 && $0.value <= 0x36F) }
            guard !base.isEmpty, base.count < decomposed.unicodeScalars.count, base.allSatisfy({ $0.isASCII }) else { return [] }
            return base.map { UInt8($0.value) }
        }
        return (UInt32(0x180)...0x24F).map(entry) + (UInt32(0x1E00)...0x1EFF).map(entry)
    }()

    static func decomposedLatinFold(_ value: UInt32) -> [UInt8]? {
        let index: Int
        if value >= 0x180 && value <= 0x24F { index = Int(value - 0x180) }
        else if value >= 0x1E00 && value <= 0x1EFF { index = Int(value - 0x1E00) + (0x24F - 0x180 + 1) }
        else { return nil }
        let folded = decomposedLatinTable[index]
        return folded.isEmpty ? nil : folded
    }

    public static func fold(_ string: String) -> String {
        var output: [UInt8] = []
        var input = string
        input.withUTF8 { fold($0, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }
}
