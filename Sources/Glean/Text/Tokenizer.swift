public enum TokenKind: UInt8, Sendable {
    case word, number, time, punctuation, symbol
}

public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Whitespace precedes the token (false for "-" in Kassym-Jomart, for "'s", for "%" in 70%).
    public static let spaceBefore = TokenFlags(rawValue: 1 << 0)
    /// First token on its line.
    public static let lineStart = TokenFlags(rawValue: 1 << 1)
    /// First letter uppercase.
    public static let capitalized = TokenFlags(rawValue: 1 << 2)
    /// At least one letter and all letters uppercase (TICAD, OCS).
    public static let allUppercase = TokenFlags(rawValue: 1 << 3)
    /// First token after a blank line or at the start of the text.
    public static let paragraphStart = TokenFlags(rawValue: 1 << 4)
}

/// A token; offsets are into `PreparedText.normalized`. Kept at 12 bytes because documents have millions.
public struct Token: Sendable, Equatable {
    public var start: Int32
    public var end: Int32
    public var kind: TokenKind
    public var flags: TokenFlags

    public init(start: Int32, end: Int32, kind: TokenKind, flags: TokenFlags) {
        self.start = start
        self.end = end
        self.kind = kind
        self.flags = flags
    }

    public var span: ByteSpan { ByteSpan(start: Int(start), end: Int(end)) }
}

/// Splits normalised UTF-8 text into tokens in one pass over the bytes (ASCII fast path; other scalars are
/// classified with `Unicode.Scalar.Properties`).
///
/// Decisions worth knowing:
/// - Hyphenated words split into parts with `-` as its own token (`Kassym` `-` `Jomart`), except a letter
///   word followed by `-digits` stays one word (`COVID-19`, `G-20`, `SLC-40`): those are names, not compounds.
/// - French elisions (`l'`, `qu'`, `jusqu'`, …) are tokens including the apostrophe; English clitics
///   (`'s`, `n't`, `'re`, `'ve`, `'ll`, `'d`, `'m`) are split off. Both apply whatever the language, since
///   they cannot be confused. Other inner apostrophes stay inside the word (`aujourd'hui`, `O'Brien`).
/// - Numbers: digits with `.`/`,` groups (`1,000.5`, `2,5`, `08.08.2024`, `3.11.7`); a 1–3 digit number
///   followed by single-space-separated groups of exactly three digits is one number (`1 000 000`,
///   `1 000,5`), in both languages. A trailing period is never part of a number. Ordinals (`7th`, `2nd`,
///   `93e`, `1er`, `1re`, `5ème`) are one token of kind `.number`. Digits joined by two or more commas that
///   are not thousands groups are a list, one token per number and comma (`22,24,26,31`; `1,000,000` and the
///   Indian `1,00,000` stay one number). Other letters glued after digits are a
///   separate word (`4pm` → `4` `pm`, `3D` → `3` `D`).
/// - Times: `16:50`, `13:55:02`, `13h55`, `13h`, `13 H 55`, `9 h 30` (hours 0–23, minutes 00–59).
/// - Abbreviations keep their period (see `AbbreviationTable`), as do dotted letter chains (`U.S.`, `e.g.`,
///   `J.-C.`) and capital initials before a capitalised word (`J. Smith`, `M. Macron`).
/// - URLs, e-mail addresses, domain names (`DKnews.kz`: last label 2–6 lowercase letters), `#hashtags`
///   and `@handles` are single `.word` tokens.
/// - Punctuation is one token per character except runs of periods (`...`), `…` and runs of hyphens (`--`);
///   `%`, currency and other symbols are `.symbol`, and emoji keep their whole grapheme.
public struct Tokenizer: Sendable {
    public let language: Language
    let abbreviations: PackedKeyTable<AbbreviationCondition>

    public init(language: Language) {
        self.language = language
        self.abbreviations = AbbreviationTable.entries(for: language)
    }

    public func tokenize(_ text: [UInt8]) -> [Token] {
        text.withUnsafeBufferPointer { tokenize($0) }
    }

    public func tokenize(_ text: UnsafeBufferPointer<UInt8>) -> [Token] {
        var scanner = TokenScanner(text: text, abbreviations: abbreviations)
        scanner.run()
        return scanner.takeTokens()
    }
}

/// ASCII byte classes for the fast path.
enum ASCIIClass {
    static let other: UInt8 = 0, space: UInt8 = 1, newline: UInt8 = 2, carriageReturn: UInt8 = 3
    static let upper: UInt8 = 4, lower: UInt8 = 5, digit: UInt8 = 6, punctuation: UInt8 = 7, symbol: UInt8 = 8
    static let nonASCII: UInt8 = 9

    static let table: [UInt8] = (0..<256).map { value -> UInt8 in
        switch value {
        case 0x80...: return nonASCII
        case 0x0A: return newline
        case 0x0D: return carriageReturn
        case 0x09, 0x0B, 0x0C, 0x20: return space
        case 0x41...0x5A: return upper
        case 0x61...0x7A: return lower
        case 0x30...0x39: return digit
        case 0x24, 0x25, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x60, 0x7C, 0x7E: return symbol
        case 0x21...0x7E: return punctuation
        default: return other
        }
    }
}

/// Which letters of U+0100–U+017F (lead byte C4 or C5, bit `second & 0x3F`) are uppercase; the others are all
/// lowercase (`latinMasksAgreeWithUnicodeProperties` checks both against the properties `caseFlags` reads). For C3
/// (U+00C0–U+00FF) the byte ranges `caseFlags` uses decide.
enum LatinLetterCase {
    static let upperC4: UInt64 = 0xAA55_5555_5555_5555
    static let upperC5: UInt64 = 0x2B55_5555_5555_54AA
}

/// ASCII byte tests shared by the Text layer.
enum ASCIIBytes {
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
}

struct TokenScanner {
    let text: UnsafeBufferPointer<UInt8>
    let count: Int
    let abbreviations: PackedKeyTable<AbbreviationCondition>
    /// The tokens so far, in a buffer the scanner owns (an `Array` append checks uniqueness and capacity per
    /// token; this is one compare): `storage[0..<tokenCount]`, handed over by `takeTokens`.
    private var storage: UnsafeMutablePointer<Token>
    private(set) var tokenCount = 0
    private var capacity: Int
    var sawSpace = false
    var newlines = 0
    /// Case flags `scanWord` gathered for `text[knownFlagsStart..<knownFlagsEnd]` before handing the word to
    /// `scanWordRest`, so `emitWord` need not read it again when the word ends there.
    var knownFlagsStart = -1
    var knownFlagsEnd = -1
    var knownFlags: TokenFlags = []

    init(text: UnsafeBufferPointer<UInt8>, abbreviations: PackedKeyTable<AbbreviationCondition>) {
        self.text = text
        self.count = text.count
        self.abbreviations = abbreviations
        capacity = text.count / 4 + 16
        storage = UnsafeMutablePointer<Token>.allocate(capacity: capacity)
    }

    /// The tokens found, as an array; frees the buffer, so it is called once, after `run`.
    mutating func takeTokens() -> [Token] {
        let tokens = Array(UnsafeBufferPointer(start: storage, count: tokenCount))
        storage.deallocate()  // `Token` is a trivial type: nothing to deinitialise
        tokenCount = 0
        capacity = 0
        return tokens
    }

    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: tokenCount)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }

    // MARK: Driver

    mutating func run() {
        ASCIIClass.table.withUnsafeBufferPointer { classes in
            var index = 0
            while index < count {
                let byte = text[index]
                switch classes[Int(byte)] {
                case ASCIIClass.space, ASCIIClass.other:
                    sawSpace = true
                    index += 1
                case ASCIIClass.newline:
                    newlines += 1
                    sawSpace = true
                    index += 1
                case ASCIIClass.carriageReturn:
                    if index + 1 >= count || text[index + 1] != 0x0A { newlines += 1 }
                    sawSpace = true
                    index += 1
                case ASCIIClass.upper, ASCIIClass.lower:
                    index = scanWord(from: index)
                case ASCIIClass.digit:
                    index = scanNumber(from: index)
                case ASCIIClass.punctuation:
                    index = scanASCIIPunctuation(from: index)
                case ASCIIClass.symbol:
                    index = scanASCIIPunctuation(from: index)
                default:
                    index = scanNonASCII(from: index)
                }
            }
        }
    }

    @inline(__always)
    mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind, _ extraFlags: TokenFlags = []) {
        var flags = extraFlags
        if sawSpace { flags.insert(.spaceBefore) }
        if newlines > 0 || tokenCount == 0 { flags.insert(.lineStart) }
        if newlines > 1 || tokenCount == 0 { flags.insert(.paragraphStart) }
        if tokenCount == capacity { grow() }
        (storage + tokenCount).initialize(to: Token(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), kind: kind, flags: flags))
        tokenCount += 1
        sawSpace = false
        newlines = 0
    }

    mutating func emitWord(_ start: Int, _ end: Int) {
        // The fast path's flags hold for its stretch, and for it with a period or apostrophe after (not letters).
        if start == knownFlagsStart
            && (end == knownFlagsEnd || (end == knownFlagsEnd + 1 && (text[knownFlagsEnd] == 0x2E || text[knownFlagsEnd] == 0x27))) {
            emit(start, end, .word, knownFlags)
            return
        }
        emit(start, end, .word, caseFlags(start, end))
    }

    /// `capitalized` when the first letter is uppercase; `allUppercase` when there is a letter and none is lowercase.
    func caseFlags(_ start: Int, _ end: Int) -> TokenFlags {
        var sawLetter = false, sawLower = false, firstUpper = false
        var index = start
        while index < end {
            let byte = text[index]
            if byte < 0x80 {
                if byte &- 0x41 < 26 {
                    if !sawLetter { firstUpper = true }
                    sawLetter = true
                } else if byte &- 0x61 < 26 {
                    sawLetter = true
                    sawLower = true
                }
                index += 1
            } else if byte == 0xC3 && index + 1 < end {
                // Latin-1 letters: C3 80…9E uppercase, C3 9F…BF lowercase (× and ÷ are not letters).
                let second = text[index + 1]
                if second != 0x97 && second != 0xB7 {
                    if second <= 0x9E {
                        if !sawLetter { firstUpper = true }
                    } else {
                        sawLower = true
                    }
                    sawLetter = true
                }
                index += 2
            } else {
                let (scalar, length) = UTF8Scalars.decode(text, at: index)
                let properties = scalar.properties
                if properties.isUppercase {
                    if !sawLetter { firstUpper = true }
                    sawLetter = true
                } else if properties.isLowercase {
                    sawLetter = true
                    sawLower = true
                } else if properties.isAlphabetic && !UTF8Scalars.isMark(scalar) {
                    sawLetter = true
                }
                index += length
            }
        }
        var flags: TokenFlags = []
        if firstUpper { flags.insert(.capitalized) }
        if sawLetter && !sawLower { flags.insert(.allUppercase) }
        return flags
    }

    // MARK: Character classes

    /// Length of the word character (letter, digit, mark) at `index`, or 0.
    @inline(__always)
    func wordCharacterLength(at index: Int) -> Int {
        let byte = text[index]
        if byte < 0x80 { return ASCIIBytes.isAlphanumeric(byte) ? 1 : 0 }
        if (byte == 0xC3 || byte == 0xC4 || byte == 0xC5), index + 1 < count {
            // Latin-1 letters and Latin Extended-A: all letters except × and ÷.
            if byte == 0xC3 && (text[index + 1] == 0x97 || text[index + 1] == 0xB7) { return 0 }
            return text[index + 1] >= 0x80 ? 2 : 0
        }
        let (scalar, length) = UTF8Scalars.decode(text, at: index)
        return Self.isWordScalar(scalar) ? length : 0
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    func isLetter(at index: Int) -> Bool {
        guard index < count else { return false }
        let byte = text[index]
        if byte < 0x80 { return ASCIIBytes.isLetter(byte) }
        return UTF8Scalars.isLetter(UTF8Scalars.decode(text, at: index).scalar)
    }

    @inline(__always)
    func isWordCharacter(at index: Int) -> Bool { index < count && wordCharacterLength(at: index) > 0 }

    @inline(__always)
    func byte(at index: Int) -> UInt8 { index < count ? text[index] : 0 }

    func consumeWordCharacters(from start: Int) -> Int {
        var index = start
        while index < count {
            let byte = text[index]
            if byte < 0x80 {
                if ASCIIBytes.isAlphanumeric(byte) { index += 1; continue }
                break
            }
            let length = wordCharacterLength(at: index)
            if length == 0 { break }
            index += length
        }
        return index
    }

    func isCapitalizedWord(at index: Int) -> Bool {
        guard index < count else { return false }
        let byte = text[index]
        if byte < 0x80 { return byte &- 0x41 < 26 }
        return UTF8Scalars.decode(text, at: index).scalar.properties.isUppercase
    }

    /// Offset after spaces/tabs (not newlines) from `index`.
    func skipInlineSpaces(from index: Int) -> Int {
        var position = index
        while position < count && (text[position] == 0x20 || text[position] == 0x09) { position += 1 }
        return position
    }

    // MARK: Words

    mutating func scanWord(from start: Int) -> Int {
        // Fast path: a word of ASCII letters and digits and two-byte Latin letters (U+00C0–U+017F but × and ÷,
        // the letters `wordCharacterLength` takes two bytes at a time), with its case flags gathered on the way.
        var end = start
        var sawLower = false, firstUpper = false, sawLetter = false
        while end < count {
            let byte = text[end]
            if byte &- 0x61 < 26 {
                sawLower = true
                sawLetter = true
            } else if byte &- 0x41 < 26 {
                if !sawLetter { firstUpper = true }
                sawLetter = true
            } else if byte &- 0x30 < 10 {
            } else if byte &- 0xC3 < 3 && end + 1 < count && text[end + 1] >= 0x80 {
                let second = text[end + 1]
                let isUpper: Bool
                if byte == 0xC3 {
                    if second == 0x97 || second == 0xB7 { break }
                    isUpper = second <= 0x9E
                } else {
                    isUpper = (byte == 0xC4 ? LatinLetterCase.upperC4 : LatinLetterCase.upperC5) & (1 << UInt64(second & 0x3F)) != 0
                }
                if isUpper {
                    if !sawLetter { firstUpper = true }
                } else {
                    sawLower = true
                }
                sawLetter = true
                end += 2
                continue
            } else {
                break
            }
            end += 1
        }
        guard end > start else { return scanWordRest(from: start, fastEnd: end) }
        var flags: TokenFlags = []
        if firstUpper { flags.insert(.capitalized) }
        if sawLetter && !sawLower { flags.insert(.allUppercase) }
        if end < count && text[end] < 0x80 && text[end] != 0x27 && text[end] != 0x2D && text[end] != 0x2E
            && text[end] != 0x40 && text[end] != 0x3A {
            emit(start, end, .word, flags)
            return end
        }
        knownFlagsStart = start
        knownFlagsEnd = end
        knownFlags = flags
        return scanWordRest(from: start, fastEnd: end)
    }

    /// A word the ASCII fast path could not finish (non-ASCII letters, apostrophes, hyphens, periods, addresses).
    /// Kept out of line: the Unicode property lookups it needs make a function's entry costly, and most words
    /// never get here.
    @inline(never)
    mutating func scanWordRest(from start: Int, fastEnd: Int) -> Int {
        var end = consumeWordCharacters(from: fastEnd)
        while end < count {
            switch text[end] {
            case 0x27: // apostrophe
                if let resume = splitApostrophe(wordStart: start, apostrophe: end) { return resume }
                if isLetter(at: end + 1) {
                    end = consumeWordCharacters(from: end + 1)
                    continue
                }
            case 0x2D: // hyphen: keep COVID-19, G-20 together
                if ASCIIBytes.isDigit(byte(at: end + 1)) {
                    end = consumeWordCharacters(from: end + 1)
                    continue
                }
            case 0x2E: // period
                if let resume = scanAfterPeriod(wordStart: start, period: end) { return resume }
            case 0x40: // @ → e-mail
                if let addressEnd = scanAddress(from: start), addressEnd > end {
                    emitWord(start, addressEnd)
                    return addressEnd
                }
            case 0x3A: // scheme://
                if byte(at: end + 1) == 0x2F && byte(at: end + 2) == 0x2F && isURLScheme(start, end) {
                    let urlEnd = consumeURLTail(from: end + 3)
                    emitWord(start, urlEnd)
                    return urlEnd
                }
            default:
                break
            }
            break
        }
        emitWord(start, end)
        return end
    }

    func isURLScheme(_ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length >= 3 && length <= 5 else { return false }
        var key: UInt64 = 0
        for index in start..<end { key = (key << 8) | UInt64(text[index] | 0x20) }
        return key == 0x68747470 || key == 0x6874747073 || key == 0x667470  // http, https, ftp
    }

    static let elisionKeys = PackedKeyTable(keys:
        ["l", "d", "qu", "s", "n", "j", "m", "t", "c", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]
            .compactMap { AbbreviationTable.packedKey(Array($0.utf8)) })

    func lowercasedKey(_ start: Int, _ end: Int) -> UInt64? {
        guard end - start <= 8 else { return nil }
        var key: UInt64 = 0
        for index in start..<end {
            let byte = text[index]
            key = (key << 8) | UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        }
        return key
    }

    /// French elision or English clitic at `apostrophe`; emits the tokens and returns where to resume.
    mutating func splitApostrophe(wordStart: Int, apostrophe: Int) -> Int? {
        let after = apostrophe + 1
        // An elision before a letter ("l'accord"), or ending the text or followed by a space: a gazetteer form that
        // ends in its article ("négociations de l'") is tokenised as the text it must match ("l'" "accord").
        let elides = isLetter(at: after) || after >= count || text[after] == 0x20 || text[after] == 0x09 || text[after] == 0x0A
        if apostrophe - wordStart <= 6, elides, let key = lowercasedKey(wordStart, apostrophe),
           Self.elisionKeys.contains(key) {
            emitWord(wordStart, after)
            return after
        }
        var cliticEnd = after
        while cliticEnd < count && ASCIIBytes.isLetter(text[cliticEnd]) && cliticEnd - after < 3 { cliticEnd += 1 }
        guard cliticEnd > after, !isWordCharacter(at: cliticEnd), let key = lowercasedKey(after, cliticEnd) else { return nil }
        switch key {
        case 0x73, 0x7265, 0x7665, 0x6C6C, 0x64, 0x6D:  // s re ve ll d m
            emitWord(wordStart, apostrophe)
            emitWord(apostrophe, cliticEnd)
            return cliticEnd
        case 0x74 where apostrophe - wordStart >= 2 && (text[apostrophe - 1] | 0x20) == 0x6E:  // n't
            emitWord(wordStart, apostrophe - 1)
            emitWord(apostrophe - 1, cliticEnd)
            return cliticEnd
        default:
            return nil
        }
    }

    /// Handles a period after a word: dotted chains, domains/e-mails, known abbreviations, initials.
    mutating func scanAfterPeriod(wordStart: Int, period: Int) -> Int? {
        let next = byte(at: period + 1)
        let wordLength = period - wordStart
        if wordLength == 1 && ASCIIBytes.isLetter(text[wordStart]) {
            let chainEnd = dottedChainEnd(from: wordStart)
            if chainEnd > period + 1 {
                emitWord(wordStart, chainEnd)
                return chainEnd
            }
        }
        if ASCIIBytes.isAlphanumeric(next), let addressEnd = scanAddress(from: wordStart), addressEnd > period {
            emitWord(wordStart, addressEnd)
            return addressEnd
        }
        if let key = AbbreviationTable.packedKey(UnsafeBufferPointer(rebasing: text[wordStart..<period])),
           let condition = abbreviations[key] {
            let following = skipInlineSpaces(from: period + 1)
            let applies: Bool
            switch condition {
            case .always: applies = true
            case .beforeCapitalized: applies = following > period + 1 && isCapitalizedWord(at: following)
            case .beforeDigit: applies = following > period + 1 && ASCIIBytes.isDigit(byte(at: following))
            }
            if applies {
                emitWord(wordStart, period + 1)
                return period + 1
            }
        }
        if wordLength == 1 && text[wordStart] &- 0x41 < 26 {
            let following = skipInlineSpaces(from: period + 1)
            if following > period + 1 && isCapitalizedWord(at: following) && wordCharacterLength(at: following) > 0 {
                emitWord(wordStart, period + 1)
                return period + 1
            }
        }
        return nil
    }

    /// End of a chain of single letters each followed by a period (`U.S.`, `e.g.`, `J.-C.`); needs ≥ 2 links.
    func dottedChainEnd(from start: Int) -> Int {
        var index = start
        var links = 0
        while index + 1 < count && ASCIIBytes.isLetter(text[index]) && text[index + 1] == 0x2E
                && !ASCIIBytes.isLetter(index > start ? text[index - 1] : 0x20) {
            links += 1
            index += 2
            if byte(at: index) == 0x2D && ASCIIBytes.isLetter(byte(at: index + 1)) && byte(at: index + 2) == 0x2E { index += 1 }
            if ASCIIBytes.isLetter(byte(at: index)) && ASCIIBytes.isLetter(byte(at: index + 1)) { break }
        }
        if links < 2 { return start }
        if text[index - 1] == 0x2D { index -= 1 }
        return index
    }

    /// An e-mail address or domain name (with optional path) starting at `start`, or nil.
    func scanAddress(from start: Int) -> Int? {
        var index = start
        var dots = 0
        var firstDot = -1
        var hasSpecial = false
        while index < count {
            let byte = text[index]
            if ASCIIBytes.isAlphanumeric(byte) || byte == 0x2D {
                index += 1
            } else if byte == 0x2E && ASCIIBytes.isAlphanumeric(self.byte(at: index + 1)) {
                if firstDot < 0 { firstDot = index }
                dots += 1
                index += 1
            } else if byte == 0x5F || byte == 0x25 || byte == 0x2B {
                hasSpecial = true
                index += 1
            } else {
                break
            }
        }
        if byte(at: index) == 0x40 && index > start {
            var domainEnd = index + 1
            var domainDots = 0
            var lastLabelStart = domainEnd
            while domainEnd < count {
                let byte = text[domainEnd]
                if ASCIIBytes.isAlphanumeric(byte) || byte == 0x2D {
                    domainEnd += 1
                } else if byte == 0x2E && ASCIIBytes.isAlphanumeric(self.byte(at: domainEnd + 1)) {
                    domainDots += 1
                    domainEnd += 1
                    lastLabelStart = domainEnd
                } else {
                    break
                }
            }
            guard domainDots > 0, domainEnd - lastLabelStart >= 2,
                  (lastLabelStart..<domainEnd).allSatisfy({ ASCIIBytes.isLetter(text[$0]) }) else { return nil }
            return domainEnd
        }
        guard !hasSpecial, dots > 0, firstDot - start >= 2, !isWordCharacter(at: index) else { return nil }
        var lastLabelStart = index
        while lastLabelStart > start && text[lastLabelStart - 1] != 0x2E { lastLabelStart -= 1 }
        let lastLabelLength = index - lastLabelStart
        guard lastLabelLength >= 2 && lastLabelLength <= 6,
              (lastLabelStart..<index).allSatisfy({ text[$0] &- 0x61 < 26 }) else { return nil }
        if byte(at: index) == 0x2F { return consumeURLTail(from: index) }
        return index
    }

    /// Consumes a URL's remainder up to whitespace, then drops trailing punctuation that belongs to the prose.
    func consumeURLTail(from start: Int) -> Int {
        var index = start
        var openParens = 0
        while index < count {
            let byte = text[index]
            if byte <= 0x20 || byte == 0x22 || byte == 0x3C || byte == 0x3E { break }
            if byte == 0x28 { openParens += 1 }
            if byte == 0x29 { openParens -= 1 }
            index += 1
        }
        while index > start {
            let last = text[index - 1]
            if last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A || last == 0x21 || last == 0x3F || last == 0x27 {
                index -= 1
            } else if last == 0x29 && openParens < 0 {
                openParens += 1
                index -= 1
            } else {
                break
            }
        }
        return index
    }

    // MARK: Numbers and times

    mutating func scanNumber(from start: Int) -> Int {
        var index = start
        while index < count && ASCIIBytes.isDigit(text[index]) { index += 1 }
        let digits = index - start
        if digits <= 2, let timeEnd = timeEnd(hourStart: start, hourEnd: index) {
            emit(start, timeEnd, .time)
            return timeEnd
        }
        var separated = false
        var commas = 0, dots = 0
        while index + 1 < count && (text[index] == 0x2E || text[index] == 0x2C) && ASCIIBytes.isDigit(text[index + 1]) {
            if text[index] == 0x2C { commas += 1 } else { dots += 1 }
            index += 2
            while index < count && ASCIIBytes.isDigit(text[index]) { index += 1 }
            separated = true
        }
        if commas >= 2 && dots == 0 && isNumberList(start, index) {
            emitNumberList(start, index)
            return index
        }
        if !separated && digits <= 3 {
            var grouped = false
            while isSpaceSeparatedGroup(at: index) {
                index += 4
                grouped = true
            }
            if grouped && index + 1 < count && (text[index] == 0x2C || text[index] == 0x2E) && ASCIIBytes.isDigit(text[index + 1]) {
                index += 2
                while index < count && ASCIIBytes.isDigit(text[index]) { index += 1 }
            }
        }
        if !separated, let ordinalEnd = ordinalSuffixEnd(from: index) {
            emit(start, ordinalEnd, .number)
            return ordinalEnd
        }
        emit(start, index, .number)
        return index
    }

    /// Digits joined by two or more commas whose groups are not thousands (`22,24,26,31`): a list of numbers.
    /// Thousands are groups of three after 1–3 digits (`1,000,000`), or the Indian lakh grouping (`1,00,000`).
    func isNumberList(_ start: Int, _ end: Int) -> Bool {
        var groups: [Int] = []
        var length = 0
        for index in start..<end {
            if text[index] == 0x2C { groups.append(length); length = 0 } else { length += 1 }
        }
        groups.append(length)
        let rest = groups.dropFirst()
        if (1...3).contains(groups[0]) && rest.allSatisfy({ $0 == 3 }) { return false }
        if (1...2).contains(groups[0]) && groups.last == 3 && rest.dropLast().allSatisfy({ $0 == 2 }) { return false }
        return true
    }

    /// Each number of a comma list, and each comma, as its own token.
    mutating func emitNumberList(_ start: Int, _ end: Int) {
        var groupStart = start
        for index in start..<end where text[index] == 0x2C {
            emit(groupStart, index, .number)
            emit(index, index + 1, .punctuation)
            groupStart = index + 1
        }
        emit(groupStart, end, .number)
    }

    /// ` ddd` at `index`, not followed by another digit or by something making it a time.
    func isSpaceSeparatedGroup(at index: Int) -> Bool {
        guard index + 3 < count, text[index] == 0x20, ASCIIBytes.isDigit(text[index + 1]), ASCIIBytes.isDigit(text[index + 2]),
              ASCIIBytes.isDigit(text[index + 3]) else { return false }
        let after = byte(at: index + 4)
        if ASCIIBytes.isDigit(after) || after == 0x3A { return false }
        if (after | 0x20) == 0x68 && ASCIIBytes.isDigit(byte(at: index + 5)) { return false }
        return true
    }

    func twoDigitValue(at index: Int) -> Int? {
        guard index + 1 < count, ASCIIBytes.isDigit(text[index]), ASCIIBytes.isDigit(text[index + 1]),
              !ASCIIBytes.isDigit(byte(at: index + 2)) else { return nil }
        return Int(text[index] - 0x30) * 10 + Int(text[index + 1] - 0x30)
    }

    /// End of a time whose hour is `[hourStart, hourEnd)`, or nil.
    func timeEnd(hourStart: Int, hourEnd: Int) -> Int? {
        var hour = 0
        for index in hourStart..<hourEnd { hour = hour * 10 + Int(text[index] - 0x30) }
        guard hour < 24, hourEnd < count else { return nil }
        let separator = text[hourEnd]
        if separator == 0x3A {
            guard let minutes = twoDigitValue(at: hourEnd + 1), minutes < 60 else { return nil }
            var end = hourEnd + 3
            if byte(at: end) == 0x3A, let seconds = twoDigitValue(at: end + 1), seconds < 60 { end += 3 }
            return end
        }
        if (separator | 0x20) == 0x68 {
            if let minutes = twoDigitValue(at: hourEnd + 1) {
                return minutes < 60 ? hourEnd + 3 : nil
            }
            return isWordCharacter(at: hourEnd + 1) ? nil : hourEnd + 1
        }
        if separator == 0x20, (byte(at: hourEnd + 1) | 0x20) == 0x68, byte(at: hourEnd + 2) == 0x20,
           let minutes = twoDigitValue(at: hourEnd + 3), minutes < 60 {
            return hourEnd + 5
        }
        return nil
    }

    static let ordinalSuffixKeys = PackedKeyTable(keys:
        ["st", "nd", "rd", "th", "e", "er", "re", "ère", "ème", "eme", "ième", "ieme", "è", "nde", "es", "ers", "res", "èmes", "emes"]
            .compactMap { AbbreviationTable.packedKey(Array($0.utf8)) })

    /// End of an ordinal suffix (`th`, `e`, `er`, `ème`, …) glued to digits at `index`, or nil.
    func ordinalSuffixEnd(from index: Int) -> Int? {
        guard index < count, isLetter(at: index) else { return nil }
        let end = consumeWordCharacters(from: index)
        guard end - index <= 5, let key = lowercasedKey(index, end), Self.ordinalSuffixKeys.contains(key) else { return nil }
        return end
    }

    // MARK: Punctuation and symbols

    mutating func scanASCIIPunctuation(from start: Int) -> Int {
        let byte = text[start]
        switch byte {
        case 0x2E, 0x2D: // runs of periods or hyphens
            var end = start + 1
            while end < count && text[end] == byte { end += 1 }
            emit(start, end, .punctuation)
            return end
        case 0x23, 0x40: // #hashtag, @handle
            var end = start + 1
            while end < count {
                if text[end] == 0x5F { end += 1; continue }
                let length = wordCharacterLength(at: end)
                if length == 0 { break }
                end += length
            }
            if end > start + 1 {
                emitWord(start, end)
                return end
            }
            emit(start, start + 1, .punctuation)
            return start + 1
        case 0x24, 0x25, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x60, 0x7C, 0x7E:
            emit(start, start + 1, .symbol)
            return start + 1
        default:
            emit(start, start + 1, .punctuation)
            return start + 1
        }
    }

    mutating func scanNonASCII(from start: Int) -> Int {
        let lead = text[start]
        if lead == 0xC3 || lead == 0xC4 || lead == 0xC5, wordCharacterLength(at: start) > 0 {
            return scanWord(from: start)
        }
        let (scalar, length) = UTF8Scalars.decode(text, at: start)
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return scanWord(from: start)
        case .spaceSeparator:
            sawSpace = true
            return start + length
        case .lineSeparator:
            sawSpace = true
            newlines += 1
            return start + length
        case .paragraphSeparator:
            sawSpace = true
            newlines += 2
            return start + length
        case .format, .control, .surrogate:
            return start + length
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            if scalar.value == 0x2030 || scalar.value == 0x2031 {  // ‰ ‱ behave like %
                emit(start, start + length, .symbol)
            } else {
                emit(start, start + length, .punctuation)
            }
            return start + length
        default:
            let end = graphemeEnd(after: start + length, first: scalar)
            emit(start, end, .symbol)
            return end
        }
    }

    /// Extends a symbol over variation selectors, skin tones, keycaps, tags, ZWJ sequences and flag pairs.
    func graphemeEnd(after start: Int, first: Unicode.Scalar) -> Int {
        var index = start
        var regionalIndicators = (0x1F1E6...0x1F1FF).contains(first.value) ? 1 : 0
        while index < count && text[index] >= 0x80 {
            let (scalar, length) = UTF8Scalars.decode(text, at: index)
            let value = scalar.value
            switch value {
            case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x1F3FB...0x1F3FF, 0x20E3, 0xE0020...0xE007F:
                index += length
            case 0x200D:
                index += length
                if index < count { index += UTF8Scalars.decode(text, at: index).length }
            case 0x1F1E6...0x1F1FF where regionalIndicators == 1:
                regionalIndicators += 1
                index += length
            default:
                if UTF8Scalars.isMark(scalar) { index += length } else { return index }
            }
        }
        return index
    }
}
