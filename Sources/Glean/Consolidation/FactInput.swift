import Foundation

/// A fact with the language of its document: what consolidation reads.
public struct SourcedFact: Sendable, Hashable {
    public var fact: Fact
    public var language: Language

    public init(fact: Fact, language: Language) {
        self.fact = fact
        self.language = language
    }
}

/// Reads facts back from `glean extract` output (docs/facts.md): JSON Lines, one fact per line.
public enum FactInput {
    /// The facts of a JSON Lines text. A line may carry `"lang"` (`en`, `fr`); otherwise the language comes from
    /// `languageOf(doc)`. Lines that are not facts give an error naming `source:line:column`; the others are kept.
    public static func readJSONLines(_ bytes: [UInt8], source: String, languageOf: (String) -> Language) -> (facts: [SourcedFact], diagnostics: [Diagnostic]) {
        var facts: [SourcedFact] = []
        var diagnostics: [Diagnostic] = []
        var languages: [String: Language] = [:]
        var lineNumber = 0
        var lineStart = 0
        let file = SourceFile(path: source, bytes: bytes)
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            let line = bytes[lineStart..<lineEnd]
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            var parser = JSONValueParser(bytes: line)
            do {
                let value = try parser.parseDocument()
                var (fact, language) = try fact(from: value, lineStart: lineStart)
                if language == nil {
                    if let known = languages[fact.document] { language = known } else {
                        let detected = languageOf(fact.document)
                        languages[fact.document] = detected
                        language = detected
                    }
                }
                facts.append(SourcedFact(fact: fact, language: language ?? .unknown))
            } catch let problem as FactInputProblem {
                let location = file.location(ofByte: problem.offset)
                diagnostics.append(Diagnostic(.error, "not a fact: \(problem.message); line skipped (each line must be one fact as `glean extract` writes it)",
                                              code: "input", at: location, sourceLine: file.lineText(location.line)))
            } catch {
                diagnostics.append(Diagnostic(.error, "\(error)", code: "input", at: SourceLocation(file: source, line: lineNumber, column: 1)))
            }
        }
        return (facts, diagnostics)
    }

    /// The language `LanguageDetector` gives a document file, or `.unknown` when the file cannot be read: facts
    /// do not carry their language, but their `doc` is usually the path they were extracted from.
    public static func detectLanguage(ofFile path: String) -> Language {
        guard let data = FileManager.default.contents(atPath: path) else { return .unknown }
        return [UInt8](data).withUnsafeBufferPointer { LanguageDetector.detect($0) }
    }

    static func fact(from value: (FieldValue, offsets: [String: Int]), lineStart: Int) throws -> (Fact, Language?) {
        guard case .object(let entries) = value.0 else { throw FactInputProblem(message: "not a JSON object", offset: lineStart) }
        func field(_ key: String) -> FieldValue? { entries.first { $0.key == key }?.value }
        func offset(_ key: String) -> Int { value.offsets[key] ?? lineStart }
        func string(_ key: String) throws -> String {
            guard case .string(let text)? = field(key) else { throw FactInputProblem(message: "missing \"\(key)\" (a string)", offset: offset(key)) }
            return text
        }
        let document = try string("doc"), type = try string("type"), rule = try string("rule"), text = try string("text")
        guard let span = field("span"), let start = span["start"]?.doubleValue, let end = span["end"]?.doubleValue else {
            throw FactInputProblem(message: "missing \"span\" ({\"start\": S, \"end\": E})", offset: offset("span"))
        }
        var zone = Zone.body
        if case .string(let name)? = field("zone") {
            guard let parsed = Zone(rawValue: name) else { throw FactInputProblem(message: "unknown \"zone\" '\(name)' (expected body, furniture or links)", offset: offset("zone")) }
            zone = parsed
        }
        var fields: [FieldEntry] = []
        if let value = field("fields") {
            guard case .object(let inner) = value else { throw FactInputProblem(message: "\"fields\" must be an object", offset: offset("fields")) }
            fields = inner
        }
        var language: Language? = nil
        if case .string(let lang)? = field("lang") {
            guard let parsed = Language(rawValue: lang.lowercased()) else { throw FactInputProblem(message: "unknown \"lang\" '\(lang)' (expected en or fr)", offset: offset("lang")) }
            language = parsed
        }
        let fact = Fact(document: document, type: type, rule: rule, span: TextSpan(start: Int(start), end: Int(end)),
                        byteSpan: ByteSpan(start: 0, end: 0), text: text, zone: zone, fields: fields)
        return (fact, language)
    }

    /// The fields object of a fact as stored in SQLite.
    public static func parseFields(_ text: String) -> [FieldEntry]? {
        var parser = JSONValueParser(bytes: Array(text.utf8)[...])
        guard let (value, _) = try? parser.parseDocument(), case .object(let entries) = value else { return nil }
        return entries
    }
}

struct FactInputProblem: Error {
    var message: String
    /// Byte offset in the line's file.
    var offset: Int
}

/// A small JSON parser that keeps object keys in their order (fields are written in the rule's order) and
/// integers as integers. Works on the bytes of one line.
struct JSONValueParser {
    let bytes: ArraySlice<UInt8>
    var index: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    /// The value, and where each top-level key starts (for error positions).
    mutating func parseDocument() throws -> (FieldValue, offsets: [String: Int]) {
        skipSpace()
        var offsets: [String: Int] = [:]
        let value = try parseValue(topLevelOffsets: &offsets)
        skipSpace()
        if index < bytes.endIndex { throw problem("unexpected text after the JSON value") }
        return (value, offsets)
    }

    func problem(_ message: String) -> FactInputProblem { FactInputProblem(message: message, offset: index) }

    mutating func skipSpace() {
        while index < bytes.endIndex, [32, 9, 10, 13].contains(bytes[index]) { index += 1 }
    }

    mutating func expect(_ byte: UInt8) throws {
        skipSpace()
        guard index < bytes.endIndex, bytes[index] == byte else { throw problem("expected '\(Character(UnicodeScalar(byte)))'") }
        index += 1
    }

    mutating func parseValue(topLevelOffsets: inout [String: Int]) throws -> FieldValue {
        skipSpace()
        guard index < bytes.endIndex else { throw problem("unexpected end of line") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var entries: [FieldEntry] = []
            skipSpace()
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(entries) }
            var ignored: [String: Int] = [:]
            while true {
                skipSpace()
                let keyOffset = index
                let key = try parseString()
                topLevelOffsets[key] = keyOffset
                try expect(UInt8(ascii: ":"))
                entries.append(FieldEntry(key, try parseValue(topLevelOffsets: &ignored)))
                skipSpace()
                guard index < bytes.endIndex else { throw problem("unterminated object") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(entries) }
                throw problem("expected ',' or '}' in an object")
            }
        case UInt8(ascii: "["):
            index += 1
            var items: [FieldValue] = []
            skipSpace()
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "]") { index += 1; return .list(items) }
            var ignored: [String: Int] = [:]
            while true {
                items.append(try parseValue(topLevelOffsets: &ignored))
                skipSpace()
                guard index < bytes.endIndex else { throw problem("unterminated list") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .list(items) }
                throw problem("expected ',' or ']' in a list")
            }
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return try parseNumber()
        }
    }

    mutating func literal(_ word: String) throws {
        let expected = Array(word.utf8)
        guard bytes.endIndex - index >= expected.count, Array(bytes[index..<(index + expected.count)]) == expected else {
            throw problem("unexpected character")
        }
        index += expected.count
    }

    mutating func parseNumber() throws -> FieldValue {
        let start = index
        var integral = true
        while index < bytes.endIndex {
            let byte = bytes[index]
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                index += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                integral = false
                index += 1
            } else { break }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if integral, let value = Int(text) { return .int(value) }
        guard !text.isEmpty, let value = Double(text) else { index = start; throw problem("expected a JSON value") }
        return .double(value)
    }

    mutating func parseString() throws -> String {
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") else { throw problem("expected a string") }
        index += 1
        var output: [UInt8] = []
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") { return String(decoding: output, as: UTF8.self) }
            guard byte == UInt8(ascii: "\\") else { output.append(byte); continue }
            guard index < bytes.endIndex else { break }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "n"): output.append(10)
            case UInt8(ascii: "t"): output.append(9)
            case UInt8(ascii: "r"): output.append(13)
            case UInt8(ascii: "b"): output.append(8)
            case UInt8(ascii: "f"): output.append(12)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar), bytes.endIndex - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    index += 2
                    let low = try hex4()
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                output.append(contentsOf: String(UnicodeScalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
            default: output.append(escape)
            }
        }
        throw problem("unterminated string")
    }

    mutating func hex4() throws -> UInt32 {
        guard bytes.endIndex - index >= 4, let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16) else {
            throw problem("bad \\u escape")
        }
        index += 4
        return value
    }
}
