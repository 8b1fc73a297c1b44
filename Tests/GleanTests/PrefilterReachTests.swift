import Testing
@testable import Glean

/// The reach of a prefilter clause (issue #16): how far past a start its element can begin. A start whose elements
/// lie further on is not tried; what extraction finds must not change.
@Suite("Prefilter reach")
struct PrefilterReachTests {
    @Test func reachCountsTokensHitsAndAnnotationsBeforeEachClause() throws {
        let compiled = try pack("""
        phase p
        rule r {
          pattern: c:gaz:Country _{0,4} ("signed" | "ratified") ("the" | "a")? "treaty"
          emit Signing { country: c.id }
        }
        """)
        let reached = PrefilterReach.clauses(try #require({ if case .tokens(let node, _) = compiled.rules[0].body { node } else { nil } }()))
        #expect(reached.map(\.clause) == compiled.rules[0].prefilter.clauses)
        #expect(reached.map(\.reach) == [PrefilterReach(), PrefilterReach(constant: 4, gazetteer: 1), PrefilterReach(constant: 6, gazetteer: 1)])
        let rule = compiled.rules[0]
        #expect(rule.prefilterReachFloor == 4)
        #expect(rule.prefilterReaches.map { $0.bound(longestHit: 2, longestAnnotation: []) } == [0, 6, 8])
    }

    @Test func boundedStartsNeedTheirElementsWithinReach() {
        var cursors = [0]
        #expect(RulePrefilter.admits(start: 0, sentenceEnd: 400, clausePositions: [[5]], bounds: [5], cursors: &cursors))
        cursors = [0]
        #expect(RulePrefilter.admits(start: 0, sentenceEnd: 400, clausePositions: [[6]], bounds: [5], cursors: &cursors) == false)
        cursors = [0]
        #expect(RulePrefilter.admits(start: 0, sentenceEnd: 4, clausePositions: [[5]], bounds: [100], cursors: &cursors) == false)
    }

    /// The same facts with and without the bound on a long run of text without sentence punctuation, where a
    /// rule's trigger word occurs far from most of its starts; fewer steps with it.
    @Test func boundsChangeNothingFoundOnALongSentence() throws {
        let rules = """
        phase p
        rule r {
          pattern: c:gaz:Country _{0,3} "signed" ("a" | "the")? "treaty"
          emit Signing { country: c.id }
        }
        """
        let compiled = try pack(rules)
        var words: [String] = []
        for round in 0..<60 {
            words += ["Japan", "and", "Morocco", "met", "and"]
            if round % 7 == 0 { words += ["Japan", "then", "signed", "the", "treaty", "and"] }
        }
        let text = words.joined(separator: " ")
        let extractor = Extractor(pack: compiled)
        let profile = RuleProfile(pack: compiled)
        extractor.profile = profile
        let facts = extractor.extract(Document(id: "a", text: text, language: .en)).facts
        #expect(facts.count == 9)
        #expect(facts.allSatisfy { $0.text == "Japan then signed the treaty" })
        // Only the Country hits within reach of a "signed" (a hit and 3 tokens) are tried: about 120 without the bound.
        #expect(profile.entries[0][0].steps < 9 * 30)
    }
}
