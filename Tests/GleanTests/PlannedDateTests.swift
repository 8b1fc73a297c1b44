import Testing
@testable import Glean

/// The dates of planned meetings and signings (own sentences, English and French).
@Suite("Dates of planned meetings and signings")
struct PlannedDateTests {
    /// A season without a year takes the clause's tense (written on 4 February 2025: the coming spring is this year's,
    /// a past summer last year's); there was no Date at all.
    @Test(arguments: [
        ("The two foreign ministers will meet again in the spring.", "spring", Language.en, "2025-SP"),
        ("The delegations will reconvene during the summer.", "summer", .en, "2025-SU"),
        ("The envoys met in the autumn to prepare the accord.", "autumn", .en, "2024-FA"),
        ("Les deux chefs de la diplomatie se retrouveront au printemps.", "printemps", .fr, "2025-SP"),
        ("La conférence se tiendra à l'automne.", "automne", .fr, "2025-FA"),
        ("Les négociateurs se sont réunis en été à Genève.", "été", .fr, "2024-SU"),
    ])
    func seasonTakesTheClauseTense(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-02-04", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string("season"))
    }

    /// Without a tense a season is every year's: no Date.
    @Test func seasonWithoutTenseIsNoDate() {
        let dates = ShippedPack.facts("Au printemps, les cerisiers du parc fleurissent.", .fr, reference: "2025-02-04", type: "Date")
        #expect(dates.isEmpty, "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// A half without a year is the reference year's, as a quarter ("the first half" alone gave no Date); « premier
    /// semestre de l'année prochaine » the next year's (the YearPart form "premier semestre de l'année" hid "l'année
    /// prochaine"); a half of a match, of a century or of a relative year is no such half.
    @Test(arguments: [
        ("The ministers will hold another round in the first half.", "first half", Language.en, "2025-H1"),
        ("The state visit is planned for the second half of the year.", "second half of the year", .en, "2025-H2"),
        ("Les deux pays signeront la convention au cours du second semestre.", "second semestre", .fr, "2025-H2"),
        ("La commission mixte se réunira au premier semestre.", "premier semestre", .fr, "2025-H1"),
        ("Le traité entrera en vigueur au premier semestre de l'année prochaine.", "premier semestre de l'année prochaine", .fr, "2026-H1"),
        ("Les échanges ont reculé au second semestre de l'année dernière.", "second semestre de l'année dernière", .fr, "2024-H2"),
    ])
    func halfWithoutYear(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-02-04", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string("half"))
    }

    @Test(arguments: [
        ("Le Maroc a marqué deux buts dans la première moitié du match.", Language.fr),
        ("The home side scored twice in the first half of the match.", .en),
        ("Bilateral trade fell over the last six months.", .en),
    ])
    func halfOfAMatchIsNoDate(_ text: String, _ language: Language) {
        let dates = ShippedPack.facts(text, language, reference: "2025-02-04", type: "Date")
        #expect(dates.isEmpty, "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// A bound on the amount of « il y a » is read as the amount, as "more than a year ago" is "a year ago" (« il y a
    /// plus d'un an » gave no Date).
    @Test(arguments: [
        ("Il y a plus d'un an, les deux ministres se sont rencontrés à Rabat.", "Il y a plus d'un an", "2024-02-04"),
        ("Les pourparlers ont été suspendus il y a près d'un an.", "il y a près d'un an", "2024-02-04"),
        ("L'ambassade a rouvert il y a moins de deux ans.", "il y a moins de deux ans", "2023-02-04"),
    ])
    func boundedAgo(_ text: String, _ expression: String, _ value: String) throws {
        let dates = ShippedPack.facts(text, .fr, reference: "2025-02-04", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }

    /// A range of weekdays of a relative week is one Date from the first to the second (was the first alone, read as
    /// a bare weekday, and the second of the week apart).
    @Test(arguments: [
        ("The negotiators will meet from Monday to Wednesday next week in Geneva.", "from Monday to Wednesday next week", Language.en, "2025-02-10", "2025-02-12"),
        ("The envoys held talks from Tuesday to Thursday last week.", "from Tuesday to Thursday last week", .en, "2025-01-28", "2025-01-30"),
        ("Les délégations se réuniront du lundi au mercredi de la semaine prochaine.", "du lundi au mercredi de la semaine prochaine", .fr, "2025-02-10", "2025-02-12"),
    ])
    func weekdayRangeOfAWeek(_ text: String, _ expression: String, _ language: Language, _ value: String, _ end: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-02-04", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("end") == .string(end))
    }

    /// A planned passive is the future (written on Sunday 15 June 2025): « sera signé », « doit être signé » were hidden
    /// by the agreement vocabulary's longer forms, so a weekday or month after them was read as the nearest past one.
    @Test(arguments: [
        ("La convention de coopération sera signée mardi à Rabat.", "mardi", "2025-06-17"),
        ("Les deux accords seront signés vendredi.", "vendredi", "2025-06-20"),
        ("Le mémorandum doit être signé lundi.", "lundi", "2025-06-16"),
        ("Le traité devrait être ratifié en mars.", "mars", "2026-03"),
    ])
    func plannedPassiveIsTheFuture(_ text: String, _ expression: String, _ value: String) throws {
        let dates = ShippedPack.facts(text, .fr, reference: "2025-06-15", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }

    /// What two sides agree to convene is ahead, whatever the tense of the agreeing (written on 12 March 2025): the
    /// past "agreed", « ont convenu » read the month behind (June 2024, January 2025).
    @Test(arguments: [
        ("The two ministers agreed to convene the Joint Commission in Lomé in June.", "June", Language.en, "2025-06"),
        ("They agreed to hold the next round in Accra in January.", "January", .en, "2026-01"),
        ("Ils ont convenu de se réunir en janvier à Rabat.", "janvier", .fr, "2026-01"),
        ("They agreed in January to expand trade.", "January", .en, "2025-01"),
    ])
    func agreedToConveneIsAhead(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-03-12", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }
}
