import Foundation
import Testing

/// `glean extract --forward-dates`, `--date-order` and their JSON Lines keys, as a user runs them.
@Suite("glean extract reading options")
struct DateReadingCLITests {
    static func values(_ outcome: CLI.Outcome) throws -> [String] {
        try CLI.facts(outcome).compactMap { ($0["fields"] as? [String: Any])?["value"] as? String }
    }

    @Test func flagsChangeTheReading() throws {
        let text = "Lunch on Tuesday. The report was filed on 6/10/2018."
        let plain = try CLI.run(["extract", "--quiet", "--lang", "en", "--reference-date", "2024-08-08", "--types", "Date", "--text", text])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(try Self.values(plain) == ["2024-08-06", "2018-06-10"])
        let read = try CLI.run(["extract", "--quiet", "--lang", "en", "--reference-date", "2024-08-08", "--types", "Date",
                                "--forward-dates", "--date-order", "dmy", "--text", text])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(try Self.values(read) == ["2024-08-13", "2018-10-06"])
    }

    @Test func aLinesKeysWinOverTheFlag() throws {
        let input = """
        {"id": "a", "text": "Lunch on Tuesday.", "lang": "en", "reference_date": "2024-08-08"}
        {"id": "b", "text": "Lunch on Tuesday.", "lang": "en", "reference_date": "2024-08-08", "forward_dates": false}
        {"id": "c", "text": "Filed on 6/10/2018.", "lang": "en", "date_order": "dmy"}

        """
        let outcome = try CLI.run(["extract", "--quiet", "--input-format", "jsonl", "--types", "Date", "--forward-dates", "-"], stdin: input)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try Self.values(outcome) == ["2024-08-13", "2024-08-06", "2018-10-06"])
    }

    @Test func aWrongOrderIsAUsageError() throws {
        let outcome = try CLI.run(["extract", "--date-order", "ymd", "--text", "6/10/2018"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("date-order"))
    }
}
