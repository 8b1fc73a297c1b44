/// Folding for dictionary matching: lowercase and strip diacritics (é→e, ï→i, ç→c, ß→ss, œ→oe, æ→ae).
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

    /// Appends the folded form of `bytes` (valid UTF-8) to `output`.
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let table = latinTable
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                output.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
            let value = scalar.value
            if value >= 0xC0 && value <= 0x17F {
                let folded = table[Int(value - 0xC0)]
                if folded.isEmpty { output.append(contentsOf: bytes[index..<(index + length)]) } else { output.append(contentsOf: folded) }
            } else if value >= 0x300 && value <= 0x36F {
                // combining diacritic: dropped
            } else if scalar.properties.changesWhenLowercased {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                    if lowered.value >= 0x300 && lowered.value <= 0x36F { continue }
                    UTF8Scalars.append(lowered, to: &output)
                }
            } else {
                output.append(contentsOf: bytes[index..<(index + length)])
            }
            index += length
        }
    }

    public static func fold(_ string: String) -> String {
        var output: [UInt8] = []
        var input = string
        input.withUTF8 { fold($0, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }
}
