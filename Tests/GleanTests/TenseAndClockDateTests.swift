import Testing
@testable import Glean

/// Dates read by the clause's tense or a schedule, clock times, and the dollar of the country a text is written in (own
/// sentences, English and French).
@Suite("Dates by tense, clock times, home dollars")
struct TenseAndClockDateTests {
    /// A range of days or months without a year takes the clause's tense as a single date does: written on 3 March
    /// 2025, "du 28 au 30 octobre" is last October's in the past and the coming one in the future (the nearest year,
    /// October 2024, was given whatever the verb).
    @Test(arguments: [
        ("La réunion aura lieu du 28 au 30 octobre.", "du 28 au 30 octobre", Language.fr, "2025-10-28", "2025-10-30"),
        ("La réunion a eu lieu du 28 au 30 octobre.", "du 28 au 30 octobre", .fr, "2024-10-28", "2024-10-30"),
        ("Le comité se réunira les 28 et 29 octobre à Rabat.", "28 et 29 octobre", .fr, "2025-10-28", "2025-10-29"),
        ("La conférence se tiendra du 28 octobre au 2 novembre.", "du 28 octobre au 2 novembre", .fr, "2025-10-28", "2025-11-02"),
        ("Les négociations se poursuivront entre octobre et décembre.", "entre octobre et décembre", .fr, "2025-10", "2025-12"),
        ("The meeting will be held from 28 to 30 October.", "from 28 to 30 October", .en, "2025-10-28", "2025-10-30"),
        ("The summit is scheduled for October 28-30.", "October 28-30", .en, "2025-10-28", "2025-10-30"),
        ("The fair will run from October 28 through November 2.", "from October 28 through November 2", .en, "2025-10-28", "2025-11-02"),
        ("The committee will meet between October and December.", "between October and December", .en, "2025-10", "2025-12"),
        ("The talks were held from 28 to 30 October.", "from 28 to 30 October", .en, "2024-10-28", "2024-10-30"),
    ])
    func rangesTakeTheClauseTense(_ text: String, _ expression: String, _ language: Language, _ value: String, _ end: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2025-03-03", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("end") == .string(end))
    }

    /// Without a tense the nearest year stays (October is nearer behind than ahead on 3 March).
    @Test func rangeWithoutTenseIsTheNearest() throws {
        let fact = try #require(ShippedPack.fact("from 28 to 30 October", in: "The festival, from 28 to 30 October, drew crowds.", .en,
                                                 reference: "2025-03-03", type: "Date"))
        #expect(fact.field("value") == .string("2024-10-28"))
    }

    /// A text written in a dollar country (its dateline line's city) reads its own "$" and plain "dollars" as that
    /// dollar, whatever countries the sentence names; a world wire's dateline, a country of no dollar, or no dateline
    /// leave the usual reading (plain "dollars" USD, "$" by the sentence's countries).
    @Test(arguments: [
        ("Ottawa, Ontario, le 3 mars 2022\nLe commerce bilatéral entre le Canada et le Mexique s'est chiffré à 56 milliards de dollars.", "56 milliards de dollars", Language.fr, "CAD"),
        ("Le 17 juillet 2014 - Ottawa, Ontario - Affaires étrangères\nLes échanges entre le Chili et le Pérou ont atteint 2 milliards $.", "2 milliards $", .fr, "CAD"),
        ("Wellington, 3 March 2024\nTrade between China and Chile reached $5 billion.", "$5 billion", .en, "NZD"),
        ("Wellington, 3 March 2024\nTrade between China and Chile reached 3 billion US dollars.", "3 billion US dollars", .en, "USD"),
        ("OTTAWA, March 3, 2022 (Reuters) - Trade between Canada and Mexico reached $56 billion.", "$56 billion", .en, "USD"),
        ("Moscow, March 3, 2022\nTrade between Russia and Canada reached 5 billion dollars.", "5 billion dollars", .en, "USD"),
        ("Trade between Canada and Mexico reached 56 billion dollars.", "56 billion dollars", .en, "USD"),
    ])
    func dollarsOfTheCountryWrittenIn(_ text: String, _ expression: String, _ language: Language, _ currency: String) throws {
        let money = ShippedPack.facts(text, language, reference: "2024-03-03", type: "Money")
        let fact = try #require(money.first { $0.text == expression }, "\(money.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("currency") == .string(currency))
    }

    /// A month of the year before, this year or the next is that month of that year, one Date ("March last year" was
    /// last March; "January this year" the month and the year apart).
    @Test(arguments: [
        ("In just the month of January this year alone, trade grew.", "January this year", Language.en, "2022-01"),
        ("Trade fell in March last year.", "March last year", .en, "2021-03"),
        ("The talks will resume in May next year.", "May next year", .en, "2023-05"),
        ("Les exportations ont augmenté en janvier de cette année.", "janvier de cette année", .fr, "2022-01"),
        ("Les importations ont reculé en mars de l'année dernière.", "mars de l'année dernière", .fr, "2021-03"),
        ("La visite aura lieu en mai l'an prochain.", "mai l'an prochain", .fr, "2023-05"),
    ])
    func monthOfARelativeYear(_ text: String, _ expression: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2022-03-30", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string("month"))
        #expect(dates.count == 1, "\(dates.map(\.text))")
    }

    /// "in March last" (the year unsaid) is the last March before the one being lived: written in March, the year
    /// before's (as "last May" written in May, docs/facts.md).
    @Test func monthLastAloneIsLastMonthOfThatName() throws {
        let fact = try #require(ShippedPack.fact("in March last", in: "They met in March last.", .en, reference: "2022-03-30", type: "Date"))
        #expect(fact.field("value") == .string("2021-03"))
    }

    /// A text without a date of its own is read against the first date it writes in full: its yearless dates take
    /// their year from it (they stayed XXXX); a dateline or a given reference date still wins.
    @Test func firstFullDateAnchorsATextWithoutDate() throws {
        let text = "Lors de la session du Conseil du 21 octobre 2013, les ministres ont fait le point. La question sera examinée de nouveau lors de la prochaine session, qui se tiendra le 18 novembre."
        let alone = ShippedPack.facts(text, .fr, type: "Date")
        #expect(alone.first { $0.text == "18 novembre" }?.field("value") == .string("2013-11-18"), "\(alone.map { "\($0.text) \($0.fields)" })")
        let given = ShippedPack.facts(text, .fr, reference: "2015-02-01", type: "Date")
        #expect(given.first { $0.text == "18 novembre" }?.field("value") == .string("2015-11-18"))
        let english = ShippedPack.facts("WASHINGTON, March 3, 2022\nThe treaty of April 10, 1991 was recalled. The ministers will meet on May 5.", .en, type: "Date")
        #expect(english.first { $0.text == "May 5" }?.field("value") == .string("2022-05-05"), "\(english.map { "\($0.text) \($0.fields)" })")
    }

    /// A clock time with minutes, or in words, then the afternoon, evening or night is after noon, on its day.
    @Test(arguments: [
        ("Dinner at 6:30 in the evening.", "2012-08-10T18:30"),
        ("The talk starts at 3:45 in the afternoon.", "2012-08-10T15:45"),
        ("The bell rang at 11:20 at night.", "2012-08-10T23:20"),
        ("The meeting is at 2.30 in the afternoon.", "2012-08-10T14:30"),
        ("It ended at half past six in the evening.", "2012-08-10T18:30"),
        ("It ended at a quarter to seven in the evening.", "2012-08-10T18:45"),
        ("Dinner on September 12 at 6:30 in the evening.", "2012-09-12T18:30"),
        ("The ferry left at 2:15 at night.", "2012-08-10T02:15"),
        ("The flight lands at 7:15 in the morning.", "2012-08-10T07:15"),
    ])
    func clockThenPartOfDay(_ text: String, _ value: String) throws {
        let dates = ShippedPack.facts(text, .en, reference: "2012-08-10", type: "Date")
        #expect(dates.contains { $0.field("value") == .string(value) }, "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// A schedule verb in the present with until / through before a weekday reads it ahead; in the past, behind.
    @Test(arguments: [
        ("The event runs through Sunday.", Language.en, "2012-08-12"),
        ("The exhibition lasts until Wednesday.", .en, "2012-08-15"),
        ("The sale continues till Monday.", .en, "2012-08-13"),
        ("Le festival dure jusqu'à dimanche.", .fr, "2012-08-12"),
        ("The show ran through Sunday.", .en, "2012-08-05"),
        ("Le festival a duré jusqu'à dimanche.", .fr, "2012-08-05"),
    ])
    func scheduleUntilAWeekday(_ text: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2012-08-10", type: "Date")
        #expect(dates.count == 1 && dates.first?.field("value") == .string(value), "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// Half a unit more: "an hour and a half", "a year and a half ago", "dans une heure et demie"; a fraction of a
    /// calendar unit counts in the finer unit it makes ("two and a half years ago": 30 months).
    @Test(arguments: [
        ("See you in an hour and a half.", Language.en, "2012-08-10T10:00", "2012-08-10T11:30"),
        ("See you in two hours and a half.", .en, "2012-08-10T10:00", "2012-08-10T12:30"),
        ("It left an hour and a half ago.", .en, "2012-08-10T10:00", "2012-08-10T08:30"),
        ("They married a year and a half ago.", .en, "2012-08-10", "2011-02-10"),
        ("They married two and a half years ago.", .en, "2012-08-10", "2010-02-10"),
        ("We leave in a month and a half.", .en, "2012-08-10", "2012-09-24"),
        ("We leave in a day and a half.", .en, "2012-08-10T10:00", "2012-08-11T22:00"),
        ("Nous partons dans une heure et demie.", .fr, "2012-08-10T10:00", "2012-08-10T11:30"),
        ("Il est parti il y a deux heures et demie.", .fr, "2012-08-10T10:00", "2012-08-10T07:30"),
    ])
    func halfAUnitMore(_ text: String, _ language: Language, _ reference: String, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: reference, type: "Date")
        #expect(dates.count == 1 && dates.first?.field("value") == .string(value), "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// A time then its day with "the" or a time zone between is one Date on that day.
    @Test(arguments: [
        ("Let's meet at 3 pm on the 21st.", "2012-08-21T15"),
        ("The launch is at 9:00 GMT tomorrow.", "2012-08-11T09:00"),
        ("Voting ends at 8 p.m. ET Tuesday.", "2012-08-07T20"),
    ])
    func timeThenItsDay(_ text: String, _ value: String) throws {
        let dates = ShippedPack.facts(text, .en, reference: "2012-08-10", type: "Date")
        #expect(dates.count == 1 && dates.first?.field("value") == .string(value), "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// Four-digit military and wire times: with "hours" after a preposition of time, or with a time zone.
    @Test(arguments: [
        ("We met at 1500 hours.", "2012-08-10T15:00"),
        ("The launch window opens at 0900 GMT.", "2012-08-10T09:00"),
        ("Strikes began at 0600 GMT on Monday.", "2012-08-06T06:00"),
        ("Le vol décolle à 1430 UTC.", "2012-08-10T14:30"),
    ])
    func militaryTime(_ text: String, _ value: String) throws {
        let language: Language = text.hasPrefix("Le ") ? .fr : .en
        let dates = ShippedPack.facts(text, language, reference: "2012-08-10", type: "Date")
        #expect(dates.count == 1 && dates.first?.field("value") == .string(value), "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    @Test func hoursWorkedAreNoTime() {
        let dates = ShippedPack.facts("She worked 1500 hours last year.", .en, reference: "2012-08-10", type: "Date")
        #expect(dates.map(\.text) == ["last year"])
    }

    /// A part of a decade is the decade with its modifier.
    @Test(arguments: [
        ("The company was founded in the late 1990s.", Language.en, "199X", "late"),
        ("It grew in the early 2000s.", .en, "200X", "early"),
        ("Prices rose in the mid-1980s.", .en, "198X", "mid"),
        ("Le pays s'est ouvert au début des années 1990.", .fr, "199X", "early"),
        ("La ville a grandi à la fin des années 80.", .fr, "198X", "late"),
    ])
    func partOfADecade(_ text: String, _ language: Language, _ value: String, _ modifier: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2012-08-10", type: "Date")
        #expect(dates.count == 1 && dates.first?.field("value") == .string(value) && dates.first?.field("modifier") == .string(modifier),
                "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// A weekday that recurs is no date.
    @Test(arguments: [("The bus comes every Monday.", Language.en), ("We meet each Friday.", .en),
                      ("Le marché a lieu tous les mardis.", .fr), ("Le marché a lieu chaque mardi.", .fr)])
    func everyWeekdayIsNoDate(_ text: String, _ language: Language) {
        let dates = ShippedPack.facts(text, language, reference: "2012-08-10", type: "Date")
        #expect(dates.isEmpty, "\(dates.map(\.text))")
    }

    /// A schedule verb in the present before a month or a day of a month reads it ahead; in the past, behind.
    @Test(arguments: [
        ("The tax year begins April 6.", Language.en, "2013-04-06"),
        ("The season opens in March.", .en, "2013-03"),
        ("La session s'ouvre le 3 mars.", .fr, "2013-03-03"),
        ("La session s'est ouverte le 3 mars.", .fr, "2012-03-03"),
        ("The season opened in March.", .en, "2012-03"),
    ])
    func scheduleBeforeAMonth(_ text: String, _ language: Language, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: "2012-08-10", type: "Date")
        #expect(dates.count == 1 && dates.first?.field("value") == .string(value), "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// A count from a weekday is one Date (the weekday is no second one); "sharp" between a time and its day.
    @Test(arguments: [
        ("The deadline is three weeks from Friday.", "three weeks from Friday"),
        ("Three days from Tuesday we leave.", "Three days from Tuesday"),
        ("Breakfast is at 7 a.m. sharp tomorrow.", "7 a.m. sharp tomorrow"),
    ])
    func oneDateForTheWhole(_ text: String, _ expression: String) throws {
        let dates = ShippedPack.facts(text, .en, reference: "2012-08-10", type: "Date")
        #expect(dates.map(\.text) == [expression])
    }

    /// Where a longer vocabulary form holds an article or "last" ("more than a", "more than last": TradeComparative),
    /// the date around it is still read.
    @Test(arguments: [
        ("More than a week ago the plant closed.", "2012-08-03"),
        ("The mine closed more than a year ago.", "2011-08-10"),
        ("Exports were higher than last year.", "2011"),
        ("Exports rose 5% more than last year.", "2011"),
    ])
    func datesInsideLongerForms(_ text: String, _ value: String) throws {
        let dates = ShippedPack.facts(text, .en, reference: "2012-08-10", type: "Date")
        #expect(dates.count == 1 && dates.first?.field("value") == .string(value), "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// The French forms: « 6 heures et demie du soir », « 3 heures et quart de l'après-midi ».
    @Test(arguments: [
        ("Le bureau ferme à 6 heures et demie du soir.", "2012-08-10T18:30"),
        ("Le bureau ferme à 3 heures et quart de l'après-midi.", "2012-08-10T15:15"),
        ("Le bureau ouvre à 9 heures et demie du matin.", "2012-08-10T09:30"),
    ])
    func frenchClockThenPartOfDay(_ text: String, _ value: String) throws {
        let dates = ShippedPack.facts(text, .fr, reference: "2012-08-10", type: "Date")
        #expect(dates.count == 1 && dates.first?.field("value") == .string(value), "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// A split year is no month ("the 2011/12 financial year": its two years, SplitYearDateTests), and a range of
    /// years may run "through" or "jusqu'en".
    @Test func splitYearsAndYearRanges() throws {
        // A split year is its two calendar years (Rules/dates.glean, date.split_year; docs/facts.md).
        let split = ShippedPack.facts("In the 2011/12 financial year sales rose.", .en, reference: "2012-08-10", type: "Date")
        #expect(split.count == 1 && split.first?.field("value") == .string("2011") && split.first?.field("end") == .string("2012"), "\(split.map(\.fields))")
        #expect(ShippedPack.fact("2012/09", in: "Sales rose in 2012/09.", .en, reference: "2012-08-10", type: "Date")?.field("value") == .string("2012-09"))
        for (text, expression, language) in [("The project ran from 2005 through 2009.", "from 2005 through 2009", Language.en),
                                             ("Le projet a duré de 2005 jusqu'en 2009.", "de 2005 jusqu'en 2009", .fr)] {
            let fact = try #require(ShippedPack.fact(expression, in: text, language, reference: "2012-08-10", type: "Date"))
            #expect(fact.field("value") == .string("2005") && fact.field("end") == .string("2009"))
        }
    }

    /// A yearless range with no tense is put where the whole range is nearest the reference date.
    @Test(arguments: [
        ("Between January and June, sales rose.", "2012-08-10", "2012-01", "2012-06"),
        ("The price cap runs from December to February.", "2012-08-10", "2012-12", "2013-02"),
        ("Prices fell from December to February.", "2012-01-15", "2011-12", "2012-02"),
        ("Prices rose from March to October.", "2012-04-10", "2012-03", "2012-10"),
    ])
    func yearlessRangeNearest(_ text: String, _ reference: String, _ value: String, _ end: String) throws {
        let dates = ShippedPack.facts(text, .en, reference: reference, type: "Date")
        #expect(dates.count == 1 && dates.first?.field("value") == .string(value) && dates.first?.field("end") == .string(end),
                "\(dates.map { "\($0.text) \($0.fields)" })")
    }

    /// The French passé composé with être is the past: a yearless day after it is behind.
    @Test(arguments: [
        ("Il est arrivé le 1er janvier.", "2012-01-01"),
        ("Elle est partie le 2 janvier.", "2012-01-02"),
        ("Ils sont venus le 3 janvier.", "2012-01-03"),
        ("La loi est entrée en vigueur le 1er janvier.", "2012-01-01"),
        ("Le texte est mort le 5 janvier.", "2012-01-05"),
        ("Il est prêt pour le 4 janvier.", "2013-01-04"),
    ])
    func frenchPastWithEtre(_ text: String, _ value: String) throws {
        let dates = ShippedPack.facts(text, .fr, reference: "2012-08-10", type: "Date")
        #expect(dates.count == 1 && dates.first?.field("value") == .string(value), "\(dates.map { "\($0.text) \($0.fields)" })")
    }
}

/// « a lieu », « ont lieu » are the present ("takes place"): a yearless date after them takes the nearest year, as
/// without a tense; « a eu lieu » stays the past. Read on 10 June 2025: the first two were last year's (2024).
@Suite("Present « a lieu »")
struct ALieuIsPresentTests {
    @Test(arguments: [
        ("Le forum a lieu le 14 octobre à Dakar.", "14 octobre", "2025-10-14"),
        ("Les législatives ont lieu le 12 octobre.", "12 octobre", "2025-10-12"),
        ("Le forum a eu lieu le 14 octobre à Dakar.", "14 octobre", "2024-10-14"),
    ])
    func aLieuIsPresent(_ text: String, _ expression: String, _ value: String) throws {
        let dates = ShippedPack.facts(text, .fr, reference: "2025-06-10", type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }
}
