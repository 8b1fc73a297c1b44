import Foundation
import Testing

@Suite("glean stats")
struct StatsTests {
    @Test func countsRulesTypesAndRulesThatNeverFired() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try """
        {"id": "1", "text": "Morocco and Japan signed an agreement.", "lang": "en"}
        {"id": "2", "text": "Trade with Japan rose by 12% to 130 million US dollars.", "lang": "en"}
        {"id": "3", "text": "Le Maroc et le Japon ont signé un accord.", "lang": "fr"}
        """.write(to: corpus, atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["stats", "--input-format", "jsonl", "--jobs", "2", corpus.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = outcome.stdout
        #expect(text.hasPrefix("3 documents, "))
        #expect(text.contains("facts per type:\n  Country "))
        let country = try #require(outcome.lines.first { $0.hasPrefix("  entity.country ") })
        #expect(country.hasSuffix("5 in 3 (Country)"), "\(country)")
        #expect(outcome.lines.contains { $0.hasPrefix("  percent.number ") && $0.hasSuffix("1 in 1 (Percent)") })
        // No document has an ISO date: that rule is listed as never fired, with its location.
        #expect(text.contains("rules that never fired ("))
        #expect(outcome.lines.contains { $0.hasSuffix(": date.iso (emits Date)") && $0.contains("Rules/dates.glean:") })
        #expect(!outcome.lines.contains { $0.hasSuffix(": entity.country (emits Country)") })
    }

    @Test func nothingReadableIsAnError() throws {
        let outcome = try CLI.run(["stats", "no/such/folder"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no/such/folder: no such file or directory"))
        #expect(outcome.stderr.contains("no document could be read"))
    }
}
