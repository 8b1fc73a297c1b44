/// Sentences as ranges of token indices.
///
/// A sentence ends:
/// - at `.`, `!`, `?`, `…`, `...` (plus any directly attached closing quotes/brackets and further terminal
///   marks) when the next token starts a sentence — a capitalised word, a number or time, an opening
///   quote/bracket, a dash or bullet — or starts a new line, or at the end of the text (a period glued to the
///   digits after it, `.08`, is a decimal point). Abbreviations and
///   initials never reach this rule because the tokenizer keeps their period inside the word (except
///   `etc.`, which often ends a sentence and is treated like a period);
/// - always before a token that follows a blank line;
/// - before a token that starts a new line with a capital, digit, bullet or opening quote, unless the
///   previous line ends with a comma, a hyphen, or a lowercase function word (hard-wrapped prose continues;
///   scraped headlines and menu items, one per line, do not);
/// - before each item of a list, one item a line: a line that starts with a list mark (a dash or bullet, an
///   enumerator `1.`, `2)`, `a)`, `(b)`, `(iv)`) is a sentence of its own whatever the line before ends with
///   (`;`, `,`, nothing, "; and"), unless that line breaks off on a lowercase function word or a glued hyphen
///   (`visit of the` / `- …` is prose that wraps); a line after one ending with `;` starts a sentence when it
///   starts like one (a ministry page's "12 March 2019: visit …;" lines); and a line that starts with a number
///   after a line that ended with a comma and also started with one ("3 June 2021: talks in Rabat,") is the next
///   dated item. A list item's wrapped line that starts in lowercase stays in the item;
/// - never at the period of a line's item number (`1.`, `12.`, `iii.`, `IV.`, `b.`) where a list item may start (the
///   text's or a paragraph's start, after a line ending a sentence or a clause, after another item, after a short
///   heading line): "1. On 12 March 2024 the ministers signed …" is one sentence, not "1." and the rest. A number that
///   hard-wrapped prose puts first on a line ("… on March" / "5. The two …") keeps its period as a sentence end.
public struct SentenceSplitter: Sendable {
    public let language: Language
    let functionWords: PackedKeyTable<Void>

    public init(language: Language) {
        self.language = language
        functionWords = language == .en ? Self.englishTable : language == .fr ? Self.frenchTable : Self.eitherTable
    }

    /// Built once per language, not per document (a table cost ~50,000 instructions, a splitter is made per document).
    private static let englishTable = functionWordTable(.en), frenchTable = functionWordTable(.fr), eitherTable = functionWordTable(.unknown)

    private static func functionWordTable(_ language: Language) -> PackedKeyTable<Void> {
        var words: [String] = []
        if language != .fr { words += englishFunctionWords }
        if language != .en { words += frenchFunctionWords }
        return PackedKeyTable(keys: words.compactMap { AbbreviationTable.packedKey(Array($0.utf8)) })
    }

    static let englishFunctionWords = [
        "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as",
        "that", "this", "these", "those", "his", "her", "its", "their", "our", "your", "my", "into", "about",
        "over", "under", "between", "than", "which", "who", "whom", "whose", "is", "are", "was", "were", "be",
        "been", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "not",
        "nor", "so", "if", "when", "while", "after", "before", "during", "since", "through",
    ]
    static let frenchFunctionWords = [
        "le", "la", "les", "un", "une", "des", "du", "de", "d'", "l'", "qu'", "au", "aux", "et", "ou", "mais",
        "à", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "entre", "que", "qui", "dont", "où",
        "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon",
        "ma", "mes", "est", "sont", "a", "ont", "été", "être", "ne", "pas", "plus", "très", "lors", "selon",
    ]

    public func split(tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var sentenceStart = 0
        var quoteOpen = false
        var index = 0
        let count = tokens.count
        // First token of the line `index` is on.
        var lineFirst = 0
        while index < count {
            if tokens[index].flags.contains(.lineStart) { lineFirst = index }
            var last = index
            var ends = false
            if isQuote(tokens[index], text) { quoteOpen.toggle() }
            if isTerminal(tokens[index], text) {
                var next = index + 1
                // Attached closers, plus a spaced closing quote when a quote is open (French `« oui. »`).
                while next < count, !tokens[next].flags.contains(.lineStart),
                      !tokens[next].flags.contains(.spaceBefore) || (quoteOpen && isQuote(tokens[next], text)),
                      isCloser(tokens[next], text) || isTerminal(tokens[next], text) {
                    if isQuote(tokens[next], text) { quoteOpen.toggle() }
                    next += 1
                }
                last = next - 1
                // A period glued to the digits after it is a decimal point (".08"), not the end of a sentence.
                let decimalPoint = next == index + 1 && next < count && tokens[next].kind == .number
                    && !tokens[next].flags.contains(.spaceBefore) && tokens[index].end - tokens[index].start == 1
                    && text[Int(tokens[index].start)] == UInt8(ascii: ".")
                // The period of a line's item number ("1. On 12 March …", "iii. Le 3 juin …") marks the item, it ends nothing.
                let itemNumber = index == lineFirst + 1 && next == index + 1 && isItemNumberMark(at: lineFirst, tokens, text)
                ends = !decimalPoint && !itemNumber && (next == count || tokens[next].flags.contains(.lineStart) || startsSentence(tokens[next], text))
            } else if index + 1 < count {
                let next = tokens[index + 1]
                if next.flags.contains(.paragraphStart) {
                    ends = true
                } else if next.flags.contains(.lineStart) {
                    if startsListItem(at: index + 1, tokens, text) {
                        ends = !wrapsBeforeListMark(at: index, tokens, text)
                    } else if startsSentence(next, text) {
                        ends = !continuesOnNextLine(tokens[index], text)
                            || (isComma(tokens[index], text) && startsWithNumber(lineFirst, tokens) && startsWithNumber(index + 1, tokens))
                    }
                }
            }
            if ends || last + 1 == count {
                sentences.append(sentenceStart..<(last + 1))
                sentenceStart = last + 1
                quoteOpen = false
            }
            index = last + 1
        }
        return SentenceSplitter.capped(sentences, tokens: tokens, text: text)
    }

    /// Most tokens one sentence may hold. Text with no sentence punctuation (a table, a list, a minified page)
    /// would otherwise be one sentence as long as the document, and every per-sentence structure and lookup
    /// would grow with it. News sentences stay far below (the longest in the seeds and dev sets: under 200).
    public static let maximumTokens = 400

    /// Splits sentences longer than `maximumTokens` at the best boundary in the last quarter of each stretch:
    /// a line break, else after a semicolon, else before a list mark or after a comma or colon, else at the cap.
    static func capped(_ sentences: [Range<Int>], tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let cap = maximumTokens
        guard sentences.contains(where: { $0.count > cap }) else { return sentences }
        var result: [Range<Int>] = []
        for sentence in sentences {
            var start = sentence.lowerBound
            while sentence.upperBound - start > cap {
                let cut = bestCut(from: start, cap: cap, tokens: tokens, text: text)
                result.append(start..<cut)
                start = cut
            }
            result.append(start..<sentence.upperBound)
        }
        return result
    }

    /// Where a capped stretch starting at `start` ends: the first token of the next stretch.
    static func bestCut(from start: Int, cap: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Int {
        let window = (start + cap - cap / 4 + 1)...(start + cap)
        func mark(_ token: Token) -> UInt8? { token.kind == .punctuation ? text[Int(token.start)] : nil }
        for cut in window.reversed() where tokens[cut].flags.contains(.lineStart) { return cut }
        for cut in window.reversed() where mark(tokens[cut - 1]) == UInt8(ascii: ";") { return cut }
        for cut in window.reversed() {
            let before = mark(tokens[cut - 1])
            if before == UInt8(ascii: ",") || before == UInt8(ascii: ":") { return cut }
            if tokens[cut].kind == .symbol || mark(tokens[cut]) == UInt8(ascii: "-") || mark(tokens[cut]) == UInt8(ascii: "*") { return cut }
        }
        return start + cap
    }

    @inline(__always)
    func firstByte(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> UInt8 { text[Int(token.start)] }

    func isTerminal(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        switch token.kind {
        case .punctuation:
            let byte = firstByte(token, text)
            if byte == 0x2E || byte == 0x21 || byte == 0x3F { return true }
            return token.end - token.start == 3 && byte == 0xE2 && text[Int(token.start) + 1] == 0x80
                && text[Int(token.start) + 2] == 0xA6  // …
        case .word:
            guard token.end - token.start == 4 else { return false }
            let start = Int(token.start)
            return text[start] | 0x20 == 0x65 && text[start + 1] | 0x20 == 0x74 && text[start + 2] | 0x20 == 0x63
                && text[start + 3] == 0x2E  // etc.
        default:
            return false
        }
    }

    func isQuote(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        token.kind == .punctuation && firstByte(token, text) == 0x22
    }

    func isCloser(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .punctuation else { return false }
        let byte = firstByte(token, text)
        return byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D
    }

    func startsSentence(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        switch token.kind {
        case .number, .time:
            return true
        case .word:
            if token.flags.contains(.capitalized) { return true }
            let byte = firstByte(token, text)
            return byte == 0x23 || byte == 0x40  // #hashtag, @handle
        case .punctuation:
            let byte = firstByte(token, text)
            switch byte {
            case 0x22, 0x28, 0x5B, 0x2D, 0x2A, 0x27: return true
            case 0xE2:  // – — • ‣ ›
                let second = text[Int(token.start) + 1], third = text[Int(token.start) + 2]
                return second == 0x80 && (third == 0x93 || third == 0x94 || third == 0xA2 || third == 0xA3 || third == 0xBA)
            case 0xC2:  // ¿ ¡ ·
                let second = text[Int(token.start) + 1]
                return second == 0xBF || second == 0xA1 || second == 0xB7
            default: return false
            }
        case .symbol:
            return true  // emoji and other bullets
        }
    }

    /// Whether the line ending with `token` runs on into the next line (comma, hyphen, lowercase function word).
    /// A semicolon does not: what follows it on a new line with a capital or digit is the next item of a list or
    /// a clause of its own.
    func continuesOnNextLine(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(token.start), end = Int(token.end)
        if token.kind == .punctuation {
            let byte = text[start]
            return byte == 0x2C || byte == 0x2D
        }
        guard token.kind == .word, !token.flags.contains(.capitalized), end - start <= 8 else { return false }
        guard let key = AbbreviationTable.packedKey(UnsafeBufferPointer(rebasing: text[start..<end])) else { return false }
        return functionWords.contains(key)
    }

    func isComma(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        token.kind == .punctuation && text[Int(token.start)] == 0x2C
    }

    /// The line starting at token `first` starts with a number or a time (a date, a year, an hour).
    func startsWithNumber(_ first: Int, _ tokens: [Token]) -> Bool {
        tokens[first].kind == .number || tokens[first].kind == .time
    }

    /// The line ending at token `last` stops mid-phrase before a list-marked line: on a lowercase function word that
    /// no ";" or "," precedes ("visit of the" / "- …"; not "…; and" / "- …", the last item but one of a list), or on a
    /// hyphen glued to the word before it (a word cut at the line's end).
    func wrapsBeforeListMark(at last: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[last]
        if token.kind == .punctuation {
            return text[Int(token.start)] == 0x2D && !token.flags.contains(.spaceBefore) && last > 0 && !tokens[last].flags.contains(.lineStart)
        }
        guard continuesOnNextLine(token, text), !token.flags.contains(.lineStart) else { return false }
        let before = tokens[last - 1]
        guard before.kind == .punctuation else { return true }
        let byte = text[Int(before.start)]
        return byte != 0x3B && byte != 0x2C
    }

    /// Token `first` (at a line's start) is a list mark: a dash or bullet (`ZoneMap.isBullet`), or an enumerator
    /// followed by a space: one to three digits or a letter or lowercase Roman numeral up to four letters, then
    /// "." (digits only) or ")" (`1.`, `12)`, `a)`, `iv)`), or the same between brackets (`(a)`, `(2)`, `(iii)`).
    func startsListItem(at first: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[first]
        if ZoneMap.isBullet(token, text) { return true }
        var item = first
        if token.kind == .punctuation && text[Int(token.start)] == 0x28 {  // (
            guard first + 1 < tokens.count, !tokens[first + 1].flags.contains(.spaceBefore) else { return false }
            item = first + 1
        }
        guard item + 1 < tokens.count else { return false }
        let label = tokens[item], mark = tokens[item + 1]
        let length = Int(label.end - label.start)
        guard mark.kind == .punctuation, mark.end - mark.start == 1, mark.start == label.end, length >= 1, length <= 4,
              Int(mark.end) < text.count else { return false }
        let markByte = text[Int(mark.start)]
        guard markByte == 0x29 || (markByte == 0x2E && item == first) else { return false }
        let after = text[Int(mark.end)]
        guard after == 0x20 || after == 0x09 || after == 0xC2 else { return false }
        switch label.kind {
        case .number:
            return length <= 3
        case .word:
            return Self.isItemLabel(label, text, period: markByte == 0x2E)
        default:
            return false
        }
    }

    /// A word that numbers an item: a letter (`a)`, `b.`) or a Roman numeral up to four letters, lowercase (`iv)`,
    /// `iii.`) or, before a period, uppercase (`II.`, `IV.`; an uppercase letter and its period are one token, an
    /// initial, and never reach here).
    static func isItemLabel(_ label: Token, _ text: UnsafeBufferPointer<UInt8>, period: Bool) -> Bool {
        let start = Int(label.start), length = Int(label.end - label.start)
        guard length >= 1, length <= 4 else { return false }
        if length == 1, text[start] | 0x20 >= 0x61, text[start] | 0x20 <= 0x7A { return true }
        let upper = text[start] < 0x61
        if upper && !period { return false }
        for offset in 0..<length {
            let byte = text[start + offset]
            let folded = upper ? byte | 0x20 : byte
            guard folded == 0x69 || folded == 0x76 || folded == 0x78, (byte < 0x61) == upper else { return false }  // i, v, x
        }
        return true
    }

    /// The line starting at token `first` opens with an item number and its period ("1. On 12 March 2024 …",
    /// "iii. Le 3 juin …", "IV. …") where a list item may start: at the text's or a paragraph's start, after a line
    /// that ends a sentence or a clause (".", "!", "?", ":", ";", a closing bracket or quote), after another list
    /// item's line, or after a short line with no such mark that does not run on (a heading: "Main events"). A
    /// number that a hard-wrapped sentence puts first on a line ("signed on March\n5. The two …", "under
    /// article\n5. It …") follows a long line that does not end a sentence: there the period stays a sentence end.
    func isItemNumberMark(at first: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isItemNumberLine(first, tokens, text) else { return false }
        let label = tokens[first], mark = tokens[first + 1]
        guard first == 0 || label.flags.contains(.lineStart), Int(mark.end) < text.count else { return false }
        let after = text[Int(mark.end)]
        guard after == 0x20 || after == 0x09 || after == 0xC2 else { return false }
        if first == 0 || label.flags.contains(.paragraphStart) { return true }
        let last = first - 1
        let end = tokens[last]
        if isTerminal(end, text) || isCloser(end, text) { return true }
        if end.kind == .punctuation, text[Int(end.start)] == 0x3A || text[Int(end.start)] == 0x3B { return true }
        // The line before: its first token, and whether it is itself a list item.
        var previousFirst = last
        while previousFirst > 0 && !tokens[previousFirst].flags.contains(.lineStart) { previousFirst -= 1 }
        if startsListItem(at: previousFirst, tokens, text) || isItemNumberLine(previousFirst, tokens, text) { return true }
        return last - previousFirst < Self.maximumHeadingTokens && !continuesOnNextLine(end, text)
    }

    /// Where a pattern's `^` matches in each sentence: after a leading item number and its period when what follows
    /// starts like a sentence ("1. On 12 March …" → "On", « 3. Ils saluent … » → « Ils »: where `^` matched when such a
    /// number was a sentence of its own), else at the sentence's first token ("1. an agreement on …;", an item that
    /// runs on in lowercase, was always one sentence from its number). Rules anchored at a sentence's start read the
    /// numbered item as they read it unnumbered.
    public func itemStarts(_ sentences: [Range<Int>], tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Int] {
        sentences.map { sentence in
            sentence.count > 2 && isItemNumberLine(sentence.lowerBound, tokens, text)
                && (sentence.lowerBound == 0 || tokens[sentence.lowerBound].flags.contains(.lineStart))
                && startsSentence(tokens[sentence.lowerBound + 2], text) ? sentence.lowerBound + 2 : sentence.lowerBound
        }
    }

    /// Tokens a heading line above a numbered item may hold ("Main events of the year", « Principaux entretiens »).
    static let maximumHeadingTokens = 8

    /// The line at `first` starts with an item number and its period (no context checked).
    func isItemNumberLine(_ first: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first + 1 < tokens.count else { return false }
        let label = tokens[first], mark = tokens[first + 1]
        guard mark.kind == .punctuation, mark.end - mark.start == 1, mark.start == label.end, text[Int(mark.start)] == 0x2E
        else { return false }
        return (label.kind == .number && label.end - label.start <= 3) || (label.kind == .word && Self.isItemLabel(label, text, period: true))
    }
}
