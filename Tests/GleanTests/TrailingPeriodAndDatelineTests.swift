import Testing
@testable import Glean

/// Trailing periods of official statistics and the datelines of Gulf and South Asian
/// agencies (own sentences, English and French).
@Suite("Trailing periods and datelines")
struct TrailingPeriodAndDatelineTests {
    /// A trailing period is the months that end with the last month of the date said: one Date, `value` its first month
    /// and `end` its last.
    @Test(arguments: [
        ("Imports from Ghana totalled £3.1 billion in the four quarters to the end of Q2 2024.", "the four quarters to the end of Q2 2024", Language.en, "2024-10-01", "2023-07", "2024-06"),
        ("Retail sales rose 2% in the 12 months to June 2024.", "the 12 months to June 2024", .en, "2024-10-01", "2023-07", "2024-06"),
        ("House prices fell in the year to March.", "the year to March", .en, "2024-10-01", "2023-04", "2024-03"),
        ("Output grew 0.4% in the three months to September.", "the three months to September", .en, "2024-10-20", "2024-07", "2024-09"),
        ("Revenue rose in the year ended 31 March 2023.", "the year ended 31 March 2023", .en, "2024-10-01", "2022-04", "2023-03"),
        ("Shipments reached 4 million tonnes in the twelve months ending August 2022.", "the twelve months ending August 2022", .en, "2024-10-01", "2021-09", "2022-08"),
        ("The quarter to June saw wages rise 5%.", "The quarter to June", .en, "2024-10-01", "2024-04", "2024-06"),
        ("Le déficit commercial s'est creusé en glissement annuel à fin juin 2024.", "en glissement annuel à fin juin 2024", .fr, "2024-10-01", "2023-07", "2024-06"),
        ("Les ventes ont atteint 2 Md€ sur les douze mois à fin mai 2023.", "sur les douze mois à fin mai 2023", .fr, "2024-10-01", "2022-06", "2023-05"),
        ("Les importations ont reculé sur un an à fin mars.", "sur un an à fin mars", .fr, "2024-10-01", "2023-04", "2024-03"),
        ("Les prix ont augmenté de 4 % sur les douze derniers mois.", "douze derniers mois", .fr, "2024-10-15", "2023-10", "2024-09"),
        ("La production a progressé au cours des trois derniers trimestres.", "trois derniers trimestres", .fr, "2024-10-15", "2024-01", "2024-09"),
    ])
    func trailingPeriods(_ text: String, _ expression: String, _ language: Language, _ reference: String, _ value: String, _ end: String) throws {
        let dates = ShippedPack.facts(text, language, reference: reference, type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("end") == .string(end))
        #expect(fact.field("grain") == .string("month"))
        // The date the period ends with is not a Date of its own.
        #expect(dates.count == 1, "\(dates.map(\.text))")
    }

    /// A year-on-year change with no date, or "the year" before something other than a date, is no period.
    @Test(arguments: [
        ("Les prix ont augmenté de 3 % en glissement annuel.", Language.fr),
        ("The ministry moved the budget from the year to the month.", .en),
    ])
    func noTrailingPeriod(_ text: String, _ language: Language) {
        let dates = ShippedPack.facts(text, language, reference: "2024-10-01", type: "Date")
        #expect(!dates.contains { $0.field("end") != nil }, "\(dates.map(\.text))")
    }

    /// The function itself: the last month of a year, half, quarter, month or day; without `to:`, the months up to the
    /// one before the reference date's.
    @Test func trailingPeriodFunction() throws {
        #expect(DateNormalizer.lastMonth(of: .string("2024"))?.iso == "2024-12-01")
        #expect(DateNormalizer.lastMonth(of: .string("2024-H1"))?.iso == "2024-06-01")
        #expect(DateNormalizer.lastMonth(of: .string("2024-Q3"))?.iso == "2024-09-01")
        #expect(DateNormalizer.lastMonth(of: .string("2024-02-29"))?.iso == "2024-02-01")
        #expect(DateNormalizer.lastMonth(of: .string("XXXX-05")) == nil)
    }

    /// A dateline with an ordinal day, a comma before the year or an abbreviated month (Gulf and South Asian agencies:
    /// WAM, QNA, APP, PTI) sets the reference date, so "today" resolves.
    @Test(arguments: [
        ("MUSCAT, 14th January, 2025 (ONA) -- The Sultan today received the visiting minister.", Language.en, "2025-01-14"),
        ("DOHA, March 3rd, 2024 (QNA) -- The Amir today received a phone call.", .en, "2024-03-03"),
        ("NEW DELHI, 9 Feb 2023 (PTI) -- The two sides today signed a pact.", .en, "2023-02-09"),
        ("KARACHI, 2nd Feb. 2025 (APP) - The minister held talks today.", .en, "2025-02-02"),
        ("DUBAÏ, 1er mars 2025 (WAM) -- Le ministre a reçu aujourd'hui son homologue.", .fr, "2025-03-01"),
    ])
    func ordinalDatelines(_ text: String, _ language: Language, _ day: String) throws {
        let dates = ShippedPack.facts(text, language, type: "Date")
        let today = try #require(dates.first { ["today", "aujourd'hui"].contains($0.text) }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(today.field("value") == .string(day))
    }
}
