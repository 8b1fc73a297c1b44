import Foundation
import Testing
@testable import Glean

/// Matching cost grows with the text, not faster: long unpunctuated text, many candidates, whole-text regexes.
@Suite("Scaling: cost linear in the text")
struct ScalingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func shippedPack() throws -> RulePack {
        try RulePack.load(rulesDirectory: root.appendingPathComponent("Rules").path,
                          gazetteerDirectory: root.appendingPathComponent("Gazetteers").path)
    }

    /// The shipped pack and the text of the first seed article (sorted by name).
    static func shippedPackAndFirstSeed() throws -> (RulePack, String) {
        let seeds = root.appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted().first)
        return (try shippedPack(), try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8))
    }

    /// Matcher steps plus context-lookup items for one document, per token.
    func costPerToken(_ compiled: RulePack, _ text: String) -> Double {
        let extractor = Extractor(pack: compiled)
        let profile = RuleProfile(pack: compiled)
        extractor.profile = profile
        let document = Document(id: "doc", text: text, language: .en)
        let result = extractor.extract(document)
        #expect(!result.facts.isEmpty)
        let steps = profile.entries.flatMap { $0 }.reduce(0) { $0 + $1.steps }
        let tokens = Tokenizer(language: .en).tokenize(Array(text.utf8)).count
        return Double(steps + extractor.contextItemsExamined) / Double(tokens)
    }

    @Test func ruleCostPerTokenDoesNotGrowWithSentenceLength() throws {
        let compiled = try pack("""
        phase p
        rule signed {
          pattern: c:gaz:Country _{0,4} "signed"
          emit Signing { country: c.id, others: in_sentence("Country", "id"), first: nearest_in_sentence("Country", "id") }
        }
        """)
        // One sentence (no punctuation at all) of 250 phrases, then of 1,000 and 4,000.
        let phrase = "Morocco and Japan signed the text in May and "
        let costs = [250, 1_000, 4_000].map { costPerToken(compiled, String(repeating: phrase, count: $0)) }
        #expect(costs[1] <= costs[0] * 1.15, "\(costs)")
        #expect(costs[2] <= costs[0] * 1.15, "\(costs)")
    }

    /// `latest_before` reads a phase's table of the starts where its (type, field) has a value, by bisection: its
    /// cost does not grow with the sentences and marks before the match. Here every sentence has a mark of the type
    /// without the field, and the one value lies in the first sentence: a lookup that walked back over the earlier
    /// sentences and scanned their marks (as before the fifteenth session) cost the number of sentences before it.
    @Test func latestBeforeCostDoesNotGrowWithTheTextBeforeIt() throws {
        let compiled = try pack("""
        phase marks
        rule side {
          pattern: c:gaz:Country "signed"
          mark Side { country: c.id }
        }
        rule bare {
          pattern: "talks"
          mark Side { kind: "talks" }
        }
        phase p
        rule met {
          pattern: "met"
          emit Meeting { side: latest_before("Side", "country"), near: nearest_before("Side", "country") }
        }
        """)
        func examinedPerSentence(_ sentences: Int, japanAt: Int) -> Double {
            var text = "Morocco signed the text. "
            for index in 0..<sentences { text += index == japanAt ? "Japan signed and the talks went on. " : "The talks went on and they met again. " }
            let extractor = Extractor(pack: compiled)
            let facts = extractor.extract(Document(id: "doc", text: text, language: .en)).facts
            #expect(facts.count == sentences - 1)
            for (index, fact) in facts.enumerated() {
                // The nearest value before each match: Morocco's, then Japan's once Japan signed; `nearest_before`
                // reads two sentences back at most.
                let phrase = index < japanAt ? index : index + 1
                #expect(fact.fields.first { $0.key == "side" }?.value == .string(phrase < japanAt ? "MA" : "JP"))
                let near: FieldValue? = phrase <= 1 ? .string("MA") : phrase == japanAt + 1 || phrase == japanAt + 2 ? .string("JP") : nil
                #expect(fact.fields.first { $0.key == "near" }?.value == near, "\(phrase)")
            }
            return Double(extractor.contextItemsExamined) / Double(sentences)
        }
        // Past what a lookup scans before it reads the table (`Extractor.nearestScanSpan`: 1,200 tokens, 9 a sentence).
        let costs = [400, 1_600, 6_400].map { examinedPerSentence($0, japanAt: $0 / 2) }
        #expect(costs[1] <= costs[0] * 1.1, "\(costs)")
        #expect(costs[2] <= costs[0] * 1.1, "\(costs)")
    }

    /// CPU time of this thread, in seconds: what the test itself spends, not the wait for a core on a loaded machine.
    func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Extraction time per token of a pack whose only rule merges its mentions as occasions (`merge: …, !sentence`):
    /// the best of three runs.
    func mergeSecondsPerToken(_ compiled: RulePack, _ text: String) -> Double {
        let document = Document(id: "doc", text: text, language: .en)
        let tokens = Tokenizer(language: .en).tokenize(Array(text.utf8)).count
        var best = Double.infinity
        for _ in 0..<3 {
            let extractor = Extractor(pack: compiled)
            let started = threadSeconds()
            let facts = extractor.extract(document).facts
            best = min(best, threadSeconds() - started)
            // One sentence: every mention has another in its sentence, so none joins an earlier thing (a phrase
            // the splitter's cap at 400 tokens cuts in two is not matched).
            let mentions = text.components(separatedBy: "summit").count - 1
            #expect(facts.count <= mentions && facts.count >= mentions - tokens / SentenceSplitter.maximumTokens)
        }
        return best / Double(tokens)
    }

    /// Merging `!sentence` mentions stays linear on a page without a full stop: finding a mention's sentence and the
    /// members of a thing in it must not scan back to the start of the page (0c12ba6 fixed a quadratic merge there:
    /// a 1 MB line took 308 s). Timed on this thread's CPU, as the merge keeps no step count; a quadratic merge costs
    /// four times as much per token on the four times longer line, a linear one about the same.
    @Test func mergeCostPerTokenDoesNotGrowWithSentenceLength() throws {
        let compiled = try pack("""
        phase p
        rule beside {
          merge: kind, !sentence
          pattern: "sidelines" "of" "the" "summit"
          emit Meeting { kind: "summit" }
        }
        """)
        // One sentence (no punctuation) of 200 phrases (10 KB, past the merger's 8 KB look-back) and of 800.
        let phrase = "met his counterpart on the sidelines of the summit "
        let costs = [200, 800].map { mergeSecondsPerToken(compiled, String(repeating: phrase, count: $0)) }
        #expect(costs[1] <= costs[0] * 2.2, "\(costs)")
    }

    @Test func longSentencesAreCappedAtTheBestBoundary() {
        var text = String(repeating: "trade rose and ", count: 100)  // 300 tokens
        text += "exports fell; "
        text += String(repeating: "imports rose and ", count: 100)
        let bytes = Array(text.utf8)
        let tokens = Tokenizer(language: .en).tokenize(bytes)
        let sentences = bytes.withUnsafeBufferPointer { SentenceSplitter(language: .en).split(tokens: tokens, text: $0) }
        #expect(sentences.allSatisfy { $0.count <= SentenceSplitter.maximumTokens })
        if let first = sentences.first {
            #expect(bytes[Int(tokens[first.upperBound - 1].start)] == UInt8(ascii: ";"), "cut after the semicolon")
        }
        #expect(sentences.first?.lowerBound == 0 && sentences.last?.upperBound == tokens.count)
        for (a, b) in zip(sentences, sentences.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    }

    @Test func regexGatesAreReadFromThePattern() {
        let year = RegexGate.of(pattern: #"(?<![0-9])(?<y>(?:1[5-9]|20)[0-9]{2})-(?<m>0[1-9]|1[0-2])"#, caseless: false, unicodeClasses: false, dotAll: false)
        // The hyphen (rare in text) four bytes in, rather than the digit at the start (common).
        #expect(year?.reach == 4)
        #expect(year.map { gate in (0...255).filter { gate.bytes.contains(UInt8($0)) } } == [UInt8(ascii: "-")].map(Int.init))
        // Letters then a digit: the digit is the gate, up to 9 letters of at most 4 bytes after the start.
        let glued = RegexGate.of(pattern: #"(?<![\w\/-])(?<m>\p{L}{3,9})(?<d>[0-9]{1,2})"#, caseless: false, unicodeClasses: false, dotAll: false)
        #expect(glued?.reach == 36)
        // Nothing selective (a word character, then anything): no gate.
        #expect(RegexGate.of(pattern: #"(\w+\s?)+[;:]"#, caseless: false, unicodeClasses: false, dotAll: false) == nil)
        #expect(RegexGate.of(pattern: #"(?x) [0-9]"#, caseless: false, unicodeClasses: false, dotAll: false) == nil)
        #expect(RegexGate.of(pattern: #"\G[0-9]"#, caseless: false, unicodeClasses: false, dotAll: false) == nil)
    }

    /// Literal gates: the strings a pattern's words can be, folded when caseless, with the bytes before them.
    @Test func literalGatesAreReadFromThePattern() throws {
        func gate(_ pattern: String, _ options: RegexOptions = []) throws -> GatedRegex.Gate? {
            try RegexGate.windows(of: CompiledRegex(pattern, options: options))
        }
        guard case .literals(let words, let caseless) = try gate(#"(?<![\p{L}])(?:agreements?|Accords?)\b"#) else {
            Issue.record("a word alternation has a literal gate"); return
        }
        // (The plural's "s?" adds nothing a match must hold: "agreement" alone is the cheaper gate.)
        #expect(!caseless && Set(words.literals) == Set(["agreement", "Accord"].map { Array($0.utf8) }) && words.reach == 0, "\(words)")
        guard case .literals(let folded, true) = try gate(#"(?i)\b(?:plusieurs|SEVERAL)\s+(?:\p{L}+\s+){0,2}?accords\b"#) else {
            Issue.record("a caseless word alternation has a literal gate"); return
        }
        #expect(Set(folded.literals) == Set(["plusieurs", "several"].map { Array($0.utf8) }), "\(folded)")
        // After a bounded class, the reach counts its longest match; a caseless letter outside ASCII ends a literal.
        guard case .literals(let after, true) = try gate(#"(?i)m[ée]morandums?"#) else { Issue.record("m[ée]morandum"); return }
        #expect(after.literals == [Array("morandum".utf8)] && after.reach == 8, "\(after)")
        // No literal: a letter class repeated without bound before the word.
        if case .literals = try gate(#"\p{L}+ment"#) { Issue.record("no literal gate past an unbounded repeat") }
    }

    /// Every gated regex rule of the shipped pack finds exactly what a scan of the whole text finds.
    @Test func gatedRegexRulesFindWhatWholeTextScansFind() throws {
        let shipped = try ScalingTests.shippedPack()
        var texts = try FileManager.default.contentsOfDirectory(atPath: ScalingTests.root.appendingPathComponent("seeds").path).sorted()
            .map { try String(contentsOf: ScalingTests.root.appendingPathComponent("seeds").appendingPathComponent($0), encoding: .utf8) }
        // Dense digits, dates and marks glued together, at the start and the end of the text.
        texts.append("2024-05-31 12/05/2024 12.05.24 1er mai 2024 on 5.12, mid-2023 Sept12, 2024 3-mai-2024 1990-2000 ½ −5 .5 2e10 ")
        texts.append(String(repeating: "12 3/4 2023–2024 on the 3rd. le 12 et 20240531 Jan-2024-05 x½ ", count: 50) + "2024")
        texts.append("é2024 ſ12 K2023 — 7/8")
        // Words of the literal gates glued, cased and cut in every way (KELVIN SIGN and LONG S in the last text).
        texts.append("AGREEMENTS signed.Several agreements. plusieurs accords; l'Accord-cadre memorandums MÉMORANDUM 2 accords. Le premier concerne la pêche. soir à 9 heures, la veille.")
        texts.append("several memoranda \u{212A}ey agreement\u{17F} soir à 7h")
        let scratch = RegexMatchScratch()
        var gated = 0, literal = 0
        for rule in shipped.rules {
            guard case .regex(let regex, _) = rule.body, let gate = rule.regexGate else { continue }
            gated += 1
            for text in texts {
                var copy = text
                try copy.withUTF8 { buffer in
                    let whole = try scratch.allMatches(of: regex, in: buffer)
                    let positions: [Int32]
                    switch gate.gate {
                    case .bytes:
                        positions = RegexGate.positions(in: buffer, table: shipped.regexGateTables[gate.slot])
                        // The one-pass scan for all gates, which extraction uses, finds the same positions.
                        #expect(RegexGate.positions(in: buffer, tables: shipped.regexGateTables)[gate.slot] == positions, "\(rule.id)")
                    case .literals(_, let caseless):
                        literal += 1
                        guard let found = shipped.literalScanner.positions(in: buffer)[gate.slot] else {
                            // Only a caseless gate gives up, and only on a text with KELVIN SIGN or LONG S.
                            #expect(caseless && (text.contains("\u{212A}") || text.contains("\u{17F}")), "\(rule.id)")
                            return
                        }
                        positions = found
                    }
                    var searches = 0
                    let windows = try RegexGate.allMatches(of: gate.regex, reach: gate.reach, positions: positions, in: buffer, scratch: scratch, searches: &searches)
                    #expect(whole.map(\.groups) == windows.map(\.groups), "\(rule.id)")
                }
            }
        }
        #expect(gated >= 10, "most regex rules of the shipped pack have a gate")
        #expect(literal > 0, "some regex rules of the shipped pack have a literal gate")
    }

    /// Every token rule of the shipped pack starts where its start condition says, when its positions come from the
    /// pack's numbered start nodes through one cache shared by all the rules (`RulePack.startNodes`).
    @Test func sharedStartNodesFindWhatEachConditionFinds() throws {
        let (shipped, text) = try ScalingTests.shippedPackAndFirstSeed()
        let analysis = DocumentAnalysis(bytes: Array(text.utf8), language: nil, pack: shipped)
        // An annotation of every type the rules make, at tokens that differ by type, so conditions that read
        // annotations have positions too.
        let types = Array(Set(shipped.rules.map(\.emitType))).sorted()
        var annotations: [Annotation] = []
        for (number, type) in types.enumerated() {
            for start in stride(from: number % 7, to: analysis.tokens.count, by: 7 + number % 5) {
                annotations.append(Annotation(type: type, rule: 0, ruleID: "r", phase: 0, span: analysis.byteSpan(tokens: start..<start + 1),
                                              tokens: start..<start + 1, fields: [], isFact: false))
            }
        }
        let matcher = TokenPatternMatcher(analysis: analysis, pack: shipped, annotations: annotations, scratch: RegexMatchScratch())
        var cache = [[Int]?](repeating: nil, count: shipped.startNodes.count)
        var tokenRules = 0, unions = 0, anchored = 0
        for rule in shipped.rules {
            guard case .tokens(let node, _) = rule.body else { continue }
            tokenRules += 1
            if case .union = shipped.startNodes[rule.startSlot] { unions += 1 }
            let positions = matcher.startPositions(node: rule.startSlot, of: shipped.startNodes, cache: &cache)
            if case .anchored(let within, _, let offsets) = shipped.startNodes[rule.startSlot] {
                // An anchored start (`StartCondition.anchor(of:)`): the condition's positions that lie one of the offsets
                // before a position of the anchor's condition.
                anchored += 1
                let allowed = matcher.startPositions(rule.startCondition)
                #expect(matcher.startPositions(node: within, of: shipped.startNodes, cache: &cache) == allowed, "\(rule.id)")
                let anchor = try #require(StartCondition.anchor(of: node), "\(rule.id)")
                #expect(anchor.offsets == offsets)
                let anchors = Set(matcher.startPositions(anchor.condition))
                #expect(positions == allowed.filter { start in offsets.contains { anchors.contains(start + $0) } }, "\(rule.id)")
            } else {
                #expect(positions == matcher.startPositions(rule.startCondition), "\(rule.id)")
            }
        }
        #expect(tokenRules > 100 && unions > 10, "the shipped pack has token rules that start with alternatives")
        #expect(anchored > 5, "the shipped pack has token rules whose first element passes most tokens")
    }

    /// Start token tests find their tokens from the document's indexes (the start regexes all at once from the
    /// tokens' forms, `!x` as the complement, `(a | b)` as the union): the same tokens the per-token test passes, for
    /// every start test of the shipped pack, on a seed and on text of every kind of token, with the extractor's memo
    /// (forms met in an earlier document, a token too long for a form) and without.
    @Test func startTestsFindWhatTheTokenTestPasses() throws {
        let (shipped, seed) = try ScalingTests.shippedPackAndFirstSeed()
        let mixed = "Le 3 mars 2024, l'ÉTAT a signé 12,5 M€ ; « Über » 08.08.2024 #tag @user 14h30 1er 2e $5 (US) -- Ça, à 21:45 "
            + "Q3 mid-2023 COVID-19 G-20 aujourd'hui O'Brien don't 3rd 1,000.5 ... ! ? % & * + = < > [ ] { } | ~ ^ _ / Janvier JAN jan."
        var leaves: [TokenTest] = []
        for node in shipped.startNodes { if case .leaf(.token(let test)) = node { leaves.append(test) } }
        #expect(leaves.count > 50, "the shipped pack starts rules with many token tests")
        var kinds = Set<String>()
        let memo = TokenRegexMemo()
        let long = String(repeating: "2024", count: 20) + " " + String(repeating: "Ab", count: 30)
        for (text, memoised) in [(seed, false), (mixed, false), (seed, true), (mixed + " " + long, true), (String(repeating: mixed + " ", count: 3), true)] {
            let analysis = DocumentAnalysis(bytes: Array(text.utf8), language: nil, pack: shipped)
            if memoised { memo.reset(slots: shipped.tokenRegexCount, tokenCount: analysis.tokens.count) }
            let matcher = TokenPatternMatcher(analysis: analysis, pack: shipped, annotations: [], scratch: RegexMatchScratch(),
                                              regexMemo: memoised ? memo : nil)
            // The per-token tests without the memo, so no result the start scan kept can answer for them.
            let reference = TokenPatternMatcher(analysis: analysis, pack: shipped, annotations: [], scratch: RegexMatchScratch())
            for test in leaves {
                let found = matcher.startPositions(.token(test))
                let expected = (0..<analysis.tokens.count).filter { reference.tokenMatches(test, $0) }
                #expect(found == expected, "\(RulePack.startKey(.token(test)))")
                kinds.insert(String(RulePack.startKey(.token(test)).prefix(1)))
            }
            // And tests the pack does not start with: each kind, negated, and in an alternative.
            let built: [TokenTest] = [.exact(Array("mars".utf8)), .exact(Array("É".utf8)), .exact([]), .any, .tokenClass(.number),
                                      .not(.tokenClass(.punct)), .anyOf([.tokenClass(.upper), .exact(Array("12,5".utf8)), .not(.any)])]
            for test in built + built.map({ .not($0) }) + [.anyOf(built)] {
                let found = matcher.startPositions(.token(test))
                let expected = (0..<analysis.tokens.count).filter { reference.tokenMatches(test, $0) }
                #expect(found == expected, "\(RulePack.startKey(.token(test)))")
            }
        }
        #expect(kinds.contains("r"), "start token regexes are among the tests")
    }

    /// A union start node gives the pairwise merges of its parts' positions (distinct, ascending), for every union of
    /// three or more parts of the shipped pack, on a seed and on that seed made long (kept from a tried bit-row union,
    /// Benchmarks/README "Context lookups kept for the document").
    @Test func startUnionsAreTheMergesOfTheirParts() throws {
        let (shipped, seed) = try ScalingTests.shippedPackAndFirstSeed()
        let unions = shipped.startNodes.indices.filter { if case .union(let parts) = shipped.startNodes[$0] { parts.count > 2 } else { false } }
        #expect(!unions.isEmpty, "the shipped pack has unions of three or more start conditions")
        for text in [seed, String(repeating: seed + " ", count: 4)] {
            let analysis = DocumentAnalysis(bytes: Array(text.utf8), language: nil, pack: shipped)
            let matcher = TokenPatternMatcher(analysis: analysis, pack: shipped, annotations: [], scratch: RegexMatchScratch())
            var cache = [[Int]?](repeating: nil, count: shipped.startNodes.count)
            for slot in unions {
                guard case .union(let parts) = shipped.startNodes[slot] else { continue }
                var merged: [Int] = []
                for part in parts { merged = TokenPatternMatcher.mergedDistinct(merged, matcher.startPositions(node: part, of: shipped.startNodes, cache: &cache)) }
                #expect(matcher.startPositions(node: slot, of: shipped.startNodes, cache: &cache) == merged, "start node \(slot)")
            }
        }
    }
}
