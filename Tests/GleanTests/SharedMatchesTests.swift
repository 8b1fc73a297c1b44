import Testing
@testable import Glean

/// Token rules of one phase with the same pattern (issue #16): a document matches the pattern once and every rule
/// of the class takes those matches, each with its own focus, fields, zones and group. What is found must not change.
@Suite("Shared matches")
struct SharedMatchesTests {
    static let rules = """
    macro CLAUSE = a:gaz:Country _{0,3} "signed" ("a" | "the")? t:"treaty"
    phase p
    rule first {
      pattern: $CLAUSE
      emit Signing { country: a.id }
    }
    rule other_pattern {
      pattern: a:gaz:Country _{0,3} "ratified"
      emit Ratifying { country: a.id }
    }
    rule second {
      pattern: $CLAUSE
      focus: t
      mark Instrument { word: t.text }
    }
    rule third {
      pattern: $CLAUSE
      mark Signer { country: a.id }
    }
    """

    @Test func rulesOfOnePatternShareOneClass() throws {
        let compiled = try pack(SharedMatchesTests.rules)
        let rules = compiled.phases[0].rules
        #expect(rules.map(\.matchShareClass) == [0, -1, 0, 0])
        #expect(rules.map(\.sharesPatternWith) == [nil, nil, "first", "first"])
        #expect(compiled.matchShareClassCount == 1)
    }

    @Test func sharedMatchesGiveEachRuleItsFacts() throws {
        let compiled = try pack(SharedMatchesTests.rules)
        var words: [String] = []
        for round in 0..<40 {
            words += ["Japan", "and", "Morocco", "met", "and"]
            if round % 9 == 0 { words += ["Japan", "then", "signed", "the", "treaty", "and", "Morocco", "ratified", "it"] }
        }
        let extractor = Extractor(pack: compiled)
        let profile = RuleProfile(pack: compiled)
        extractor.profile = profile
        let result = extractor.extract(Document(id: "a", text: words.joined(separator: " "), language: .en), includeMarks: true)
        let byType = Dictionary(grouping: result.facts, by: \.type)
        #expect(byType["Signing"]?.count == 5)
        #expect(byType["Signing"]?.allSatisfy { $0.text == "Japan then signed the treaty" } == true)
        #expect(byType["Instrument"]?.count == 5)
        #expect(byType["Instrument"]?.allSatisfy { $0.text == "treaty" } == true)
        #expect(byType["Signer"]?.count == 5)
        #expect(byType["Ratifying"]?.count == 5)
        // The pattern was matched once: the class's other rules took no step and tried no start.
        let entries = profile.entries[0]
        #expect(entries[0].steps > 0 && entries[0].starts > 0)
        #expect(entries[2].steps == 0 && entries[2].starts == 0 && entries[2].candidates == 5)
        #expect(entries[3].steps == 0 && entries[3].starts == 0 && entries[3].candidates == 5)
    }

    /// Explaining matches every rule itself, to record where each failed.
    @Test func explainingMatchesEachRule() throws {
        let compiled = try pack(SharedMatchesTests.rules)
        let extractor = Extractor(pack: compiled)
        let profile = RuleProfile(pack: compiled)
        extractor.profile = profile
        extractor.trace = ExtractionTrace()
        _ = extractor.extract(Document(id: "a", text: "Japan then signed the treaty.", language: .en), includeMarks: true)
        let entries = profile.entries[0]
        #expect([0, 2, 3].allSatisfy { entries[$0].steps > 0 && entries[$0].candidates == 1 })
    }
}
