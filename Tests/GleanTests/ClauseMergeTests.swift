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

    /// The union of ascending lists from one bit per token of their span (`TokenPatternMatcher.distinctUnion`,
    /// engine29): the positions sorted, each once, for dense lists (bits), sparse ones in a long span (merged
    /// pairwise, as before) and lists out of order.
    @Test func distinctUnionIsSortedAndDistinct() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<400 {
            // Spans from a few words to far more words than positions (the merge's fallback), from any offset.
            let span = [70, 400, 5_000, 200_000][round % 4]
            let offset = round % 5 == 0 ? 0 : Int.random(in: 0..<100_000, using: &generator)
            let lists: [[Int]] = (0..<Int.random(in: 0...9, using: &generator)).map { _ in
                let count = Int.random(in: 0...(round % 3 == 0 ? 300 : 12), using: &generator)
                return (0..<count).map { _ in offset + Int.random(in: 0..<span, using: &generator) }.sorted()
            }
            #expect(TokenPatternMatcher.distinctUnion(lists) == Set(lists.joined()).sorted())
            #expect(RulePrefilter.clausePositions(lists.isEmpty ? [[]] : lists) == Set(lists.joined()).sorted()
                    || (lists.count == 1 && RulePrefilter.clausePositions(lists) == lists[0]))
        }
        #expect(TokenPatternMatcher.distinctUnion([]) == [])
        #expect(TokenPatternMatcher.distinctUnion([[], [3, 3, 5], []]) == [3, 5])
        #expect(TokenPatternMatcher.distinctUnion([[63, 64, 127], [0, 64, 128]]) == [0, 63, 64, 127, 128])
        // Out of order: still every position, sorted.
        #expect(TokenPatternMatcher.distinctUnion([[5, 1], [3, 1]]) == [1, 3, 5])
    }

    /// A clause's distinct positions admit exactly the starts its positions with duplicates (`mergedAscending`)
    /// admitted, and name the same next start when they refuse one (`RulePrefilter.nextAdmitted`).
    @Test func distinctClausePositionsAdmitTheSameStarts() {
        var generator = SystemRandomNumberGenerator()
        let tokenCount = 600
        // Sentences of 1 to 40 tokens tiling the document.
        var sentences: [Range<Int>] = [], sentenceOfToken = [Int32](repeating: 0, count: tokenCount)
        var start = 0
        while start < tokenCount {
            let end = min(tokenCount, start + Int.random(in: 1...40, using: &generator))
            for token in start..<end { sentenceOfToken[token] = Int32(sentences.count) }
            sentences.append(start..<end)
            start = end
        }
        for round in 0..<200 {
            let clauses: [[[Int]]] = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                    (0..<Int.random(in: 0...(round % 2 == 0 ? 60 : 6), using: &generator)).map { _ in Int.random(in: 0..<tokenCount, using: &generator) }.sorted()
                }
            }
            let bounds: [Int] = round % 3 == 0 ? [] : clauses.map { _ in Int.random(in: 0...12, using: &generator) }
            // Every start in order, then some at random (a cursor moved back).
            let starts = Array(0..<tokenCount) + (0..<50).map { _ in Int.random(in: 0..<tokenCount, using: &generator) }
            func answers(_ positions: [[Int]]) -> [Int] {
                // The clauses in one pool, read through buffer pointers, as `Extractor` reads them.
                let pool = positions.flatMap { $0 }
                var spans: [Range<Int>] = [], offset = 0
                for list in positions { spans.append(offset..<(offset + list.count)); offset += list.count }
                var cursors = [Int](repeating: 0, count: positions.count)
                var result: [Int] = []
                pool.withUnsafeBufferPointer { pool in
                    let buffers = spans.map { UnsafeBufferPointer(rebasing: pool[$0]) }
                    buffers.withUnsafeBufferPointer { clauses in
                        bounds.withUnsafeBufferPointer { bounds in
                            cursors.withUnsafeMutableBufferPointer { cursors in
                                sentences.withUnsafeBufferPointer { sentences in
                                    sentenceOfToken.withUnsafeBufferPointer { sentenceOfToken in
                                        for start in starts {
                                            result.append(RulePrefilter.nextAdmitted(start: start, sentenceEnd: sentences[Int(sentenceOfToken[start])].upperBound,
                                                                                     clauses: clauses, bounds: bounds, cursors: cursors, sentencesTile: true,
                                                                                     sentences: sentences, sentenceOfToken: sentenceOfToken))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                return result
            }
            #expect(answers(clauses.map(RulePrefilter.mergedAscending)) == answers(clauses.map(RulePrefilter.clausePositions)))
        }
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
