import Foundation
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
        for token in tokens {
            var text = token
            let fused = text.withUTF8 { vocabulary.id(ofToken: $0) }
            #expect(fused == vocabulary.id(ofFolded: Folding.fold(token)), "\(token)")
        }
    }

    /// Words of every length near the eight-byte steps, accents, digits, apostrophes, at every alignment.
    static let alignmentSample = "Le président du Maroc et the Prime Minister of the U.S. signed 12,5 % deals in 2024Rabat; "
        + "l'accord n'est pas CONFIDENTIAL-19 ni e-mail a.b@c.org aujourd'hui. Extraordinarily long words: "
        + "internationalisation anticonstitutionnellement été élève Œuvre São Paulo 13h55 1 000 000 7th."

    @Test func tokenizationDoesNotDependOnAlignment() {
        let sample = Array(TextHotPathTests.alignmentSample.utf8)
        let tokenizer = Tokenizer(language: .fr)
        let reference = tokenizer.tokenize(sample)
        for padding in 0..<17 {
            let prefix = Array((String(repeating: "x", count: padding) + "\n\n").utf8)
            let tokens = tokenizer.tokenize(prefix + sample)
            let shift = Int32(prefix.count)
            // The sample's first token differs only in its flags (it starts the text in one, follows "\n\n" in the other).
            let shifted = tokens.dropFirst(padding > 0 ? 2 : 1).map {
                Token(start: $0.start - shift, end: $0.end - shift, kind: $0.kind, flags: $0.flags)
            }
            #expect(shifted.elementsEqual(reference.dropFirst()), "padding \(padding)")
        }
    }

    /// The byte-by-byte detector the word-at-a-time one replaced (stopwords counted as before).
    static func referenceLanguage(_ text: [UInt8]) -> Language {
        var table: [UInt64: Language] = [:]
        for word in LanguageDetector.english { table[AbbreviationTable.packedKey(Array(word.utf8))!] = .en }
        for word in LanguageDetector.french { table[AbbreviationTable.packedKey(Array(word.utf8))!] = .fr }
        var english = 0, french = 0, key: UInt64 = 0, length = 0, index = 0
        let limit = min(text.count, LanguageDetector.sampleLength)
        func finish() {
            if length > 0 && length <= 8, let language = table[key] { if language == .en { english += 1 } else { french += 1 } }
            key = 0
            length = 0
        }
        while index < limit {
            let byte = text[index]
            if ASCIIBytes.isLetter(byte) {
                key = (key << 8) | UInt64(byte | 0x20); length += 1; index += 1
            } else if byte == 0xC3 && index + 1 < limit && UTF8Scalars.isContinuation(text[index + 1]) {
                var second = text[index + 1]
                if second >= 0x80 && second <= 0x9E && second != 0x97 { second += 0x20 }
                key = (key << 16) | (0xC3 << 8) | UInt64(second); length += 2; index += 2
            } else {
                finish(); index += 1
            }
        }
        finish()
        if max(english, french) < 3 || english == french { return .unknown }
        return english > french ? .en : .fr
    }

    @Test func languageDetectionAgreesWithTheByteLoop() {
        let texts = [
            TextHotPathTests.alignmentSample,
            "The minister said that the talks with France were held in Paris and that his visit had been useful.",
            "Le ministre a dit que les pourparlers avec la France ont été utiles et qu'il est où il était.",
            "THE AND OF TO IN IS WAS; LES DES DU ET EST À OÙ ÉTÉ.", "été été été the the", "a on an as the",
            String(repeating: "le ministre et the president ", count: 900),  // past the sample length
        ]
        for text in texts {
            for padding in 0..<9 {
                let bytes = Array((String(repeating: " ", count: padding) + text).utf8)
                let detected = bytes.withUnsafeBufferPointer { LanguageDetector.detect($0) }
                #expect(detected == TextHotPathTests.referenceLanguage(bytes), "padding \(padding): \(text.prefix(40))")
            }
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

/// The per-document text path after the fused rewrite: chunked vocabulary lookup, packed-key tables, early
/// language decision.
@Suite("Text path lookups")
struct TextPathLookupTests {
    static let known = ["maroc", "etats", "unis", "cote", "d'ivoire", "u.s.", "2024", "oeuvre", "strasse", "x", ",", ".",
                        "internationalisation", "abcdefgh", "abcdefghi", "abcdefg", "covid-19", "l'"]

    /// Every token, placed so that its last byte is 0...9 bytes before the end of the text: chunk loads near the
    /// end of the buffer take the byte path, others read past the token; both must agree with fold-then-lookup.
    @Test func chunkedLookupAgreesWithFoldThenLookupAtEveryDistanceFromTheEnd() {
        var vocabulary = Vocabulary(capacity: 4)  // small, so the table grows while interning
        for word in TextPathLookupTests.known { vocabulary.intern(folded: word) }
        let tokens = TextPathLookupTests.known + ["Maroc", "MAROC", "États", "ETATS", "Côte", "D'Ivoire", "U.S.", "X", "Œuvre",
                                                  "Straße", "INTERNATIONALISATION", "Internationalisations", "ABCDEFGH",
                                                  "abcdefgH", "AbcdefghI", "abcdefgz", "COVID-19", "L'", "Rabat", "marocs", "maro",
                                                  "ÉTATS-UNIS", "İ", "a", "Z", ";", "é", "ab"]
        for token in tokens {
            let expected = vocabulary.id(ofFolded: Folding.fold(token))
            for tail in 0..<10 {
                let text = Array(("  " + token + String(repeating: "z", count: tail)).utf8)
                let id = text.withUnsafeBufferPointer {
                    vocabulary.id(ofTokenIn: $0, start: 2, end: text.count - tail)
                }
                #expect(id == expected, "\(token) with \(tail) bytes after it")
            }
        }
    }

    /// The per-document loop (`ids(ofTokens:in:)`, with its own Latin folding) against fold-then-lookup, token by
    /// token, at every distance from the end of the text: accents of Latin-1 and Latin Extended-A, scalars it
    /// leaves to the general fold (combining marks, Greek, `İ`), long words and folds that grow (`ß`, `Œ`).
    @Test func documentLookupAgreesWithFoldThenLookup() {
        var vocabulary = Vocabulary(capacity: 4)
        let words = TextPathLookupTests.known + ["etats-unis", "cafe", "lodz", "sao", "strasse", "oe", "a\u{300}", "ελλαδα",
                                                 "i\u{307}", "anticonstitutionnellement", "dzial", "ab×cd",
                                                 "abcdefgh", "abcdefghi", "abcdefghabcdefgh", "abcdefghabcdefghi"]
        for word in words { vocabulary.intern(folded: word) }
        let tokens = words + ["Maroc", "ÉTATS", "Côte", "D'Ivoire", "Œuvre", "Straße", "STRASSE", "Łódź", "Café", "CAFÉ", "São",
                              "ÀÉÎÕÜ", "Ελλάδα", "ΕΛΛΑΔΑ", "İ", "ANTICONSTITUTIONNELLEMENT", "Anticonstitutionnellementé",
                              "Dział", "AB×CD", "ab÷cd", "ÿ", "Ÿ", "ſ", "ĳ", "e\u{301}", "x", "X", "é", "·", "ab",
                              // One and two chunks exactly, one byte more, and unknown words of those lengths.
                              "ABCDEFGH", "Abcdefghi", "abcdefghABCDEFGH", "AbcdefghAbcdefghI", "abcdefgX", "abcdefghabcdefgX", "abcdefgha"]
        for tail in 0..<10 {
            var text: [UInt8] = []
            var spans: [Token] = []
            for token in tokens {
                text += Array("  ".utf8)
                let start = text.count
                text += Array(token.utf8)
                spans.append(Token(start: Int32(start), end: Int32(text.count), kind: .word, flags: []))
            }
            text += Array(String(repeating: "z", count: tail).utf8)
            let ids = text.withUnsafeBufferPointer { bytes in spans.withUnsafeBufferPointer { vocabulary.ids(ofTokens: $0, in: bytes) } }
            for (token, id) in zip(tokens, ids) {
                #expect(id == vocabulary.id(ofFolded: Folding.fold(token)), "\(token) with \(tail) bytes after the last token")
            }
        }
    }

    /// The tokenizer's fast path reads the case of U+0100–U+017F from two masks; `caseFlags` asks Unicode.
    @Test func latinMasksAgreeWithUnicodeProperties() {
        for value in UInt32(0x100)...0x17F {
            let properties = Unicode.Scalar(value)!.properties
            let mask = value < 0x140 ? LatinLetterCase.upperC4 : LatinLetterCase.upperC5
            let upper = mask & (1 << UInt64(value & 0x3F)) != 0
            #expect(properties.isUppercase == upper, "U+\(String(value, radix: 16))")
            #expect(properties.isLowercase == !upper, "U+\(String(value, radix: 16))")
        }
        // Words of such letters get the flags the general path gives them.
        let text = "Łódź ŁÓDŹ łódź Ŀŀ ĸa ŉ Œuvre ŒUVRE Ÿ ſt Ĳssel İstanbul ıi Ça çA È1 Ø"
        let tokens = Tokenizer(language: .en).tokenize(Array(text.utf8))
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = TokenScanner(text: buffer, abbreviations: AbbreviationTable.entries(for: .en))
            for token in tokens {
                let expected = scanner.caseFlags(Int(token.start), Int(token.end))
                #expect(token.flags.intersection([.capitalized, .allUppercase]) == expected,
                        "\(String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self))")
            }
            _ = scanner.takeTokens()  // frees its buffer
        }
    }

    @Test func singleByteTokensFindTheirFoldedLetter() {
        var vocabulary = Vocabulary()
        let lower = vocabulary.intern(folded: "m")
        let comma = vocabulary.intern(folded: ",")
        for (token, expected) in [("m", lower), ("M", lower), (",", comma), ("n", Vocabulary.unknown), ("N", Vocabulary.unknown)] {
            var text = token
            #expect(text.withUTF8 { vocabulary.id(ofToken: $0) } == expected, "\(token)")
        }
    }

    @Test func packedKeyTableAgreesWithADictionary() {
        var reference: [UInt64: Int] = [:]
        for (index, word) in TextHotPathTests.randomASCIIWords(count: 300).enumerated() where word != 0 { reference[word] = index }
        let table = PackedKeyTable(reference)
        for (key, value) in reference { #expect(table[key] == value) }
        for word in TextHotPathTests.randomASCIIWords(count: 600).dropFirst(300) { #expect(table[word] == reference[word]) }
        #expect(table[0] == nil)
        let set = PackedKeyTable(keys: [1, 2, 3, 0x6C6C])
        #expect(set.contains(0x6C6C) && set.contains(1) && !set.contains(4) && !set.contains(0))
    }

    /// The early decision must give the full count's answer on real news: every seed and, where the shared dev
    /// set is present, every wikinews_fr article (normalised, as extraction sees them).
    @Test func earlyLanguageDecisionAgreesWithTheFullCountOnNews() throws {
        var directories = [TextFixtures.seedsDirectory]
        if FileManager.default.fileExists(atPath: TextFixtures.wikinewsDirectory.path) { directories.append(TextFixtures.wikinewsDirectory) }
        var checked = 0
        for directory in directories {
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".txt") {
                guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { continue }
                let text = PreparedText(bytes: Array(data)).normalized
                #expect(text.withUnsafeBufferPointer { LanguageDetector.detect($0) } == TextHotPathTests.referenceLanguage(text), "\(name)")
                checked += 1
            }
        }
        #expect(checked >= 5)
    }

    /// Reading stops once one language clearly leads; a text whose languages stay close is read to the end.
    @Test func languageDetectionStopsOnceTheAnswerIsPlain() {
        let english = String(repeating: "The minister said that the talks were useful and that his visit had been good. ", count: 12)
        let french = String(repeating: "Le ministre a dit que les pourparlers avec la France ont été utiles et qu'il est là. ", count: 40)
        var text = Array((english + french).utf8)
        // The full count says French (far more French stopwords); the first few hundred bytes decide English.
        #expect(TextHotPathTests.referenceLanguage(text) == .fr)
        #expect(text.withUnsafeBufferPointer { LanguageDetector.detect($0) } == .en)
        // Alternating sentences never give one language an eightfold lead: counted to the end, as before.
        text = Array(String(repeating: "the talks of the day. le ministre et les pourparlers. ", count: 200).utf8)
        #expect(text.withUnsafeBufferPointer { LanguageDetector.detect($0) } == TextHotPathTests.referenceLanguage(text))
    }
}
