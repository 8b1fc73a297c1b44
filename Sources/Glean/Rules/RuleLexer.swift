/// Splits a rule file into tokens. Newlines are tokens because a token pattern ends at the end of its line
/// (unless inside parentheses), which keeps rules readable without separators.
struct RuleToken: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        case string(String)           // "…": matched case- and accent-insensitively
        case exactString(String)      // '…': matched exactly
        case regex(source: String, flags: String, sourceOffset: Int)
        case number(Double)
        case symbol(String)           // { } ( ) [ ] , : = != ~ | ? * + @ # $ ! _ ^ ... =>
        case newline
        case end
    }
    var kind: Kind
    /// Byte offset of the token's first character in the file.
    var offset: Int
    var endOffset: Int
}

struct RuleLexer {
    let file: SourceFile
    private let bytes: [UInt8]
    private var position = 0

    init(file: SourceFile) { self.file = file; bytes = file.bytes }

    static func tokenize(_ file: SourceFile) throws(Diagnostic) -> [RuleToken] {
        var lexer = RuleLexer(file: file)
        var tokens: [RuleToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func error(_ message: String, at offset: Int) -> Diagnostic {
        .error(message, code: "syntax", at: offset, in: file)
    }

    /// The one-byte symbols `{}()[],:=~|?*+@#$!^<>` by byte value, made once.
    private static let singleSymbols: [String?] = {
        var table = [String?](repeating: nil, count: 128)
        for byte in "{}()[],:=~|?*+@#$!^<>".utf8 { table[Int(byte)] = String(Character(Unicode.Scalar(byte))) }
        return table
    }()

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "_")
    }
    private static func isIdentifierByte(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || (byte >= 48 && byte <= 57) }

    mutating func next() throws(Diagnostic) -> RuleToken {
        // Skip spaces, tabs, comments; report newlines.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                position += 1
            } else if byte == UInt8(ascii: "#") && (position + 1 >= bytes.count || !RuleLexer.isIdentifierStart(bytes[position + 1])) {
                // `#` followed by a letter is a token class (#number); otherwise a comment to the end of the line.
                while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
            } else if byte == UInt8(ascii: "\\") && position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n") {
                position += 2 // line continuation
            } else {
                break
            }
        }
        guard position < bytes.count else { return RuleToken(kind: .end, offset: bytes.count, endOffset: bytes.count) }
        let start = position
        let byte = bytes[position]
        func make(_ kind: RuleToken.Kind) -> RuleToken { RuleToken(kind: kind, offset: start, endOffset: position) }

        if byte == UInt8(ascii: "\n") {
            position += 1
            return make(.newline)
        }
        if RuleLexer.isIdentifierStart(byte) {
            position += 1
            while position < bytes.count {
                let current = bytes[position]
                if RuleLexer.isIdentifierByte(current) {
                    position += 1
                } else if (current == UInt8(ascii: ".") || current == UInt8(ascii: "-")),
                          position + 1 < bytes.count, RuleLexer.isIdentifierByte(bytes[position + 1]) {
                    position += 1
                } else {
                    break
                }
            }
            return make(.identifier(String(decoding: bytes[start..<position], as: UTF8.self)))
        }
        if byte >= 48 && byte <= 57 || (byte == UInt8(ascii: "-") && position + 1 < bytes.count && bytes[position + 1] >= 48 && bytes[position + 1] <= 57) {
            position += 1
            while position < bytes.count && (bytes[position] >= 48 && bytes[position] <= 57 || bytes[position] == UInt8(ascii: ".")) { position += 1 }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            guard let value = Double(text) else { throw error("'\(text)' is not a number", at: start) }
            return make(.number(value))
        }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            let quote = byte
            position += 1
            var value: [UInt8] = []
            while true {
                guard position < bytes.count, bytes[position] != UInt8(ascii: "\n") else {
                    throw error("unterminated string: add the closing \(quote == UInt8(ascii: "\"") ? "\"" : "'") on the same line", at: start)
                }
                let current = bytes[position]
                if current == quote { position += 1; break }
                if current == UInt8(ascii: "\\") && position + 1 < bytes.count {
                    let escaped = bytes[position + 1]
                    switch escaped {
                    case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
                    case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
                    case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): value.append(escaped)
                    default: throw error("unknown escape '\\\(Character(Unicode.Scalar(escaped)))' in string (use \\\\, \\\", \\', \\n or \\t)", at: position)
                    }
                    position += 2
                    continue
                }
                value.append(current)
                position += 1
            }
            let text = String(decoding: value, as: UTF8.self)
            return make(quote == UInt8(ascii: "\"") ? .string(text) : .exactString(text))
        }
        if byte == UInt8(ascii: "/") {
            // A regex: up to the next unescaped `/` outside a character class, then flag letters.
            position += 1
            let sourceStart = position
            var inClass = false
            while true {
                guard position < bytes.count, bytes[position] != UInt8(ascii: "\n") else {
                    throw error("unterminated regex: close it with / on the same line", at: start)
                }
                let current = bytes[position]
                if current == UInt8(ascii: "\\") { position += 2; continue }
                if current == UInt8(ascii: "[") { inClass = true }
                else if current == UInt8(ascii: "]") { inClass = false }
                else if current == UInt8(ascii: "/") && !inClass { break }
                position += 1
            }
            let source = String(decoding: bytes[sourceStart..<position], as: UTF8.self)
            position += 1
            let flagsStart = position
            while position < bytes.count && bytes[position] >= 97 && bytes[position] <= 122 { position += 1 }
            let flags = String(decoding: bytes[flagsStart..<position], as: UTF8.self)
            for (index, flag) in flags.enumerated() where !"imsxu".contains(flag) {
                throw error("unknown regex flag '\(flag)' (use i, m, s, x or u)", at: flagsStart + index)
            }
            return make(.regex(source: source, flags: flags, sourceOffset: sourceStart))
        }
        // "!=", "=>", "...": compared in place (an array of strings and two byte arrays per symbol token were most of
        // the lexer's time).
        let next = position + 1 < bytes.count ? bytes[position + 1] : 0
        if byte == UInt8(ascii: "!") && next == UInt8(ascii: "=") { position += 2; return make(.symbol("!=")) }
        if byte == UInt8(ascii: "=") && next == UInt8(ascii: ">") { position += 2; return make(.symbol("=>")) }
        if byte == UInt8(ascii: "."), next == UInt8(ascii: "."), position + 2 < bytes.count, bytes[position + 2] == UInt8(ascii: ".") {
            position += 3
            return make(.symbol("..."))
        }
        if byte < 0x80, let symbol = RuleLexer.singleSymbols[Int(byte)] {
            position += 1
            return make(.symbol(symbol))
        }
        var length = 1
        while start + length < bytes.count && bytes[start + length] & 0xC0 == 0x80 { length += 1 }
        let character = String(decoding: bytes[start..<start + length], as: UTF8.self)
        throw error("unexpected character '\(character)'", at: start)
    }
}
