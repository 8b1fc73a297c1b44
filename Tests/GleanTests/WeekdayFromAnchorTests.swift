import Testing
@testable import Glean

/// "the following Tuesday", « le mardi suivant », "the previous Friday": in a narrative, counted from the day the text
/// is about (the latest day written before), as "the following day" is; else from the reference date, as "next
/// Tuesday" / "last Friday". Own sentences, read on Tuesday 10 June 2025; the first five were next or last week's
/// weekday of the reference date.
@Suite("A weekday counted from the day before it")
struct WeekdayFromAnchorTests {
    @Test(arguments: [
        ("The accord was signed on May 2 and ratified the following Tuesday.", "following Tuesday", Language.en, "2025-05-06"),
        ("L'accord a été signé le 2 mai et ratifié le mardi suivant.", "mardi suivant", .fr, "2025-05-06"),
        ("Talks resumed in Geneva on 12 March 2025. They had stalled the previous Friday.", "previous Friday", .en, "2025-03-07"),
        ("Les discussions ont repris à Genève le 12 mars 2025, après une pause le vendredi précédent.", "vendredi précédent", .fr, "2025-03-07"),
        // Said on the anchor's own weekday, it is a week later (earlier).
        ("The summit opened on Monday, March 3, 2025. Talks resumed the following Monday.", "following Monday", .en, "2025-03-10"),
        // No day before it: the next week's, as before.
        ("The envoys will meet again the following Tuesday.", "following Tuesday", .en, "2025-06-17"),
    ])
    func weekdayFromTheDayBefore(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-06-10", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string("day"))
    }
}

/// "the following month", « l'année suivante », "the previous year": the week, month or year after (before) the date
/// the text is about, at the unit's grain; else the reference's next (last) one. Own sentences read on 10 June 2025;
/// the first eight were the reference date's next or last period (2025-W25, 2025-07, 2026, 2024).
@Suite("A week, month or year counted from the date before it")
struct UnitFromAnchorTests {
    @Test(arguments: [
        ("The talks, which began on March 3, ended the following week.", "following week", Language.en, "2025-W11", "week"),
        ("Les discussions, ouvertes le 3 mars, ont pris fin la semaine suivante.", "semaine suivante", .fr, "2025-W11", "week"),
        ("The law was passed in March 2020 and took effect the following month.", "following month", .en, "2020-04", "month"),
        ("La loi a été votée en mars 2020 et est entrée en vigueur le mois suivant.", "mois suivant", .fr, "2020-04", "month"),
        ("The company was founded in 2015 and listed the following year.", "following year", .en, "2016", "year"),
        ("L'entreprise a été fondée en 2015 et cotée l'année suivante.", "année suivante", .fr, "2016", "year"),
        ("Exports rose 20 percent in 2010 from the previous year.", "previous year", .en, "2009", "year"),
        ("En 2010, les exportations ont augmenté de 20 % par rapport à l'année précédente.", "année précédente", .fr, "2009", "year"),
        // A month after a year alone is not counted from it: the reference's next month.
        ("They first met in 2015. The talks resumed the following month.", "following month", .en, "2025-07", "month"),
    ])
    func unitFromTheDateBefore(_ text: String, _ expression: String, _ language: Language, _ value: String, _ grain: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-06-10", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string(grain))
    }
}
