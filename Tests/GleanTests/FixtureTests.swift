import Foundation
import Testing
@testable import Glean

@Suite("Fixtures: loading, matching, scores, update")
struct FixtureTests {
    static let rules = """
    rule country {
      pattern: c:gaz:Country
      emit Country { id: c.id, name: c.name, mentions: [c.id, "x"] }
    }
    """

    func fixture(_ yaml: String, path: String = "f.fixture.yaml") throws -> Fixture {
        switch FixtureLoader.parse(SourceFile(path: path, text: yaml)) {
        case .success(let fixture): return fixture
        case .failure(let list): throw list
        }
    }

    func errors(_ yaml: String) -> [Diagnostic] {
        if case .failure(let list) = FixtureLoader.parse(SourceFile(path: "f.fixture.yaml", text: yaml)) { return list.diagnostics }
        return []
    }

    func outcome(_ yaml: String) throws -> FixtureOutcome {
        FixtureMatcher.run(try fixture(yaml), extractor: Extractor(pack: try pack(Self.rules)))
    }

    @Test func aCorrectFixturePasses() throws {
        let result = try outcome("""
        text: "Morocco and Japan."
        lang: en
        facts:
          - type: Country
            text: Morocco
            line: 1
            rule: country
            fields: {id: MA, mentions: [x, MA], missing: null}
          - type: Country
            fields: {id: JP}
        """)
        #expect(result.passed)
        #expect(result.verdicts == [.correct(actual: 0), .correct(actual: 1)])
    }

    @Test func wrongMissingAndUnexpectedFactsAreReportedWithFixtureLines() throws {
        let result = try outcome("""
        text: "Morocco and Japan."
        lang: en
        facts:
          - type: Country
            text: Morocco
            fields:
              id: JP
          - type: Country
            text: Spain
        """)
        #expect(!result.passed)
        #expect(result.verdicts[1] == .missing)
        #expect(result.unexpected == [1])
        let lines = FixtureReport.failureLines(result)
        #expect(lines[0] == "f.fixture.yaml:4:5: wrong Country \"Morocco\" (text line 1, rule country)")
        #expect(lines[1] == "-     id: JP  # f.fixture.yaml:7:7")
        #expect(lines[2] == "+     id: MA")
        #expect(lines[3] == "f.fixture.yaml:8:5: missing Country \"Spain\": no Country fact with that text was produced")
        #expect(lines[4] == "f.fixture.yaml (text line 1): unexpected Country \"Japan\" (rule country): produced, but the fixture does not expect it")
    }

    @Test func pairingPrefersTheCandidateWithMoreEqualFields() throws {
        // Without text constraints both expected facts could take either country; each gets its own.
        let result = try outcome("""
        text: "Morocco and Japan."
        lang: en
        facts:
          - type: Country
            fields: {id: JP, name: Japan}
          - type: Country
            fields: {id: MA, name: Morocco}
        """)
        #expect(result.verdicts == [.correct(actual: 1), .correct(actual: 0)])
    }

    @Test func numbersCompareNumericallyAndListsAsSets() {
        #expect(FixtureMatcher.equal(expected: .double(2.74e8), actual: .int(274_000_000)))
        #expect(FixtureMatcher.equal(expected: .string("20"), actual: .int(20)))
        #expect(!FixtureMatcher.equal(expected: .int(21), actual: .int(20)))
        #expect(FixtureMatcher.equal(expected: .list([.string("b"), .string("a")]), actual: .list([.string("a"), .string("b")])))
        #expect(!FixtureMatcher.equal(expected: .list([.string("a")]), actual: .list([.string("a"), .string("b")])))
        #expect(FixtureMatcher.equal(expected: .null, actual: nil))
        #expect(!FixtureMatcher.equal(expected: .null, actual: .string("a")))
        #expect(FixtureMatcher.equal(expected: .object([FieldEntry("amount", .int(5))]), actual: .object([FieldEntry("amount", .double(5)), FieldEntry("currency", .string("USD"))])))
    }

    @Test func typesOutsideChecksAreIgnored() throws {
        let result = try outcome("""
        text: "Morocco and Japan."
        lang: en
        checks: [Country]
        facts: []
        """)
        #expect(result.unexpected.count == 2)
        let ignoring = try outcome("""
        text: "Morocco and Japan."
        facts:
          - type: Meeting
        """)
        #expect(ignoring.actual.isEmpty)
        #expect(ignoring.problems.map(\.message) == ["no rule emits facts of type 'Meeting'"])
    }

    @Test func badFixturesAreErrorsAtTheirLineAndColumn() {
        let unknownKey = errors("text: hi\nfacts:\n  - type: Country\n    feilds: {id: MA}\n")
        #expect(unknownKey.map { "\($0.location!): \($0.message)" } == ["f.fixture.yaml:4:5: unknown key 'feilds' in an expected fact (expected one of: type, text, line, rule, fields)"])
        let badLine = errors("text: hi\nfacts:\n  - type: Country\n    line: zero\n")
        #expect(badLine.map { "\($0.location!): \($0.message)" } == ["f.fixture.yaml:4:11: 'line' must be a line number of the document (1 or more)"])
        let syntax = errors("text: hi\nfacts:\n  - type: [Country\n")
        #expect(syntax.first?.code == "syntax")
        #expect(syntax.first?.location?.line == 4)
        let noDocument = errors("lang: en\n")
        #expect(noDocument.map(\.message) == ["missing 'document' (a path relative to this fixture file) or 'text' (the document inline)"])
        let missingFile = errors("document: nowhere.txt\n")
        #expect(missingFile.first?.location?.description == "f.fixture.yaml:1:11")
        #expect(missingFile.first?.message.hasPrefix("cannot read the document 'nowhere.txt'") == true)
    }

    @Test func scoresPerTypeAndRule() throws {
        var table = ScoreTable()
        table.add(try outcome("""
        text: "Morocco and Japan."
        lang: en
        facts:
          - type: Country
            fields: {id: MA}
          - type: Country
            fields: {id: ES}
          - type: Country
            text: Spain
            rule: country
        """))
        let counts = table.byType["Country"]!
        #expect((counts.expected, counts.actual, counts.correct) == (3, 2, 1))
        #expect(counts.precision == 0.5)
        #expect(counts.recall == 1.0 / 3.0)
        #expect(table.byRule["country"]!.expected == 3)
    }

    @Test func updateRewritesOnlyWhatChanged() throws {
        let original = """
        # a comment that stays
        text: "Morocco and Japan."
        lang: en
        facts:
          # Morocco first
          - type: Country
            text: Morocco
            fields: {id: MA}   # kept verbatim
          - type: Country
            text: Japan
            fields:
              id: JX
              name: Japan
          - type: Country
            text: Spain

        # trailing comment
        """
        let result = try outcome(original)
        let updated = try #require(FixtureWriter.updatedText(result))
        let expected = original.replacingOccurrences(of: "      id: JX", with: "      id: JP")
            .replacingOccurrences(of: "  - type: Country\n    text: Spain\n", with: "") + "\n"
        #expect(updated == expected)
        // The rewritten file passes and is not rewritten again.
        let again = try outcome(updated)
        #expect(again.passed)
        #expect(FixtureWriter.updatedText(again) == nil)
    }

    @Test func updateFillsANewFixtureAndItReadsBack() throws {
        let result = try outcome("text: \"Morocco and Japan.\"\nlang: en\n")
        let updated = try #require(FixtureWriter.updatedText(result))
        #expect(updated.contains("facts:\n  - type: Country\n    text: Morocco\n    line: 1\n    rule: country\n    fields:\n      id: MA\n      name: Morocco\n      mentions: [MA, x]\n"))
        let again = try outcome(updated)
        #expect(again.passed)
        #expect(again.fixture.facts.count == 2)
    }

    @Test func writtenScalarsReadBackAsTheSameValue() {
        let values: [FieldValue] = [.string("2024-03-12"), .string("20"), .string("true"), .string("null"), .string("a: b"), .string("12,5 %"),
                                    .string("Côte d'Ivoire"), .string("line\nbreak"), .int(-3), .double(12.5), .bool(false), .string("")]
        for value in values {
            let yaml = "text: x\nfacts:\n  - type: Country\n    fields:\n      v: \(FixtureWriter.flow(value))\n"
            let read = try? fixture(yaml).facts.first?.fields.first?.value
            #expect(read == value, "\(value) was written as \(FixtureWriter.flow(value))")
        }
    }

    @Test func filtersSelectFixturesOrRules() {
        let filter = FixtureFilter(patterns: ["units", "meeting.*", "entity."], ruleIDs: ["meeting.mention", "entity.country", "date.iso"])
        #expect(filter.fixturePatterns == ["units"])
        #expect(filter.rulePatterns == ["meeting.*", "entity."])
        #expect(filter.selects(fixture: "Tests/Fixtures/units/a.fixture.yaml"))
        #expect(!filter.selects(fixture: "Tests/Fixtures/seeds/a.fixture.yaml"))
        #expect(filter.selects(rule: "entity.country"))
        #expect(!filter.selects(rule: "date.iso"))
    }
}
