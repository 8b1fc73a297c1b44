import Testing
@testable import Glean

/// A split year, fiscal or of a season ("2023-24", "FY2024/25", « l'exercice 2024-2025 »), is the two calendar years
/// it touches: value the first, end the second (docs/facts.md). Own sentences in the wire and business press's
/// forms; all but the four-digit hyphen (already a range of years) gave the first year alone or nothing.
@Suite("Split years")
struct SplitYearDateTests {
    @Test(arguments: [
        ("The company's revenue rose 12 percent in fiscal 2023-24.", "2023-24", Language.en, "2023", "2024"),
        ("The budget for FY2024/25 was approved by parliament.", "2024/25", .en, "2024", "2025"),
        ("Exports rose 4 percent in the 2023/24 financial year.", "2023/24", .en, "2023", "2024"),
        ("India's GDP grew 8.2 percent in FY2023-24, the statistics office said.", "2023-24", .en, "2023", "2024"),
        ("The 2019-20 season was cut short.", "2019-20", .en, "2019", "2020"),
        // Not the month 2009-10 (a month in digits is never one year and the next's last two digits).
        ("The 2009-10 season was his best.", "2009-10", .en, "2009", "2010"),
        ("Le bénéfice de l'exercice 2024-2025 a progressé de 8 %.", "2024-2025", .fr, "2024", "2025"),
        ("La campagne agricole 2023/2024 a été marquée par la sécheresse.", "2023/2024", .fr, "2023", "2024"),
        ("Le budget de l'exercice 2025/26 prévoit un déficit de 4 %.", "2025/26", .fr, "2025", "2026"),
        ("Les recettes ont baissé en 2009-10.", "2009-10", .fr, "2009", "2010"),
    ])
    func splitYear(_ text: String, _ expression: String, _ language: Language, _ value: String, _ end: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-06-10", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("end") == .string(end))
        #expect(fact.field("grain") == .string("year"))
    }

    /// A year and a month ("2023-05") and a full date stay what they were.
    @Test func notASplitYear() {
        for text in ["Prices were last revised in 2023-05.", "The deal was signed on 2022/05/12."] {
            let dates = ShippedPack.facts(text, .en, reference: "2025-06-10", type: "Date")
            #expect(!dates.contains { $0.field("end") != nil && $0.field("grain") == .string("year") }, "\(dates.map { "\($0.text) \($0.fields)" })")
        }
    }

    /// A range of years not one apart ("1990-95") is no split year but the range it writes, 1990 to 1995
    /// (date.year_range_short, as "1990-1995").
    @Test func shortRangeOfYears() throws {
        let dates = ShippedPack.facts("Output fell from 1990-95.", .en, reference: "2025-06-10", type: "Date")
        let fact = try #require(dates.first { $0.text == "1990-95" }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string("1990"))
        #expect(fact.field("end") == .string("1995"))
    }
}
