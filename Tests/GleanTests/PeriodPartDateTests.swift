import Testing
@testable import Glean

/// Parts of a period and periods without a year as the wire and business press write them (own sentences, English
/// and French), read on Wednesday 12 March 2025: the Date whose text is `expression` has `value` (and `modifier`).
@Suite("Parts of periods, quarters by tense")
struct PeriodPartDateTests {
    /// The start or middle of the week, the start or end of the year said without an article, a hyphenated end of a
    /// month or a year: each gave no Date (or the bare year or month).
    @Test(arguments: [
        ("Le ministre est arrivé à Kinshasa en début de semaine.", "début de semaine", Language.fr, "2025-W11", "early"),
        ("Les pourparlers ont repris en milieu de semaine.", "milieu de semaine", .fr, "2025-W11", "mid"),
        ("Talks resumed midweek in Geneva.", "midweek", .en, "2025-W11", "mid"),
        ("The talks were held in mid-week.", "mid-week", .en, "2025-W11", "mid"),
        ("La visite a eu lieu en début d'année.", "en début d'année", .fr, "2025", "early"),
        ("La loi sera votée en fin d'année.", "fin d'année", .fr, "2025", "late"),
        ("The two countries will hold talks by end-March.", "end-March", .en, "2025-03", "late"),
        ("The accord takes effect at end-June 2025.", "end-June 2025", .en, "2025-06", "late"),
        ("The port is due for completion by end-2026.", "end-2026", .en, "2026", "late"),
        ("The line is due for completion by 2027-end.", "2027-end", .en, "2027", "late"),
    ])
    func partOfAPeriod(_ text: String, _ expression: String, _ language: Language, _ value: String, _ modifier: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-03-12", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("modifier") == .string(modifier))
    }

    /// A relative week with its part stays that week ("en début de semaine prochaine" is next week's start).
    @Test func partOfARelativeWeek() throws {
        let fact = try #require(ShippedPack.fact("en début de semaine prochaine", in: "La délégation arrivera en début de semaine prochaine.", .fr, reference: "2025-03-12", type: "Date"))
        #expect(fact.field("value") == .string("2025-W12"))
    }

    /// A quarter or a half without a year takes the clause's tense: in the past the latest one begun, in the future
    /// the first one not ended ("in Q3" gave no Date; "in the third quarter" said in the past in March was this
    /// year's). The simple past of economic news ("grew", "rose", « ont reculé ») sets the tense.
    @Test(arguments: [
        ("GDP grew 5.2 percent in Q3, the statistics office said.", "Q3", Language.en, "2024-Q3"),
        ("Exports will rise in Q3, the ministry forecast.", "Q3", .en, "2025-Q3"),
        ("Exports rose in Q4 from a year earlier.", "Q4", .en, "2024-Q4"),
        ("Bilateral trade grew to $3bn in the third quarter.", "third quarter", .en, "2024-Q3"),
        ("Les exportations ont reculé de 5 % au troisième trimestre.", "troisième trimestre", .fr, "2024-Q3"),
        ("Les échanges ont augmenté au second semestre.", "second semestre", .fr, "2024-H2"),
    ])
    func quarterAndHalfByTense(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-03-12", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }

    /// « le 3 courant », « du 5 du mois courant »: that day of the reference month (gave no Date); "Tues." with its
    /// period is Tuesday as "Tue." is.
    @Test(arguments: [
        ("La rencontre a eu lieu le 3 courant à Niamey.", "le 3 courant", Language.fr, "2025-03-03"),
        ("Le décret du 5 du mois courant fixe les tarifs.", "du 5 du mois courant", .fr, "2025-03-05"),
        ("The minister left on Tues. for Doha.", "Tues.", .en, "2025-03-11"),
    ])
    func dayForms(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-03-12", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }

    /// A yearless range after a past verb of the figures is behind: "Prices fell from December to February" written in
    /// August 2012 is the winter just gone (was the nearest, the coming one).
    @Test func rangeAfterAPastFigureVerb() throws {
        let dates = ShippedPack.facts("Prices fell from December to February.", .en, reference: "2012-08-10", type: "Date")
        #expect(dates.count == 1 && dates.first?.field("value") == .string("2011-12") && dates.first?.field("end") == .string("2012-02"),
                "\(dates.map { "\($0.text) \($0.fields)" })")
    }
}
