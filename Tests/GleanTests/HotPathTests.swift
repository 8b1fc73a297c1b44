import Testing
@testable import Glean

/// The structures that make extraction fast must never change what it finds.
@Suite("Hot path structures")
struct HotPathTests {
    let scratch = RegexMatchScratch()

    /// Every ASCII string of length 1...2 over a mixed alphabet, plus a few longer ones.
    static let subjects: [String] = {
        let alphabet = Array("0123459aAzZ.-/ é")
        var all = alphabet.map { String($0) }
        for a in alphabet { for b in alphabet { all.append(String([a, b])) } }
        return all + ["2024", "1999", "31", "1er", "3rd", "Mai", "mai", "May", "août", "12.5", "0000", "20245"]
    }()

    @Test(arguments: ["^(?:[1-9]|[012][0-9]|3[01])(?:er|re|st|nd|rd|th)?$", "^(?:1[5-9]|20)[0-9]{2}$", "(?i)^m[a-z]+$", "^[^0-9]", "^.?$", "^(?<![0-9])é"])
    func quickRejectAgreesWithPCRE2(pattern: String) throws {
        let regex = try CompiledRegex(pattern, options: .anchoredFull)
        for subject in HotPathTests.subjects {
            var text = subject
            let full = try text.withUTF8 { try scratch.firstMatch(of: regex, in: $0) } != nil
            let quick = try text.withUTF8 { try scratch.matches(regex, in: $0) }
            #expect(full == quick, "\(pattern) on '\(subject)'")
        }
    }

    /// Start positions of `a | b | …` are merged from the alternatives' sorted lists: the same as sorting them all.
    @Test func mergedStartPositionsAreSortedAndDistinct() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let a = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Int.random(in: 0...20, using: &generator) }.sorted()
            let b = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Int.random(in: 0...20, using: &generator) }.sorted()
            #expect(TokenPatternMatcher.mergedDistinct(a, b) == TokenPatternMatcher.sortedDistinct(a + b), "\(a) \(b)")
        }
        #expect(TokenPatternMatcher.mergedDistinct([1, 3, 3, 5], [0, 3, 6]) == [0, 1, 3, 5, 6])
    }

    @Test func quickRejectSkipsImpossibleFirstBytes() throws {
        let year = try CompiledRegex("^(?:1[5-9]|20)[0-9]{2}$", options: .anchoredFull)
        var word = "Morocco"
        #expect(word.withUTF8 { year.mayMatch($0) } == false)
        var short = "20"
        #expect(short.withUTF8 { year.mayMatch($0) } == false)
        var year2024 = "2024"
        #expect(year2024.withUTF8 { year.mayMatch($0) })
    }

    @Test func prefilterRequiresEveryUnavoidableElement() throws {
        let compiled = try pack("""
        phase p
        rule r {
          pattern: ("in" | "en") _{0,3} m:gaz:Month ("next" | #number)? c:gaz:Country
          emit X { month: m.number }
        }
        """)
        let rule = compiled.rules[0]
        let ids = ["in", "en"].map { compiled.vocabulary.id(ofFolded: $0) }
        #expect(rule.prefilter.clauses == [[.token(ids[0]), .token(ids[1])], [.gazetteer("Month")], [.gazetteer("Country")]])
    }

    @Test func prefilterSkipsOnlyRulesThatCannotMatch() throws {
        let rules = """
        phase p
        rule r {
          pattern: c:gaz:Country _{0,4} "signed"
          emit Signing { country: c.id }
        }
        """
        #expect(try extract(rules, "Japan signed it.", language: .en).count == 1)
        #expect(try extract(rules, "They signed it.", language: .en).isEmpty)
        #expect(try extract(rules, "Japan agreed.", language: .en).isEmpty)
    }

    @Test func literalAndAnyTokenTestsCompileToDedicatedInstructions() throws {
        let compiled = try pack("""
        phase p
        rule r {
          pattern: "signed" _ #number
          emit X { }
        }
        """)
        guard case .tokens(_, let program) = compiled.rules[0].body else { Issue.record("not a token rule"); return }
        let kinds = program.instructions.map { instruction -> String in
            switch instruction {
            case .tokenID: "id"
            case .anyToken: "any"
            case .token: "test"
            case .match: "match"
            default: "other"
            }
        }
        #expect(kinds == ["id", "any", "test", "match"])
        #expect(program.tests.count == 1)
    }

    /// An alternation of single words is one set test (a step, not a split and a test per word); words
    /// between other alternatives are grouped only where they are consecutive, so the alternatives keep their order.
    @Test func alternationsOfWordsCompileToOneSetTest() throws {
        let compiled = try pack("""
        phase p
        rule r {
          pattern: ("in" | "en" | "since") y:#number
          emit X { year: y }
        }
        rule s {
          pattern: w:("the" | "a" | gaz:Country | "of" | "for" | "to") "x"
          emit Y { word: w }
        }
        """)
        func kinds(_ rule: Int) -> [String] {
            guard case .tokens(_, let program) = compiled.rules[rule].body else { return [] }
            return program.instructions.map { instruction -> String in
                switch instruction {
                case .tokenID: "id"
                case .tokenIDIn(_, let count): "set\(count)"
                case .split: "split"
                case .jump: "jump"
                case .gazetteer: "gaz"
                case .token: "test"
                case .match: "match"
                default: "other"
                }
            }
        }
        #expect(kinds(0) == ["set3", "other", "test", "other", "match"])
        #expect(kinds(1) == ["other", "split", "set2", "jump", "split", "gaz", "jump", "set3", "other", "id", "match"])
        let extractor = Extractor(pack: compiled)
        let facts = extractor.extract(Document(id: "d", text: "Trade grew in 2023, since 2020 and en 2019. Japan x, of x, a x.", language: .en)).facts
        #expect(facts.filter { $0.type == "X" }.map(\.text) == ["in 2023", "since 2020", "en 2019"])
        #expect(facts.filter { $0.type == "Y" }.map(\.text) == ["Japan x", "of x", "a x"])
    }

    @Test func hitsByStartTokenMatchTheHitList() throws {
        let compiled = try pack("phase p\nrule r {\n  pattern: c:gaz:Country\n  emit X { }\n}\n")
        let analysis = DocumentAnalysis(bytes: Array("Morocco and Japan met; Maroc.".utf8), language: .en, pack: compiled)
        #expect(analysis.hits.count == 2)
        for token in 0...analysis.tokens.count {
            let expected = analysis.hits.indices.filter { Int(analysis.hits[$0].startToken) == token }
            #expect(Array(analysis.hitIndices(startingIn: token..<(token + 1))) == expected)
        }
        #expect(analysis.hitIndices(startingIn: 0..<analysis.tokens.count) == 0..<2)
    }
}

@Suite("Token matcher memo")
struct TokenMatcherMemoTests {
    static let rules = """
    phase p
    rule r {
      pattern: "from" a:(_{0,12}) "to" b:(_{1,12}) ("end" | "stop")
      emit Span { a: a, b: b }
    }
    """

    /// Without the memo this pattern re-explores the same states along every way of splitting the words among
    /// the four repeats (thousands of paths) and runs out of steps.
    @Test func ambiguousPatternStaysWithinASmallBudget() throws {
        let compiled = try pack("""
        phase p
        rule r {
          pattern: "from" _{0,10} _{0,10} _{0,10} _{0,10} "to" _{0,10} ("end" | "stop")
          emit Span { }
        }
        """)
        let extractor = Extractor(pack: compiled)
        extractor.stepBudgetPerRule = 20_000
        let filler = Array(repeating: "word", count: 10).joined(separator: " ")
        let text = "from \(filler) to \(filler) to \(filler) and nothing else."
        let result = extractor.extract(Document(id: "doc", text: text, language: .en))
        #expect(result.warnings.isEmpty)
        #expect(result.facts.isEmpty)
    }

    /// A split whose first branch begins with a word or element that cannot start at the token goes straight to
    /// its alternative; explaining takes every branch (and no memo). Both readings find the same match and
    /// captures from every start, and the shortcut takes fewer steps.
    @Test func splitsSkippingDeadBranchesFindTheSameMatches() throws {
        let compiled = try pack("""
        phase p
        rule r {
          pattern: c:gaz:Country? ("the" | "a")? w:("signed" | "met")? (x:"with" | gaz:Country | "and") n:_{0,3} ("deal" | "talks")
          emit X { c: c.id, w: w, x: x, n: n }
        }
        """)
        guard case .tokens(_, let program) = compiled.rules[0].body else { Issue.record("not a token rule"); return }
        let texts = ["Japan the signed with a deal.", "Morocco met Japan and the talks.", "the a signed and with talks deal.",
                     "Japan Morocco signed Japan x y talks.", "and and deal talks with met signed a the Japan."]
        for text in texts {
            let analysis = DocumentAnalysis(bytes: Array(text.utf8), language: .en, pack: compiled)
            var fast = TokenPatternMatcher(analysis: analysis, pack: compiled, annotations: [], scratch: RegexMatchScratch())
            var slow = TokenPatternMatcher(analysis: analysis, pack: compiled, annotations: [], scratch: RegexMatchScratch())
            slow.tracesFailures = true
            var fastSteps = 0, slowSteps = 0
            for start in 0..<analysis.tokens.count {
                fast.resetBudget(100_000)
                slow.resetBudget(100_000)
                let a = fast.longestMatch(program, from: start), b = slow.longestMatch(program, from: start)
                fastSteps += 100_000 - fast.stepBudget
                slowSteps += 100_000 - slow.stepBudget
                #expect(a?.end == b?.end, "\(text) from \(start)")
                #expect(a.map { $0.bindings.map { "\($0.slot) \($0.span.start) \($0.span.end) \($0.target)" } }
                        == b.map { $0.bindings.map { "\($0.slot) \($0.span.start) \($0.span.end) \($0.target)" } }, "\(text) from \(start)")
            }
            #expect(fastSteps < slowSteps, "\(text)")
        }
    }

    /// An alternation that is one token test (`!( … )`, or words with classes and regexes) decides
    /// the same flattened (`FlatTokenTest`: words by id, classes, the rest) as walked member by member.
    @Test func flattenedAlternationsDecideAsTheirMembers() throws {
        let compiled = try pack("""
        phase p
        rule r {
          pattern: "the" a:!("and" | #punct | /^[0-9]+$/ | "big" | "small"){0,2} b:("cat" | #number | /^Z.*$/ | "dog" | "bird")
          emit X { a: a, b: b }
        }
        """)
        guard case .tokens(_, let program) = compiled.rules[0].body else { Issue.record("not a token rule"); return }
        // The `!( … )` alternation is one flattened test, shared by the two copies of its repeat.
        #expect(program.flatTests.compactMap { $0 }.count == 1)
        let flatIndex = try #require(program.flatTests.firstIndex { $0 != nil })
        #expect(program.instructions.filter { if case .token(flatIndex) = $0 { true } else { false } }.count == 2)
        var walked = program
        walked.flatTests = walked.flatTests.map { _ in nil }
        let texts = ["the cat and the big dog, the 12 Zoo.", "the red cat the red bird the cat cat the and dog",
                     "the small 7 the , cat the Zebra the x y cat the 42"]
        var found = 0
        for text in texts {
            let analysis = DocumentAnalysis(bytes: Array(text.utf8), language: .en, pack: compiled)
            var matcher = TokenPatternMatcher(analysis: analysis, pack: compiled, annotations: [], scratch: RegexMatchScratch())
            for start in 0..<analysis.tokens.count {
                matcher.resetBudget(100_000)
                let a = matcher.longestMatch(program, from: start)
                matcher.resetBudget(100_000)
                let b = matcher.longestMatch(walked, from: start)
                #expect(a?.end == b?.end, "\(text) from \(start)")
                if a != nil { found += 1 }
            }
        }
        // the cat / the 12 / the Zoo… / the red cat / the red bird / the cat (cat) / the Zebra / the 42 …
        #expect(found >= 6)
        let facts = try extract("""
        rule r {
          pattern: "the" a:!("and" | #punct | "big" | "small") b:("cat" | #number)
          emit X { b: b }
        }
        """, "the red cat and the big cat, the small 3 but the old 4.", language: .en)
        #expect(facts.map(\.text) == ["the red cat", "the old 4"])
    }

    @Test func longestMatchAndItsCapturesAreKept() throws {
        let facts = try extract(TokenMatcherMemoTests.rules, "from a b to c to d end.", language: .en)
        #expect(facts.count == 1)
        #expect(facts.first?.text == "from a b to c to d end")
        #expect(facts.first?.fields.first { $0.key == "a" }?.value == .string("a b to c"))
        #expect(facts.first?.fields.first { $0.key == "b" }?.value == .string("d"))
    }
}

@Suite("Phrase automaton tables")
struct PhraseAutomatonTableTests {
    /// Leftmost-longest over the root array and the hashed deeper transitions, checked against a direct search.
    @Test func scanFindsTheLongestFormAtEachStart() {
        let forms: [[Int32]] = [[1], [1, 2], [1, 2, 3], [4, 2], [7, 7, 7, 7], [300, 1]]
        let automaton = PhraseAutomaton(formTokenIDs: forms)
        let text: [Int32] = [1, 2, 3, 1, 2, 9, 4, 2, 1, -1, 7, 7, 7, 7, 300, 1, 5, 1000]
        var found: [(form: Int32, start: Int, end: Int)] = []
        automaton.scan(tokenIDs: text, accepts: { _, _ in true }, report: { found.append(($0, $1, $2)) })
        var expected: [(form: Int32, start: Int, end: Int)] = []
        var start = 0
        while start < text.count {
            let best = forms.indices.filter { index in
                let form = forms[index]
                return start + form.count <= text.count && Array(text[start..<(start + form.count)]) == form
            }.max { forms[$0].count < forms[$1].count }
            if let best {
                expected.append((Int32(best), start, start + forms[best].count))
                start += forms[best].count
            } else {
                start += 1
            }
        }
        #expect(found.map(\.form) == expected.map(\.form))
        #expect(found.map(\.start) == expected.map(\.start))
        #expect(found.map(\.end) == expected.map(\.end))
    }
}

@Suite("Matcher indexes")
struct MatcherIndexTests {
    /// The per-pack decision of which entries and forms an element accepts agrees with testing each hit's
    /// attributes and form kind directly.
    @Test func resolvedElementsAgreeWithTheConstraints() throws {
        let compiled = try pack("""
        phase p
        rule r {
          pattern: a:gaz:Country(id=MA) b:gaz:Month(form=exact) c:gaz:Official(role!=president) d:gaz:Country(id~/^J/)
          emit X { }
        }
        """)
        guard case .tokens(_, let program) = compiled.rules[0].body else { Issue.record("not a token rule"); return }
        let table = compiled.gazetteerTypes
        let gazetteer = compiled.gazetteer
        #expect(program.resolvedGazetteerElements.count == 4)
        for (element, resolved) in zip(program.gazetteerElements, program.resolvedGazetteerElements) {
            for (formIndex, form) in gazetteer.forms.enumerated() {
                let entry = gazetteer.entries[Int(form.entry)]
                let hit = GazetteerHit(entry: form.entry, form: Int32(formIndex), startToken: 0, endToken: 1)
                let direct = entry.type == element.type && element.constraints.allSatisfy { constraint in
                    constraint.isSatisfied(by: constraint.key == "form" ? .string(form.kind.rawValue) : entry.attribute(constraint.key), scratch: RegexMatchScratch())
                }
                #expect(resolved.accepts(hit, table: table) == direct, "gaz:\(element.type) on \(form.text)")
            }
        }
        #expect(table.id(of: "Nothing") == -1)
    }

    @Test func hitStartsByTypeAreSortedAndDistinct() throws {
        let compiled = try pack("phase p\nrule r {\n  pattern: c:gaz:Country\n  emit X { }\n}\n")
        let analysis = DocumentAnalysis(bytes: Array("Morocco, Japan and Maroc met in May; Bourita spoke.".utf8), language: .en, pack: compiled)
        let index = HitTypeIndex(hits: analysis.hits, table: compiled.gazetteerTypes)
        for type in compiled.gazetteerTypes.names {
            let expected = Array(Set(analysis.hits.filter { compiled.gazetteer.entryTypes[Int($0.entry)] == type }.map { Int($0.startToken) })).sorted()
            #expect(index.starts(ofType: compiled.gazetteerTypes.id(of: type)) == expected, "\(type)")
            #expect(index.hasHit(ofType: compiled.gazetteerTypes.id(of: type)) == !expected.isEmpty)
        }
        #expect(!index.hasHit(ofType: -1))
        // Morocco and Japan; "Maroc" is a French name and the document is English.
        #expect(index.starts(ofType: compiled.gazetteerTypes.id(of: "Country")).count == 2)
    }

    @Test func annotationsByStartKeepTheirOrder() {
        func annotation(_ tokens: Range<Int>?, _ type: String) -> Annotation {
            Annotation(type: type, rule: 0, ruleID: "r", phase: 0, span: ByteSpan(start: 0, end: 0), tokens: tokens, fields: [], isFact: false)
        }
        let annotations = [annotation(2..<4, "A"), annotation(0..<1, "B"), annotation(nil, "C"), annotation(2..<3, "D"), annotation(5..<6, "E")]
        let index = AnnotationStartIndex(annotations: annotations, tokenCount: 6)
        func types(at token: Int) -> [String] { index.range(startingAt: token).map { annotations[index.annotation(at: $0)].type } }
        #expect(types(at: 0) == ["B"])
        #expect(types(at: 1) == [])
        #expect(types(at: 2) == ["A", "D"])
        #expect(types(at: 5) == ["E"])
        #expect(types(at: 6) == [])
        #expect(types(at: 99) == [])
    }

    /// Fields are evaluated only for candidates that would win; one whose normaliser rejects it still lets the
    /// next candidate in order win, as when every candidate was evaluated first.
    @Test func rejectedWinnerLetsTheNextCandidateWin() throws {
        let rules = """
        phase p
        rule long {
          priority: 1
          pattern: d:#number m:gaz:Month
          emit Date { ...date(day: d, month: m.number, year: "2024") }
        }
        rule short {
          pattern: m:gaz:Month
          emit Date { month: m.number }
        }
        """
        let rejected = try extract(rules, "on 31 May", language: .en)
        #expect(rejected.map(\.rule) == ["long"])
        let invalid = try extract(rules, "on 32 May", language: .en)
        #expect(invalid.map(\.rule) == ["short"])
    }
}

@Suite("Sentence prerequisites and rule profile")
struct SentencePrerequisiteTests {
    @Test func startNeedsEveryClauseBeforeTheSentenceEnds() {
        // Clause elements at tokens 3 and 9; a sentence ends at 6.
        let clauses = [[3, 9], [4]]
        #expect(RulePrefilter.admits(start: 0, sentenceEnd: 6, clausePositions: clauses))
        #expect(RulePrefilter.admits(start: 4, sentenceEnd: 6, clausePositions: clauses) == false) // 3 is behind the start, 9 in the next sentence
        #expect(RulePrefilter.admits(start: 0, sentenceEnd: 4, clausePositions: clauses) == false) // 4 is in the next sentence
        #expect(RulePrefilter.admits(start: 7, sentenceEnd: 12, clausePositions: [[9]]))
        #expect(RulePrefilter.admits(start: 0, sentenceEnd: 12, clausePositions: [[]]) == false)
        #expect(RulePrefilter.admits(start: 0, sentenceEnd: 12, clausePositions: []))
    }

    /// The cursor version (starts in ascending order, the usual case, or not) decides as the search per start.
    @Test func cursorsDecideAsTheSearchPerStart() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<300 {
            let clauses = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                Array(Set((0..<Int.random(in: 0...10, using: &generator)).map { _ in Int.random(in: 0...30, using: &generator) })).sorted()
            }
            var starts = (0..<Int.random(in: 1...20, using: &generator)).map { _ in Int.random(in: 0...30, using: &generator) }
            if round % 3 != 0 { starts.sort() }
            var cursors = [Int](repeating: 0, count: clauses.count)
            for start in starts {
                let end = start + Int.random(in: 1...8, using: &generator)
                #expect(RulePrefilter.admits(start: start, sentenceEnd: end, clausePositions: clauses, cursors: &cursors)
                        == RulePrefilter.admits(start: start, sentenceEnd: end, clausePositions: clauses), "\(clauses) \(starts) \(start)")
            }
        }
    }

    @Test func clausesOfSeveralElementsAreMergedInOrder() throws {
        let compiled = try pack("""
        phase p
        rule r {
          pattern: c:gaz:Country ("signed" | "ratified")
          emit Signing { country: c.id }
        }
        """)
        let signed = compiled.vocabulary.id(ofFolded: "signed"), ratified = compiled.vocabulary.id(ofFolded: "ratified")
        let positions = compiled.rules[0].prefilter.clausePositions { element in
            switch element {
            case .token(signed): [7, 1]
            case .token(ratified): [4]
            default: [0, 5]
            }
        }
        #expect(positions == [[0, 5], [1, 4, 7]])
    }

    static let signing = """
    phase p
    rule r {
      pattern: c:gaz:Country _{0,4} "signed"
      emit Signing { country: c.id }
    }
    """

    /// The rule starts at every Country hit, but only where "signed" follows in the same sentence: elsewhere the
    /// matcher is not started at all (no steps), and what it finds is unchanged.
    @Test func rulesAreNotStartedInSentencesWithoutTheirElements() throws {
        let compiled = try pack(SentencePrerequisiteTests.signing)
        let extractor = Extractor(pack: compiled)
        let profile = RuleProfile(pack: compiled)
        extractor.profile = profile
        let apart = extractor.extract(Document(id: "a", text: "Japan and Morocco met. They signed it.", language: .en))
        #expect(apart.facts.isEmpty)
        #expect(profile.entries[0][0].starts == 2)
        #expect(profile.entries[0][0].steps == 0)
        let together = extractor.extract(Document(id: "b", text: "Japan met Morocco. Morocco signed it.", language: .en))
        #expect(together.facts.map(\.text) == ["Morocco signed"])
        #expect(profile.entries[0][0].documents == 2)
        #expect(profile.entries[0][0].starts == 5)
        #expect(profile.entries[0][0].steps > 0)
        #expect(profile.entries[0][0].candidates == 1)
        #expect(profile.entries[0][0].kept == 1)
    }

    /// Whole-document lookups are computed once per phase and shared by the candidates: each still sees the
    /// annotations of the earlier phases, in text order.
    @Test func documentLookupsAreTheSameForEveryCandidate() throws {
        let rules = """
        phase first
        rule country {
          pattern: c:gaz:Country
          mark Place { id: c.id }
        }
        phase second
        rule mention {
          pattern: w:("met" | "signed")
          emit Mention { word: w, places: all_in_document("Place", "id"), first: in_document("Place", "id") }
        }
        """
        let facts = try extract(rules, "Japan met Morocco. Morocco signed it.", language: .en)
        #expect(facts.count == 2)
        for fact in facts {
            #expect(fact.fields.first { $0.key == "places" }?.value == .list([.string("JP"), .string("MA")]))
            #expect(fact.fields.first { $0.key == "first" }?.value == .string("JP"))
        }
    }

    /// A rule whose `...require(…)` reads a lookup of a type is not run on a document that has no annotation (of an
    /// earlier phase) or gazetteer entry of that type: every match would be dropped. Where the type occurs it runs
    /// and finds what it found before.
    @Test func rulesRequiringAnAbsentTypeAreNotRun() throws {
        let rules = """
        phase first
        rule country {
          pattern: c:gaz:Country
          mark Place { id: c.id }
        }
        phase second
        rule mention {
          pattern: w:("met" | "signed")
          emit Mention {
            ...require(called(all_in_document("Named", "ref"), w, "id"))
            word: w
          }
        }
        rule placed {
          pattern: w:("met" | "signed")
          emit Placed {
            ...require(first(in_sentence("Place", "id"), overlapping("Nowhere", "id")))
            word: w
          }
        }
        rule unknown {
          pattern: w:("met" | "signed")
          emit Unknown {
            ...require(first(w, in_sentence("Named", "id")))
            word: w
          }
        }
        """
        #expect(RulePrefilter.required(emitItems: try pack(rules).phases[1].rules[0].emitItems) == [[.annotation("Named"), .gazetteer("Named")]])
        #expect(RulePrefilter.required(emitItems: try pack(rules).phases[1].rules[1].emitItems)
                == [[.annotation("Place"), .gazetteer("Place"), .annotation("Nowhere")]])
        #expect(RulePrefilter.required(emitItems: try pack(rules).phases[1].rules[2].emitItems).isEmpty) // a capture may be non-null
        let compiled = try pack(rules)
        let extractor = Extractor(pack: compiled)
        let profile = RuleProfile(pack: compiled)
        extractor.profile = profile
        let withPlace = extractor.extract(Document(id: "a", text: "Japan met them.", language: .en))
        #expect(withPlace.facts.map(\.type).sorted() == ["Placed", "Unknown"])
        let without = extractor.extract(Document(id: "b", text: "They met.", language: .en))
        #expect(without.facts.map(\.type) == ["Unknown"])
        #expect(profile.entries[1][0].documents == 0) // no Named anywhere
        #expect(profile.entries[1][1].documents == 1) // only the document with a Place
        #expect(profile.entries[1][2].documents == 2)
    }
}

@Suite("Token regex memo")
struct TokenRegexMemoTests {
    @Test func regexesWithTheSameSourceShareASlot() throws {
        let compiled = try pack("""
        phase p
        macro DAY = /^[0-9]{1,2}$/
        rule a {
          pattern: d:$DAY m:gaz:Month
          emit Date { day: d }
        }
        rule b {
          pattern: m:gaz:Month d:$DAY /^[0-9]{4}$/
          emit Date { day: d }
        }
        """)
        #expect(compiled.tokenRegexCount == 2)
        var slots: [Int] = []
        for rule in compiled.rules {
            guard case .tokens(_, let program) = rule.body else { continue }
            for case .regex(let regex) in program.tests { slots.append(regex.tokenSlot) }
        }
        #expect(slots.sorted() == [0, 0, 1])
    }

    @Test func memoRemembersPerDocumentAndForgetsOnReset() {
        let memo = TokenRegexMemo()
        memo.reset(slots: 2, tokenCount: 3)
        #expect(memo.cell(slot: 1, token: 2) == 5)
        #expect(memo.cell(slot: 2, token: 0) == -1)
        #expect(memo.cell(slot: -1, token: 0) == -1)
        #expect(memo.cell(slot: 0, token: 3) == -1)
        #expect(memo.result(at: 5) == nil)
        memo.record(false, at: 5)
        memo.record(true, at: 0)
        #expect(memo.result(at: 5) == false)
        #expect(memo.result(at: 0) == true)
        memo.reset(slots: 2, tokenCount: 3)
        #expect(memo.result(at: 5) == nil)
        #expect(memo.result(at: 0) == nil)
        memo.reset(slots: 1 << 12, tokenCount: 1 << 13)  // too big: off
        #expect(memo.cell(slot: 0, token: 0) == -1)
    }

    /// Rules testing the same regex on the same tokens agree with a fresh extractor, document after document.
    @Test func memoizedResultsMatchPlainMatching() throws {
        let rules = """
        phase p
        macro DAY = /^(?:[1-9]|[12][0-9]|3[01])$/
        rule day_month {
          pattern: d:$DAY m:gaz:Month
          emit Date { day: d, month: m.number }
        }
        rule month_day {
          pattern: m:gaz:Month d:$DAY
          emit Date { day: d, month: m.number }
        }
        """
        let compiled = try pack(rules)
        let reused = Extractor(pack: compiled)
        for text in ["on 31 May and May 12.", "May 40 and 3 May.", "no dates here, 12 of them."] {
            let document = Document(id: "d", text: text, language: .en)
            let fresh = Extractor(pack: compiled).extract(document).facts
            let again = reused.extract(document).facts
            #expect(fresh.map(\.text) == again.map(\.text))
            #expect(fresh.map(\.fields) == again.map(\.fields))
        }
        #expect(try extract(rules, "on 31 May and May 12.", language: .en).map(\.text) == ["31 May", "May 12"])
    }
}
