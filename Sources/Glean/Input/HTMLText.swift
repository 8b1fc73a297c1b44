/// How a document's bytes are marked up.
public enum TextMarkup: String, Sendable, Codable {
    /// Plain text: every byte is text.
    case plain
    /// An HTML page: tags, comments, scripts and styles are not text, entities stand for characters.
    case html
}

/// The visible text of an HTML page, with a map from it back to the page's bytes, so spans found in the text
/// index the original page.
///
/// What becomes of the markup:
/// - comments, `<!DOCTYPE …>`, `<?…?>`, CDATA markers and inline tags (`<b>`, `<a href=…>`, `<span>`, …) are
///   removed; block tags (`<p>`, `<div>`, `<li>`, `<h1>`, `<br>`, `<td>`, …) become a line break, so paragraphs
///   stay apart and sentences never run across them;
/// - `<script>`, `<style>`, `<template>`, `<noscript>`, `<svg>`, `<math>` and `<head>` (except its `<title>`)
///   are removed with their content;
/// - entities (`&amp;`, `&eacute;`, `&#233;`, `&#xE9;`) become their character; unknown ones stay as written;
/// - outside `<pre>`, line breaks in text are spaces, as a browser shows them.
/// A `<` that does not start a tag (`a < b`) is text. Works on bytes; the input must be valid UTF-8.
enum HTMLText {
    struct Result {
        var text: [UInt8]
        /// From `text` back to the HTML bytes.
        var map: NormalizationOffsetMap
    }

    static func strip(_ html: [UInt8]) -> Result {
        html.withUnsafeBufferPointer { source in
            var state = State(source: source)
            state.run()
            return Result(text: state.output, map: state.map)
        }
    }

    /// Elements whose content is never text (removed up to their closing tag).
    static let hiddenElements: Set<String> = ["script", "style", "template", "noscript", "svg", "math", "iframe", "object"]
    /// Elements that start or end a line when rendered.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "li", "main", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "ul",
    ]

    private struct State {
        let source: UnsafeBufferPointer<UInt8>
        var output: [UInt8] = []
        var map = NormalizationOffsetMap()
        var copiedUpTo = 0
        var insidePre = 0
        var insideHead = false
        var insideTitle = false
        /// Inside `<head>`, outside `<title>`: text there is metadata, not content.
        var hidesText: Bool { insideHead && !insideTitle }

        init(source: UnsafeBufferPointer<UInt8>) {
            self.source = source
            output.reserveCapacity(source.count)
        }

        /// Copies the text before `range`, then puts `bytes` in place of `range`.
        mutating func replace(_ range: Range<Int>, with bytes: [UInt8]) {
            copyText(upTo: range.lowerBound)
            let start = output.count
            output.append(contentsOf: bytes)
            map.record(original: range, normalized: start..<output.count)
            copiedUpTo = range.upperBound
        }

        /// Copies text bytes unchanged, except line breaks outside `<pre>` (same length, so no map entry) and
        /// anything inside `<head>` (removed).
        mutating func copyText(upTo end: Int) {
            guard copiedUpTo < end else { return }
            if hidesText {
                let start = output.count
                map.record(original: copiedUpTo..<end, normalized: start..<start)
                copiedUpTo = end
                return
            }
            if insidePre > 0 {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: source[copiedUpTo..<end]))
            } else {
                for byte in source[copiedUpTo..<end] { output.append(byte == 0x0A || byte == 0x0D ? 0x20 : byte) }
            }
            copiedUpTo = end
        }

        mutating func run() {
            let count = source.count
            var index = 0
            while index < count {
                switch source[index] {
                case UInt8(ascii: "<"):
                    index = markup(at: index)
                case UInt8(ascii: "&"):
                    index = entity(at: index)
                default:
                    index += 1
                }
            }
            copyText(upTo: count)
        }

        func starts(with prefix: String, at index: Int, caseInsensitive: Bool = false) -> Bool {
            var position = index
            for expected in prefix.utf8 {
                guard position < source.count else { return false }
                let byte = caseInsensitive ? lowercased(source[position]) : source[position]
                if byte != expected { return false }
                position += 1
            }
            return true
        }

        /// The index just after the first occurrence of `terminator` at or after `index`, or the end of the input.
        func end(of terminator: String, from index: Int, caseInsensitive: Bool = false) -> Int {
            let first = terminator.utf8.first!
            var position = index
            while position < source.count {
                if (caseInsensitive ? lowercased(source[position]) : source[position]) == first && starts(with: terminator, at: position, caseInsensitive: caseInsensitive) {
                    return position + terminator.utf8.count
                }
                position += 1
            }
            return source.count
        }

        /// Handles the `<` at `index`; returns where scanning continues.
        mutating func markup(at index: Int) -> Int {
            if starts(with: "<!--", at: index) {
                let stop = end(of: "-->", from: index + 4)
                replace(index..<stop, with: [])
                return stop
            }
            if starts(with: "<![CDATA[", at: index) {
                // The content is text; only the markers go.
                replace(index..<index + 9, with: [])
                let close = end(of: "]]>", from: index + 9)
                let closeStart = starts(with: "]]>", at: close - 3) && close - 3 >= index + 9 ? close - 3 : close
                copyText(upTo: closeStart)
                replace(closeStart..<close, with: [])
                return close
            }
            if starts(with: "<!", at: index) || starts(with: "<?", at: index) {
                let stop = end(of: ">", from: index + 2)
                replace(index..<stop, with: [])
                return stop
            }
            var position = index + 1
            let closing = position < source.count && source[position] == UInt8(ascii: "/")
            if closing { position += 1 }
            let nameStart = position
            while position < source.count, isNameByte(source[position]) { position += 1 }
            // `a < b`, `<3`, a `<` at the end: text, not a tag.
            guard position > nameStart, isLetter(source[nameStart]) else { return index + 1 }
            let name = String(decoding: source[nameStart..<position].map(lowercased), as: UTF8.self)
            guard let tagEnd = endOfTag(from: position) else { return index + 1 }
            copyText(upTo: index)
            switch name {
            case "head": insideHead = !closing
            case "body": insideHead = false
            case "title": insideTitle = !closing
            case "pre": insidePre = max(0, insidePre + (closing ? -1 : 1))
            default: break
            }
            replace(index..<tagEnd, with: HTMLText.blockElements.contains(name) && !hidesText ? [0x0A] : [])
            if !closing && HTMLText.hiddenElements.contains(name) && source[tagEnd - 2] != UInt8(ascii: "/") {
                let close = end(of: "</" + name, from: tagEnd, caseInsensitive: true)
                let stop = close == source.count ? close : (endOfTag(from: close) ?? source.count)
                replace(tagEnd..<stop, with: [])
                return stop
            }
            return tagEnd
        }

        /// The index after the `>` that ends a tag whose name ends at `index` (quoted attribute values may hold
        /// `>`), or nil when the input ends first.
        func endOfTag(from index: Int) -> Int? {
            var position = index
            var quote: UInt8? = nil
            while position < source.count {
                let byte = source[position]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    return position + 1
                }
                position += 1
            }
            return nil
        }

        /// Handles the `&` at `index`; returns where scanning continues.
        mutating func entity(at index: Int) -> Int {
            var position = index + 1
            guard position < source.count else { return position }
            var scalar: UInt32? = nil
            if source[position] == UInt8(ascii: "#") {
                position += 1
                let hex = position < source.count && (source[position] | 0x20) == UInt8(ascii: "x")
                if hex { position += 1 }
                let digitsStart = position
                var value: UInt32 = 0
                while position < source.count, position - digitsStart < 8, let digit = digitValue(source[position], hex: hex) {
                    value = value * (hex ? 16 : 10) + digit
                    position += 1
                }
                guard position > digitsStart else { return index + 1 }
                // Invalid code points (NUL, surrogates, beyond U+10FFFF) stand for U+FFFD, as in browsers.
                scalar = Unicode.Scalar(value).map { $0.value == 0 ? 0xFFFD : $0.value } ?? 0xFFFD
            } else {
                let nameStart = position
                while position < source.count, position - nameStart < 12, isASCIIAlphanumeric(source[position]) { position += 1 }
                guard position > nameStart, let value = HTMLText.namedEntities[String(decoding: source[nameStart..<position], as: UTF8.self)] else { return index + 1 }
                // Without the `;` only the few entities browsers accept bare.
                let terminated = position < source.count && source[position] == UInt8(ascii: ";")
                if !terminated && !HTMLText.bareEntities.contains(String(decoding: source[nameStart..<position], as: UTF8.self)) { return index + 1 }
                scalar = value
            }
            if position < source.count && source[position] == UInt8(ascii: ";") { position += 1 }
            guard let scalar, let character = Unicode.Scalar(scalar) else { return position }
            if hidesText { return position }
            replace(index..<position, with: Array(String(Character(character)).utf8))
            return position
        }
    }

    /// Named entities common in news pages (Latin-1, French and typographic characters).
    static let namedEntities: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "iexcl": 0xA1, "cent": 0xA2,
        "pound": 0xA3, "curren": 0xA4, "yen": 0xA5, "brvbar": 0xA6, "sect": 0xA7, "uml": 0xA8, "copy": 0xA9, "ordf": 0xAA,
        "laquo": 0xAB, "not": 0xAC, "shy": 0xAD, "reg": 0xAE, "macr": 0xAF, "deg": 0xB0, "plusmn": 0xB1, "sup2": 0xB2,
        "sup3": 0xB3, "acute": 0xB4, "micro": 0xB5, "para": 0xB6, "middot": 0xB7, "cedil": 0xB8, "sup1": 0xB9, "ordm": 0xBA,
        "raquo": 0xBB, "frac14": 0xBC, "frac12": 0xBD, "frac34": 0xBE, "iquest": 0xBF,
        "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5, "AElig": 0xC6, "Ccedil": 0xC7,
        "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB, "Igrave": 0xCC, "Iacute": 0xCD, "Icirc": 0xCE, "Iuml": 0xCF,
        "ETH": 0xD0, "Ntilde": 0xD1, "Ograve": 0xD2, "Oacute": 0xD3, "Ocirc": 0xD4, "Otilde": 0xD5, "Ouml": 0xD6, "times": 0xD7,
        "Oslash": 0xD8, "Ugrave": 0xD9, "Uacute": 0xDA, "Ucirc": 0xDB, "Uuml": 0xDC, "Yacute": 0xDD, "THORN": 0xDE, "szlig": 0xDF,
        "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4, "aring": 0xE5, "aelig": 0xE6, "ccedil": 0xE7,
        "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB, "igrave": 0xEC, "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF,
        "eth": 0xF0, "ntilde": 0xF1, "ograve": 0xF2, "oacute": 0xF3, "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6, "divide": 0xF7,
        "oslash": 0xF8, "ugrave": 0xF9, "uacute": 0xFA, "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD, "thorn": 0xFE, "yuml": 0xFF,
        "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "fnof": 0x192, "circ": 0x2C6,
        "tilde": 0x2DC, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E,
        "rlm": 0x200F, "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C,
        "rdquo": 0x201D, "bdquo": 0x201E, "dagger": 0x2020, "Dagger": 0x2021, "bull": 0x2022, "hellip": 0x2026,
        "permil": 0x2030, "prime": 0x2032, "lsaquo": 0x2039, "rsaquo": 0x203A, "euro": 0x20AC, "trade": 0x2122,
        "minus": 0x2212, "larr": 0x2190, "rarr": 0x2192, "NewLine": 0x0A, "Tab": 0x09,
    ]
    /// Entities browsers decode without their `;`.
    static let bareEntities: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]
}

private func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
private func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= 0x30 && byte <= 0x39) }
private func isNameByte(_ byte: UInt8) -> Bool { isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") }
private func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
    if byte >= 0x30 && byte <= 0x39 { return UInt32(byte - 0x30) }
    if hex, (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66 { return UInt32((byte | 0x20) - 0x61 + 10) }
    return nil
}

/// The visible text of an HTML page as extraction sees it, with the way back to the page's bytes: for tools that
/// show where a span of text came from, and for the HTML fuzz target (`Fuzz/`).
public struct HTMLVisibleText: Sendable {
    /// The page as read: invalid UTF-8 replaced with U+FFFD, as for any document.
    public let page: [UInt8]
    /// What the page shows (UTF-8).
    public let text: [UInt8]
    private let map: NormalizationOffsetMap

    public init(page bytes: [UInt8]) {
        page = UTF8Repair.repair(bytes).0
        let stripped = HTMLText.strip(page)
        text = stripped.text
        map = stripped.map
    }

    /// Where in the page a span of the text starting at byte `offset` starts.
    public func pageStart(ofText offset: Int) -> Int { map.originalStart(ofNormalized: offset) }
    /// Where in the page a span of the text ending at byte `offset` ends.
    public func pageEnd(ofText offset: Int) -> Int { map.originalEnd(ofNormalized: offset) }
}
