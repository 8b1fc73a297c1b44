import Foundation

/// Builds the normalised text from valid UTF-8 (see `PreparedText`). The output is only materialised once the
/// first edit is needed; unchanged stretches are copied in bulk.
///
/// Edits, each recorded in the offset map:
/// - NFC, applied only to stretches that need it: a base character followed by combining marks (any scalar
///   with a non-zero canonical combining class), Hangul vowel/trailing jamo, and the few singletons NFC
///   rewrites (Ω/K/Å signs, Greek oxia forms, CJK compatibility ideographs, …).
/// - typographic apostrophes → `'`, typographic quotes and guillemets → `"`.
/// - exotic spaces → ` `; zero-width characters, BOM and soft hyphen removed (a zero-width joiner between two
///   emoji is kept so emoji sequences stay one grapheme); U+2010/U+2011 → `-`.
/// - one space inserted after a clock time glued to a letter (`16:50Groundbreaking`) and between a digit run
///   and a glued Capitalised word (`2024Morocco`), never inside URL-like stretches (after `/ @ = _ &`).
enum TextNormalizer {
    struct Result {
        var output: [UInt8]?
        var map: NormalizationOffsetMap
    }

    static func normalize(_ source: UnsafeBufferPointer<UInt8>) -> Result {
        var state = State(source: source)
        state.run()
        return Result(output: state.output, map: state.map)
    }

    private struct State {
        let source: UnsafeBufferPointer<UInt8>
        var output: [UInt8]? = nil
        var map = NormalizationOffsetMap()
        var copiedUpTo = 0
        /// Original offset of the scalar processed last (the base a combining mark attaches to).
        var lastScalarStart = -1
        /// Set after characters that mark URL-ish stretches, cleared at whitespace.
        var insideURLLikeStretch = false

        init(source: UnsafeBufferPointer<UInt8>) { self.source = source }

        mutating func replace(_ original: Range<Int>, with bytes: some Collection<UInt8>) {
            if output == nil {
                output = []
                output!.reserveCapacity(source.count + 64)
            }
            output!.append(contentsOf: UnsafeBufferPointer(rebasing: source[copiedUpTo..<original.lowerBound]))
            let normalizedStart = output!.count
            output!.append(contentsOf: bytes)
            map.record(original: original, normalized: normalizedStart..<output!.count)
            copiedUpTo = original.upperBound
        }

        mutating func run() {
            let count = source.count
            var index = 0
            // After a block fails the eight-byte test, its bytes go through the byte path without testing the
            // block again from each of them (a non-ASCII letter would otherwise fail up to eight overlapping tests).
            var bytePathUntil = 0
            while index < count {
                let byte = source[index]
                if byte < 0x80 && index >= bytePathUntil && index + 8 <= count {
                    if skipPlainASCIIBlock(at: index) {
                        index += 8
                        continue
                    }
                    bytePathUntil = index + 8
                }
                if byte < 0x80 {
                    if isASCIILetter(byte) {
                        if index > 0 && isDigit(source[index - 1]) && !insideURLLikeStretch && shouldSeparateGlued(at: index) {
                            replace(index..<index, with: CollectionOfOne(0x20))
                        }
                    } else if byte <= 0x20 {
                        insideURLLikeStretch = false
                    } else if byte == 0x2F || byte == 0x40 || byte == 0x3D || byte == 0x5F || byte == 0x26 {
                        insideURLLikeStretch = true
                    }
                    lastScalarStart = index
                    index += 1
                    continue
                }
                if byte &- 0xC3 < 3 && index + 1 < count && UTF8Scalars.isContinuation(source[index + 1]) {
                    // U+00C0–U+017F (accented Latin letters, × and ÷): never replaced, all starters; only a letter
                    // glued to digits before it can need an edit (the `default` case below, without the decoding).
                    let second = source[index + 1]
                    let isLetter = byte != 0xC3 || (second != 0x97 && second != 0xB7)
                    if isLetter && index > 0 && isDigit(source[index - 1]) && !insideURLLikeStretch && shouldSeparateGlued(at: index) {
                        replace(index..<index, with: CollectionOfOne(0x20))
                    }
                    lastScalarStart = index
                    index += 2
                    continue
                }
                let (scalar, length) = UTF8Scalars.decode(source, at: index)
                let next = index + length
                switch scalar.value {
                case 0x2019, 0x2018, 0x201B, 0x02BC, 0x2032:
                    replace(index..<next, with: CollectionOfOne(0x27))
                case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033:
                    replace(index..<next, with: CollectionOfOne(0x22))
                case 0x00A0, 0x202F, 0x2000...0x200A, 0x3000:
                    replace(index..<next, with: CollectionOfOne(0x20))
                    insideURLLikeStretch = false
                case 0x200B, 0x200C, 0xFEFF, 0x00AD, 0x2060:
                    replace(index..<next, with: EmptyCollection())
                case 0x200D:
                    if !joinsEmoji(at: index, length: length) { replace(index..<next, with: EmptyCollection()) }
                case 0x2010, 0x2011:
                    replace(index..<next, with: CollectionOfOne(0x2D))
                default:
                    if index > 0 && isDigit(source[index - 1]) && !insideURLLikeStretch
                        && UTF8Scalars.isLetter(scalar) && shouldSeparateGlued(at: index) {
                        replace(index..<index, with: CollectionOfOne(0x20))
                    }
                    if scalar.value >= 0x0300 && needsComposition(scalar) {
                        index = compose(startingWith: scalar, at: index)
                        continue
                    }
                }
                lastScalarStart = index
                index = next
            }
            if output != nil {
                output!.append(contentsOf: UnsafeBufferPointer(rebasing: source[copiedUpTo..<count]))
            }
        }

        /// Eight ASCII bytes from `index` with no URL mark and no letter right after a digit need no edit: only
        /// a whitespace byte among them changes the state (it ends a URL-like stretch). Returns false, changing
        /// nothing, when the block needs the byte-by-byte path.
        @inline(__always)
        mutating func skipPlainASCIIBlock(at index: Int) -> Bool {
            let word = ASCIIRun.load(source, index)
            guard word & ASCIIRun.highBits == 0 else { return false }
            let digits = ASCIIRun.rangeMask(word, 0x30, 0x39)
            let digitBefore: UInt64 = index > 0 && isDigit(source[index - 1]) ? 0x80 : 0
            if digits | digitBefore != 0 {
                let letters = ASCIIRun.rangeMask(word | 0x2020_2020_2020_2020, 0x61, 0x7A)
                if ((digits << 8) | digitBefore) & letters != 0 { return false }
            }
            let urlMarks = ASCIIRun.equalMask(word, 0x2F) | ASCIIRun.equalMask(word, 0x40) | ASCIIRun.equalMask(word, 0x3D)
                | ASCIIRun.equalMask(word, 0x5F) | ASCIIRun.equalMask(word, 0x26)
            guard urlMarks == 0 else { return false }
            if ASCIIRun.rangeMask(word, 0, 0x20) != 0 { insideURLLikeStretch = false }
            lastScalarStart = index + 7
            return true
        }

        /// Applies NFC to the stretch made of the preceding base (when still unedited) and the run of
        /// non-starters from `index`; returns the offset after the stretch.
        mutating func compose(startingWith scalar: Unicode.Scalar, at index: Int) -> Int {
            let isCombining = scalar.properties.canonicalCombiningClass.rawValue != 0 || isHangulVowelOrTrailing(scalar)
            var stretchStart = index
            if isCombining, lastScalarStart >= copiedUpTo, lastScalarStart >= 0, source[lastScalarStart] > 0x20 {
                stretchStart = lastScalarStart
            }
            var stretchEnd = index + UTF8Scalars.decode(source, at: index).length
            while stretchEnd < source.count && source[stretchEnd] >= 0x80 {
                let (following, length) = UTF8Scalars.decode(source, at: stretchEnd)
                guard following.properties.canonicalCombiningClass.rawValue != 0 || isHangulVowelOrTrailing(following) else { break }
                stretchEnd += length
            }
            let stretch = UnsafeBufferPointer(rebasing: source[stretchStart..<stretchEnd])
            let composed = Array(String(decoding: stretch, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
            if !composed.elementsEqual(stretch) {
                replace(stretchStart..<stretchEnd, with: composed)
            }
            lastScalarStart = stretchStart
            return stretchEnd
        }

        /// `16:50Groundbreaking`, `2024Morocco`: a letter at `index` glued to the digits before it.
        func shouldSeparateGlued(at index: Int) -> Bool {
            if gluedToClockTime(at: index) { return true }
            let (scalar, length) = UTF8Scalars.decode(source, at: index)
            guard isUppercase(scalar), index + length < source.count else { return false }
            let following = UTF8Scalars.decode(source, at: index + length).scalar
            return isLowercase(following)
        }

        func gluedToClockTime(at index: Int) -> Bool {
            guard index >= 4, isDigit(source[index - 1]), isDigit(source[index - 2]), source[index - 3] == 0x3A,
                  isDigit(source[index - 4]) else { return false }
            let minutes = Int(source[index - 2] - 0x30) * 10 + Int(source[index - 1] - 0x30)
            guard minutes < 60 else { return false }
            var hourStart = index - 4
            if hourStart > 0 && isDigit(source[hourStart - 1]) { hourStart -= 1 }
            if hourStart > 0 {
                let before = source[hourStart - 1]
                if isDigit(before) || isASCIILetter(before) || before == 0x2E { return false }
            }
            var hours = 0
            for position in hourStart..<(index - 3) { hours = hours * 10 + Int(source[position] - 0x30) }
            return hours < 24
        }

        func joinsEmoji(at index: Int, length: Int) -> Bool {
            guard lastScalarStart >= 0, index + length < source.count else { return false }
            let previous = UTF8Scalars.decode(source, at: lastScalarStart).scalar
            let following = UTF8Scalars.decode(source, at: index + length).scalar
            return isPictographic(previous) && isPictographic(following)
        }
    }

    static func isPictographic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(value) { return true }
        return value >= 0x2000 && scalar.properties.isEmoji
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value &- 0x41) < 26 : scalar.properties.isUppercase
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value &- 0x61) < 26 : scalar.properties.isLowercase
    }

    static func isHangulVowelOrTrailing(_ scalar: Unicode.Scalar) -> Bool {
        (0x1161...0x1175).contains(scalar.value) || (0x11A8...0x11C2).contains(scalar.value)
    }

    /// Scalars that can make the text non-NFC (see the type's doc comment). Latin-1 and Latin Extended-A are
    /// all starters, so the common accented letters never reach the property lookup.
    @inline(__always)
    static func needsComposition(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x0300...0x036F: return true
        case 0x0374, 0x037E, 0x0387, 0x1F70...0x1FFD, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A,
             0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        case 0x2000...0x20CF, 0x2100...0x2BFF: return false  // punctuation, symbols and arrows are starters
        default:
            return scalar.properties.canonicalCombiningClass.rawValue != 0 || isHangulVowelOrTrailing(scalar)
        }
    }
}
