import Foundation
import Testing

/// `glean eval` on a small annotated set with its own rule pack (so rule changes in the shipped pack cannot move it).
@Suite("glean eval")
struct EvalCommandTests {
    static let rules = """
    phase events
    rule test.call {
      pattern: "telephone" "conversation"
      emit Meeting {
        kind: "phone_call"
      }
    }
    rule test.talks {
      pattern: "held" "talks"
      emit Meeting {
        kind: "talks"
      }
    }

    """

    func makeSet() throws -> URL {
        let folder = try CLI.temporaryDirectory()
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try "The presidents had a telephone conversation on Monday.\n".write(to: docs.appendingPathComponent("en_001.txt"), atomically: true, encoding: .utf8)
        try "The ministers held talks in Rome. They also met the mayor.\n".write(to: docs.appendingPathComponent("en_002.txt"), atomically: true, encoding: .utf8)
        try """
        {"id": "en_001", "lang": "en", "reference_date": "2024-05-08", "source": "kremlin.ru"}
        {"id": "en_002", "lang": "en", "source": "state.gov"}

        """.write(to: folder.appendingPathComponent("index.jsonl"), atomically: true, encoding: .utf8)
        try """
        {"id": "en_001", "type": "Meeting", "evidence": "had a telephone conversation on Monday", "fields": {"kind": "phone_call", "date": "2024-05-06"}}
        {"id": "en_002", "type": "Meeting", "evidence": "held talks in Rome", "fields": {"kind": "talks"}}
        {"id": "en_002", "type": "Meeting", "evidence": "They also met the mayor", "fields": {"kind": "talks"}}

        """.write(to: folder.appendingPathComponent("gold.jsonl"), atomically: true, encoding: .utf8)
        let rules = folder.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try Self.rules.write(to: rules.appendingPathComponent("main.glean"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func scoresTypesFieldsAndListsTheErrors() throws {
        let folder = try makeSet()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLI.run(["eval", folder.appendingPathComponent("gold.jsonl").path, "--rules", folder.appendingPathComponent("rules").path, "--show-errors"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = outcome.lines.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows.contains("Meeting 3 2 2 66.7% 100.0% 80.0%"), "\(outcome.stdout)")
        #expect(rows.contains { $0.hasPrefix("MISSED Meeting {kind: \"talks\"} \"They also met the mayor\"") }, "\(outcome.stdout)")
        // The phone call was matched but has no date: a wrong field, with where the gold fact is.
        #expect(rows.contains { $0.hasPrefix("FIELDS Meeting date: expected \"2024-05-06\", got none") }, "\(outcome.stdout)")
        #expect(outcome.stdout.contains("Meeting: date 50.0% (1/2), kind 100.0% (2/2)"), "\(outcome.stdout)")

        let even = try CLI.run(["eval", folder.appendingPathComponent("gold.jsonl").path, "--rules", folder.appendingPathComponent("rules").path, "--half", "even", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(even.stdout.utf8)) as? [String: Any])
        #expect(json["documents"] as? Int == 1)
        let meeting = try #require((json["types"] as? [String: Any])?["Meeting"] as? [String: Any])
        #expect(meeting["gold"] as? Int == 2 && meeting["matched"] as? Int == 1)

        // Per rule: both rules produced one fact and it matched.
        let byRule = try CLI.run(["eval", folder.appendingPathComponent("gold.jsonl").path, "--rules", folder.appendingPathComponent("rules").path, "--by-rule"])
        let ruleRows = byRule.lines.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(ruleRows.contains("test.call Meeting 1 1 100.0% 1 0 0"), "\(byRule.stdout)")
        #expect(ruleRows.contains("test.talks Meeting 1 1 100.0% 0 0 0"), "\(byRule.stdout)")

        // Per value of an index key: the call is kremlin.ru's (1 of 1), the talks state.gov's (1 of 2).
        let bySource = try CLI.run(["eval", folder.appendingPathComponent("gold.jsonl").path, "--rules", folder.appendingPathComponent("rules").path, "--by-field", "source"])
        let sourceRows = bySource.lines.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(sourceRows.contains("Meeting [kremlin.ru] 1 1 1 100.0% 100.0% 100.0%"), "\(bySource.stdout)")
        #expect(sourceRows.contains("Meeting [state.gov] 2 1 1 50.0% 100.0% 66.7%"), "\(bySource.stdout)")
        let sourceJSON = try CLI.run(["eval", folder.appendingPathComponent("gold.jsonl").path, "--rules", folder.appendingPathComponent("rules").path, "--by-field", "source", "--format", "json"])
        let groups = try #require((try JSONSerialization.jsonObject(with: Data(sourceJSON.stdout.utf8)) as? [String: Any])?["by_field"] as? [String: Any])
        #expect(((groups["state.gov"] as? [String: Any])?["Meeting"] as? [String: Any])?["gold"] as? Int == 2)
        let unknownKey = try CLI.run(["eval", folder.appendingPathComponent("gold.jsonl").path, "--rules", folder.appendingPathComponent("rules").path, "--by-field", "genre"])
        #expect(unknownKey.status == 0 && unknownKey.stderr.contains("no document record has a \"genre\" key"), "\(unknownKey.stderr)")

        // Per value of a fact field: the call is found (1 of 1), one of the two talks is (1 of 2).
        let byKind = try CLI.run(["eval", folder.appendingPathComponent("gold.jsonl").path, "--rules", folder.appendingPathComponent("rules").path, "--by-value", "kind"])
        let kindRows = byKind.lines.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(kindRows.contains("Meeting kind=phone_call 1 1 1 100.0% 100.0% 100.0%"), "\(byKind.stdout)")
        #expect(kindRows.contains("Meeting kind=talks 2 1 1 50.0% 100.0% 66.7%"), "\(byKind.stdout)")
        let kindJSON = try CLI.run(["eval", folder.appendingPathComponent("gold.jsonl").path, "--rules", folder.appendingPathComponent("rules").path, "--by-value", "kind", "--format", "json"])
        let values = try #require((try JSONSerialization.jsonObject(with: Data(kindJSON.stdout.utf8)) as? [String: Any])?["by_value"] as? [String: Any])
        #expect(((values["Meeting"] as? [String: Any])?["talks"] as? [String: Any])?["matched"] as? Int == 1)

        let strict = try CLI.run(["eval", folder.appendingPathComponent("gold.jsonl").path, "--rules", folder.appendingPathComponent("rules").path, "--min-recall", "90"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("under the required scores: Meeting"))
    }

    @Test func aSecondAnnotatorIsScoredAgainstTheFirst() throws {
        // A second reader of the same two documents: the call and the talks as the first reader has them, the mayor
        // left out, and one more meeting the first did not mark. The pack is not run (its rules would find two).
        let folder = try makeSet()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reader = folder.appendingPathComponent("reader2")
        try FileManager.default.createDirectory(at: reader, withIntermediateDirectories: true)
        try """
        {"id": "en_001", "type": "Meeting", "evidence": "The presidents had a telephone conversation", "fields": {"kind": "phone_call", "date": "2024-05-06"}}
        {"id": "en_002", "type": "Meeting", "evidence": "The ministers held talks in Rome", "fields": {"kind": "talks", "location": "Rome"}}
        {"id": "en_002", "type": "Meeting", "evidence": "They also met the mayor", "fields": {"kind": "visit"}}

        """.write(to: reader.appendingPathComponent("gold.jsonl"), atomically: true, encoding: .utf8)
        let gold = folder.appendingPathComponent("gold.jsonl").path
        let outcome = try CLI.run(["eval", gold, "--against", reader.appendingPathComponent("gold.jsonl").path, "--by-rule"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = outcome.lines.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows.contains("Meeting 3 3 2 66.7% 66.7% 66.7%"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("Meeting: date 100.0% (2/2), kind 100.0% (2/2)"), "\(outcome.stdout)")
        #expect(rows.contains("reader2 Meeting 3 2 66.7% 0 1 0"), "\(outcome.stdout)")

        let broken = folder.appendingPathComponent("broken.jsonl")
        try "{\"id\": \"en_001\", \"type\": \"Meeting\"\n".write(to: broken, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["eval", gold, "--against", broken.path])
        #expect(bad.status != 0 && bad.stderr.contains("broken.jsonl:1:"), "\(bad.stderr)")
        let two = try CLI.run(["eval", gold, gold, "--against", reader.appendingPathComponent("gold.jsonl").path])
        #expect(two.status != 0 && two.stderr.contains("give one gold file"), "\(two.stderr)")
    }

    @Test func severalSetsAreMeasuredAsOneWithTheirIdsApart() throws {
        // Two copies of the set reuse the ids en_001 and en_002: measured together, each document keeps its own facts.
        let first = try makeSet(), second = try makeSet()
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        let rules = first.appendingPathComponent("rules").path
        let both = try CLI.run(["eval", first.appendingPathComponent("gold.jsonl").path, second.appendingPathComponent("gold.jsonl").path, "--rules", rules, "--by-field", "set", "--show-errors"])
        #expect(both.status == 0, "\(both.stderr)")
        let rows = both.lines.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows.contains("Meeting 6 4 4 66.7% 100.0% 80.0%"), "\(both.stdout)")
        #expect(rows.contains("Meeting [\(first.lastPathComponent)] 3 2 2 66.7% 100.0% 80.0%"), "\(both.stdout)")
        #expect(rows.contains("Meeting [\(second.lastPathComponent)] 3 2 2 66.7% 100.0% 80.0%"), "\(both.stdout)")
        #expect(both.stdout.contains("\(second.lastPathComponent)/en_002"), "\(both.stdout)")

        let withDocuments = try CLI.run(["eval", first.appendingPathComponent("gold.jsonl").path, second.appendingPathComponent("gold.jsonl").path, "--rules", rules, "--documents", first.appendingPathComponent("docs").path])
        #expect(withDocuments.status != 0 && withDocuments.stderr.contains("keep each set's docs/ and index.jsonl beside its gold file"), "\(withDocuments.stderr)")
    }

    @Test func aBrokenGoldLineNamesItsLineAndColumn() throws {
        let folder = try makeSet()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = folder.appendingPathComponent("gold.jsonl")
        try (String(contentsOf: gold, encoding: .utf8) + "{\"id\": \"en_002\", \"type\": \"Meeting\"}\n").write(to: gold, atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["eval", gold.path, "--rules", folder.appendingPathComponent("rules").path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("gold.jsonl:4:1: error: missing \"evidence\" (a string); the fact is left out"), "\(outcome.stderr)")
    }
}
