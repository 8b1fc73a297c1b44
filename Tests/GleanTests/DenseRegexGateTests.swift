import Foundation
import Testing
@testable import Glean

/// A regex rule's gate met more than once in `RegexGate.denseWindows` bytes of a document searches more windows than one
/// scan costs: that document is scanned whole, with the same matches.
@Suite("Dense regex gates")
struct DenseRegexGateTests {
    static let rules = """
    phase p
    rule signed {
      regex: /several\\s+agreements/
      mark Several { at: true }
    }
    """

    static func run(_ compiled: RulePack, _ text: String) -> (facts: [Fact], starts: Int, candidates: Int) {
        let extractor = Extractor(pack: compiled)
        let profile = RuleProfile(pack: compiled)
        extractor.profile = profile
        let facts = extractor.extract(Document(id: "doc", text: text, language: .en), includeMarks: true).facts
        return (facts, profile.entries[0][0].starts, profile.entries[0][0].candidates)
    }

    /// The texts PCRE2 finds scanning the whole text.
    static func whole(_ compiled: RulePack, _ text: String) throws -> [String] {
        let rule = try #require(compiled.phases.flatMap(\.rules).first)
        guard case .regex(let regex, _) = rule.body else { Issue.record("not a regex rule"); return [] }
        let bytes = Array(text.utf8)
        let ranges = try bytes.withUnsafeBufferPointer { buffer in try RegexMatchScratch().allMatches(of: regex, in: buffer).map(\.range) }
        return ranges.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func aSparseGateSearchesItsWindowsADenseOneScansWhole() throws {
        let compiled = try pack(DenseRegexGateTests.rules)
        let rule = try #require(compiled.phases.flatMap(\.rules).first)
        #expect(!rule.scansWholeText, "the rule is gated")
        // One "several" in 90 bytes: its one window is searched.
        let sparse = "The ministers signed several agreements in Rabat on Monday, and they met the press afterwards."
        let few = DenseRegexGateTests.run(compiled, sparse)
        #expect(few.candidates == 1 && few.starts == 1, "\(few)")
        // "several" every seven bytes: one scan of the text (a search per match, and the one that finds none).
        let dense = String(repeating: "several", count: 40) + " agreements, several agreements and several agreements."
        let many = DenseRegexGateTests.run(compiled, dense)
        #expect(many.candidates == 3 && many.starts == 4, "\(many)")
        #expect(many.facts.map(\.text) == (try DenseRegexGateTests.whole(compiled, dense)), "\(many.facts.map(\.text))")
        #expect(few.facts.map(\.text) == (try DenseRegexGateTests.whole(compiled, sparse)), "\(few.facts.map(\.text))")
    }
}
