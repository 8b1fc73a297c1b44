import Testing
@testable import Glean

/// The text-side fast paths (word-at-a-time ASCII scanning, fused fold-and-lookup, the stopword table) must
/// give exactly what the plain byte-by-byte code gives.
@Suite("Text hot path structures")
struct TextHotPathTests {
    /// Deterministic pseudo-random bytes (xorshift), so failures reproduce.
    static func randomASCIIWords(count: Int) -> [UInt64] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state & 0x7F7F_7F7F_7F7F_7F7F
        }
    }

    @Test func byteMasksAgreeWithBytewiseTests() {
        let special: [UInt64] = [0, 0x2020_2020_2020_2020, 0x3039_2F40_3D5F_2630, 0x7F00_2021_3A29_3940]
        for word in special + TextHotPathTests.randomASCIIWords(count: 4000) {
            for byte: UInt8 in [0x20, 0x26, 0x2F, 0x30, 0x3D, 0x40, 0x5F, 0x00, 0x7F] {
                var expected: UInt64 = 0
                for lane in 0..<8 where UInt8(truncatingIfNeeded: word >> (8 * lane)) == byte { expected |= 0x80 << (8 * lane) }
                #expect(ASCIIRun.equalMask(word, byte) == expected, "equal \(byte) in \(String(word, radix: 16))")
            }
            for (low, high) in [(UInt8(0x30), UInt8(0x39)), (0, 0x20), (0x61, 0x7A), (0x7F, 0x7F)] {
                var expected: UInt64 = 0
                for lane in 0..<8 {
                    let value = UInt8(truncatingIfNeeded: word >> (8 * lane))
                    if value >= low && value <= high { expected |= 0x80 << (8 * lane) }
                }
                #expect(ASCIIRun.rangeMask(word, low, high) == expected, "range \(low)...\(high) in \(String(word, radix: 16))")
            }
        }
    }

    @Test func asciiRunEndFindsTheFirstNonASCIIByte() {
        for length in 0..<40 {
            for position in 0...length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                if position < length { bytes[position] = 0xC3 }
                let end = bytes.withUnsafeBufferPointer { ASCIIRun.end(of: $0, from: 0) }
                #expect(end == position, "length \(length), non-ASCII at \(position)")
            }
        }
    }

    /// Glued digits and letters, URLs and non-ASCII at every offset from an eight-byte block boundary.
    @Test func normalizationDoesNotDependOnBlockAlignment() {
        let sample = "Rabat 2024Morocco, see http://x.org/2024Morocco and 16:50Groundbreaking l’accord\u{00A0}12 000 é\u{0301}t"
        let reference = TextNormalizer.normalizeForTest(Array(sample.utf8))
        for padding in 0..<17 {
            let prefix = Array((String(repeating: "a", count: padding) + " ").utf8)
            let normalized = TextNormalizer.normalizeForTest(prefix + Array(sample.utf8))
            #expect(normalized == prefix + reference, "padding \(padding)")
        }
    }

    @Test func fusedTokenLookupAgreesWithFoldThenLookup() {
        var vocabulary = Vocabulary(capacity: 16)
        let known = ["maroc", "etats", "unis", "cote", "d'ivoire", "u.s.", "2024", "oeuvre", "strasse", "x"]
        for word in known { vocabulary.intern(folded: word) }
        let tokens = ["Maroc", "MAROC", "maroc", "États", "etats", "ETATS", "Unis", "Côte", "D'Ivoire", "U.S.", "2024",
                      "Œuvre", "Straße", "X", "x", "Rabat", "", "marocs", "maro", "ÉTATS-UNIS", "İ"]
        var scratch: [UInt8] = []
        for token in tokens {
            var text = token
            let fused = text.withUTF8 { vocabulary.id(ofToken: $0, scratch: &scratch) }
            #expect(fused == vocabulary.id(ofFolded: Folding.fold(token)), "\(token)")
        }
    }

    @Test func stopwordTableAgreesWithTheWordLists() {
        var reference: [UInt64: Language] = [:]
        for word in LanguageDetector.english { reference[AbbreviationTable.packedKey(Array(word.utf8))!] = .en }
        for word in LanguageDetector.french { reference[AbbreviationTable.packedKey(Array(word.utf8))!] = .fr }
        let table = LanguageDetector.stopwords
        table.keys.withUnsafeBufferPointer { keys in
            for (key, language) in reference { #expect(table.language(of: key, keys: keys) == language) }
            for word in ["thee", "lez", "xyz", "étés", "a", "on", "an", "as", "zzzzzzzz"] {
                let key = AbbreviationTable.packedKey(Array(word.utf8))!
                #expect(table.language(of: key, keys: keys) == reference[key], "\(word)")
            }
        }
    }
}

extension TextNormalizer {
    static func normalizeForTest(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { normalize($0).output } ?? bytes
    }
}
