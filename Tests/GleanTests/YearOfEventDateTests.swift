import Testing
@testable import Glean

/// A year that names a yearly event or period ("the 2025 edition", "in its 2024 session", « le budget 2025 ») is a
/// Date of that year; it was a Number. Own sentences in the wire press's forms.
@Suite("A year naming an event")
struct YearOfEventDateTests {
    @Test(arguments: [
        ("The 2025 edition of the forum drew 40 delegations.", Language.en, "2025"),
        ("The assembly adopted the resolution in its 2024 session.", .en, "2024"),
        ("Kenya's 2025 budget raises spending on roads.", .en, "2025"),
        ("Turnout in the 2023 elections was the lowest since independence.", .en, "2023"),
        ("The 2024 harvest fell short of forecasts, the ministry said.", .en, "2024"),
        ("L'édition 2025 du salon a réuni 300 exposants.", .fr, "2025"),
        ("Le Parlement a adopté le budget 2026 en seconde lecture.", .fr, "2026"),
        ("La campagne 2024 a été marquée par la sécheresse.", .fr, "2024"),
        ("La loi de finances 2025 prévoit une hausse des impôts.", .fr, "2025"),
        ("Les résultats du recensement 2024 seront publiés en mars.", .fr, "2024"),
    ])
    func yearOfEvent(_ text: String, _ language: Language, _ year: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-06-10", type: "Date")
        let fact = try #require(dates.first { $0.text == year }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(year))
        #expect(fact.field("grain") == .string("year"))
    }

    /// A number of such things is no year.
    @Test func aCountIsNoYear() {
        let dates = ShippedPack.facts("Some 2025 sessions were held across the country.", .en, reference: "2025-06-10", type: "Date")
        #expect(dates.isEmpty, "\(dates.map { "\($0.text) \($0.fields)" })")
    }
}

/// "over the past decade", « au cours de la dernière décennie »: a span counted back from the time of writing, no Date
/// (docs/facts.md: neither the calendar decade nor a date).
@Suite("A past decade")
struct PastDecadeTests {
    @Test(arguments: [
        ("Trade between the two countries has doubled over the past decade.", Language.en),
        ("Prices have tripled in the last decade.", .en),
        ("Les échanges ont doublé au cours de la dernière décennie.", .fr),
    ])
    func aPastDecadeIsNoDate(_ text: String, _ language: Language) {
        let dates = ShippedPack.facts(text, language, reference: "2025-06-10", type: "Date")
        #expect(dates.isEmpty, "\(dates.map { "\($0.text) \($0.fields)" })")
    }
}
