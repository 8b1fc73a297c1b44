/// Splits a page into the article body and page furniture (menus, headline lists, subscription offers,
/// banners, footers).
///
/// Heuristic, over non-blank lines (a line is the tokens between newlines):
/// 1. A line is *prose* when it has at least 12 words (word or number tokens) and contains sentence-final
///    punctuation (`.`, `!`, `?`, `…`). A line with `©`, the word "copyright", "rights reserved" /
///    "droits réservés", or a publisher's registration ("Registration certificate No. …", "certificat
///    d'enregistrement", "ISSN") is a *footer line*: never prose, and clusters cannot extend across it.
/// 2. Prose lines form clusters: consecutive prose lines join when at most 3 non-blank non-prose lines sit
///    between them (blank lines are free). The body is the cluster with the most prose words, from its first
///    to its last prose line; everything after the last prose line is furniture.
/// 3. The body extends upwards over the headline: the non-blank line directly above (blank lines between are
///    fine) joins when it is not a bullet/list item (`- 16:50 …`), not a footer line, and has at least
///    4 words. A second line above joins only when the first one looked like a dek (it ends with sentence
///    punctuation), so a call to action such as "Follow us on Facebook" above a title stays furniture. Lines
///    without a single word (counters such as "0" or "31" between a title and its article) are passed over.
/// 4. A text without any prose line (a typed sentence, a short test string) is all body.
/// 5. A line of at least 6 words ending with sentence punctuation, not a bullet, that follows the body's prose
///    (within the gap allowed) is a short paragraph of the article: it does not count as a gap (the body still
///    ends at a prose line, unless the short line has at least 6 letter words and either ends with a full stop or
///    has a number: a statement or a figure the article ends on, not a prompt such as "Leave a comment!").
/// 6. A list a sentence introduces is body: a line of at least 12 words ending with ":" ("Les dirigeants sont
///    convenus de renforcer l'agenda …, qui porte essentiellement sur:") is prose, and the short lines right after
///    it (up to the next prose or footer line, at most `maximumListLines`) are its items: they neither count as a
///    gap nor end the body. A menu (short lines of links with no such sentence above them) stays furniture.
/// 7. A structured page (a government country page, a fact sheet) puts its sections' parts between prose lines:
///    a heading (1–8 words, no sentence punctuation at its end) right above a prose line, a short sentence or a
///    list item; a field line (`Communauté française : 193 167 inscrits`, a colon with words on both sides, at
///    most 15 words); a list item of at least 6 words (`• Visite de M. Paul Kagame … (12-13 septembre 2011).`).
///    Between two prose lines these do not count as a gap, so the sections are one body; a menu's one-to-three
///    word items and a run of headlines without prose under them still do.
/// 8. Outside the body, the headlines of other articles are `links`, not furniture: they name events the page does
///    not report. A ticker line starts with a time (`- 10:42 Putin holds talks with Xi`); a line of headlines joins
///    them with two or more "|"; a list follows a header such as "Related articles", "Latest news", "Trending",
///    « Lire aussi », « Sur le même sujet » (up to `maximumLinkListLines` lines, to the next prose, footer or date
///    line; when the body took no headline, not the two lines just above it, where its headline may sit: the headers
///    are the pack's `LinkHeader` vocabulary, `LinkHeaderTable`),
///    and "Read also: …" on one line is one headline. Menus of one-word links joined by "|" are links too.
/// A line that starts with an enumerator (`1.`, `2)`: one to three digits, then "." or ")") is a list item, as a
/// dashed one is: its "." is no sentence end, so a numbered list of headlines ("Les plus lus", "1. …", "3. Sommet de
/// l'UA : les chefs d'État réunis à Addis-Abeba") is never prose.
public struct ZoneMap: Sendable {
    public private(set) var bodySpans: [ByteSpan]
    /// The lines of other articles' headlines (rule 8), in text order; the body's spans leave out those inside it.
    public private(set) var linkSpans: [ByteSpan]

    init(bodySpans: [ByteSpan], linkSpans: [ByteSpan] = []) {
        self.bodySpans = bodySpans
        self.linkSpans = linkSpans
    }

    static let minimumProseWords = 12
    static let maximumGapLines = 3
    static let minimumHeadlineWords = 4
    static let maximumHeadlineLines = 2
    static let maximumListLines = 30
    static let minimumShortSentenceWords = 6
    static let maximumHeadingWords = 8
    static let maximumFieldLineWords = 15
    static let minimumListItemWords = 6
    static let maximumLinkListLines = 12
    /// What `linkHeader` trims around a line or its part before a colon.
    static let linkHeaderTrimmable: Set<Character> = [" ", "\t", ":", "-", "–", "—", "•", "*", "·", ">", "»", "\u{A0}"]
    /// The ASCII bytes of `linkHeaderTrimmable`, by byte value (`mayBeLinkHeader`).
    static let linkHeaderTrimmableASCII: [Bool] = (0..<256).map { byte in
        byte < 0x80 && linkHeaderTrimmable.contains(Character(Unicode.Scalar(UInt8(byte))))
    }

    struct Line {
        var firstToken: Int
        var lastToken: Int
        var words = 0
        /// Word tokens (not numbers or times).
        var letterWords = 0
        /// Number tokens.
        var numbers = 0
        var hasFinalPunctuation = false
        var endsWithFinalPunctuation = false
        /// The last sentence punctuation is a full stop (a statement, not an exclamation or question).
        var endsWithFullStop = false
        /// The last token is ":": the line introduces what follows (a list).
        var endsWithColon = false
        /// A word follows a ":" (a label and its value).
        var hasInnerColon = false
        var isBullet = false
        var isFooter = false
        /// The first token (after a bullet) is a time: a news ticker's stamp.
        var startsWithTime = false
        /// "|" separators: headlines or menu entries on one line.
        var pipes = 0
        /// The first token (after a bullet) is a number: a date line ("08.08.2024 à 13 H 55"), no headline.
        var startsWithNumber = false
        /// A sentence too short to be prose on its own, inside an article.
        var isShortSentence: Bool {
            words >= ZoneMap.minimumShortSentenceWords && endsWithFinalPunctuation && !isBullet && !isFooter
        }
        var isProse: Bool { words >= ZoneMap.minimumProseWords && (hasFinalPunctuation || endsWithColon) && !isFooter }
        /// A section title: what the next line starts (checked by the caller).
        var couldBeHeading: Bool {
            letterWords >= 1 && words <= ZoneMap.maximumHeadingWords && !endsWithFinalPunctuation && !endsWithColon
                && !isBullet && !isFooter
        }
        /// `Label : value` on a fact sheet.
        var isFieldLine: Bool { hasInnerColon && words <= ZoneMap.maximumFieldLineWords && !isBullet && !isFooter }
        /// A list item that says something (not a menu's one-to-three-word link).
        var isContentListItem: Bool { isBullet && words >= ZoneMap.minimumListItemWords && !isFooter }
    }

    /// Line `index` is part of a structured page's sections (rule 7), not a gap between prose.
    static func isSectionPart(_ lines: [Line], _ index: Int) -> Bool {
        let line = lines[index]
        if line.isFieldLine || line.isContentListItem { return true }
        guard line.couldBeHeading, index + 1 < lines.count else { return false }
        let next = lines[index + 1]
        return next.isProse || next.isShortSentence || next.isContentListItem
    }

    /// `linkHeaders`: the headers of lists of other articles (rule 8), the pack's `LinkHeader` vocabulary.
    public static func detect(text: UnsafeBufferPointer<UInt8>, tokens: [Token], linkHeaders: LinkHeaderTable) -> ZoneMap {
        let wholeText = ZoneMap(bodySpans: [ByteSpan(start: 0, end: text.count)])
        let lines = splitLines(text: text, tokens: tokens)
        guard !lines.isEmpty else { return wholeText }

        // Clusters of prose lines: (first line, last line, prose words).
        var best: (first: Int, last: Int, words: Int)? = nil
        var current: (first: Int, last: Int, words: Int)? = nil
        var gap = 0
        // Items left of the list the last prose line introduced (0 when it ended otherwise).
        var listItemsLeft = 0
        for (index, line) in lines.enumerated() {
            if !line.isProse && !line.isFooter && listItemsLeft > 0, var cluster = current {
                listItemsLeft -= 1
                cluster.last = index
                current = cluster
                if let kept = best, kept.first == cluster.first { best = (kept.first, index, kept.words) }
                continue
            }
            listItemsLeft = line.isProse && line.endsWithColon ? maximumListLines : 0
            if line.isProse {
                if var cluster = current, gap <= maximumGapLines {
                    cluster.last = index
                    cluster.words += line.words
                    current = cluster
                } else {
                    current = (index, index, line.words)
                }
                gap = 0
                if let cluster = current, cluster.words > (best?.words ?? 0) { best = cluster }
            } else if line.isFooter {
                current = nil
            } else if line.isShortSentence, var cluster = current, gap <= maximumGapLines {
                // A short paragraph of the article ("Trade reached $2 billion last year."): no gap. It does not end
                // the body by itself: after the last prose line such lines are more often prompts ("S'il vous
                // plaît entrez votre commentaire!") than the article; a statement of six words or more ending with a
                // full stop ("The two ministers also signed an agreement on energy.") or one with a figure in it
                // and six words besides ("Goods worth US$2 billion were exported to Japan in 2020!") is the
                // article's: wire copy often ends on a one-sentence paragraph.
                if line.letterWords >= minimumShortSentenceWords && (line.numbers > 0 || line.endsWithFullStop) {
                    cluster.last = index
                    current = cluster
                    if let kept = best, kept.first == cluster.first { best = (kept.first, index, kept.words) }
                }
            } else if !isSectionPart(lines, index) {
                gap += 1
            }
        }
        guard let body = best else { return wholeText }

        var firstLine = body.first
        var previous = body.first - 1
        var taken = 0
        while previous >= 0 && taken < maximumHeadlineLines {
            let line = lines[previous]
            if line.letterWords == 0 && !line.isFooter && !line.isBullet { previous -= 1; continue }
            guard !line.isBullet, !line.isFooter, line.words >= minimumHeadlineWords else { break }
            firstLine = previous
            taken += 1
            guard line.endsWithFinalPunctuation else { break }
            previous -= 1
        }
        let start = Int(tokens[lines[firstLine].firstToken].start)
        let end = Int(tokens[lines[body.last].lastToken].end)
        let outside = linkSpans(lines, outside: firstLine...body.last, headlineTaken: firstLine < body.first, text: text, tokens: tokens, headers: linkHeaders)
        let inside = linkLinesInside(lines, body: firstLine...body.last, text: text, tokens: tokens, headers: linkHeaders)
        guard !inside.isEmpty else { return ZoneMap(bodySpans: [ByteSpan(start: start, end: end)], linkSpans: outside) }
        // The body around the headlines it carries.
        var bodySpans: [ByteSpan] = []
        var bodyStart = start
        for link in inside {
            if link.start > bodyStart { bodySpans.append(ByteSpan(start: bodyStart, end: link.start)) }
            bodyStart = link.end
        }
        if end > bodyStart { bodySpans.append(ByteSpan(start: bodyStart, end: end)) }
        return ZoneMap(bodySpans: bodySpans, linkSpans: (outside + inside).sorted { $0.start < $1.start })
    }

    /// Rule 8 inside the article: « Lire aussi : Nouakchott et Dakar signent un accord sur le gaz » between two of
    /// its paragraphs is another article's headline, as is the line under a « Lire aussi » alone (up to the next
    /// prose line or short sentence, at most three lines).
    static func linkLinesInside(_ lines: [Line], body: ClosedRange<Int>, text: UnsafeBufferPointer<UInt8>, tokens: [Token], headers: LinkHeaderTable) -> [ByteSpan] {
        var spans: [ByteSpan] = []
        var listLinesLeft = 0
        for index in body {
            let line = lines[index]
            var isLink = false
            if line.isProse || line.isShortSentence || line.isFooter {
                listLinesLeft = 0
            } else if line.words <= 12, let listFollows = linkHeader(line, text: text, tokens: tokens, headers: headers) {
                isLink = true
                listLinesLeft = listFollows ? 3 : 0
            } else if listLinesLeft > 0 {
                isLink = true
                listLinesLeft -= 1
            }
            guard isLink else { continue }
            appendLink(lines, index, joiningPrevious: true, to: &spans, tokens: tokens)
        }
        return spans
    }

    /// Rule 8: the lines outside the body that are other articles' headlines, as byte spans (adjacent lines joined).
    static func linkSpans(_ lines: [Line], outside body: ClosedRange<Int>, headlineTaken: Bool, text: UnsafeBufferPointer<UInt8>, tokens: [Token], headers: LinkHeaderTable) -> [ByteSpan] {
        var spans: [ByteSpan] = []
        var listLinesLeft = 0
        for (index, line) in lines.enumerated() where !body.contains(index) {
            var isLink = false
            if line.isProse || line.isFooter || (line.startsWithNumber && !line.startsWithTime) {
                listLinesLeft = 0
            } else if line.words <= 12, let listFollows = linkHeader(line, text: text, tokens: tokens, headers: headers) {
                isLink = true
                listLinesLeft = listFollows ? maximumLinkListLines : 0
            } else if listLinesLeft > 0 && !(!headlineTaken && index < body.lowerBound && index + maximumHeadlineLines >= body.lowerBound) {
                // When the body took no headline (a byline in between), the two lines above it may hold its headline
                // after a list the header began: those are not taken.
                isLink = true
                listLinesLeft -= 1
            } else {
                isLink = (line.startsWithTime && line.letterWords >= 2) || line.pipes >= 2
            }
            guard isLink else { continue }
            appendLink(lines, index, joiningPrevious: index > 0 && !body.contains(index - 1), to: &spans, tokens: tokens)
        }
        return spans
    }

    /// Line `index` as a link span: joined to the last span when the line before ended it (and may be joined).
    static func appendLink(_ lines: [Line], _ index: Int, joiningPrevious: Bool, to spans: inout [ByteSpan], tokens: [Token]) {
        let span = ByteSpan(start: Int(tokens[lines[index].firstToken].start), end: Int(tokens[lines[index].lastToken].end))
        if joiningPrevious, let last = spans.last, Int(tokens[lines[index - 1].lastToken].end) == last.end {
            spans[spans.count - 1] = ByteSpan(start: last.start, end: span.end)
        } else {
            spans.append(span)
        }
    }

    /// A header of other articles' headlines: the whole line ("Related articles", « Lire aussi : »), then a list
    /// follows (true); or its part before a colon with a headline after it ("Read also: Kenya, Uganda sign a deal"),
    /// a headline of its own (false). Nil for any other line.
    static func linkHeader(_ line: Line, text: UnsafeBufferPointer<UInt8>, tokens: [Token], headers: LinkHeaderTable) -> Bool? {
        guard !headers.isEmpty else { return nil }
        let start = Int(tokens[line.firstToken].start), end = Int(tokens[line.lastToken].end)
        guard end - start <= 160, mayBeLinkHeader(text, start: start, end: end, headers: headers) else { return nil }
        let lineText = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
        if headers.contains(lineText[...]) { return true }
        // "Read also: …", and Indian and Pakistani sites' "ALSO READ | …".
        if let colon = lineText.firstIndex(where: { $0 == ":" || $0 == "|" }), headers.contains(lineText[..<colon]) {
            return LinkHeaderTable.normalised(lineText[lineText.index(after: colon)...]).isEmpty
        }
        return nil
    }

    /// False when `linkHeader` finds no header in the line `text[start..<end]`, told from its bytes without the
    /// folded `String` `linkHeader` makes (~90,000 instructions per news document over its short lines): the
    /// ASCII characters a line starts with, after the ASCII ones `linkHeader` trims and up to the first ":" or "|",
    /// lower-cased, begin both the whole line and its part before a colon as `linkHeader` normalises them, so a
    /// header that matches begins with them. Where a byte above 0x7F follows, the character before it is left out
    /// (a combining mark may join it, and what a non-ASCII character lower-cases to is not read here); when no ASCII
    /// character is left, the line may hold a header (true).
    static func mayBeLinkHeader(_ text: UnsafeBufferPointer<UInt8>, start: Int, end: Int, headers: LinkHeaderTable) -> Bool {
        let trimmable = linkHeaderTrimmableASCII
        var first = start
        while first < end && trimmable[Int(text[first])] { first += 1 }
        var last = first
        while last < end && text[last] < 0x80 && text[last] != UInt8(ascii: ":") && text[last] != UInt8(ascii: "|") { last += 1 }
        if last < end && text[last] >= 0x80 && last > first { last -= 1 }
        while last > first && trimmable[Int(text[last - 1])] { last -= 1 }
        let count = last - first
        guard count > 0 else { return true }
        for header in headers.headerBytes where header.count >= count {
            var offset = 0
            while offset < count {
                var byte = text[first + offset]
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte |= 0x20 }
                if byte != header[offset] { break }
                offset += 1
            }
            if offset == count { return true }
        }
        return false
    }

    static func splitLines(text: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> [Line] {
        var lines: [Line] = []
        // The line being read is kept here and appended when the next one starts (writing it back into the array
        // per token copied it and checked the array's uniqueness each time).
        var line = Line(firstToken: 0, lastToken: 0)
        var previousWasRightsWord = false
        var previousWasRegistrationWord = false
        for (index, token) in tokens.enumerated() {
            if index == 0 || token.flags.contains(.lineStart) {
                if index > 0 { lines.append(line) }
                line = Line(firstToken: index, lastToken: index)
                line.isBullet = isBullet(token, text)
                line.startsWithTime = token.kind == .time
                line.startsWithNumber = token.kind == .number
            } else if index == line.firstToken + 1 && line.isBullet {
                line.startsWithTime = token.kind == .time
                line.startsWithNumber = token.kind == .number
            } else if index == line.firstToken + 1 && line.startsWithNumber && isEnumerator(tokens[line.firstToken], token, text) {
                // "1. …", "2) …": a numbered list item; what follows its marker starts the item.
                line.isBullet = true
                line.startsWithNumber = false
                line.words -= 1
                line.numbers -= 1
                line.lastToken = index
                continue
            }
            line.lastToken = index
            let start = Int(token.start), length = Int(token.end - token.start)
            switch token.kind {
            case .word, .number:
                line.words += 1
                if line.endsWithColon { line.hasInnerColon = true }
                line.endsWithColon = false
                if token.kind == .word { line.letterWords += 1 } else { line.numbers += 1 }
                // Footer words, by length first: most words have none of these lengths' candidates to compare.
                var isRegistrationWord = false, isRightsWord = false
                switch length {
                case 4:
                    if equalsIgnoringASCIICase(text, start, length, "issn") { line.isFooter = true }
                case 6:
                    isRightsWord = equalsIgnoringASCIICase(text, start, length, "rights") || equalsIgnoringASCIICase(text, start, length, "droits")
                case 8:
                    if previousWasRightsWord && equalsIgnoringASCIICase(text, start, length, "reserved") { line.isFooter = true }
                case 9:
                    if equalsIgnoringASCIICase(text, start, length, "copyright") { line.isFooter = true }
                case 10:
                    if previousWasRightsWord && equalsIgnoringASCIICase(text, start, length, "réservés") { line.isFooter = true }
                    isRegistrationWord = equalsIgnoringASCIICase(text, start, length, "certificat")
                case 11:
                    if previousWasRegistrationWord && equalsIgnoringASCIICase(text, start, length, "certificate") { line.isFooter = true }
                case 12:
                    isRegistrationWord = equalsIgnoringASCIICase(text, start, length, "registration")
                case 16:
                    if previousWasRegistrationWord && equalsIgnoringASCIICase(text, start, length, "d'enregistrement") { line.isFooter = true }
                default:
                    break
                }
                previousWasRegistrationWord = isRegistrationWord
                previousWasRightsWord = isRightsWord
                line.endsWithFinalPunctuation = false
            case .punctuation:
                let byte = text[start]
                if byte == 0x7C { line.pipes += 1 }
                let final = byte == 0x2E || byte == 0x21 || byte == 0x3F || (length == 3 && byte == 0xE2 && text[start + 2] == 0xA6)
                if final { line.hasFinalPunctuation = true; line.endsWithFinalPunctuation = true; line.endsWithFullStop = byte == 0x2E && length == 1 }
                else if !(byte == 0x22 || byte == 0x29 || byte == 0x27) { line.endsWithFinalPunctuation = false }
                line.endsWithColon = byte == 0x3A
            case .symbol:
                if text[start] == 0x7C { line.pipes += 1 }
                line.endsWithColon = false
                if length >= 2 && text[start] == 0xC2 && text[start + 1] == 0xA9 { line.isFooter = true }  // ©
                line.endsWithFinalPunctuation = false
            case .time:
                line.words += 1
                line.endsWithColon = false
                line.endsWithFinalPunctuation = false
            }
        }
        if !tokens.isEmpty { lines.append(line) }
        return lines
    }

    static func equalsIgnoringASCIICase(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int,
                                         _ word: StaticString) -> Bool {
        guard length == word.utf8CodeUnitCount else { return false }
        let expected = word.utf8Start
        for offset in 0..<length {
            let byte = text[start + offset]
            if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != expected[offset] { return false }
        }
        return true
    }

    /// An enumerator: one to three digits, then "." or ")" and a space (not "3.5", a token of its own, nor "2024." ).
    static func isEnumerator(_ number: Token, _ mark: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mark.kind == .punctuation, mark.end - mark.start == 1, mark.start == number.end,
              number.end - number.start <= 3, Int(mark.end) < text.count else { return false }
        let byte = text[Int(mark.start)]
        guard byte == 0x2E || byte == 0x29 else { return false }
        let next = text[Int(mark.end)]
        return next == 0x20 || next == 0x09 || next == 0xC2  // space, tab, no-break space
    }

    /// A list item: the line starts with a dash or bullet sign.
    static func isBullet(_ token: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(token.start)
        switch token.kind {
        case .punctuation:
            let byte = text[start]
            if byte == 0x2D || byte == 0x2A { return true }
            if byte == 0xE2 && token.end - token.start == 3 {
                let third = text[start + 2]
                return text[start + 1] == 0x80 && (third == 0x93 || third == 0x94 || third == 0xA2 || third == 0xA3)
            }
            return byte == 0xC2 && text[start + 1] == 0xB7
        case .symbol:
            return text[start] == 0xE2 && (text[start + 1] == 0x96 || text[start + 1] == 0x97)  // ■ ▪ ► ●
        default:
            return false
        }
    }

    /// Zone of a byte offset in the normalised text.
    public func zone(at byteOffset: Int) -> Zone {
        var low = 0, high = bodySpans.count
        while low < high {
            let middle = (low + high) >> 1
            if bodySpans[middle].end <= byteOffset { low = middle + 1 } else { high = middle }
        }
        if low < bodySpans.count && bodySpans[low].start <= byteOffset && byteOffset < bodySpans[low].end { return .body }
        low = 0; high = linkSpans.count
        while low < high {
            let middle = (low + high) >> 1
            if linkSpans[middle].end <= byteOffset { low = middle + 1 } else { high = middle }
        }
        if low < linkSpans.count && linkSpans[low].start <= byteOffset && byteOffset < linkSpans[low].end { return .links }
        return .furniture
    }
}
