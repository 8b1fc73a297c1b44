import Testing
@testable import Glean

/// Starts anchored on the first selective element (issue #16 item 1): a pattern whose first elements pass most
/// tokens (`(^ | !x) y`, `_ y`, `!x "also" y`) is run only where its anchor can follow, and finds what it found
/// when it was run at every token its first element allows.
@Suite("Anchored starts")
struct AnchoredStartTests {
    @Test func anchorAndOffsetsOfAWeakStart() throws {
        let compiled = try pack("""
        phase p
        rule r {
          pattern: (^ | !("the" | "a")) "a"? y:("signed" | c:gaz:Country) "treaty"
          emit X
        }
        rule s {
          pattern: "signed" _ "treaty"
          emit Y
        }
        """)
        let node = try #require(tokenPattern(compiled.rules[0]))
        let anchor = try #require(StartCondition.anchor(of: node))
        #expect(anchor.offsets == [0, 1, 2])
        #expect(RulePack.startKey(anchor.condition) == RulePack.startKey(.oneOf([.token(.folded(compiled.vocabulary.id(ofFolded: "signed"))), .gazetteer("Country")])))
        guard case .anchored = compiled.startNodes[compiled.rules[0].startSlot] else { Issue.record("rule r's start is not anchored"); return }
        let selective = try #require(tokenPattern(compiled.rules[1]))
        #expect(StartCondition.anchor(of: selective) == nil)
        #expect(StartCondition.tokenCounts(selective) == [3])
    }

    /// Random patterns made of first elements that pass most tokens, optional elements and zero-width `^` before an
    /// element that does not: the matches from the anchored starts are those from every token, and the anchored
    /// starts are among those of the rule's own start condition.
    @Test func anchoredStartsFindWhatEveryTokenFinds() throws {
        var generator = SystemRandomNumberGenerator()
        let weakFirst = ["!\"the\"", "_", "(^ | !\"x\")", "#word", "(^ | !(\"x\" | \"the\"))", "\"a\"? !\"x\"", "!(#punct){0,2} _", "(^ | _ | \"the\" \"a\")"]
        let middle = ["", "\"a\"?", "(\"and\" | \",\")?", "!\"x\"", "_{0,2}", "(\"the\" | _ _)"]
        let anchors = ["\"signed\"", "c:gaz:Country", "(\"treaty\" | \"accord\")", "y:(\"il\" \"y\" | \"a\" \"treaty\")", "#cap", "(^ \"the\" | \"signed\")"]
        let tails = ["", "_{0,3} \"treaty\"", "d:gaz:Country?", "(\"and\" _)*"]
        let words = ["the", "a", "x", "signed", "treaty", "accord", "Morocco", "Japan", ",", "and", "il", "y", "May", "ratified"]
        var anchoredRules = 0
        for round in 0..<60 {
            var rules = "phase p\n"
            for number in 0..<6 {
                let pattern = [weakFirst.randomElement(using: &generator)!, middle.randomElement(using: &generator)!,
                               anchors.randomElement(using: &generator)!, tails.randomElement(using: &generator)!].filter { !$0.isEmpty }.joined(separator: " ")
                rules += "rule r\(number) {\n  pattern: \(pattern)\n  emit X\(number)\n}\n"
            }
            let compiled = try pack(rules)
            for _ in 0..<4 {
                var text = ""
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    text += (0..<Int.random(in: 1...25, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ") + ". "
                }
                let analysis = DocumentAnalysis(bytes: Array(text.utf8), language: .en, pack: compiled)
                var matcher = TokenPatternMatcher(analysis: analysis, pack: compiled, annotations: [], scratch: RegexMatchScratch())
                var cache = [[Int]?](repeating: nil, count: compiled.startNodes.count)
                for rule in compiled.rules {
                    let starts = matcher.startPositions(node: rule.startSlot, of: compiled.startNodes, cache: &cache)
                    if case .anchored(let within, _, _) = compiled.startNodes[rule.startSlot] {
                        anchoredRules += 1
                        let allowed = Set(matcher.startPositions(node: within, of: compiled.startNodes, cache: &cache))
                        #expect(starts.allSatisfy(allowed.contains), "round \(round), \(rule.id): anchored starts outside the rule's start condition")
                    }
                    #expect(starts == starts.sorted() && Set(starts).count == starts.count)
                    func matches(_ starts: [Int]) -> [String] {
                        var found: [String] = []
                        matcher.resetBudget(1_000_000)
                        matcher.forEachLongestMatch(rule.program, starts: starts) { start, end, bindings in
                            found.append("\(start)-\(end):" + bindings.map { "\($0.slot)@\($0.span.start)-\($0.span.end)" }.joined(separator: ","))
                        }
                        return found
                    }
                    #expect(matches(starts) == matches(Array(0..<analysis.tokens.count)), "round \(round), \(rule.id) on \(text)")
                }
            }
        }
        #expect(anchoredRules > 100)
    }
}
