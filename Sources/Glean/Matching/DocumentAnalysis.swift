/// A document prepared for matching: normalised text, tokens with their vocabulary ids, sentences, zones and
/// gazetteer hits. Built once per document; every phase and rule reads it.
/// A class: matchers and field closures hold it per phase and candidate, and a struct of this many arrays was
/// copied (a retain per array) each time.
final class DocumentAnalysis {
    let prepared: PreparedText
    let language: Language
    let tokens: [Token]
    /// Vocabulary id of each token's folded form (`Vocabulary.unknown` when no rule or gazetteer uses it).
    let tokenIDs: [Int32]
    let sentences: [Range<Int>]
    /// Index into `sentences` of each token.
    let sentenceOfToken: [Int32]
    /// Per sentence, where a pattern's `^` matches: the token after a leading item number and its period ("1. On 12
    /// March …"), else its first token (`SentenceSplitter.itemStarts`).
    let sentenceItemStarts: [Int]
    let zones: ZoneMap
    /// Where `latest_before` (`ContextScope.beforeInZone`) stops walking back, per sentence: made on first use.
    private(set) lazy var zoneRuns = SentenceZoneRuns(sentences: sentences, tokens: tokens, zones: zones)
    let hits: [GazetteerHit]
    /// The hits starting at token `t` are `hits[hitStartOffsets[t]..<hitStartOffsets[t + 1]]` (hits are in token order).
    let hitStartOffsets: [Int32]
    /// Which vocabulary ids occur in the document (a bit per id), for the literal prefilter.
    private let presentIDs: [UInt64]

    init(bytes: [UInt8], markup: TextMarkup = .plain, language forcedLanguage: Language?, pack: RulePack) {
        let lexical = LexicalAnalysis(bytes: bytes, markup: markup, language: forcedLanguage, vocabulary: pack.vocabulary)
        prepared = lexical.prepared
        let text = prepared.normalized
        let detected = lexical.language
        language = detected
        let tokens = lexical.tokens
        self.tokens = tokens
        let ids = lexical.tokenIDs
        tokenIDs = ids
        presentIDs = LexicalAnalysis.presentIDs(ids, vocabularyCount: pack.vocabulary.count)

        let splitSentences = text.withUnsafeBufferPointer { SentenceSplitter(language: detected).split(tokens: tokens, text: $0) }
        let sentences = splitSentences.isEmpty ? [0..<tokens.count] : splitSentences
        self.sentences = sentences
        sentenceItemStarts = splitSentences.isEmpty ? sentences.map(\.lowerBound)
            : text.withUnsafeBufferPointer { SentenceSplitter(language: detected).itemStarts(sentences, tokens: tokens, text: $0) }
        var sentenceIndex = [Int32](repeating: 0, count: tokens.count)
        for (index, range) in sentences.enumerated() { for token in range where token < tokens.count { sentenceIndex[token] = Int32(index) } }
        sentenceOfToken = sentenceIndex
        let tokensCopy = tokens
        let linkHeaders = pack.linkHeaders
        zones = text.withUnsafeBufferPointer { ZoneMap.detect(text: $0, tokens: tokensCopy, linkHeaders: linkHeaders) }
        let hits = text.withUnsafeBufferPointer { pack.gazetteer.hits(tokens: tokensCopy, tokenIDs: ids, text: $0, language: detected) }
        self.hits = hits
        var offsets = [Int32](repeating: 0, count: tokens.count + 1)
        var next = 0
        for token in 0...tokens.count {
            offsets[token] = Int32(next)
            while next < hits.count && Int(hits[next].startToken) == token { next += 1 }
        }
        hitStartOffsets = offsets
        // The positions of the words rules start with or need (`RulePack.literalSlots`), by word, in one pass.
        let slots = pack.literalSlots
        literalSlots = slots
        let slotCount = pack.literalSlotCount
        var literalOffsets = [Int32](repeating: 0, count: slotCount + 1)
        var literalPositions: [Int32] = []
        ids.withUnsafeBufferPointer { ids in
            slots.withUnsafeBufferPointer { slots in
                literalOffsets.withUnsafeMutableBufferPointer { offsets in
                    for id in ids where id >= 0 && Int(id) < slots.count && slots[Int(id)] >= 0 { offsets[Int(slots[Int(id)]) + 1] += 1 }
                    guard slotCount > 0 else { return }
                    for slot in 0..<slotCount { offsets[slot + 1] += offsets[slot] }
                    var fill = Array(offsets.dropLast())
                    literalPositions = [Int32](repeating: 0, count: Int(offsets[slotCount]))
                    for (position, id) in ids.enumerated() where id >= 0 && Int(id) < slots.count && slots[Int(id)] >= 0 {
                        let slot = Int(slots[Int(id)])
                        literalPositions[Int(fill[slot])] = Int32(position)
                        fill[slot] += 1
                    }
                }
            }
        }
        self.literalOffsets = literalOffsets
        self.literalPositions = literalPositions
    }

    private let literalSlots: [Int32]
    /// The positions of literal slot `s` are `literalPositions[literalOffsets[s]..<literalOffsets[s + 1]]`, ascending.
    private let literalOffsets: [Int32]
    private let literalPositions: [Int32]

    /// Token positions by vocabulary id, built on first use.
    private let positionIndex = LazyIndex<Int32>()
    /// Tokens matching a token regex, by the pack's number for its pattern (`CompiledRegex.tokenSlot`): rules that
    /// write the same pattern (`$DAY` in many rules) hold different regex objects but share one scan.
    let regexPositions = LazyIndex<Int>()
    /// The same, for a regex the pack did not number (built outside a pack), by object.
    let unnumberedRegexPositions = LazyIndex<ObjectIdentifier>()
    /// Tokens of a token class (`#cap`, `#number`), by class: many rules start with one, alone or among others.
    let classPositions = LazyIndex<TokenClass>()
    /// The tokens each start regex of the pack passes (`RulePack.startRegexes`, `TokenRegexMemo.startPositions`),
    /// found for all of them on first use.
    var startRegexPositions: [[Int]]? = nil

    func positions(ofVocabularyID id: Int32) -> [Int] {
        guard contains(vocabularyID: id) else { return [] }
        if id >= 0 && Int(id) < literalSlots.count && literalSlots[Int(id)] >= 0 {
            let slot = Int(literalSlots[Int(id)])
            return literalPositions[Int(literalOffsets[slot])..<Int(literalOffsets[slot + 1])].map(Int.init)
        }
        // One scan per literal a rule starts with, on first use: cheaper than indexing every token of the document.
        return positionIndex.value(for: id) {
            var positions: [Int] = []
            tokenIDs.withUnsafeBufferPointer { ids in
                for position in 0..<ids.count where ids[position] == id { positions.append(position) }
            }
            return positions
        }
    }

    /// The indices into `hits` of the hits starting in `tokens`.
    func hitIndices(startingIn tokens: Range<Int>) -> Range<Int> {
        let low = min(max(tokens.lowerBound, 0), self.tokens.count), high = min(max(tokens.upperBound, low), self.tokens.count)
        return Int(hitStartOffsets[low])..<Int(hitStartOffsets[high])
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
    /// The text of a span as a reader sees it (for HTML: without the markup), for field values.
    func originalText(_ span: ByteSpan) -> String {
        prepared.readableText(ofNormalized: span)
    }

}

/// The first steps of analysing a document, which gazetteer matching needs too: normalised text, language,
/// tokens and their vocabulary ids.
struct LexicalAnalysis {
    let prepared: PreparedText
    let language: Language
    let tokens: [Token]
    let tokenIDs: [Int32]

    init(bytes: [UInt8], markup: TextMarkup = .plain, language forcedLanguage: Language?, vocabulary: Vocabulary) {
        prepared = PreparedText(bytes: bytes, markup: markup)
        let text = prepared.normalized
        var detected = forcedLanguage ?? .unknown
        if forcedLanguage == nil { detected = text.withUnsafeBufferPointer { LanguageDetector.detect($0) } }
        language = detected
        let tokens = Tokenizer(language: detected == .unknown ? .en : detected).tokenize(text)
        self.tokens = tokens
        tokenIDs = text.withUnsafeBufferPointer { bytes in
            tokens.withUnsafeBufferPointer { vocabulary.ids(ofTokens: $0, in: bytes) }
        }
    }

    /// A bit per vocabulary id that occurs in the document (for the rule prefilter; gazetteer matching alone
    /// does not need it).
    static func presentIDs(_ ids: [Int32], vocabularyCount: Int) -> [UInt64] {
        var present = [UInt64](repeating: 0, count: vocabularyCount / 64 + 1)
        present.withUnsafeMutableBufferPointer { present in
            for id in ids where id >= 0 { present[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        }
        return present
    }
}

extension RulePack {
    /// Gazetteer matching alone, done as extraction does it (normalise, detect the language, tokenise, look the
    /// tokens up, one automaton pass), without any rule: what `glean bench gazetteer` times.
    public func gazetteerHits(in document: Document) -> [GazetteerHit] {
        let lexical = LexicalAnalysis(bytes: document.bytes, markup: document.markup, language: document.language, vocabulary: vocabulary)
        return lexical.prepared.normalized.withUnsafeBufferPointer {
            gazetteer.hits(tokens: lexical.tokens, tokenIDs: lexical.tokenIDs, text: $0, language: lexical.language)
        }
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
    func value(for key: Key, buildOne: () -> [Int]) -> [Int] {
        if let found = index?[key] { return found }
        let built = buildOne()
        if index == nil { index = [:] }
        index![key] = built
        return built
    }
}

/// The runs of sentences of one zone, for a walk back from a sentence over the earlier ones of its zone (empty
/// sentences passed over), found once per document: the walk of `latest_before` per lookup visited every earlier
/// sentence, so on a long document its lookups cost the number of sentences before them.
struct SentenceZoneRuns {
    /// Per sentence: the last non-empty sentence before it (-1: none).
    let previousNonEmpty: [Int32]
    /// Per sentence: the zone of its first token (non-empty sentences only; `.body` for empty ones, never read).
    let zone: [Zone]
    /// Per non-empty sentence: the first token of the earliest sentence reached walking back from it (itself
    /// included) over non-empty sentences whose first token is in its zone, empty ones passed over.
    let runFirst: [Int32]

    init(sentences: [Range<Int>], tokens: [Token], zones: ZoneMap) {
        var previousNonEmpty = [Int32](repeating: -1, count: sentences.count)
        var zone = [Zone](repeating: .body, count: sentences.count)
        var runFirst = [Int32](repeating: 0, count: sentences.count)
        var last: Int32 = -1
        for (index, sentence) in sentences.enumerated() {
            previousNonEmpty[index] = last
            guard !sentence.isEmpty else { continue }
            let here = zones.zone(at: Int(tokens[sentence.lowerBound].start))
            zone[index] = here
            runFirst[index] = last >= 0 && zone[Int(last)] == here ? runFirst[Int(last)] : Int32(sentence.lowerBound)
            last = Int32(index)
        }
        self.previousNonEmpty = previousNonEmpty
        self.zone = zone
        self.runFirst = runFirst
    }

    /// The first token of the sentences a walk back from sentence `current` over the earlier ones of zone `here`
    /// reaches: the start of `current` when the sentence before it (empty ones passed over) is of another zone.
    func first(walkingBackFrom current: Int, in here: Zone, start: Int) -> Int {
        let previous = Int(previousNonEmpty[current])
        return previous >= 0 && zone[previous] == here ? Int(runFirst[previous]) : start
    }
}
