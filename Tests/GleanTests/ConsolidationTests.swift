import Foundation
import Testing
@testable import Glean

/// Synthetic facts, as the rules would emit them.
private func fact(_ type: String, doc: String, at start: Int, lang: Language = .en, rule: String = "test.rule", text: String = "…", _ fields: [FieldEntry]) -> SourcedFact {
    SourcedFact(fact: Fact(document: doc, type: type, rule: rule, span: TextSpan(start: start, end: start + 10), byteSpan: ByteSpan(start: start, end: start + 10),
                           text: text, zone: .body, fields: fields), language: lang)
}

private func strings(_ values: [String]) -> FieldValue { .list(values.map(FieldValue.string)) }

private let shippedConfig: ConsolidationConfig = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try! ConsolidationConfig.load(path: root.appendingPathComponent("Rules/consolidation.yaml").path)
}()

@Suite("Consolidation")
struct ConsolidationTests {
    let consolidator = Consolidator(config: shippedConfig)

    @Test func partialDatesAgainstFullDates() throws {
        func date(_ text: String) throws -> PartialDate { try #require(PartialDate(text)) }
        #expect(try date("XXXX-05").relation(to: date("2024-05-31")) == .nested)
        #expect(try date("2024").relation(to: date("2024-08-08")) == .nested)
        #expect(try date("2024-Q3").relation(to: date("2024-08-08T13:55")) == .nested)
        #expect(try date("2024-W32").relation(to: date("2024-08")) == .nested)   // 5–11 August
        #expect(try date("2024-W31").relation(to: date("2024-08")) == .overlapping) // 29 July – 4 August
        #expect(try date("2024-08-08").relation(to: date("2024-08-10")) == .apart(days: 2))
        #expect(try date("XXXX-05-31").relation(to: date("2024-06-01")) == .apart(days: 1))
        #expect(try date("2023").relation(to: date("2024-01-01")) == .apart(days: 1))
        #expect(try date("2024-08-08T10").relation(to: date("2024-08-08T15")) == .apart(days: 0))
        #expect(try date("XXXX-03-01").relation(to: date("2023-03-01")) == .nested) // unknown years are laid out on a leap year
        #expect(try date("XXXX-05-31").mostSpecific(with: date("2024")).text == "2024-05-31")
        #expect(try date("XXXX-05").mostSpecific(with: date("2024-05-31")).text == "2024-05-31")
        #expect(PartialDate("2024-13") == nil && PartialDate("May") == nil && PartialDate("2024-02-30") == nil)
    }

    @Test func titlesCompareAcrossLanguages() {
        let lexicon = shippedConfig.lexicon
        let english = "Memorandum of Cooperation for a Reinforced Partnership", french = "mémorandum de coopération pour un partenariat renforcé"
        #expect(lexicon.concepts(of: english) == ["memorandum", "cooperation", "reinforced", "partnership"])
        #expect(lexicon.similarity(english, french) == 1)
        #expect(lexicon.similarity("Agreement on air communication", "accord sur la communication aérienne") == 1)
        #expect(lexicon.similarity(english, "Agreement on air communication") < 0.3)
    }

    @Test func mergesAcrossLanguagesWithTheMostSpecificDate() throws {
        let records = consolidator.consolidate([
            fact("Agreement", doc: "en.txt", at: 100, lang: .en, [FieldEntry("kind", .string("memorandum")),
                FieldEntry("title", .string("Memorandum of Cooperation for a Reinforced Partnership")), FieldEntry("date", .string("XXXX-05")), FieldEntry("parties", strings(["JP", "MA"]))]),
            fact("Agreement", doc: "fr.txt", at: 50, lang: .fr, [FieldEntry("kind", .string("memorandum")),
                FieldEntry("title", .string("mémorandum de coopération pour un partenariat renforcé")), FieldEntry("date", .string("2024-05-31")), FieldEntry("parties", strings(["MA", "JP"]))]),
            // Same kind and parties, another instrument: stays apart.
            fact("Agreement", doc: "fr.txt", at: 400, lang: .fr, [FieldEntry("kind", .string("memorandum")),
                FieldEntry("title", .string("mémorandum d'entente dans le domaine de la pêche maritime")), FieldEntry("parties", strings(["MA", "JP"]))]),
        ])
        #expect(records.count == 2)
        let merged = try #require(records.first { $0.sources.count == 2 })
        #expect(merged.fields.first { $0.key == "date" }?.value == .string("2024-05-31"))
        #expect(merged.languages == [.en, .fr])
        #expect(merged.documents == ["en.txt", "fr.txt"])
        #expect(!merged.conflict)
    }

    @Test func disagreeingFieldsAreKeptAndFlagged() throws {
        let call: [FieldEntry] = [FieldEntry("kind", .string("phone_call")), FieldEntry("participants", strings(["nasser_bourita", "kamikawa_yoko"])), FieldEntry("date", .string("2024-08-08"))]
        let records = consolidator.consolidate([
            fact("Meeting", doc: "a.txt", at: 10, call + [FieldEntry("duration_minutes", .int(20))]),
            fact("Meeting", doc: "b.txt", at: 10, lang: .fr, call + [FieldEntry("duration_minutes", .int(30))]),
            fact("Meeting", doc: "c.txt", at: 10, call + [FieldEntry("duration_minutes", .double(20))]),
        ])
        let record = try #require(records.first)
        #expect(records.count == 1)
        #expect(record.conflict)
        #expect(record.fields.first { $0.key == "duration_minutes" } == nil) // never picked silently
        let conflict = try #require(record.conflicts.first)
        #expect(conflict.field == "duration_minutes")
        #expect(conflict.values.map(\.value) == [.int(20), .int(30)])
        #expect(conflict.values.map(\.sources) == [[0, 2], [1]])
    }

    @Test func datesWithinTheToleranceMergeAsAConflict() throws {
        let call: [FieldEntry] = [FieldEntry("kind", .string("phone_call")), FieldEntry("countries", strings(["MA", "JP"]))]
        let records = consolidator.consolidate([
            fact("Meeting", doc: "a.txt", at: 10, call + [FieldEntry("date", .string("2024-08-08"))]),
            fact("Meeting", doc: "b.txt", at: 10, call + [FieldEntry("date", .string("2024-08-09"))]),
        ])
        #expect(records.count == 1)
        #expect(records.first?.conflicts.map(\.field) == ["date"])
    }

    @Test func sameKindOnDifferentDatesStaysApart() {
        let visit: [FieldEntry] = [FieldEntry("kind", .string("visit")), FieldEntry("participants", strings(["murat_nurtleu"])), FieldEntry("countries", strings(["KZ", "MA"]))]
        let records = consolidator.consolidate([
            fact("Meeting", doc: "2023.txt", at: 10, visit + [FieldEntry("date", .string("2023-06-02"))]),
            fact("Meeting", doc: "2024.txt", at: 10, visit + [FieldEntry("date", .string("2024-08-30"))]),
            // Without a date it is compatible with either, but cannot join them into one.
            fact("Meeting", doc: "undated.txt", at: 10, visit),
        ])
        #expect(records.count == 2)
        #expect(records.map(\.sources.count).sorted() == [1, 2])
        #expect(records.allSatisfy { !$0.conflict })
    }

    @Test func aDocumentRepeatingItselfGivesOneRecord() {
        let records = consolidator.consolidate([
            fact("Meeting", doc: "a.txt", at: 10, [FieldEntry("kind", .string("visit")), FieldEntry("countries", strings(["KZ", "MA"]))]),
            fact("Meeting", doc: "a.txt", at: 300, [FieldEntry("kind", .string("visit")), FieldEntry("participants", strings(["murat_nurtleu", "nasser_bourita"])),
                                                    FieldEntry("countries", strings(["KZ", "MA"])), FieldEntry("location", .string("Rabat"))]),
            fact("Meeting", doc: "a.txt", at: 900, [FieldEntry("kind", .string("visit")), FieldEntry("participants", strings(["murat_nurtleu", "mohammed_vi"]))]),
            // Another kind of meeting between the same countries.
            fact("Meeting", doc: "a.txt", at: 1200, [FieldEntry("kind", .string("consultations")), FieldEntry("countries", strings(["KZ", "MA"]))]),
        ])
        #expect(records.count == 2)
        let visit = records.first { $0.fields.first?.value == .string("visit") }
        #expect(visit?.sources.count == 3)
        #expect(visit?.fields.first { $0.key == "participants" }?.value == strings(["murat_nurtleu", "nasser_bourita", "mohammed_vi"]))
        #expect(visit?.fields.first { $0.key == "location" }?.value == .string("Rabat"))
    }

    @Test func oneMinisterInTwoCallsIsTwoCalls() {
        func call(_ doc: String, _ people: [String], _ countries: [String]) -> SourcedFact {
            var fields = [FieldEntry("kind", .string("phone_call")), FieldEntry("participants", strings(people)), FieldEntry("date", .string("2024-08-08"))]
            if !countries.isEmpty { fields.append(FieldEntry("countries", strings(countries))) }
            return fact("Meeting", doc: doc, at: 10, fields)
        }
        let records = consolidator.consolidate([
            call("a.txt", ["nasser_bourita", "kamikawa_yoko"], ["MA", "JP"]), call("b.txt", ["nasser_bourita", "antony_blinken"], ["MA", "US"]),
            call("c.txt", ["nasser_bourita"], []),  // names one minister: compatible with either call, joins one
            call("d.txt", ["kamikawa_yoko", "nasser_bourita", "aide_x"], ["JP", "MA"]), call("e.txt", ["kamikawa_yoko", "nasser_bourita", "aide_y"], []),
        ])
        #expect(records.count == 2)
        let withKamikawa = records.first { $0.sources.contains { $0.fact.document == "a.txt" } }
        let documents = Set(withKamikawa?.documents ?? [])
        #expect(documents.isSuperset(of: ["a.txt", "d.txt", "e.txt"]))
        #expect(withKamikawa?.documents.contains("b.txt") == false)
    }

    @Test func overlapWithAMinimumAcceptsAListInsideTheOther() throws {
        let config = try ConsolidationConfig.parse(text: """
            types:
              Meeting:
                match: {kind: equal, participants: {compare: overlap, min_shared: 2}}
                require_shared: 2
            """, path: "overlap.yaml")
        func talks(_ doc: String, _ people: [String]) -> SourcedFact {
            fact("Meeting", doc: doc, at: 1, [FieldEntry("kind", .string("talks")), FieldEntry("participants", strings(people))])
        }
        let records = Consolidator(config: config).consolidate([
            talks("a.txt", ["bourita", "kamikawa"]), talks("b.txt", ["bourita"]), talks("c.txt", ["bourita", "blinken"]),
            talks("d.txt", ["bourita", "kamikawa", "aide"]),
        ])
        // a, b (inside a) and d (two in common with a) are one; c shares one only with a and d.
        #expect(records.map { Set($0.documents) }.contains(["a.txt", "b.txt", "d.txt"]))
        #expect(records.map { Set($0.documents) }.contains(["c.txt"]))
    }

    @Test func factsThatShareTooLittleAreNotMerged() {
        // Only the kind in common: require_shared 2 keeps them apart.
        let records = consolidator.consolidate([
            fact("Meeting", doc: "a.txt", at: 10, [FieldEntry("kind", .string("talks")), FieldEntry("countries", strings(["FR", "MA"]))]),
            fact("Meeting", doc: "b.txt", at: 10, [FieldEntry("kind", .string("talks")), FieldEntry("participants", strings(["nasser_bourita"]))]),
            fact("Meeting", doc: "c.txt", at: 10, [FieldEntry("kind", .string("talks")), FieldEntry("countries", strings(["JP", "US"]))]),
        ])
        #expect(records.count == 3)
    }

    @Test func tradeFiguresNeedTheSameAmount() {
        func figure(_ doc: String, _ amount: Double, lang: Language = .en) -> SourcedFact {
            fact("TradeFigure", doc: doc, at: 10, lang: lang, [FieldEntry("indicator", .string("trade_turnover")),
                FieldEntry("amount", .object([FieldEntry("amount", .number(amount)), FieldEntry("currency", .string("USD"))])), FieldEntry("parties", strings(["KZ", "MA"]))])
        }
        let records = consolidator.consolidate([figure("a.txt", 274e6), figure("b.txt", 2.74e8, lang: .fr), figure("c.txt", 274.5e6), figure("d.txt", 130e6)])
        #expect(records.count == 2)
        let merged = records.first { $0.sources.count == 3 }
        #expect(merged?.conflicts.map(\.field) == ["amount"]) // 274.5 million is within 1%: the same figure, flagged
        #expect(records.contains { $0.sources.count == 1 && $0.sources[0].fact.document == "d.txt" })
    }

    @Test func idsAreStableWhateverTheInputOrder() {
        let facts = [
            fact("Meeting", doc: "a.txt", at: 10, [FieldEntry("kind", .string("visit")), FieldEntry("countries", strings(["KZ", "MA"]))]),
            fact("Meeting", doc: "b.txt", at: 20, [FieldEntry("kind", .string("visit")), FieldEntry("countries", strings(["MA", "KZ"])), FieldEntry("date", .string("2024-05-31"))]),
            fact("Agreement", doc: "b.txt", at: 90, [FieldEntry("kind", .string("roadmap")), FieldEntry("parties", strings(["MA", "KZ"]))]),
        ]
        let first = consolidator.consolidate(facts), second = consolidator.consolidate(facts.reversed())
        #expect(first.map(\.id) == second.map(\.id))
        #expect(first == second)
        #expect(first.map(\.id).allSatisfy { $0.hasPrefix("meeting-") || $0.hasPrefix("agreement-") })
    }

    @Test func aFactGivenTwiceIsOneSource() {
        let bare = fact("Meeting", doc: "a.txt", at: 10, [FieldEntry("kind", .string("talks"))])
        let records = consolidator.consolidate([bare, bare])
        #expect(records.count == 1)
        #expect(records.first?.sources.count == 1)
    }

    @Test func explainSaysWhy() {
        var lines: [String] = []
        _ = consolidator.consolidate([
            fact("Meeting", doc: "a.txt", at: 10, [FieldEntry("kind", .string("visit")), FieldEntry("countries", strings(["KZ", "MA"]))]),
            fact("Meeting", doc: "b.txt", at: 10, [FieldEntry("kind", .string("consultations")), FieldEntry("countries", strings(["KZ", "MA"]))]),
        ]) { lines.append($0) }
        #expect(lines.contains { $0.contains("kind differs: consultations / visit") || $0.contains("kind differs: visit / consultations") })
        #expect(lines.contains { $0.contains("is record meeting-") })
    }

    @Test func explainingAndIndexingGiveTheSameRecords() {
        // Many overlapping reports of a few hundred events: the candidate index must not lose a group.
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let kinds = ["visit", "talks", "phone_call"], countries = ["MA", "JP", "KZ", "FR", "US"]
        var facts: [SourcedFact] = []
        for event in 0..<150 {
            let kind = kinds[next(3)], pair = [countries[next(5)], countries[next(5)]], people = ["o\(next(40))", "o\(next(40))"]
            let date = "2024-\(String(format: "%02d", 1 + next(12)))-\(String(format: "%02d", 1 + next(28)))"
            for report in 0..<(1 + next(4)) {
                var fields = [FieldEntry("kind", .string(kind))]
                if next(3) > 0 { fields.append(FieldEntry("participants", strings(next(2) == 0 ? people : [people[0]]))) }
                if next(3) > 0 { fields.append(FieldEntry("countries", strings(pair))) }
                if next(2) == 0 { fields.append(FieldEntry("date", .string(next(4) == 0 ? String(date.prefix(7)) : date))) }
                facts.append(fact("Meeting", doc: "d\(event).txt", at: report * 100, fields))
            }
        }
        let plain = consolidator.consolidate(facts)
        let explained = consolidator.consolidate(facts) { _ in }
        #expect(plain == explained)
        #expect(plain.count < facts.count)
    }

    @Test func combineUnionKeepsEveryValueWithoutAConflict() throws {
        let config = try ConsolidationConfig.parse(text: """
            types:
              Agreement:
                match: {kind: equal, parties: same_set}
                require_shared: 2
                combine: {status: union}
            """, path: "union.yaml")
        let records = Consolidator(config: config).consolidate([
            fact("Agreement", doc: "a.txt", at: 1, [FieldEntry("kind", .string("treaty")), FieldEntry("status", .string("signed")), FieldEntry("parties", strings(["FR", "MA"]))]),
            fact("Agreement", doc: "b.txt", at: 1, [FieldEntry("kind", .string("treaty")), FieldEntry("status", .string("in_force")), FieldEntry("parties", strings(["MA", "FR"]))]),
        ])
        #expect(records.count == 1)
        #expect(records.first?.conflict == false)
        #expect(records.first?.fields.first { $0.key == "status" }?.value == strings(["signed", "in_force"]))
    }

    @Test func configurationErrorsNameTheirPlace() {
        let text = """
        types:
          Meeting:
            match:
              kind: equal
              date: {compare: fuzzy}
            require_shared: 9
        """
        #expect(throws: DiagnosticList.self) { try ConsolidationConfig.parse(text: text, path: "my.yaml") }
        do {
            _ = try ConsolidationConfig.parse(text: text, path: "my.yaml")
        } catch {
            let rendered = error.diagnostics.map(\.rendered)
            #expect(rendered.contains { $0.hasPrefix("my.yaml:5:") && $0.contains("unknown comparison 'fuzzy'") })
            #expect(rendered.contains { $0.hasPrefix("my.yaml:6:") && $0.contains("require_shared") })
        }
        #expect(throws: DiagnosticList.self) { try ConsolidationConfig.parse(text: "types: [oops", path: "broken.yaml") }
        let misspelt = try? ConsolidationConfig.parse(text: "types:\n  Meetin:\n    match: {kind: equal}\n", path: "typo.yaml")
        let warnings = misspelt?.warnings(emittedTypes: ["Meeting", "Agreement"]) ?? []
        #expect(warnings.map { "\($0.location?.description ?? "")" } == ["typo.yaml:2:3"])
        #expect(warnings.first?.message.contains("no rule emits Meetin facts") == true)
    }

    @Test func factsReadBackFromJSONLines() throws {
        let line = #"{"doc":"seeds/x.txt","type":"Meeting","rule":"meeting.mention","span":{"start":5,"end":12},"text":"visit \"x\"","zone":"body","fields":{"kind":"visit","duration_minutes":20,"share":12.5,"online":false,"countries":["KZ","MA"]}}"#
        let read = FactInput.readJSONLines(Array((line + "\n\n{\"doc\":1}\n").utf8), source: "facts.jsonl") { _ in .fr }
        #expect(read.facts.count == 1)
        let first = try #require(read.facts.first)
        #expect(first.language == .fr)
        #expect(first.fact.text == "visit \"x\"")
        #expect(first.fact.span == TextSpan(start: 5, end: 12))
        #expect(first.fact.fields.map(\.key) == ["kind", "duration_minutes", "share", "online", "countries"])
        #expect(first.fact.field("duration_minutes") == .int(20) && first.fact.field("share") == .double(12.5) && first.fact.field("online") == .bool(false))
        #expect(read.diagnostics.count == 1)
        #expect(read.diagnostics.first?.location?.line == 3)
        #expect(read.diagnostics.first?.message.contains("\"doc\"") == true)
    }
}
