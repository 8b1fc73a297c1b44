import Testing
@testable import Glean

/// `define NAME = expression` and `$NAME` in field values: one value written once, computed with the captures of
/// each rule that uses it, and every mistake reported at a file:line:column.
@Suite("Rule language: defined values")
struct DefinedValueTests {
    func messages(_ rules: [(String, String)]) -> [String] {
        do {
            let built = try RulePack.build(rules: rules, gazetteers: [("gaz.yaml", testGazetteer)])
            return built.warnings.map { "\($0.severity.rawValue) \($0.location.map(\.description) ?? "-"): \($0.message)" }
        } catch {
            return error.diagnostics.map { "\($0.severity.rawValue) \($0.location.map(\.description) ?? "-"): \($0.message)" }
        }
    }

    @Test func aDefinedValueIsComputedWithEachRulesCaptures() throws {
        let rules = """
        define WHO = first(who.country, who.id)
        rule minister {
          pattern: who:gaz:Official "met"
          emit Meeting { country: $WHO, kind: "talks" }
        }
        rule country {
          pattern: "in" who:gaz:Country
          emit Place { country: $WHO }
        }
        """
        let facts = try extract(rules, "Nasser Bourita met officials in Japan.")
        #expect(facts.map(\.type) == ["Meeting", "Place"])
        #expect(facts[0].field("country") == .string("MA"))
        #expect(facts[0].field("kind") == .string("talks"))
        #expect(facts[1].field("country") == .string("JP"))
    }

    @Test func definedValuesNestAndSpanLinesAndFiles() throws {
        let shared = """
        define COUNTRY = c.id
        define PAIR = sorted([
          $COUNTRY,
          "MA"
        ])
        """
        let rules = "rule pair {\n  pattern: \"in\" c:gaz:Country\n  emit Pair { countries: $PAIR }\n}\n"
        let built = try RulePack.build(rules: [("main.glean", rules), ("shared.glean", shared)], gazetteers: [("gaz.yaml", testGazetteer)])
        let facts = Extractor(pack: built).extract(Document(id: "doc", text: "talks in Japan", language: .en)).facts
        #expect(facts.count == 1)
        #expect(facts[0].field("countries") == .list([.string("JP"), .string("MA")]))
    }

    @Test func anUnknownNameIsReportedWhereItIsUsed() {
        let found = messages([("test.glean", "define A = \"x\"\nrule r {\n  pattern: \"y\"\n  emit X { v: $B, w: $A }\n}\n")])
        #expect(found == ["error test.glean:4:15: unknown defined value '$B' (defined: A; write define B = … in a rule file)"], "\(found)")
    }

    @Test func aCaptureTheUsingRuleLacksIsReportedAtTheValueAndTheUse() {
        let found = messages([("test.glean", "define WHO = p.country\nrule r {\n  pattern: c:gaz:Country\n  emit X { v: $WHO }\n}\n")])
        #expect(found.count == 2, "\(found)")
        #expect(found.contains("error test.glean:1:14: unknown capture 'p' (captures: c)"), "\(found)")
        #expect(found.contains("error test.glean:4:15: '$WHO' cannot be computed here (see the error at test.glean:1:8)"), "\(found)")
    }

    @Test func cyclesDuplicatesAndUnusedValuesAreReported() {
        let cycle = messages([("test.glean", "define A = first($B, \"x\")\ndefine B = $A\nrule r {\n  pattern: \"y\"\n  emit X { v: $A }\n}\n")])
        #expect(cycle.contains("error test.glean:1:8: defined value cycle: $A -> $B -> $A"), "\(cycle)")
        let twice = messages([("a.glean", "define A = \"x\"\nrule r {\n  pattern: \"y\"\n  emit X { v: $A }\n}\n"), ("b.glean", "define A = \"z\"\n")])
        #expect(twice == ["error b.glean:1:8: 'A' is defined twice (first at a.glean:1:8)"], "\(twice)")
        let unused = messages([("test.glean", "define UNUSED = \"x\"\nrule r {\n  pattern: \"y\"\n  emit X\n}\n")])
        #expect(unused == ["warning test.glean:1:8: 'UNUSED' is defined but never used"], "\(unused)")
    }

    @Test func parametersStandForTheArgumentsOfEachUse() throws {
        let rules = """
        define OR_NONE(v) = first(v, "none")
        define COUNTRY_OF(p) = $OR_NONE(first(p.country, p.id))
        rule minister {
          pattern: who:gaz:Official "met" c:gaz:Country?
          emit Meeting { from: $COUNTRY_OF(who), to: $OR_NONE(c.id), nested: $OR_NONE($OR_NONE(c.id)), both: [$COUNTRY_OF(who), $COUNTRY_OF(c)] }
        }
        """
        let facts = try extract(rules, "Nasser Bourita met Japan's envoy.")
        #expect(facts.count == 1)
        #expect(facts[0].field("from") == .string("MA"))
        #expect(facts[0].field("to") == .string("JP"))
        #expect(facts[0].field("nested") == .string("JP"))
        #expect(facts[0].field("both") == .list([.string("MA"), .string("JP")]))
        let alone = try extract(rules, "Nasser Bourita met the press.")
        #expect(alone.first?.field("to") == .string("none"))
    }

    @Test func argumentsAreCheckedWhereTheyAreWritten() {
        let arity = messages([("test.glean", "define F(a, b) = first(a, b)\nrule r {\n  pattern: c:gaz:Country\n  emit X { v: $F(c.id) }\n}\n")])
        #expect(arity == ["error test.glean:4:15: '$F' takes 2 argument(s) (a, b), got 1"], "\(arity)")
        let notACapture = messages([("test.glean", "define ID(p) = p.id\nrule r {\n  pattern: c:gaz:Country\n  emit X { v: $ID(\"MA\") }\n}\n")])
        #expect(notACapture.contains("error test.glean:1:16: 'p.id' reads a field of parameter 'p', but the argument given for it is not a capture"), "\(notACapture)")
        let unknownInArgument = messages([("test.glean", "define ID(p) = p\nrule r {\n  pattern: c:gaz:Country\n  emit X { v: $ID(d.id) }\n}\n")])
        #expect(unknownInArgument == ["error test.glean:4:19: unknown capture 'd' (captures: c)"], "\(unknownInArgument)")
    }

    @Test func aDefineWithoutAValueIsASyntaxError() {
        #expect(firstError("define A =\nrule r {\n  pattern: \"y\"\n  emit X\n}\n").hasPrefix("test.glean:1:11: expected a value"))
        #expect(firstError("define = \"x\"\n").hasPrefix("test.glean:1:8: expected a name after 'define'"))
        #expect(firstError("define F(a, a) = a\n").hasPrefix("test.glean:1:13: parameter 'a' of 'F' is named twice"))
    }
}
