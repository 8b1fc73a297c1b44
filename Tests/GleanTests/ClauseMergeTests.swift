import Testing
@testable import Glean

/// A prefilter clause's positions are its elements' ascending lists merged (`RulePrefilter.mergedAscending`), not
/// concatenated and sorted: the same array, duplicates kept.
@Suite("Prefilter clause positions merged")
struct ClauseMergeTests {
    @Test func mergeEqualsConcatenationSorted() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let listCount = Int.random(in: 0...7, using: &generator)
            let lists: [[Int]] = (0..<listCount).map { _ in
                let count = Int.random(in: 0...(round % 3 == 0 ? 200 : 12), using: &generator)
                return (0..<count).map { _ in Int.random(in: 0..<150, using: &generator) }.sorted()
            }
            #expect(RulePrefilter.mergedAscending(lists) == lists.flatMap { $0 }.sorted())
        }
        #expect(RulePrefilter.mergedAscending([]) == [])
        #expect(RulePrefilter.mergedAscending([[], [3, 5], []]) == [3, 5])
        #expect(RulePrefilter.mergedAscending([[1, 4, 4], [4], [0, 9]]) == [0, 1, 4, 4, 4, 9])
        // A list that is not ascending: sorted as before.
        #expect(RulePrefilter.mergedAscending([[5, 1], [3]]) == [1, 3, 5])
        #expect(RulePrefilter.isAscending([1, 1, 2]) && !RulePrefilter.isAscending([2, 1]) && RulePrefilter.isAscending([]))
    }

    /// A start node's union of its parts' positions (`TokenPatternMatcher.SortedUnion`), merged the two shortest at a
    /// time: the parts' positions sorted, each once, whatever the order and lengths of the parts.
    @Test func unionOfStartPositionsIsSortedAndDistinct() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            var union = TokenPatternMatcher.SortedUnion()
            var all = Set<Int>()
            for _ in 0..<Int.random(in: 0...9, using: &generator) {
                let count = Int.random(in: 0...(round % 2 == 0 ? 300 : 10), using: &generator)
                let part = Array(Set((0..<count).map { _ in Int.random(in: 0..<400, using: &generator) })).sorted()
                union.add(part)
                all.formUnion(part)
            }
            #expect(union.positions == all.sorted())
        }
        #expect(TokenPatternMatcher.mergedDistinct([1, 3, 3, 5], [3, 4]) == [1, 3, 4, 5])
        #expect(TokenPatternMatcher.mergedDistinct([], []) == [])
    }

    /// A rule whose clause has several elements (alternative words) finds the same matches as before on a text
    /// where the elements interleave.
    @Test func ruleWithAlternativesMatchesWhereTheyOccur() throws {
        let rules = """
        phase p
        rule signed {
          pattern: c:gaz:Country _{0,3} ("signed" | "inked" | "sealed")
          emit Signing { country: c.id }
        }
        """
        let compiled = try pack(rules)
        let text = "Japan inked a deal. Morocco signed it. Morocco sealed the pact. Japan signed it, then Morocco inked it."
        let facts = Extractor(pack: compiled).extract(Document(id: "doc", text: text, language: .en)).facts
        #expect(facts.map { $0.fields.first { $0.key == "country" }?.value } == [.string("JP"), .string("MA"), .string("MA"), .string("JP"), .string("MA")])
    }
}
