import Foundation

/// A problem found while decoding the input bytes; `byteOffset` points into the input, not the repaired text.
public struct DecodingIssue: Sendable, Equatable {
    public var byteOffset: Int
    public var message: String

    public init(byteOffset: Int, message: String) {
        self.byteOffset = byteOffset
        self.message = message
    }
}

/// A document's text: the original (valid UTF-8) and a normalised copy for matching, with a map between them.
///
/// Rules and the tokenizer only ever see `normalized`; spans reported to users are mapped back to
/// `original` with `originalSpan(ofNormalized:)`, so typographic clean-up never shifts output offsets.
public struct PreparedText: Sendable {
    /// The input decoded as UTF-8; each invalid byte sequence replaced by U+FFFD (EF BF BD).
    public let original: [UInt8]
    /// The text rules and the tokenizer see.
    public let normalized: [UInt8]
    public let decodingIssues: [DecodingIssue]
    let offsetMap: NormalizationOffsetMap
    /// For HTML: the page's visible text (markup stripped, entities decoded), which is what gets normalised, and
    /// the map from it back to `original`. Spans map through both, so they index the page itself.
    private let visibleText: [UInt8]?
    private let markupMap: NormalizationOffsetMap?

    /// Decodes `bytes` (repairing invalid UTF-8), strips HTML markup when asked, and normalises the result.
    public init(bytes: [UInt8], markup: TextMarkup = .plain) {
        let (repaired, issues) = UTF8Repair.repair(bytes)
        self.init(validUTF8: repaired, issues: issues, markup: markup)
    }

    public init(string: String) {
        self.init(validUTF8: Array(string.utf8), issues: [], markup: .plain)
    }

    private init(validUTF8: [UInt8], issues: [DecodingIssue], markup: TextMarkup) {
        original = validUTF8
        decodingIssues = issues
        var text = validUTF8
        if markup == .html {
            let stripped = HTMLText.strip(validUTF8)
            text = stripped.text
            visibleText = stripped.text
            markupMap = stripped.map
        } else {
            visibleText = nil
            markupMap = nil
        }
        let result = text.withUnsafeBufferPointer { TextNormalizer.normalize($0) }
        if let output = result.output {
            normalized = output
        } else {
            normalized = text
        }
        offsetMap = result.map
    }

    /// Maps a byte offset in `normalized` to the byte offset in `original`. Offsets at a boundary of an edited
    /// stretch map to that stretch's boundary; an offset inside a replaced stretch maps to the stretch's start
    /// (the offset is treated as the start of a span).
    public func originalOffset(ofNormalized offset: Int) -> Int {
        let visible = offsetMap.originalStart(ofNormalized: offset)
        return markupMap?.originalStart(ofNormalized: visible) ?? visible
    }

    /// Maps a span of normalised bytes to the smallest span of original bytes that covers it.
    public func originalSpan(ofNormalized span: ByteSpan) -> ByteSpan {
        let visible = visibleSpan(ofNormalized: span)
        guard let markupMap else { return visible }
        let start = markupMap.originalStart(ofNormalized: visible.start)
        if visible.isEmpty { return ByteSpan(start: start, end: start) }
        let end = markupMap.originalEnd(ofNormalized: visible.end)
        return ByteSpan(start: Swift.min(start, end), end: Swift.max(start, end))
    }

    /// The text of a span of normalised bytes as a reader sees it: the original text, or for HTML the visible
    /// text (no tags, entities decoded), so field values never hold markup.
    public func readableText(ofNormalized span: ByteSpan) -> String {
        guard let visibleText else {
            let original = originalSpan(ofNormalized: span)
            return String(decoding: self.original[original.start..<original.end], as: UTF8.self)
        }
        let visible = visibleSpan(ofNormalized: span)
        return String(decoding: visibleText[visible.start..<visible.end], as: UTF8.self)
    }

    /// Maps a span of normalised bytes to the text normalisation started from (the original, or the visible text of HTML).
    private func visibleSpan(ofNormalized span: ByteSpan) -> ByteSpan {
        let start = offsetMap.originalStart(ofNormalized: span.start)
        if span.isEmpty { return ByteSpan(start: start, end: start) }
        let end = offsetMap.originalEnd(ofNormalized: span.end)
        return ByteSpan(start: Swift.min(start, end), end: Swift.max(start, end))
    }
}

/// The edits normalisation made, as sorted anchor pairs: stretch `[normStart, normEnd)` of the normalised text
/// replaced stretch `[origStart, origEnd)` of the original. Outside edits the two texts differ by a constant
/// shift, so a handful of anchors describes a whole document and lookups are a binary search.
struct NormalizationOffsetMap: Sendable {
    /// One edit: `original` bytes replaced by `normalized` bytes (empty for a deletion).
    struct Edit: Sendable {
        var normStart: Int, normEnd: Int, origStart: Int, origEnd: Int
    }

    /// The edits in text order, in one array: four parallel arrays grew four times as often, and their
    /// regrowth was 2.2% of gazetteer matching's instructions (news has a few dozen edits per document).
    private(set) var edits: [Edit] = []

    var editCount: Int { edits.count }

    mutating func record(original: Range<Int>, normalized: Range<Int>) {
        // Only a deletion directly followed by another edit is merged (both would share a normalised start);
        // other neighbours stay separate so each replaced character keeps its own anchor.
        if let last = edits.indices.last, edits[last].normStart == edits[last].normEnd,
           edits[last].normEnd == normalized.lowerBound, edits[last].origEnd == original.lowerBound {
            edits[last].normEnd = normalized.upperBound
            edits[last].origEnd = original.upperBound
            return
        }
        if edits.isEmpty { edits.reserveCapacity(32) }
        edits.append(Edit(normStart: normalized.lowerBound, normEnd: normalized.upperBound,
                          origStart: original.lowerBound, origEnd: original.upperBound))
    }

    /// Index of the last edit whose normalised start is `<= offset` (or `< offset` when `strictly`), or -1.
    private func lastEdit(startingAtOrBefore offset: Int, strictly: Bool) -> Int {
        var low = 0, high = edits.count
        while low < high {
            let middle = (low + high) >> 1
            let start = edits[middle].normStart
            if strictly ? start < offset : start <= offset { low = middle + 1 } else { high = middle }
        }
        return low - 1
    }

    /// For a span start: deleted text just before the offset is skipped; inside a replacement maps to its start.
    func originalStart(ofNormalized offset: Int) -> Int {
        let index = lastEdit(startingAtOrBefore: offset, strictly: false)
        if index < 0 { return offset }
        let edit = edits[index]
        if offset >= edit.normEnd { return edit.origEnd + (offset - edit.normEnd) }
        return edit.origStart
    }

    /// For a span end: deleted text just after the offset is excluded; inside a replacement maps to its end.
    func originalEnd(ofNormalized offset: Int) -> Int {
        let index = lastEdit(startingAtOrBefore: offset, strictly: true)
        if index < 0 { return offset }
        let edit = edits[index]
        if offset >= edit.normEnd { return edit.origEnd + (offset - edit.normEnd) }
        return edit.origEnd
    }
}

/// Replaces invalid UTF-8 with U+FFFD, one replacement per maximal invalid subpart (the Unicode-recommended
/// practice, same as Swift's `String(decoding:as:)`).
enum UTF8Repair {
    static func repair(_ bytes: [UInt8]) -> ([UInt8], [DecodingIssue]) {
        var output: [UInt8]? = nil
        var issues: [DecodingIssue] = []
        var copiedUpTo = 0
        bytes.withUnsafeBufferPointer { input in
            var index = 0
            let count = input.count
            while index < count {
                let lead = input[index]
                if lead < 0x80 {
                    index = ASCIIRun.end(of: input, from: index + 1)
                    continue
                }
                // Two-byte sequences (accented Latin letters) are checked here, without the general decoder.
                if lead &- 0xC2 < 30 && index + 1 < count && input[index + 1] & 0xC0 == 0x80 {
                    index += 2
                    continue
                }
                let (valid, length) = sequence(input, at: index)
                if valid { index += length; continue }
                if output == nil { output = []; output!.reserveCapacity(count + 16) }
                output!.append(contentsOf: input[copiedUpTo..<index])
                output!.append(contentsOf: [0xEF, 0xBF, 0xBD])
                let message = length == 1
                    ? String(format: "invalid UTF-8 byte 0x%02X", input[index])
                    : "truncated UTF-8 sequence of \(length) bytes"
                issues.append(DecodingIssue(byteOffset: index, message: message))
                index += length
                copiedUpTo = index
            }
            if output != nil { output!.append(contentsOf: input[copiedUpTo..<count]) }
        }
        return (output ?? bytes, issues)
    }

    /// Whether a valid sequence starts at `index`, and how many bytes it (or its maximal invalid prefix) spans.
    private static func sequence(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let lead = input[index]
        let needed: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: needed = 1
        case 0xE0: needed = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: needed = 2
        case 0xED: needed = 2; high = 0x9F
        case 0xF0: needed = 3; low = 0x90
        case 0xF1...0xF3: needed = 3
        case 0xF4: needed = 3; high = 0x8F
        default: return (false, 1)
        }
        var position = index + 1
        for step in 0..<needed {
            guard position < input.count else { return (false, position - index) }
            let byte = input[position]
            let inRange = step == 0 ? (byte >= low && byte <= high) : (byte >= 0x80 && byte <= 0xBF)
            guard inRange else { return (false, position - index) }
            position += 1
        }
        return (true, needed + 1)
    }
}

/// Word-at-a-time scanning of ASCII stretches (eight bytes per step), for the passes over a whole document.
enum ASCIIRun {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let ones: UInt64 = 0x0101_0101_0101_0101

    @inline(__always)
    static func load(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(text.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self))
    }

    /// The first offset at or after `index` holding a byte >= 0x80, or `text.count`.
    @inline(__always)
    static func end(of text: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var position = index
        let count = text.count
        while position + 8 <= count, load(text, position) & highBits == 0 { position += 8 }
        while position < count && text[position] < 0x80 { position += 1 }
        return position
    }

    /// High bit of each byte of an all-ASCII word set where the byte equals `byte`.
    @inline(__always)
    static func equalMask(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return ~(((difference & ~highBits) &+ ~highBits) | difference) & highBits
    }

    /// High bit set for each byte of an all-ASCII word in `low...high` (`high` < 0x80).
    @inline(__always)
    static func rangeMask(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        let atLeastLow = word &+ ones &* UInt64(0x80 - low)
        let aboveHigh = word &+ ones &* UInt64(0x7F - high)
        return atLeastLow & ~aboveHigh & highBits
    }
}
