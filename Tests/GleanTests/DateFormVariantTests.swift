import Testing
@testable import Glean

/// Date forms, each written as English (and French, where it has the form) writers vary it: the
/// Date whose text is `expression`, read on `reference`, has `value`.
@Suite("Date forms as writers vary them")
struct DateFormVariantTests {
    @Test(arguments: [
        // A month and a year in digits, in every order and separator (not a ratio "1/2000", not a season "2009-10").
        ("The plant closed in 9/2012.", "9/2012", Language.en, "2014-05-02", "2012-09"),
        ("Sales peaked in 2012/9.", "2012/9", .en, "2014-05-02", "2012-09"),
        ("The report is dated 2013-03.", "2013-03", .en, "2014-05-02", "2013-03"),
        ("Valid until 03-2013, the permit lapsed.", "03-2013", .en, "2014-05-02", "2013-03"),
        ("L'usine a fermé en 9/2012.", "9/2012", .fr, "2014-05-02", "2012-09"),
        // A month, a comma and a year.
        ("The bridge opened in October, 2012.", "October, 2012", .en, "2014-05-02", "2012-10"),
        // A number before "o'clock" (with or without its apostrophe) or a meridiem is the hour, not the month's day.
        ("The vote is on 5 September 10 o clock.", "5 September 10 o clock", .en, "2014-05-02", "2014-09-05T10"),
        ("The vote is on 5 September 10pm.", "5 September 10pm", .en, "2014-05-02", "2014-09-05T22"),
        ("The curfew starts at 5 o'clock in the afternoon.", "5 o'clock in the afternoon", .en, "2014-05-02", "2014-05-02T17"),
        ("The curfew starts at 9 at night.", "9 at night", .en, "2014-05-02", "2014-05-02T21"),
        // A weekend is TimeML's YYYY-Www-WE, its Saturday and Sunday (2024-10-18 is a Friday of week 42).
        ("They met last weekend.", "last weekend", .en, "2024-10-18", "2024-W41-WE"),
        ("They meet this weekend.", "this weekend", .en, "2024-10-18", "2024-W42-WE"),
        ("They meet next weekend.", "next weekend", .en, "2024-10-18", "2024-W43-WE"),
        ("They met this past weekend.", "this past weekend", .en, "2024-10-18", "2024-W41-WE"),
        ("They met last weekend.", "last weekend", .en, "2024-10-20", "2024-W41-WE"),
        ("Ils se voient ce week-end.", "ce week-end", .fr, "2024-10-18", "2024-W42-WE"),
        ("Ils se sont vus le week-end dernier.", "week-end dernier", .fr, "2024-10-18", "2024-W41-WE"),
        // "a fortnight later / earlier" as "two weeks later / earlier".
        ("The talks opened on 3 March and ended a fortnight later.", "a fortnight later", .en, "2024-05-02", "2024-03-17"),
        ("The same story played out in Kolkata a fortnight later.", "a fortnight later", .en, "2021-05-20", "2021-06-03"),
        ("He had left a fortnight earlier.", "a fortnight earlier", .en, "2021-05-20", "2021-05-06"),
        // Two whole dates month first are one range (the first year was read as "2015 - June 9").
        ("The festival runs June 5, 2015 - June 9, 2015 in Oslo.", "June 5, 2015 - June 9, 2015", .en, "2014-05-02", "2015-06-05"),
        ("The mandate ran from Nov 1, 2001 to March 31, 2002.", "from Nov 1, 2001 to March 31, 2002", .en, "2014-05-02", "2001-11-01"),
        // A weekday before "the 5th of June" only confirms the day (was "Friday the 5th", a Friday the 5th of another month).
        ("The vote is on Friday the 5th of June.", "Friday the 5th of June", .en, "2015-05-02", "2015-06-05"),
        // A computer clock with its time zone before the year (Unix `date`).
        ("Last login: Fri Jun 5 10:20:30 UTC 2015 from host", "Jun 5 10:20:30 UTC 2015", .en, "2016-10-01", "2015-06-05T10:20"),
        ("Built Thu Oct 26 11:00:09 CEST 2023.", "Oct 26 11:00:09 CEST 2023", .en, "2016-10-01", "2023-10-26T11:00"),
        // A clock's meridiem before the year; two month-day dates with their weekdays.
        ("Built Thu Oct 26 11:00:09 PM 2023.", "Oct 26 11:00:09 PM 2023", .en, "2016-10-01", "2023-10-26T23:00"),
        ("Open Thu Oct 26 - Sat Oct 28, 2023 in Oslo.", "Thu Oct 26 - Sat Oct 28, 2023", .en, "2016-10-01", "2023-10-26"),
        // "Weds" is Wednesday.
        ("It happened on Weds 8 Apr.", "Weds 8 Apr.", .en, "2015-04-18", "2015-04-08"),
        ("See you next Weds.", "next Weds", .en, "2015-04-18", "2015-04-22"),
        // A week (the ISO week of its kth / last Thursday) or a weekday of the reference month or the one said (was last
        // week, last week's Friday).
        ("Talks are set for the last week of the month.", "the last week of the month", .en, "2012-08-10", "2012-W35"),
        ("Talks are set for the first week of next month.", "the first week of next month", .en, "2012-08-10", "2012-W36"),
        ("Rent is due on the last Friday of the month.", "last Friday of the month", .en, "2012-08-10", "2012-08-31"),
        ("Les pourparlers auront lieu la dernière semaine du mois.", "la dernière semaine du mois", .fr, "2012-08-10", "2012-W35"),
        ("Le loyer est dû le dernier vendredi du mois.", "dernier vendredi du mois", .fr, "2012-08-10", "2012-08-31"),
        // A part of a period without its article; "prior".
        ("The review ends by end of month.", "end of month", .en, "2012-08-10", "2012-08"),
        ("Results are due at end of year.", "end of year", .en, "2012-08-10", "2012"),
        ("Talks resume by start of next month.", "start of next month", .en, "2012-08-10", "2012-09"),
        ("Exports rose 5% from the prior year.", "the prior year", .en, "2012-08-10", "2011"),
        ("He had left three days prior.", "three days prior", .en, "2012-08-10", "2012-08-07"),
        // A month name and a day joined by a slash or a hyphen keep the year after them; an apostrophe year after a day.
        ("The filing is dated August/10/2012.", "August/10/2012", .en, "2014-05-02", "2012-08-10"),
        ("The filing is dated August-10, 2012.", "August-10, 2012", .en, "2014-05-02", "2012-08-10"),
        ("It rained on Apr 7 '14 in Oslo.", "Apr 7 '14", .en, "2016-05-02", "2014-04-07"),
        // British minutes after a dot, after a preposition of time.
        ("The session opens at 12.30 in Geneva.", "12.30", .en, "2016-10-01", "2016-10-01T12:30"),
        ("Polls stay open until 21.45 in the capital.", "21.45", .en, "2016-10-01", "2016-10-01T21:45"),
        // A meridiem after seconds.
        ("The alarm rang at 8:15:30 pm.", "8:15:30 pm", .en, "2016-10-01", "2016-10-01T20:15"),
        // A day glued to its year by a comma.
        ("It opened on April 7,2014 in Oslo.", "April 7,2014", .en, "2016-10-01", "2014-04-07"),
        ("The mandate ran November 1,2001- March 31,2002.", "November 1,2001", .en, "2016-10-01", "2001-11-01"),
        // "half an hour later / from now / before" (were "an hour later", "an hour from now", "an hour before").
        ("The convoy left half an hour later.", "half an hour later", .en, "2012-08-10T12:14", "2012-08-10T12:44"),
        ("The convoy arrives half an hour from now.", "half an hour from now", .en, "2012-08-10T12:14", "2012-08-10T12:44"),
        ("The convoy had left half an hour before.", "half an hour before", .en, "2012-08-10T12:14", "2012-08-10T11:44"),
        // A bare hour after a day and "at", at the end of a phrase.
        ("See you tomorrow at 10.", "tomorrow at 10", .en, "2012-08-10T12:14", "2012-08-11T10"),
        ("The ceasefire starts on Dec 25 at 8.", "Dec 25 at 8", .en, "2012-08-10T12:14", "2012-12-25T08"),
    ])
    func dateForms(_ text: String, _ expression: String, _ language: Language, _ reference: String, _ value: String) throws {
        let dates = ShippedPack.facts(text, language, reference: reference, type: "Date")
        let fact = try #require(dates.first { $0.text == expression }, "\(dates.map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
    }

    /// A weekend value is its Saturday and Sunday when values are compared (consolidation) and counted from.
    @Test func aWeekendIsItsSaturdayAndSunday() throws {
        let weekend = try #require(PartialDate("2024-W41-WE"))
        #expect(try weekend.relation(to: #require(PartialDate("2024-10-13"))) == .nested)
        #expect(try weekend.relation(to: #require(PartialDate("2024-10-12T10:00"))) == .nested)
        #expect(try weekend.relation(to: #require(PartialDate("2024-10-11"))) == .apart(days: 1))
        #expect(try #require(PartialDate("2024-W41")).relation(to: weekend) == .nested)
        #expect(DateNormalizer.firstDay(of: .string("2024-W41-WE"))?.iso == "2024-10-12")
    }

    /// A price or a level after "at" is no clock time.
    @Test(arguments: ["The index closed at 12.30 on Friday.", "Inflation is forecast at 3.25 percent.", "Brent traded at 10.45 dollars."])
    func dottedNumbersThatAreNoTimes(_ text: String) {
        let dates = ShippedPack.facts(text, .en, reference: "2016-10-01", type: "Date")
        #expect(!dates.contains { $0.text.contains(".") && $0.field("grain") == .string("minute") }, "\(dates.map(\.text))")
    }

    /// A number after a day and "at" that a word follows is no hour ("at 10 Downing Street").
    @Test func anAddressIsNoHour() {
        let dates = ShippedPack.facts("They met on Monday at 10 Downing Street.", .en, reference: "2012-08-10", type: "Date")
        #expect(dates.map(\.text) == ["Monday"], "\(dates.map(\.text))")
    }

    /// Numbers that only look like these forms give no Date ("The 2009-10 season" is no month either: a split year,
    /// SplitYearDateTests).
    @Test(arguments: [
        ("The risk is a ratio of 1/2000.", Language.en),
        ("In May, 2000 people fled the town.", .en),
    ])
    func notDates(_ text: String, _ language: Language) {
        let dates = ShippedPack.facts(text, language, reference: "2014-05-02", type: "Date")
        #expect(!dates.contains { $0.text.contains("2000") || $0.text.contains("2009") }, "\(dates.map(\.text))")
    }
}
