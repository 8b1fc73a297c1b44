/// Guesses English or French from frequent stopwords in the first ~20 KB.
///
/// Words that exist in both languages (`a`, `on`, `an`, `as`) are not counted. Returns `.unknown` with fewer
/// than three hits or a tie, so short or foreign texts do not get a confident wrong answer.
public enum LanguageDetector {
    static let sampleLength = 20_000

    static let english = [
        "the", "and", "of", "to", "in", "is", "was", "that", "with", "for", "by", "his", "her", "has", "have",
        "had", "are", "were", "from", "this", "which", "it", "its", "at", "be", "been", "will", "would", "not",
        "they", "their", "he", "she", "who", "said", "also", "after",
    ]
    static let french = [
        "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "sur", "avec", "au", "aux",
        "ses", "son", "été", "que", "pas", "ce", "cette", "sont", "ont", "par", "il", "elle", "leur", "nous",
        "vous", "mais", "où", "à", "entre", "deux", "plus", "selon", "lors",
    ]

    static let stopwords: [UInt64: Language] = {
        var table: [UInt64: Language] = [:]
        for word in english { if let key = AbbreviationTable.packedKey(Array(word.utf8)) { table[key] = .en } }
        for word in french { if let key = AbbreviationTable.packedKey(Array(word.utf8)) { table[key] = .fr } }
        return table
    }()

    public static func detect(_ text: UnsafeBufferPointer<UInt8>) -> Language {
        let table = stopwords
        let limit = Swift.min(text.count, sampleLength)
        var englishHits = 0, frenchHits = 0
        var key: UInt64 = 0
        var length = 0
        var index = 0

        func finishWord() {
            if length > 0 && length <= 8, let language = table[key] {
                if language == .en { englishHits += 1 } else { frenchHits += 1 }
            }
            key = 0
            length = 0
        }

        while index < limit {
            let byte = text[index]
            if ASCIIBytes.isLetter(byte) {
                key = (key << 8) | UInt64(byte | 0x20)
                length += 1
                index += 1
            } else if byte == 0xC3 && index + 1 < limit && UTF8Scalars.isContinuation(text[index + 1]) {
                var second = text[index + 1]
                if second >= 0x80 && second <= 0x9E && second != 0x97 { second += 0x20 }  // À…Þ → à…þ
                key = (key << 16) | (0xC3 << 8) | UInt64(second)
                length += 2
                index += 2
            } else {
                finishWord()
                index += 1
            }
        }
        finishWord()
        if Swift.max(englishHits, frenchHits) < 3 || englishHits == frenchHits { return .unknown }
        return englishHits > frenchHits ? .en : .fr
    }
}
