import Testing
@testable import Glean

/// `glean check`'s diagnostics, each on a small bad rule or gazetteer file, with the exact place and message.
/// (Syntax errors, unknown gazetteer types, annotation types and captures, and PCRE2 errors are also covered in
/// RulePackTests.)
@Suite("glean check diagnostics")
struct CheckDiagnosticsTests {
    func all(_ rules: String, gazetteer: String = testGazetteer) -> [String] {
        do {
            let built = try RulePack.build(rules: [("test.glean", rules)], gazetteers: [("gaz.yaml", gazetteer)])
            return (built.warnings + PackLint.diagnostics(built)).map { "\($0.severity.rawValue) \($0.location.map(\.description) ?? "-"): \($0.message)" }
        } catch {
            return error.diagnostics.map { "\($0.severity.rawValue) \($0.location.map(\.description) ?? "-"): \($0.message)" }
        }
    }

    @Test func syntaxError() {
        // The emit block's missing } is only noticed at the end of the file: the error points at the open rule.
        #expect(all("rule a {\n  pattern: c:gaz:Country\n  emit Country { id: c.id\n}\n") == ["error test.glean:1:1: rule 'a' is not closed: add '}'"])
    }

    @Test func unknownAttribute() {
        #expect(all("rule a {\n  pattern: gaz:Official(rank=1)\n  emit X\n}\n")
            == ["error test.glean:2:25: gazetteer type Official has no attribute 'rank' (known: country, form, id, name, role, type)"])
    }

    @Test func unknownNormaliser() {
        let messages = all("rule a {\n  pattern: n:#number\n  emit X { value: nubmer(n) }\n}\n")
        #expect(messages.count == 1)
        #expect(messages[0].hasPrefix("error test.glean:3:19: unknown function 'nubmer'"), "\(messages)")
        #expect(messages[0].contains("number"))
    }

    @Test func duplicateRuleID() {
        #expect(all("rule a {\n  pattern: \"x\"\n  emit X\n}\nrule a {\n  pattern: \"y\"\n  emit X\n}\n")
            == ["error test.glean:5:6: duplicate rule id 'a' (first defined at test.glean:1:6)"])
    }

    @Test func macroCycleIsAnErrorNotAStackOverflow() {
        let messages = all("macro A = \"x\" $B\nmacro B = \"y\" $A\nrule r {\n  pattern: $A\n  emit X\n}\n")
        #expect(messages == ["error test.glean:1:7: macro cycle: A -> B -> A"], "\(messages)")
        let selfCycle = all("macro A = \"x\" $A?\nrule r {\n  pattern: $A\n  emit X\n}\n")
        #expect(selfCycle.contains("error test.glean:1:7: macro cycle: A -> A"), "\(selfCycle)")
    }

    @Test func unusedMacro() {
        #expect(all("macro UNUSED = \"x\"\nrule r {\n  pattern: \"y\"\n  emit X\n}\n") == ["warning test.glean:1:7: macro 'UNUSED' is never used"])
    }

    @Test func tokenRegexWrittenAsAPrefixTest() {
        // A token regex must match the whole token: /^\p{Lu}/ accepts "A" alone, not "Alice". One warning per
        // place, even when a macro holding it is used twice; '$' closing the pattern (even after an escaped backslash) is fine.
        let messages = all("macro CAP = /^\\p{Lu}/u\nrule r {\n  pattern: $CAP $CAP /^(?:a|b)$/ /^x\\\\$/\n  emit X\n}\n")
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.hasPrefix("warning test.glean:1:13: token regex /^\\p{Lu}/ starts with '^' but is matched against the whole token") == true, "\(messages)")
        #expect(messages.first?.contains("(/\\p{Lu}.*/)") == true, "\(messages)")
        #expect(RuleCompiler.endsWithUnescapedDollar("a\\$") == false)
        #expect(RuleCompiler.endsWithUnescapedDollar("a\\\\$") == true)
    }

    @Test func typeNoPhaseProduces() {
        #expect(all("rule a {\n  pattern: @Mony\n  emit X\n}\n") == ["error test.glean:2:12: no earlier phase produces annotations of type 'Mony'"])
    }

    @Test func shadowedByHigherPriorityWithTheSamePattern() {
        let messages = all("""
        rule country.strong {
          priority: 10
          pattern: c:gaz:Country
          emit Country { id: c.id }
        }
        rule country.weak {
          pattern: k:gaz:Country
          emit Country { id: k.id, weak: true }
        }
        """)
        #expect(messages == ["warning test.glean:6:6: rule 'country.weak' can never fire: rule 'country.strong' (test.glean:1:6) has the same pattern in group 'Country' and a higher priority (10 > 0), so it wins every overlap"])
    }

    @Test func shadowedByAnEarlierWiderPattern() {
        let messages = all("""
        rule official.any {
          pattern: p:gaz:Official ("said" | "says")
          emit Statement { who: p.id }
        }
        rule official.minister {
          pattern: p:gaz:Official(role=foreign_minister) "said"
          emit Statement { who: p.id }
        }
        """)
        #expect(messages == ["warning test.glean:5:6: rule 'official.minister' can never fire: rule 'official.any' (test.glean:1:6) has a wider pattern in group 'Statement' and the same priority and comes first, so it wins every overlap"])
    }

    @Test func notShadowedWhenTheOtherRuleCanLose() {
        // Narrower winner, other group, a later rule with the same priority, a spread that may reject, a zone.
        let rules = """
        rule a {
          pattern: p:gaz:Official(role=foreign_minister) "said"
          emit Statement { who: p.id }
        }
        rule b {
          pattern: p:gaz:Official "said"
          emit Statement { who: p.id }
        }
        rule c {
          priority: 5
          zone: body
          pattern: c:gaz:Country
          emit Place { id: c.id }
        }
        rule d {
          pattern: c:gaz:Country
          emit Place { id: c.id }
        }
        rule e {
          priority: 5
          pattern: c:gaz:Country
          emit Nation { ...require(c.id) }
        }
        rule f {
          pattern: c:gaz:Country
          emit Nation { id: c.id }
        }
        """
        #expect(all(rules) == [])
    }

    @Test func gazetteerDuplicateID() {
        let gazetteer = "type: Country\nentries:\n  - id: MA\n    name: Morocco\n  - id: MA\n    name: Maroc\n"
        #expect(all("rule a {\n  pattern: \"x\"\n  emit X\n}\n", gazetteer: gazetteer) == ["error gaz.yaml:5:9: duplicate gazetteer id 'MA' for type Country (first defined at gaz.yaml:3:9)"])
    }

    @Test func aliasSharedByEntriesOfDifferentTypes() {
        let gazetteer = """
        entries:
          - id: GE
            type: Country
            name: Georgia
          - id: georgia_person
            type: Official
            name: Georgia Smith
            names:
              any: [Georgia]
          - id: jordan_person
            type: Official
            name: Jordan Dupont
            names:
              fr: [Jordan]
          - id: JO
            type: Country
            name: Jordan
            names:
              en: [Jordan]
        """
        let messages = all("rule a {\n  pattern: \"x\"\n  emit X\n}\n", gazetteer: gazetteer)
        #expect(messages.contains("warning gaz.yaml:5:9: 'Georgia' is a form of Official 'georgia_person' and of Country 'GE' (gaz.yaml:2:9): every mention is tagged as both; remove one, or make one an exact form or limit it to a language"), "\(messages)")
        // Forms limited to different languages never meet in one document.
        #expect(!messages.contains { $0.contains("'Jordan'") })
        #expect(messages.count == 1)
    }

    /// A form in two scan layers is found in each on its own ("doit" a tense word and a plan word): no warning; the
    /// same two entries in one layer are warned about.
    @Test func aliasSharedAcrossScanLayersIsNotWarned() {
        func gazetteer(secondLayer: String) -> String {
            """
            entries:
              - id: tense-future
                type: TenseWord
                layer: tense
                name: doit
              - id: plan-frame
                type: PlanFrame
                layer: \(secondLayer)
                name: doit
            """
        }
        let rules = "rule a {\n  pattern: \"x\"\n  emit X\n}\n"
        let apart = all(rules, gazetteer: gazetteer(secondLayer: "frame"))
        #expect(!apart.contains { $0.contains("'doit' is a form of") }, "\(apart)")
        let together = all(rules, gazetteer: gazetteer(secondLayer: "tense"))
        #expect(together.contains { $0.contains("'doit' is a form of PlanFrame 'plan-frame' and of TenseWord 'tense-future'") }, "\(together)")
    }
}
