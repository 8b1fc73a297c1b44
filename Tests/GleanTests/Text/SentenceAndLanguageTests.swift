import Foundation
import Testing
@testable import Glean

func sentenceTexts(_ input: String, language: Language = .unknown) -> [String] {
    let prepared = PreparedText(string: input)
    let tokens = Tokenizer(language: language).tokenize(prepared.normalized)
    return prepared.normalized.withUnsafeBufferPointer { text in
        SentenceSplitter(language: language).split(tokens: tokens, text: text).map { range in
            String(decoding: text[Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)], as: UTF8.self)
        }
    }
}

@Suite struct SentenceSplitterTests {
    @Test func splitsAtTerminalPunctuation() {
        #expect(sentenceTexts("Mr. Smith went to the U.S. in May. He met Dr. Jones! Did he? Yes… 20 minutes.", language: .en) ==
                ["Mr. Smith went to the U.S. in May.", "He met Dr. Jones!", "Did he?", "Yes…", "20 minutes."])
    }

    @Test func doesNotSplitBeforeLowercaseOrAfterInitials() {
        #expect(sentenceTexts("It costs approx. the same. J. Smith agreed.", language: .en) ==
                ["It costs approx. the same.", "J. Smith agreed."])
        #expect(sentenceTexts("M. Macron a parlé. Il a dit : « oui. » Puis il est parti.", language: .fr) ==
                ["M. Macron a parlé.", "Il a dit : \" oui. \"", "Puis il est parti."])
    }

    @Test func namesAndTitlesOfDiplomaticNewsKeepTheirPeriod() {
        #expect(sentenceTexts("Dar spoke with his counterpart Md. Touhid Hossain. Amb. Thomas-Greenfield met Brig. Gen. Tiani.", language: .en) ==
                ["Dar spoke with his counterpart Md. Touhid Hossain.", "Amb. Thomas-Greenfield met Brig. Gen. Tiani."])
        #expect(sentenceTexts("Exports rose to Rs. 50 lakh crore. Imports fell.", language: .en) ==
                ["Exports rose to Rs. 50 lakh crore.", "Imports fell."])
    }

    @Test func closingQuoteStaysWithTheSentence() {
        #expect(sentenceTexts("He said \"no.\" Then he left.") == ["He said \"no.\"", "Then he left."])
    }

    @Test func linesAndParagraphs() {
        #expect(sentenceTexts("Follow us on Facebook\nMorocco and Japan Forge Ties\nIn a significant move, they met.") ==
                ["Follow us on Facebook", "Morocco and Japan Forge Ties", "In a significant move, they met."])
        #expect(sentenceTexts("The ministers met in\nRabat and talked, and\nSome words continued.\n\nnew paragraph here") ==
                ["The ministers met in\nRabat and talked, and\nSome words continued.", "new paragraph here"])
        #expect(sentenceTexts("hard wrapped prose that\ncontinues lowercase here.") == ["hard wrapped prose that\ncontinues lowercase here."])
    }

    @Test func seedSentencesCoverAllTokens() {
        for seed in TextFixtures.seedNumbers {
            let prepared = PreparedText(bytes: TextFixtures.seed(seed))
            let tokens = Tokenizer(language: .unknown).tokenize(prepared.normalized)
            let sentences = prepared.normalized.withUnsafeBufferPointer {
                SentenceSplitter(language: .unknown).split(tokens: tokens, text: $0)
            }
            #expect(sentences.first?.lowerBound == 0)
            #expect(sentences.last?.upperBound == tokens.count)
            for (previous, next) in zip(sentences, sentences.dropFirst()) { #expect(previous.upperBound == next.lowerBound) }
            #expect(sentences.count > 5)
        }
    }
}

@Suite struct LanguageDetectorTests {
    func detect(_ bytes: [UInt8]) -> Language {
        let prepared = PreparedText(bytes: bytes)
        return prepared.normalized.withUnsafeBufferPointer { LanguageDetector.detect($0) }
    }

    @Test func seeds() {
        #expect(detect(TextFixtures.seed("000")) == .en)
        #expect(detect(TextFixtures.seed("001")) == .fr)
        #expect(detect(TextFixtures.seed("002")) == .en)
        #expect(detect(TextFixtures.seed("003")) == .fr)
        #expect(detect(TextFixtures.seed("004")) == .fr)
    }

    @Test func shortOrAmbiguousTextIsUnknown() {
        #expect(detect(Array("a on an".utf8)) == .unknown)
        #expect(detect(Array("Hello world".utf8)) == .unknown)
        #expect(detect(Array("the cat and le chat et".utf8)) == .unknown)
        #expect(detect(Array("Il est à Paris avec les enfants".utf8)) == .fr)
    }

    @Test func wikinewsIsFrench() throws {
        let directory = TextFixtures.wikinewsDirectory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        var misdetected: [String] = []
        for name in names where name.hasSuffix(".txt") {
            let data = try #require(FileManager.default.contents(atPath: directory.appendingPathComponent(name).path))
            if detect(Array(data)) != .fr { misdetected.append(name) }
        }
        #expect(misdetected.isEmpty)
    }
}
