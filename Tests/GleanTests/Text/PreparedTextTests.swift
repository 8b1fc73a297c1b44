import Foundation
import Testing
@testable import Glean

@Suite struct DecodingTests {
    @Test func validInputIsKeptAsIs() {
        let prepared = PreparedText(bytes: Array("Café ok".utf8))
        #expect(prepared.original == Array("Café ok".utf8))
        #expect(prepared.decodingIssues.isEmpty)
    }

    @Test func invalidBytesBecomeReplacementCharactersWithInputOffsets() {
        // "a" FF "b" C3(truncated) "c" E2 82(truncated) "d" ED A0 80 (surrogate)
        let input: [UInt8] = [0x61, 0xFF, 0x62, 0xC3, 0x63, 0xE2, 0x82, 0x64, 0xED, 0xA0, 0x80]
        let prepared = PreparedText(bytes: input)
        #expect(prepared.decodingIssues.map(\.byteOffset) == [1, 3, 5, 8, 9, 10])
        #expect(String(decoding: prepared.original, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(String(decoding: prepared.original, as: UTF8.self) == String(decoding: input, as: UTF8.self))
    }

    @Test func truncatedSequenceAtEnd() {
        let prepared = PreparedText(bytes: [0x61, 0xF0, 0x9F, 0x98])
        #expect(prepared.decodingIssues.map(\.byteOffset) == [1])
        #expect(prepared.original == [0x61, 0xEF, 0xBF, 0xBD])
    }
}

@Suite struct NormalizationTests {
    @Test func apostrophesAndQuotes() {
        #expect(normalizedString("l\u{2019}Assemblée \u{2018}x\u{201B} Iʼm 5\u{2032}") == "l'Assemblée 'x' I'm 5'")
        #expect(normalizedString("«\u{00A0}oui\u{00A0}» “a” „b‟ 3″") == "\" oui \" \"a\" \"b\" 3\"")
    }

    @Test func spacesAndInvisibleCharacters() {
        #expect(normalizedString("a\u{00A0}b\u{202F}c\u{2009}d\u{3000}e\u{2003}f") == "a b c d e f")
        #expect(normalizedString("\u{FEFF}pre\u{00AD}mier\u{200B}x\u{200C}y\u{200D}z") == "premierxyz")
        #expect(normalizedString("non\u{2011}stop re\u{2010}do a\u{2013}b\u{2014}c") == "non-stop re-do a\u{2013}b\u{2014}c")
        #expect(normalizedString("a\r\nb\rc") == "a\r\nb\rc")
    }

    @Test func emojiJoinerIsKept() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(normalizedString(family) == family)
    }

    @Test func nfcOnlyWhereNeeded() {
        #expect(normalizedString("e\u{0301}te\u{0301} Cafe\u{0301}") == "été Café")
        #expect(normalizedString("\u{212B}ngstr\u{00F6}m") == "\u{00C5}ngstr\u{00F6}m")
        let prepared = PreparedText(string: "xe\u{0301}y")
        #expect(prepared.normalized == Array("xéy".utf8))
        #expect(prepared.originalSpan(ofNormalized: ByteSpan(start: 1, end: 3)) == ByteSpan(start: 1, end: 4))
        #expect(prepared.originalOffset(ofNormalized: 3) == 4)
    }

    @Test func gluedTokensAreSeparated() {
        #expect(normalizedString("- 16:50Groundbreaking news") == "- 16:50 Groundbreaking news")
        #expect(normalizedString("in 2024Morocco and 2024États") == "in 2024 Morocco and 2024 États")
        // Two-byte Latin letters take a shorter path than other scalars: the same decisions.
        #expect(normalizedString("2024Łódź 16:50Éric 3×4 2Ét 7É 2024étés") == "2024 Łódź 16:50 Éric 3×4 2 Ét 7É 2024étés")
        #expect(normalizedString("G20 20th 3D 4pm COVID-19 13:55:02 16:50pm") == "G20 20th 3D 4pm COVID-19 13:55:02 16:50 pm")
        #expect(normalizedString("see http://x.org/2024Morocco") == "see http://x.org/2024Morocco")
    }

    @Test func offsetMapAroundEdits() {
        // "l’a" : ’ is 3 bytes → 1 byte
        let prepared = PreparedText(string: "l\u{2019}a \u{200B}b")
        #expect(String(decoding: prepared.normalized, as: UTF8.self) == "l'a b")
        #expect(prepared.originalOffset(ofNormalized: 0) == 0)
        #expect(prepared.originalOffset(ofNormalized: 1) == 1)
        #expect(prepared.originalOffset(ofNormalized: 2) == 4)
        #expect(prepared.originalSpan(ofNormalized: ByteSpan(start: 0, end: 2)) == ByteSpan(start: 0, end: 4))
        #expect(prepared.originalSpan(ofNormalized: ByteSpan(start: 1, end: 2)) == ByteSpan(start: 1, end: 4))
        // token "b" after a deleted zero-width space starts after it
        #expect(prepared.originalSpan(ofNormalized: ByteSpan(start: 4, end: 5)) == ByteSpan(start: 9, end: 10))
        // the token "a " before the deletion ends before it
        #expect(prepared.originalSpan(ofNormalized: ByteSpan(start: 2, end: 4)) == ByteSpan(start: 4, end: 6))
        // inserted space maps to an empty original stretch
        let glued = PreparedText(string: "16:50Ground")
        #expect(glued.originalSpan(ofNormalized: ByteSpan(start: 6, end: 12)) == ByteSpan(start: 5, end: 11))
        #expect(glued.originalSpan(ofNormalized: ByteSpan(start: 0, end: 5)) == ByteSpan(start: 0, end: 5))
    }

    @Test(arguments: TextFixtures.seedNumbers)
    func tokensRoundTripThroughTheOffsetMap(seed: String) {
        let prepared = PreparedText(bytes: TextFixtures.seed(seed))
        #expect(!prepared.original.isEmpty)
        let tokens = Tokenizer(language: .unknown).tokenize(prepared.normalized)
        var generator = SystemRandomNumberGenerator()
        for token in tokens {
            let original = prepared.originalSpan(ofNormalized: token.span)
            let originalText = String(decoding: prepared.original[original.start..<original.end], as: UTF8.self)
            let tokenText = String(decoding: prepared.normalized[token.span.start..<token.span.end], as: UTF8.self)
            #expect(normalizedString(originalText) == tokenText, "\(originalText) vs \(tokenText)")
        }
        // random spans made of whole tokens
        for _ in 0..<50 where tokens.count > 2 {
            let first = Int.random(in: 0..<(tokens.count - 1), using: &generator)
            let last = Int.random(in: first..<tokens.count, using: &generator)
            let span = ByteSpan(start: Int(tokens[first].start), end: Int(tokens[last].end))
            let original = prepared.originalSpan(ofNormalized: span)
            let originalText = String(decoding: prepared.original[original.start..<original.end], as: UTF8.self)
            let normalizedText = String(decoding: prepared.normalized[span.start..<span.end], as: UTF8.self)
            #expect(Folding.fold(normalizedString(originalText)) == Folding.fold(normalizedText))
        }
    }
}
