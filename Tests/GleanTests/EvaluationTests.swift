import Foundation
import Testing
@testable import Glean

/// How `glean eval` pairs produced facts with gold facts and scores them (docs/fixtures.md, "Measuring a pack").
@Suite("Evaluation against a gold set")
struct EvaluationTests {
    static let text = "The ministers held talks in Rome on Monday. Later, trade between the two countries reached $5 billion, officials said."

    static func gold(_ type: String, _ evidence: String, _ fields: [FieldEntry], line: Int = 1) -> GoldFact {
        GoldFact(document: "d_1", type: type, evidence: evidence, fields: fields, location: SourceLocation(file: "gold.jsonl", line: line, column: 1))
    }

    /// A fact whose span is the first occurrence of `text` in the document.
    static func fact(_ type: String, _ text: String, _ fields: [FieldEntry], rule: String = "r") -> Fact {
        let range = Self.text.range(of: text)!
        let start = Self.text.unicodeScalars.distance(from: Self.text.unicodeScalars.startIndex, to: range.lowerBound)
        return Fact(document: "d_1", type: type, rule: rule, span: TextSpan(start: start, end: start + text.unicodeScalars.count),
                    byteSpan: ByteSpan(start: 0, end: 0), text: text, zone: .body, fields: fields)
    }

    static func evaluate(_ gold: [GoldFact], _ facts: [Fact], tolerance: Int = 80) -> Evaluation {
        let set = GoldSet(facts: gold, documents: [Document(id: "d_1", text: text, language: .en)])
        var options = EvaluationOptions()
        options.tolerance = tolerance
        return Evaluator.evaluate(set, facts: ["d_1": facts], languages: ["d_1": .en], options: options)
    }

    @Test func aSecondAnnotatorsGoldIsScoredAsProducedFacts() {
        let first = [Self.gold("Meeting", "held talks in Rome", [FieldEntry("kind", .string("talks"))]),
                     Self.gold("TradeFigure", "trade between the two countries reached $5 billion", [FieldEntry("indicator", .string("trade"))], line: 2)]
        // The second reader marks a shorter clause for the meeting, calls it a visit, and skips the figure.
        let second = GoldSet(facts: [Self.gold("Meeting", "talks in Rome on Monday", [FieldEntry("kind", .string("visit"))])],
                             documents: [Document(id: "d_1", text: Self.text, language: .en)])
        let produced = second.asProducedFacts(annotator: "reader2")
        #expect(produced["d_1"]?.map(\.rule) == ["reader2"])
        #expect(produced["d_1"]?.first?.span == TextSpan(start: 19, end: 42))
        let set = GoldSet(facts: first, documents: second.documents)
        let evaluation = Evaluator.evaluate(set, facts: produced, languages: [:], options: EvaluationOptions())
        #expect(evaluation.byType["Meeting"]?.correct == 0 && evaluation.missed.count == 2 && evaluation.spurious.count == 1)
        let agreeing = GoldSet(facts: first, documents: second.documents).asProducedFacts(annotator: "same")
        #expect(Evaluator.evaluate(set, facts: agreeing, languages: [:], options: EvaluationOptions()).total.correct == 2)
    }

    @Test func aFactNearTheEvidenceWithTheSameKindMatches() {
        let evaluation = Self.evaluate([Self.gold("Meeting", "held talks in Rome", [FieldEntry("kind", .string("talks"))])],
                                       [Self.fact("Meeting", "talks", [FieldEntry("kind", .string("talks"))])])
        #expect(evaluation.byType["Meeting"]?.correct == 1)
        #expect(evaluation.missed.isEmpty && evaluation.spurious.isEmpty)
    }

    @Test func anotherKindOrAFactBeyondTheToleranceDoesNotMatch() {
        let gold = [Self.gold("Meeting", "held talks in Rome", [FieldEntry("kind", .string("talks"))])]
        let otherKind = Self.evaluate(gold, [Self.fact("Meeting", "talks", [FieldEntry("kind", .string("visit"))])])
        #expect(otherKind.byType["Meeting"]?.correct == 0)
        #expect(otherKind.missed.count == 1 && otherKind.spurious.count == 1)
        // "officials said" starts far after the evidence ends: too far at a 10-character tolerance, near enough at 80.
        let far = [Self.fact("Meeting", "officials said", [FieldEntry("kind", .string("talks"))])]
        #expect(Self.evaluate(gold, far, tolerance: 10).byType["Meeting"]?.correct == 0)
        #expect(Self.evaluate(gold, far, tolerance: 100).byType["Meeting"]?.correct == 1)
    }

    @Test func tradeFiguresMatchOnTheIndicatorOrTheAmountAndTradeEqualsTurnover() {
        let gold = [Self.gold("TradeFigure", "trade between the two countries reached $5 billion",
                              [FieldEntry("indicator", .string("trade")), FieldEntry("amount", .int(5_000_000_000)), FieldEntry("currency", .string("USD"))])]
        let money: FieldValue = .object([FieldEntry("amount", .int(5_000_000_000)), FieldEntry("currency", .string("USD"))])
        let turnover = Self.evaluate(gold, [Self.fact("TradeFigure", "reached $5 billion", [FieldEntry("indicator", .string("trade_turnover")), FieldEntry("amount", money)])])
        #expect(turnover.byType["TradeFigure"]?.correct == 1)
        // The amount inside the fact's money object is compared with the gold's flat amount and currency.
        #expect(turnover.fields["TradeFigure"]?["amount"] == Evaluation.FieldAccuracy(correct: 1, total: 1))
        #expect(turnover.fields["TradeFigure"]?["currency"] == Evaluation.FieldAccuracy(correct: 1, total: 1))
        let byAmount = Self.evaluate(gold, [Self.fact("TradeFigure", "reached $5 billion", [FieldEntry("indicator", .string("exports")), FieldEntry("amount", money)])])
        #expect(byAmount.byType["TradeFigure"]?.correct == 1)
        #expect(byAmount.fields["TradeFigure"]?["indicator"] == Evaluation.FieldAccuracy(correct: 0, total: 1))
    }

    @Test func pairsAreOneToOne() {
        // Two instruments stated in one clause are two gold facts; one produced fact matches only one of them.
        let fields = [FieldEntry("kind", .string("talks"))]
        let evaluation = Self.evaluate([Self.gold("Meeting", "held talks in Rome", fields), Self.gold("Meeting", "held talks in Rome", fields, line: 2)],
                                       [Self.fact("Meeting", "talks", fields)])
        let counts = evaluation.byType["Meeting"]!
        #expect(counts.expected == 2 && counts.actual == 1 && counts.correct == 1)
        #expect(counts.recall == 0.5 && counts.precision == 1)
        #expect(evaluation.missed.map(\.location.line) == [2])
    }

    @Test func perRuleCountsSayWhichRuleProducedTheSpuriousFacts() {
        let gold = [Self.gold("Meeting", "held talks in Rome", [FieldEntry("kind", .string("talks")), FieldEntry("location", .string("Rome"))])]
        let facts = [Self.fact("Meeting", "talks", [FieldEntry("kind", .string("talks")), FieldEntry("location", .string("Paris"))], rule: "meeting.talks"),
                     Self.fact("Meeting", "officials said", [FieldEntry("kind", .string("visit"))], rule: "meeting.noisy"),
                     Self.fact("Meeting", "Monday", [FieldEntry("kind", .string("summit"))], rule: "meeting.noisy")]
        // At a 10-character tolerance "Monday" lies near the matched evidence (a repeat), "officials said" does not.
        let evaluation = Self.evaluate(gold, facts, tolerance: 10)
        #expect(evaluation.byRule["meeting.talks"] == Evaluation.RuleCounts(type: "Meeting", produced: 1, matched: 1, wrongFields: 1, wrongKey: 0, nearMatched: 0))
        #expect(evaluation.byRule["meeting.noisy"] == Evaluation.RuleCounts(type: "Meeting", produced: 2, matched: 0, wrongFields: 0, wrongKey: 0, nearMatched: 1))
        // A fact of another kind at the place of a missed gold fact found the event and read its key wrong.
        let misread = Self.evaluate(gold, [Self.fact("Meeting", "talks", [FieldEntry("kind", .string("visit"))], rule: "meeting.visit")])
        #expect(misread.byRule["meeting.visit"]?.wrongKey == 1 && misread.wrongKey.first?.gold.evidence == "held talks in Rome")
        // The misread key is counted by its two values, and the report names them.
        #expect(misread.keyConfusions == [Evaluation.KeyConfusion(type: "Meeting", key: "kind", expected: "talks", actual: "visit", count: 1)])
        #expect(EvaluationReport.confusionTable(misread).hasSuffix("  Meeting kind: talks as visit 1"))
        #expect(evaluation.keyConfusions.isEmpty && EvaluationReport.confusionTable(evaluation).isEmpty)
        // The noisiest rule of a type comes first.
        let table = EvaluationReport.ruleTable(evaluation).split(separator: "\n")
        #expect(table.count == 4 && table[2].hasPrefix("meeting.noisy") && table[3].hasPrefix("meeting.talks"))
    }

    @Test func fieldAccuracyCountsAGuessedFieldAsWrongAndListsAsSets() {
        let gold = [Self.gold("Meeting", "held talks in Rome", [FieldEntry("kind", .string("talks")), FieldEntry("countries", .list([.string("IT"), .string("FR")]))]),
                    Self.gold("Meeting", "held talks in Rome", [FieldEntry("kind", .string("talks")), FieldEntry("date", .string("2024-05-06"))], line: 2)]
        let facts = [Self.fact("Meeting", "talks", [FieldEntry("kind", .string("talks")), FieldEntry("countries", .list([.string("FR"), .string("IT")]))]),
                     Self.fact("Meeting", "Rome", [FieldEntry("kind", .string("talks")), FieldEntry("date", .string("2024-05-06")), FieldEntry("countries", .list([.string("IT")]))])]
        let evaluation = Self.evaluate(gold, facts)
        #expect(evaluation.byType["Meeting"]?.correct == 2)
        // The second fact names countries where the gold fact has none: that is a wrong field, not agreement.
        #expect(evaluation.fields["Meeting"]?["countries"] == Evaluation.FieldAccuracy(correct: 1, total: 2))
        #expect(evaluation.fields["Meeting"]?["date"] == Evaluation.FieldAccuracy(correct: 2, total: 2))
    }

    /// `--error-summary`: each missed gold fact gets the cause the produced facts show, without any text.
    @Test func missedFactsAreCountedByWhatThePackProducedNearThem() {
        let talks = [FieldEntry("kind", .string("talks"))]
        let gold = [Self.gold("Meeting", "held talks in Rome", talks),
                    Self.gold("Meeting", "held talks in Rome", talks, line: 2),
                    Self.gold("TradeFigure", "trade between the two countries reached $5 billion", [FieldEntry("indicator", .string("exports"))], line: 3)]
        // One talks fact for two gold talks (the second is beside a fact that matched the first); the figure is read
        // as another indicator near its evidence.
        let facts = [Self.fact("Meeting", "talks", talks),
                     Self.fact("TradeFigure", "reached $5 billion", [FieldEntry("indicator", .string("imports"))])]
        let summary = Self.evaluate(gold, facts).errorSummary
        #expect(summary.missCauses["Meeting"] == [.besideMatchedFact: 1])
        #expect(summary.missCauses["TradeFigure"] == [.keyReadOtherwise: 1])
        // At a 10-character tolerance, a visit fact far from the gold visit has its key elsewhere in the document;
        // a summit with nothing of its kind is not found.
        let far = [Self.gold("Meeting", "held talks in Rome", [FieldEntry("kind", .string("visit"))]),
                   Self.gold("Meeting", "held talks in Rome", [FieldEntry("kind", .string("summit"))], line: 2)]
        let elsewhere = Self.evaluate(far, [Self.fact("Meeting", "officials said", [FieldEntry("kind", .string("visit"))])], tolerance: 10).errorSummary
        #expect(elsewhere.missCauses["Meeting"] == [.keyElsewhereInDocument: 1, .notFound: 1])
        let table = EvaluationReport.errorSummaryTable(Self.evaluate(far, [], tolerance: 10))
        #expect(table.contains("    missed (2): nothing of its type near it or with its key 2"))
        #expect(!table.contains("Rome"))
    }

    /// `--error-summary`: each spurious fact gets the cause the gold facts of its document show, without any text.
    @Test func spuriousFactsAreCountedByTheGoldOfTheirDocument() {
        let talks = [FieldEntry("kind", .string("talks"))], visit = [FieldEntry("kind", .string("visit"))]
        // At a 10-character tolerance: a second talks fact beside the matched gold talks (a repeat); a visit near a
        // gold visit nothing matched, read as talks (key read otherwise).
        let gold = [Self.gold("Meeting", "held talks in Rome", talks),
                    Self.gold("Meeting", "officials said", visit, line: 2)]
        let repeats = Self.evaluate(gold, [Self.fact("Meeting", "held talks", talks), Self.fact("Meeting", "Rome on Monday", talks),
                                           Self.fact("Meeting", "officials said", talks)], tolerance: 10).errorSummary
        #expect(repeats.spuriousCauses["Meeting"] == [.besideMatchedFact: 1, .keyReadOtherwise: 1])
        // Far from both gold facts: a talks (a key the document's gold has) and a summit (a key it has not); a trade
        // figure in a document whose gold has none.
        var options = EvaluationOptions()
        options.tolerance = 10
        options.types = ["Meeting", "TradeFigure"]
        let set = GoldSet(facts: [Self.gold("Meeting", "held talks in Rome", talks)], documents: [Document(id: "d_1", text: Self.text, language: .en)])
        let produced = [Self.fact("Meeting", "officials said", talks), Self.fact("Meeting", "trade between", [FieldEntry("kind", .string("summit"))]),
                        Self.fact("TradeFigure", "reached $5 billion", [FieldEntry("indicator", .string("trade"))])]
        let far = Evaluator.evaluate(set, facts: ["d_1": produced], languages: ["d_1": .en], options: options)
        #expect(far.errorSummary.spuriousCauses["Meeting"] == [.keyOfGoldElsewhere: 1, .awayFromGold: 1])
        #expect(far.errorSummary.spuriousCauses["TradeFigure"] == [.noGoldOfItsType: 1])
        let table = EvaluationReport.errorSummaryTable(far)
        #expect(table.contains("    spurious (2): away from the gold, with the key of a gold fact of its document 1, away from the gold, with a key no gold fact of its document has 1"))
        #expect(!table.contains("Rome"))
    }

    /// `--error-summary`: a wrong field is counted by kind of error — lists by what is missing or extra, dates by the
    /// part that differs, labels by their two values.
    @Test func wrongFieldsAreCountedByKindOfError() {
        let options = EvaluationOptions()
        func kind(_ key: String, _ expected: FieldValue?, _ actual: FieldValue?) -> String {
            ErrorSummary.fieldErrorKind(key: key, expected: expected, actual: actual, options: options)
        }
        let itFr: FieldValue = .list([.string("IT"), .string("FR")])
        #expect(kind("countries", itFr, .list([.string("FR")])) == "one missing")
        #expect(kind("countries", itFr, .list([.string("FR"), .string("IT"), .string("DE"), .string("ES")])) == "2 extra")
        #expect(kind("countries", itFr, .list([.string("DE")])) == "none in common")
        #expect(kind("countries", itFr, .list([.string("IT"), .string("DE")])) == "some missing and some extra")
        #expect(kind("countries", .list([]), .list([.string("IT")])) == "given where the gold has an empty list")
        #expect(kind("date", .string("2024-05-06"), nil) == "none given")
        #expect(kind("date", nil, .string("2024-05-06")) == "given where the gold has none")
        #expect(kind("date", .string("2024-05-06"), .string("2023-05-06")) == "another year")
        #expect(kind("date", .string("2024-05-06"), .string("2024-05")) == "coarser (month given)")
        #expect(kind("date", .string("2024-05"), .string("2024-05-06")) == "finer than the gold")
        #expect(kind("date", .string("2024-05-06"), .string("2024-05-07")) == "same month, another day")
        #expect(kind("date", .string("2024-05-06"), .string("2024-07-06")) == "same year, another month")
        #expect(kind("status", .string("in_force"), .string("signed")) == "in_force as signed")
        // Free text is never shown: a place or a title is only "another value".
        #expect(kind("location", .string("Rome"), .string("Paris")) == "another value")
        #expect(kind("amount", .int(5), .int(6)) == "another number")
        let gold = [Self.gold("Meeting", "held talks in Rome", [FieldEntry("kind", .string("talks")), FieldEntry("countries", itFr)])]
        let evaluation = Self.evaluate(gold, [Self.fact("Meeting", "talks", [FieldEntry("kind", .string("talks")), FieldEntry("countries", .list([.string("IT")]))])])
        #expect(evaluation.errorSummary.fieldErrors == ["Meeting": ["countries": ["one missing": 1]]])
        #expect(EvaluationReport.errorSummaryTable(evaluation).hasSuffix("    countries wrong (1): one missing 1"))
    }

    /// A place written with or without its accents is the same place ("Lomé", "Lome").
    @Test func stringsCompareWithoutCaseAndAccents() {
        let options = EvaluationOptions()
        #expect(Evaluator.equal(key: "location", .string("Lomé"), .string("lome"), options: options))
        #expect(Evaluator.equal(key: "location", .string("Asunción"), .string("Asuncion"), options: options))
        #expect(!Evaluator.equal(key: "location", .string("Lomé"), .string("Lima"), options: options))
    }

    @Test func halvesFollowTheNumberInTheId() {
        #expect(GoldSet.Half.odd.contains("en_007") && !GoldSet.Half.odd.contains("fr_010"))
        #expect(GoldSet.Half.even.contains("fr_010") && !GoldSet.Half.even.contains("notes"))
    }

    @Test func aMalformedGoldLineIsAnErrorAtItsLineAndColumn() {
        let file = SourceFile(path: "gold.jsonl", text: """
        {"id": "d_1", "type": "Meeting", "evidence": "held talks", "fields": {"kind": "talks"}}
        {"id": "d_1", "type": "Meeting", "evidence": 12}
        {"id": "d_1", "type": "Meeting", "evidence": "x", "fields": {"kind": }}
        """)
        var diagnostics: [Diagnostic] = []
        let facts = GoldSetLoader.parseFacts(file, diagnostics: &diagnostics)
        #expect(facts.count == 1)
        #expect(diagnostics.map { "\($0.location!)" } == ["gold.jsonl:2:34", "gold.jsonl:3:70"])
        #expect(diagnostics[0].message.contains("\"evidence\" must be a non-empty string"))
    }
}

/// `glean eval` compares place fields through the city gazetteer: two names of one entry agree (docs/fixtures.md,
/// "Measuring a pack: glean eval").
@Suite("Evaluation: place names")
struct EvaluationPlaceNameTests {
    static let cities = """
    type: City
    entries:
      - id: RU-SAINT-PETERSBURG
        name: St Petersburg
        names:
          en: [St Petersburg, Saint Petersburg, St. Petersburg]
          fr: [Saint-Pétersbourg]
      - id: US-WASHINGTON
        name: Washington
        names:
          en: [Washington, Washington DC, Washington D.C.]
      - id: KZ-ASTANA
        name: Astana
        names:
          any: [Astana]
      - id: KZ-NUR-SULTAN
        name: Nur-Sultan
        names:
          any: [Nur-Sultan, Nursultan]
      - id: MA
        type: Country
        name: Morocco
        names:
          en: [Morocco]
    """

    static func table() throws -> PlaceNameTable {
        let pack = try RulePack.build(rules: [("t.glean", "rule r {\n  pattern: gaz:City\n  emit Place { }\n}\n")], gazetteers: [("cities.yaml", cities)])
        return PlaceNameTable(gazetteer: pack.gazetteer)
    }

    static func agree(_ gold: String, _ produced: String, key: String = "location", names: PlaceNameTable?) -> Bool {
        var options = EvaluationOptions()
        options.placeNames = names
        return Evaluator.equal(key: key, .string(gold), .string(produced), options: options)
    }

    @Test func twoNamesOfOneCityAgree() throws {
        let names = try Self.table()
        #expect(Self.agree("St Petersburg", "Saint Petersburg", names: names))
        #expect(Self.agree("Saint-Pétersbourg", "St. Petersburg", names: names))
        #expect(Self.agree("Washington, D.C.", "Washington", names: names))
        // By the entry's id too.
        #expect(Self.agree("RU-SAINT-PETERSBURG", "Saint Petersburg", names: names))
    }

    @Test func otherEntriesAndUnknownNamesCompareAsText() throws {
        let names = try Self.table()
        // Two entries (the gazetteer keeps the city's name of 2019-2022 apart): different places.
        #expect(!Self.agree("Astana", "Nur-Sultan", names: names))
        #expect(!Self.agree("St Petersburg", "Washington", names: names))
        // Names the gazetteer does not know, only as text.
        #expect(!Self.agree("Lima", "Cuzco", names: names))
        #expect(Self.agree("Cuzco", "cuzco", names: names))
        // A country is no city entry.
        #expect(!Self.agree("Morocco", "Washington", names: names))
        // Only place fields; without the table, as text.
        #expect(!Self.agree("St Petersburg", "Saint Petersburg", key: "title", names: names))
        #expect(!Self.agree("St Petersburg", "Saint Petersburg", names: nil))
    }
}
