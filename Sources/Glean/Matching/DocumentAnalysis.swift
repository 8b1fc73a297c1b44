/// A document prepared for matching: normalised text, tokens with their vocabulary ids, sentences, zones and
/// gazetteer hits. Built once per document; every phase and rule reads it.
struct DocumentAnalysis {
    let prepared: PreparedText
    let language: Language
    let tokens: [Token]
    /// Vocabulary id of each token's folded form (`Vocabulary.unknown` when no rule or gazetteer uses it).
    let tokenIDs: [Int32]
    let sentences: [Range<Int>]
    /// Index into `sentences` of each token.
    let sentenceOfToken: [Int32]
    let zones: ZoneMap
    let hits: [GazetteerHit]
    /// Indices into `hits`, by start token.
    let hitsByStart: [Int32: [Int32]]
    /// Which vocabulary ids occur in the document (a bit per id), for the literal prefilter.
    private let presentIDs: [UInt64]

    init(bytes: [UInt8], language forcedLanguage: Language?, pack: RulePack) {
        prepared = PreparedText(bytes: bytes)
        let text = prepared.normalized
        var detected = forcedLanguage ?? .unknown
        if forcedLanguage == nil { detected = text.withUnsafeBufferPointer { LanguageDetector.detect($0) } }
        language = detected
        let tokens = Tokenizer(language: detected == .unknown ? .en : detected).tokenize(text)
        self.tokens = tokens

        var ids = [Int32](repeating: Vocabulary.unknown, count: tokens.count)
        var present = [UInt64](repeating: 0, count: pack.vocabulary.count / 64 + 1)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64)
        text.withUnsafeBufferPointer { bytes in
            for (index, token) in tokens.enumerated() {
                buffer.removeAll(keepingCapacity: true)
                Folding.fold(UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), into: &buffer)
                let id = buffer.withUnsafeBufferPointer { pack.vocabulary.id(ofFolded: $0) }
                ids[index] = id
                if id >= 0 { present[Int(id) >> 6] |= 1 << UInt64(id & 63) }
            }
        }
        tokenIDs = ids
        presentIDs = present

        let splitSentences = text.withUnsafeBufferPointer { SentenceSplitter(language: detected).split(tokens: tokens, text: $0) }
        sentences = splitSentences.isEmpty ? [0..<tokens.count] : splitSentences
        var sentenceIndex = [Int32](repeating: 0, count: tokens.count)
        for (index, range) in sentences.enumerated() { for token in range where token < tokens.count { sentenceIndex[token] = Int32(index) } }
        sentenceOfToken = sentenceIndex
        let tokensCopy = tokens
        zones = text.withUnsafeBufferPointer { ZoneMap.detect(text: $0, tokens: tokensCopy) }
        hits = text.withUnsafeBufferPointer { pack.gazetteer.hits(tokens: tokensCopy, tokenIDs: ids, text: $0, language: detected) }
        var byStart: [Int32: [Int32]] = [:]
        for (index, hit) in hits.enumerated() { byStart[hit.startToken, default: []].append(Int32(index)) }
        hitsByStart = byStart
    }

    /// Token positions by vocabulary id, built on first use.
    private let positionIndex = LazyIndex<Int32>()
    private let hitTypeIndex = LazyIndex<String>()
    /// Tokens matching a token regex, by regex.
    let regexPositions = LazyIndex<ObjectIdentifier>()

    func positions(ofVocabularyID id: Int32) -> [Int] {
        guard contains(vocabularyID: id) else { return [] }
        return positionIndex.values(for: id) {
            var index: [Int32: [Int]] = [:]
            for (position, tokenID) in tokenIDs.enumerated() where tokenID >= 0 { index[tokenID, default: []].append(position) }
            return index
        }
    }

    func hitStarts(ofType type: String, gazetteer: Gazetteer) -> [Int] {
        hitTypeIndex.values(for: type) {
            var index: [String: [Int]] = [:]
            for hit in hits {
                let entryType = gazetteer.entries[Int(hit.entry)].type
                if index[entryType]?.last != Int(hit.startToken) { index[entryType, default: []].append(Int(hit.startToken)) }
            }
            return index
        }
    }

    func contains(vocabularyID id: Int32) -> Bool {
        id >= 0 && Int(id) >> 6 < presentIDs.count && presentIDs[Int(id) >> 6] & (1 << UInt64(id & 63)) != 0
    }

    func byteSpan(tokens range: Range<Int>) -> ByteSpan {
        ByteSpan(start: Int(tokens[range.lowerBound].start), end: Int(tokens[range.upperBound - 1].end))
    }

    /// The tokens a byte span covers: from the first token ending after its start to the last starting before its end.
    func tokenRange(of span: ByteSpan) -> Range<Int>? {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if Int(tokens[middle].end) <= span.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < tokens.count && Int(tokens[end].start) < span.end { end += 1 }
        return end > low ? low..<end : nil
    }

    /// The original text behind a span of normalised bytes.
    func originalText(_ span: ByteSpan) -> String {
        let original = prepared.originalSpan(ofNormalized: span)
        return String(decoding: prepared.original[original.start..<original.end], as: UTF8.self)
    }

}

/// A per-document index built the first time a rule needs it (most documents never need most indexes).
final class LazyIndex<Key: Hashable> {
    private var index: [Key: [Int]]? = nil

    func values(for key: Key, build: () -> [Key: [Int]]) -> [Int] {
        if index == nil { index = build() }
        return index![key] ?? []
    }

    /// For indexes filled one key at a time.
    func value(for key: Key, buildOne: () -> [Key: [Int]]) -> [Int] {
        if let found = index?[key] { return found }
        let built = buildOne()
        index = (index ?? [:]).merging(built) { $1 }
        return built[key] ?? []
    }
}
