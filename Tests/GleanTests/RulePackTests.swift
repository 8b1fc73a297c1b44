import Foundation
import Testing
@testable import Glean

let testGazetteer = """
type: Country
entries:
  - id: MA
    name: Morocco
    names:
      en: [Morocco]
      fr: [Maroc]
  - id: JP
    name: Japan
    names:
      en: [Japan]
  - id: month-05
    type: Month
    name: May
    exact:
      en: [May]
    names:
      fr: [mai]
    attributes:
      number: 5
  - id: bourita
    type: Official
    name: Nasser Bourita
    names:
      any: [Nasser Bourita, Bourita]
    attributes:
      role: foreign_minister
      country: MA
"""

func pack(_ rules: String, path: String = "test.glean") throws(DiagnosticList) -> RulePack {
    try RulePack.build(rules: [(path, rules)], gazetteers: [("gaz.yaml", testGazetteer)])
}

/// The pattern of a token rule (nil for a regex rule), as the start and prefilter tests read it.
func tokenPattern(_ rule: CompiledRule) -> PatternNode? {
    if case .tokens(let node, _) = rule.body { node } else { nil }
}

func firstError(_ rules: String) -> String {
    do {
        _ = try pack(rules)
        return "no error"
    } catch {
        guard let diagnostic = error.errors.first else { return "no error" }
        return "\(diagnostic.location!): \(diagnostic.message)"
    }
}

func extract(_ rules: String, _ text: String, language: Language? = nil, referenceDate: CalendarDate? = nil) throws -> [Fact] {
    let compiled = try pack(rules)
    return Extractor(pack: compiled).extract(Document(id: "doc", text: text, language: language, referenceDate: referenceDate)).facts
}

@Suite("Rule language: diagnostics")
struct RuleDiagnosticsTests {
    @Test func syntaxErrorPointsAtTheToken() {
        let rules = "rule a {\n  pattern: \"x\" )\n  emit X\n}\n"
        #expect(firstError(rules) == "test.glean:2:16: unexpected ')' after 'pattern'; expected the end of the line")
    }

    @Test func missingEmit() {
        #expect(firstError("rule a {\n  pattern: \"x\"\n}\n") == "test.glean:1:6: rule 'a' emits nothing: add 'emit Type { … }' or 'mark Type { … }'")
    }

    @Test func unknownGazetteerType() {
        let message = firstError("rule a {\n  pattern: c:gaz:Contry\n  emit X\n}\n")
        #expect(message == "test.glean:2:14: unknown gazetteer type 'Contry' (the gazetteers define: Country, Month, Official)")
    }

    @Test func unknownAttributeInConstraint() {
        let message = firstError("rule a {\n  pattern: gaz:Official(rank=1)\n  emit X\n}\n")
        #expect(message.hasPrefix("test.glean:2:25: gazetteer type Official has no attribute 'rank'"))
    }

    @Test func regexErrorPointsInsideThePattern() {
        // PCRE2 stops at offset 4 of "ab(c": the caret goes under the end of the pattern.
        let message = firstError("rule a {\n  regex: /ab(c/\n  emit X\n}\n")
        #expect(message.hasPrefix("test.glean:2:15: invalid regex: missing closing parenthesis"))
        let tokenRegex = firstError("rule a {\n  pattern: \"x\" /a(b/\n  emit X\n}\n")
        #expect(tokenRegex.hasPrefix("test.glean:2:20: invalid regex: missing closing parenthesis"))
    }

    @Test func renderedDiagnosticHasLineAndCaret() throws {
        do {
            _ = try pack("rule a {\n  pattern: c:gaz:Contry\n  emit X\n}\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.errors[0].rendered == """
            test.glean:2:14: error: unknown gazetteer type 'Contry' (the gazetteers define: Country, Month, Official)
              pattern: c:gaz:Contry
                         ^
            """)
        }
    }

    @Test func unknownCaptureFunctionAndAnnotation() {
        #expect(firstError("rule a {\n  pattern: c:gaz:Country\n  emit X { id: d.id }\n}\n") == "test.glean:3:16: unknown capture 'd' (captures: c)")
        #expect(firstError("rule a {\n  pattern: c:gaz:Country\n  emit X { id: frob(c) }\n}\n").hasPrefix("test.glean:3:16: unknown function 'frob'"))
        #expect(firstError("rule a {\n  pattern: @Money\n  emit X\n}\n") == "test.glean:2:12: no earlier phase produces annotations of type 'Money'")
    }

    @Test func duplicateRuleAndMacroCycle() {
        #expect(firstError("rule a {\n  pattern: \"x\"\n  emit X\n}\nrule a {\n  pattern: \"y\"\n  emit X\n}\n").hasPrefix("test.glean:5:6: duplicate rule id 'a'"))
        let cycle = firstError("macro A = $B\nmacro B = \"x\" $A\nrule r {\n  pattern: $A\n  emit X\n}\n")
        #expect(cycle.contains("macro cycle"))
    }

    @Test func unterminatedStringAndUnknownSetting() {
        #expect(firstError("rule a {\n  pattern: \"x\n  emit X\n}\n") == "test.glean:2:12: unterminated string: add the closing \" on the same line")
        #expect(firstError("rule a {\n  colour: red\n}\n").hasPrefix("test.glean:2:3: unknown rule setting 'colour'"))
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 5000) + "\"x\"" + String(repeating: ")", count: 5000)
        #expect(firstError("rule a {\n  pattern: \(deep)\n  emit X\n}\n").contains("nested more than"))
    }
}

@Suite("Rule language: matching")
struct RuleMatchingTests {
    @Test func gazetteerCaptureAttributes() throws {
        let facts = try extract("rule o {\n  pattern: p:gaz:Official(role=foreign_minister)\n  emit Official { id: p.id, country: p.country, said: p }\n}\n",
                                "Minister Nasser Bourita said.")
        #expect(facts.count == 1)
        #expect(facts[0].field("id") == .string("bourita"))
        #expect(facts[0].field("said") == .string("Nasser Bourita"))
        #expect(facts[0].text == "Nasser Bourita")
    }

    @Test func overlapPolicyPriorityThenLongest() throws {
        let rules = """
        rule short {
          pattern: "trade"
          emit T { which: "short" }
        }
        rule long {
          pattern: "trade" "turnover"
          emit T { which: "long" }
        }
        rule urgent {
          priority: 5
          pattern: "turnover"
          emit T { which: "urgent" }
        }
        rule other_group {
          pattern: "trade"
          emit U
        }
        """
        let facts = try extract(rules, "trade turnover")
        #expect(facts.map { $0.field("which")?.stringValue ?? $0.type } == ["short", "U", "urgent"])
        let facts2 = try extract(rules.replacingOccurrences("5", "0"), "trade turnover")
        #expect(facts2.map { $0.field("which")?.stringValue ?? $0.type } == ["U", "long"])
    }

    @Test func phasesSeeEarlierAnnotations() throws {
        let rules = """
        phase one
        rule country {
          pattern: c:gaz:Country
          mark Place { code: c.id }
        }
        phase two
        rule pair {
          pattern: a:@Place "and" b:@Place(code=JP)
          emit Pair { codes: [a.code, b.code] }
        }
        """
        let facts = try extract(rules, "Morocco and Japan agree.")
        #expect(facts.count == 1) // marks are not facts
        #expect(facts[0].field("codes") == .list([.string("MA"), .string("JP")]))
    }

    @Test func optionalRepeatGapAndNegation() throws {
        let rules = """
        rule r {
          pattern: "from" x:!"to"{1,3} "to" y:_
          emit R { x: x, y: y }
        }
        """
        let facts = try extract(rules, "from Rabat to Tokyo")
        #expect(facts.first?.field("x") == .string("Rabat"))
        #expect(facts.first?.field("y") == .string("Tokyo"))
    }

    /// A capture that matched no token has no value, whether the `?` is inside it or around it: `...reject(x)`
    /// keeps the match where `x` was left out.
    @Test func anOptionalCaptureThatMatchedNothingHasNoValue() throws {
        let rules = """
        macro AUX = ("was" | "is")
        rule r {
          pattern: "the" "deal" x:$AUX? y:"finally"? "signed"
          emit R { x: x, y: y, ...reject(x) }
        }
        rule s {
          pattern: "the" "pact" (x:$AUX)? "signed"
          emit S { x: x }
        }
        """
        let facts = try extract(rules, "the deal signed. the deal was signed. the pact signed.")
        #expect(facts.map(\.type) == ["R", "S"])
        #expect(facts.allSatisfy { $0.field("x") == nil && $0.field("y") == nil })
    }

    /// A macro's capture takes the next free slot of the rule using it: the compiled macro, reused across rules,
    /// must not carry the slot numbers of the first rule that expanded it.
    @Test func aMacroCaptureGetsItsSlotInEachRuleThatUsesIt() throws {
        let rules = """
        macro VERB = w:("signed" | "agreed")
        rule a {
          pattern: $VERB "in" c:gaz:Country
          emit A { verb: w.text, place: c.text }
        }
        rule b {
          pattern: c:gaz:Country "has" $VERB
          emit B { verb: w.text, place: c.text }
        }
        """
        let facts = try extract(rules, "signed in Morocco. Japan has agreed.")
        #expect(facts.map(\.type) == ["A", "B"])
        #expect(facts.map { $0.field("verb") } == [.string("signed"), .string("agreed")])
        #expect(facts.map { $0.field("place") } == [.string("Morocco"), .string("Japan")])
    }

    @Test func aCliticLiteralMatchesTheTokenTheTextHas() throws {
        // The tokenizer splits "Kenya's" into "Kenya" and "'s"; the literal "'s" (or "’s") is that one token.
        let rules = """
        phase p
        rule possessive {
          pattern: c:#cap ("'s" | "’s") "minister"
          emit Owner { who: c }
        }
        rule negation {
          pattern: "do" "n't" v:#word
          emit Negated { verb: v }
        }
        """
        let facts = try extract(rules, "Kenya's minister spoke. Peru’s minister said they don't agree.")
        #expect(facts.filter { $0.type == "Owner" }.map { $0.field("who") } == [.string("Kenya"), .string("Peru")])
        #expect(facts.filter { $0.type == "Negated" }.map { $0.field("verb") } == [.string("agree")])
    }

    @Test func patternsDoNotCrossSentences() throws {
        let rules = "rule r {\n  pattern: \"end\" \".\" \"Next\"\n  emit R\n}\n"
        #expect(try extract(rules, "This is the end. Next one.").isEmpty)
    }

    @Test func regexRuleWithNamedGroupsAndFocus() throws {
        let rules = """
        rule r {
          regex: /costs (?<n>[0-9]+) (?<u>DH)/
          focus: n
          emit Price { ...money(n, currency: u) }
        }
        """
        let facts = try extract(rules, "Il costs 60 DH.", language: .fr)
        #expect(facts.first?.text == "60")
        #expect(facts.first?.field("amount") == .int(60))
    }

    /// `replaces:` takes the captured annotation out of the facts; later phases still see it, and a rule that
    /// does not match replaces nothing.
    @Test func replacesTakesTheInnerAnnotationOutOfTheFacts() throws {
        let rules = """
        phase base
        rule year {
          pattern: y:/^20[0-9]{2}$/
          emit D { value: y }
        }
        phase parts
        rule early {
          replaces: d
          pattern: "early" d:@D
          emit D { value: d.value, modifier: "early" }
        }
        phase uses
        rule seen {
          pattern: "early" d:@D
          mark Seen { value: d.value }
        }
        """
        let facts = try extract(rules, "It opens early 2025, not in 2026.")
        #expect(facts.map(\.text) == ["early 2025", "2026"])
        #expect(facts.first?.field("modifier") == .string("early"))
        let document = Document(id: "doc", text: "It opens early 2025.", language: nil, referenceDate: nil)
        let withMarks = Extractor(pack: try pack(rules)).extract(document, includeMarks: true).facts
        #expect(withMarks.contains { $0.type == "Seen" && $0.field("value") == .string("2025") })
        // Fixtures and explain (marks on) show the output's facts: the replaced "2025" is not among them; a rule's
        // examples ask for what the rule itself produced, replaced or not.
        #expect(withMarks.filter { $0.type == "D" }.map(\.text) == ["early 2025"])
        let withReplaced = Extractor(pack: try pack(rules)).extract(document, includeMarks: true, includeReplaced: true).facts
        #expect(withReplaced.filter { $0.type == "D" }.map(\.text) == ["early 2025", "2025"])
        #expect(firstError("rule r {\n  replaces: x\n  pattern: d:\"a\"\n  emit R\n}\n").contains("replaces 'x' is not a capture"))
    }

    /// nearest_before: the latest annotation before the match, in its sentence or the two before; not after it,
    /// not three sentences back.
    @Test func nearestBeforeLooksBackTwoSentences() throws {
        let rules = """
        phase base
        rule year {
          pattern: y:/^20[0-9]{2}$/
          mark Y { value: y }
        }
        phase uses
        rule then {
          pattern: "then"
          emit Then { year: nearest_before("Y", "value") }
        }
        """
        let facts = try extract(rules, "In 2020 and 2021 it grew. It fell. Then it rose in 2022. It held. It dipped. So. Then 2023.")
        #expect(facts.map { $0.field("year") } == [.string("2021"), nil])
    }

    @Test func spansAreScalarOffsetsIntoTheOriginal() throws {
        let rules = "rule c {\n  pattern: c:gaz:Country\n  emit Country { id: c.id }\n}\n"
        let text = "« Le Maroc » et l’ONU ; le Maroc."
        let facts = try extract(rules, text, language: .fr)
        #expect(facts.count == 2)
        let scalars = Array(text.unicodeScalars)
        for fact in facts {
            #expect(String(String.UnicodeScalarView(scalars[fact.span.start..<fact.span.end])) == fact.text)
        }
    }

    @Test func languageScopeAndMonthExactness() throws {
        let rules = "rule m {\n  lang: en\n  pattern: m:gaz:Month\n  emit M { n: m.number }\n}\n"
        #expect(try extract(rules, "It may rain in May.", language: .en).map(\.text) == ["May"])
        #expect(try extract(rules, "en mai", language: .fr).isEmpty)
    }
}

@Suite("Rule language: zones")
struct RuleZoneTests {
    static let page = """
    Latest news
    - 10:42 Morocco and Japan hold talks in Tokyo
    The ministers of Morocco and Japan met in Rabat on Monday to discuss trade, investment and culture between their countries.
    Related articles
    Japan and Morocco sign a fisheries deal
    """

    /// `zone: body, furniture` reads the article and its page but not other articles' headlines (zone `links`);
    /// `zone: links` reads only those; `any` reads all. The list headers are the shipped `LinkHeader` vocabulary.
    @Test func aRuleReadsTheZonesItLists() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let headers = try String(contentsOf: root.appendingPathComponent("Gazetteers/vocab/link_headers.yaml"), encoding: .utf8)
        func places(_ zone: String) throws -> [String] {
            let rules = "rule a {\n  zone: \(zone)\n  pattern: c:gaz:Country\n  emit Place { id: c.id }\n}\n"
            let compiled = try RulePack.build(rules: [("test.glean", rules)], gazetteers: [("gaz.yaml", testGazetteer), ("link_headers.yaml", headers)])
            return Extractor(pack: compiled).extract(Document(id: "doc", text: Self.page)).facts.map { "\($0.zone.rawValue):\($0.text)" }
        }
        #expect(try places("body, furniture") == ["body:Morocco", "body:Japan"])
        #expect(try places("links") == ["links:Morocco", "links:Japan", "links:Japan", "links:Morocco"])
        #expect(try places("any").count == 6)
        #expect(try places("body, furniture, links").count == 6)
    }

    @Test func anUnknownZoneNamesTheZones() {
        #expect(firstError("rule a {\n  zone: body, menu\n  pattern: \"x\"\n  emit X\n}\n") == "test.glean:2:15: unknown zone 'menu' (expected body, furniture, links or any)")
    }
}
