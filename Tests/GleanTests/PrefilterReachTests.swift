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
        let reached = PrefilterReach.clauses(try #require(tokenPattern(compiled.rules[0])))
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

    /// Skipping the starts `RulePrefilter.nextAdmitted` says cannot be admitted, as `forEachLongestMatch` does, visits
    /// exactly the starts the test per start admits, in order: with bounds and without, sentences tiling the tokens
    /// (the sentence skip) or not, starts dense (`!x`, `_`) or sparse.
    @Test func skippedStartsAreThoseNoClauseAdmits() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<600 {
            let tokenCount = Int.random(in: 1...60, using: &generator)
            // Sentences: cut points over the tokens (tiling), or, every fourth round, ranges that leave tokens out.
            var cuts = Set((0..<Int.random(in: 0...6, using: &generator)).map { _ in Int.random(in: 1...tokenCount, using: &generator) })
            cuts.insert(tokenCount)
            var sentences: [Range<Int>] = []
            var previous = 0
            for cut in cuts.sorted() where cut > previous { sentences.append(previous..<cut); previous = cut }
            if round % 4 == 0 && sentences.count > 1 { sentences[0] = sentences[0].lowerBound..<max(sentences[0].lowerBound, sentences[0].upperBound - 1) }
            var sentenceOfToken = [Int32](repeating: 0, count: tokenCount)
            for (index, range) in sentences.enumerated() { for token in range { sentenceOfToken[token] = Int32(index) } }
            let tile = sentences.first?.lowerBound == 0 && sentences.last?.upperBound == tokenCount
                && !sentences.indices.dropFirst().contains { sentences[$0].lowerBound != sentences[$0 - 1].upperBound }
            let clauses = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                Array(Set((0..<Int.random(in: 0...5, using: &generator)).map { _ in Int.random(in: 0..<tokenCount, using: &generator) })).sorted()
            }
            let bounds = round % 2 == 0 ? [] : clauses.map { _ in Int.random(in: 0...6, using: &generator) }
            let starts = round % 3 == 0 ? Array(0..<tokenCount)
                : Array(Set((0..<Int.random(in: 0...tokenCount, using: &generator)).map { _ in Int.random(in: 0..<tokenCount, using: &generator) })).sorted()
            func end(_ start: Int) -> Int { sentences[Int(sentenceOfToken[start])].upperBound }
            var expected: [Int] = []
            var cursors = [Int](repeating: 0, count: clauses.count)
            for start in starts where bounds.isEmpty ? RulePrefilter.admits(start: start, sentenceEnd: end(start), clausePositions: clauses, cursors: &cursors)
                                                     : RulePrefilter.admits(start: start, sentenceEnd: end(start), clausePositions: clauses, bounds: bounds, cursors: &cursors) {
                expected.append(start)
            }
            var visited: [Int] = []
            cursors = [Int](repeating: 0, count: clauses.count)
            let buffers = clauses.map { clause in UnsafeBufferPointer(start: UnsafeMutablePointer<Int>.allocate(capacity: max(1, clause.count)), count: clause.count) }
            for (buffer, clause) in zip(buffers, clauses) { for (index, position) in clause.enumerated() { UnsafeMutablePointer(mutating: buffer.baseAddress!)[index] = position } }
            defer { for buffer in buffers { buffer.baseAddress!.deallocate() } }
            buffers.withUnsafeBufferPointer { clauseBuffers in
                bounds.withUnsafeBufferPointer { bounds in
                    cursors.withUnsafeMutableBufferPointer { cursors in
                        sentences.withUnsafeBufferPointer { sentences in
                            sentenceOfToken.withUnsafeBufferPointer { sentenceOfToken in
                                var index = 0
                                while index < starts.count {
                                    let start = starts[index]
                                    let next = RulePrefilter.nextAdmitted(start: start, sentenceEnd: sentences[Int(sentenceOfToken[start])].upperBound, clauses: clauseBuffers,
                                                                          bounds: bounds, cursors: cursors, sentencesTile: tile, sentences: sentences, sentenceOfToken: sentenceOfToken)
                                    if next == start { visited.append(start); index += 1; continue }
                                    #expect(next > start)
                                    while index < starts.count && starts[index] < next { index += 1 }
                                }
                            }
                        }
                    }
                }
            }
            #expect(visited == expected, "clauses \(clauses) bounds \(bounds) sentences \(sentences) starts \(starts)")
        }
    }

    /// Start positions and prefilter positions of annotation types are kept from phase to phase and found again only
    /// after a phase added annotations of their type: a rule starting at `@A` (or needing one) sees the marks of every
    /// phase before it, including those added after another rule read them, and none of its own phase's.
    @Test func annotationPositionsFollowThePhasesThatAddThem() throws {
        let rules = """
        phase one
        rule a1 {
          pattern: "alpha"
          mark A { n: "1" }
        }
        phase two
        rule b2 {
          pattern: x:@A "beta"
          emit B { at: "two" }
        }
        rule c2 {
          pattern: "gamma" x:@A
          emit C { at: "two" }
        }
        phase three
        rule a3 {
          pattern: "delta"
          mark A { n: "3" }
        }
        rule b3 {
          pattern: x:@A "beta"
          emit B3 { at: "three" }
        }
        phase four
        rule b4 {
          pattern: x:@A "beta"
          emit B4 { at: "four" }
        }
        rule c4 {
          pattern: "gamma" x:@A
          emit C4 { at: "four" }
        }
        """
        let text = "alpha beta. delta beta. gamma alpha. gamma delta."
        let facts = try extract(rules, text, language: .en)
        func texts(_ type: String) -> [String] { facts.filter { $0.type == type }.map(\.text).sorted() }
        #expect(texts("B") == ["alpha beta"])
        #expect(texts("C") == ["gamma alpha"])
        #expect(texts("B3") == ["alpha beta"])  // phase three's own "delta" mark is not seen in phase three
        #expect(texts("B4") == ["alpha beta", "delta beta"])
        #expect(texts("C4") == ["gamma alpha", "gamma delta"])
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
