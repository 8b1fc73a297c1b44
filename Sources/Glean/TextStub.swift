// TEMPORARY stand-in for the Text layer while it is being written; deleted when Text/ lands.
import Foundation
public struct ByteSpan: Hashable, Sendable, Codable { public var start: Int; public var end: Int
  public init(start: Int, end: Int) { self.start = start; self.end = end }
  public var isEmpty: Bool { start >= end }; public var length: Int { end - start } }
public enum Language: String, Sendable, Codable, CaseIterable { case en, fr, unknown }
public enum Zone: String, Sendable, Codable { case body, furniture }
public struct DecodingIssue: Sendable, Equatable { public var byteOffset: Int; public var message: String }
public struct PreparedText: Sendable {
  public let original: [UInt8]; public let normalized: [UInt8]; public let decodingIssues: [DecodingIssue]
  public init(bytes: [UInt8]) { let s = String(decoding: bytes, as: UTF8.self); original = Array(s.utf8); normalized = original; decodingIssues = [] }
  public init(string: String) { self.init(bytes: Array(string.utf8)) }
  public func originalOffset(ofNormalized offset: Int) -> Int { offset }
  public func originalSpan(ofNormalized span: ByteSpan) -> ByteSpan { span }
}
public enum TokenKind: UInt8, Sendable { case word, number, time, punctuation, symbol }
public struct TokenFlags: OptionSet, Sendable { public let rawValue: UInt8; public init(rawValue: UInt8) { self.rawValue = rawValue }
  public static let spaceBefore = TokenFlags(rawValue: 1); public static let lineStart = TokenFlags(rawValue: 2)
  public static let capitalized = TokenFlags(rawValue: 4); public static let allUppercase = TokenFlags(rawValue: 8)
  public static let paragraphStart = TokenFlags(rawValue: 16) }
public struct Token: Sendable, Equatable { public var start: Int32; public var end: Int32; public var kind: TokenKind; public var flags: TokenFlags
  public var span: ByteSpan { ByteSpan(start: Int(start), end: Int(end)) } }
public struct Tokenizer: Sendable {
  public init(language: Language) {}
  public func tokenize(_ text: [UInt8]) -> [Token] { text.withUnsafeBufferPointer { tokenize($0) } }
  public func tokenize(_ text: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []; var i = 0; let n = text.count
    func isAlnum(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80 }
    var space = true
    while i < n { let b = text[i]
      if b == 32 || b == 10 || b == 9 || b == 13 { space = true; i += 1; continue }
      let s = i
      if isAlnum(b) { while i < n && isAlnum(text[i]) { i += 1 } } else { i += 1 }
      let isNum = text[s] >= 48 && text[s] <= 57
      var f: TokenFlags = space ? [.spaceBefore] : []
      if text[s] >= 65 && text[s] <= 90 { f.insert(.capitalized) }
      tokens.append(Token(start: Int32(s), end: Int32(i), kind: isNum ? .number : (isAlnum(b) ? .word : .punctuation), flags: f)); space = false }
    return tokens }
}
public struct SentenceSplitter: Sendable { public init(language: Language) {}
  public func split(tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var out: [Range<Int>] = []; var s = 0
    for (i, t) in tokens.enumerated() where t.end - t.start == 1 && (text[Int(t.start)] == 46) { out.append(s..<(i+1)); s = i + 1 }
    if s < tokens.count { out.append(s..<tokens.count) }; return out } }
public enum LanguageDetector { public static func detect(_ text: UnsafeBufferPointer<UInt8>) -> Language {
  let s = String(decoding: text, as: UTF8.self); return s.contains(" le ") || s.contains(" les ") ? .fr : .en } }
public struct ZoneMap: Sendable { public static func detect(text: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> ZoneMap { ZoneMap(bodySpans: [ByteSpan(start: 0, end: text.count)]) }
  public func zone(at byteOffset: Int) -> Zone { .body }; public var bodySpans: [ByteSpan] }
public struct ScalarOffsetConverter { let text: [UInt8]; public init(text: [UInt8]) { self.text = text }
  public func scalarOffsets(ofSortedByteOffsets o: [Int]) -> [Int] { o.map(scalarOffset(ofByteOffset:)) }
  public func scalarOffset(ofByteOffset b: Int) -> Int { var c = 0; for i in 0..<min(b, text.count) where text[i] & 0xC0 != 0x80 { c += 1 }; return c } }
public enum Folding {
  public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) { output.append(contentsOf: Array(fold(String(decoding: bytes, as: UTF8.self)).utf8)) }
  public static func fold(_ string: String) -> String { string.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased() } }
