import Testing
@testable import Glean

/// Dates and times in English and French through the shipped pack, each against a reference date.
@Suite("Dates in English and French")
struct DateNormalisationTests {
    static func date(_ expression: String, in text: String, _ language: Language, reference: String?) -> Fact? {
        ShippedPack.fact(expression, in: text, language, reference: reference, type: "Date")
    }

    @Test(arguments: [
        // Absolute dates.
        ("le 08.08.2024.", "08.08.2024", Language.fr, "2020-01-01", "2024-08-08", "day", false),
        ("on 8/8/2024", "8/8/2024", .en, "2020-01-01", "2024-08-08", "day", false),
        ("on August 8, 2024", "August 8, 2024", .en, "2020-01-01", "2024-08-08", "day", false),
        ("le 8 août 2024", "8 août 2024", .fr, "2020-01-01", "2024-08-08", "day", false),
        ("jeudi 20 mars 2025", "jeudi 20 mars 2025", .fr, "2020-01-01", "2025-03-20", "day", false),
        ("le 1er mars", "1er mars", .fr, "2024-08-08", "2024-03-01", "day", true),
        ("on the 4th of July 1995", "4th of July 1995", .en, "2016-11-07", "1995-07-04", "day", false),
        ("on 29 February 2024", "29 February 2024", .en, "2020-01-01", "2024-02-29", "day", false),
        ("by mid-2025", "mid-2025", .en, "2024-08-08", "2025", "year", false),
        // Times.
        ("08.08.2024 à 13 H 55", "08.08.2024 à 13 H 55", .fr, "2020-01-01", "2024-08-08T13:55", "minute", false),
        ("à 16:50", "16:50", .fr, "2024-08-08", "2024-08-08T16:50", "minute", true),
        ("at 4pm", "4pm", .en, "2024-08-08", "2024-08-08T16", "hour", true),
        // Partial dates.
        ("in May", "May", .en, "2024-08-08", "2024-05", "month", true),
        ("en novembre 2025", "novembre 2025", .fr, "2024-08-08", "2025-11", "month", false),
        ("this year", "this year", .en, "2024-08-08", "2024", "year", true),
        ("last year", "last year", .en, "2024-01-03", "2023", "year", true),
        ("l'année dernière", "année dernière", .fr, "2024-08-08", "2023", "year", true),
        // Relative dates, across month and year boundaries and leap days.
        ("yesterday", "yesterday", .en, "2024-03-01", "2024-02-29", "day", true),
        ("hier", "hier", .fr, "2023-03-01", "2023-02-28", "day", true),
        ("demain", "demain", .fr, "2024-12-31", "2025-01-01", "day", true),
        ("ce 8 août", "8 août", .fr, "2024-08-08", "2024-08-08", "day", true),
        ("le 31 mai dernier", "31 mai dernier", .fr, "2024-08-08", "2024-05-31", "day", true),
        ("le 24 décembre dernier", "24 décembre dernier", .fr, "2024-08-08", "2023-12-24", "day", true),
        ("next week", "next week", .en, "2024-12-30", "2025-W02", "week", true),
        ("la semaine prochaine", "semaine prochaine", .fr, "2024-08-08", "2024-W33", "week", true),
        ("the following month", "following month", .en, "2024-12-15", "2025-01", "month", true),
        ("il y a deux jours", "il y a deux jours", .fr, "2024-03-01", "2024-02-28", "day", true),
        ("two weeks ago", "two weeks ago", .en, "2024-01-05", "2023-12-22", "day", true),
        ("hit the north one month ago", "one month ago", .en, "2018-10-17", "2018-09-17", "day", true),
        ("in two weeks", "in two weeks", .en, "2024-12-25", "2025-01-08", "day", true),
        ("dans trois ans", "dans trois ans", .fr, "2024-02-29", "2027-02-28", "day", true),
        // Weekdays: a bare one is the latest on or before the reference; last/next are in the previous/next week.
        ("vendredi", "vendredi", .fr, "2024-08-08", "2024-08-02", "day", true),
        ("on Friday", "Friday", .en, "2024-08-09", "2024-08-09", "day", true),
        ("last Friday", "last Friday", .en, "2024-08-08", "2024-08-02", "day", true),
        ("last Friday", "last Friday", .en, "2024-03-04", "2024-03-01", "day", true),
        ("next Monday", "next Monday", .en, "2024-12-31", "2025-01-06", "day", true),
        ("vendredi dernier", "vendredi dernier", .fr, "2024-01-02", "2023-12-29", "day", true),
        ("ce vendredi", "ce vendredi", .fr, "2024-08-08", "2024-08-09", "day", true),
        ("this past Wednesday", "this past Wednesday", .en, "2019-01-31", "2019-01-30", "day", true),
        // Holidays: fixed days, Easter-based and nth-weekday rules; a year, a relative word, or the reference year.
        ("on Christmas Eve", "Christmas Eve", .en, "2019-08-05", "2019-12-24", "day", true),
        ("à Noël", "Noël", .fr, "2024-08-08", "2024-12-25", "day", true),
        ("on Easter 2018", "Easter 2018", .en, "2016-11-07", "2018-04-01", "day", false),
        ("le lundi de Pâques 2024", "lundi de Pâques 2024", .fr, "2016-11-07", "2024-04-01", "day", false),
        ("on Black Friday 2010", "Black Friday 2010", .en, "2016-11-07", "2010-11-26", "day", false),
        ("Thanksgiving 2024", "Thanksgiving 2024", .en, "2016-11-07", "2024-11-28", "day", false),
        ("Memorial Day 2021", "Memorial Day 2021", .en, "2016-11-07", "2021-05-31", "day", false),
        ("When was the last Easter?", "last Easter", .en, "2019-03-12", "2018-04-01", "day", true),
        ("When is the next Easter?", "next Easter", .en, "2019-06-12", "2020-04-12", "day", true),
        ("next New Year's Day", "next New Year's Day", .en, "2019-07-12", "2020-01-01", "day", true),
        ("Saint Patrick 2020", "Saint Patrick 2020", .en, "2019-06-28", "2020-03-17", "day", false),
        // A day of the month alone, a weekday with a day: the reference month, the nearest matching month.
        ("set something up on the 18th.", "18th", .en, "2018-08-07", "2018-08-18", "day", true),
        ("je reviendrai le 23", "23", .fr, "2020-01-12", "2020-01-23", "day", true),
        ("on the 31st.", "31st", .en, "2024-04-10", "2024-03-31", "day", true),
        ("on Friday 31!", "Friday 31", .en, "2019-02-25", "2019-05-31", "day", true),
        ("I'll go back Mon 13th", "Mon 13th", .en, "2022-05-01", "2022-06-13", "day", true),
        ("on tuesday the eleventh", "tuesday the eleventh", .en, "2019-06-10", "2019-06-11", "day", true),
        ("on se voit mardi 11", "mardi 11", .fr, "2019-06-10", "2019-06-11", "day", true),
        // Leap days without a year: the latest leap year.
        ("Feb 29", "Feb 29", .en, "2017-03-22", "2016-02-29", "day", true),
        ("le 29/2", "29/2", .fr, "2020-03-22", "2020-02-29", "day", true),
        // Digits: month first in English with slashes or alone, day first in French; two-digit years; spaces.
        ("on 11/20", "11/20", .en, "2018-11-28", "2018-11-20", "day", true),
        // Without a year, the nearest 22 April to 7 November 2016 is the next one (166 days, the past one 199).
        ("le 22/04", "22/04", .fr, "2016-11-07", "2017-04-22", "day", true),
        ("It was filed on 01/02/2018.", "01/02/2018", .en, "2016-11-07", "2018-01-02", "day", false),
        ("16 days from 01/02/2018", "16 days from 01/02/2018", .en, "2016-11-07", "2018-01-18", "day", true),
        ("I'll go back 03/18/40.", "03/18/40", .en, "2016-11-07", "1940-03-18", "day", false),
        ("le 15.05.99", "15.05.99", .fr, "2019-08-12", "1999-05-15", "day", false),
        ("le samedi 23/06/18", "samedi 23/06/18", .fr, "2016-11-07", "2018-06-23", "day", false),
        ("Je retournerai 18 8 78 à la maison", "18 8 78", .fr, "2016-11-07", "1978-08-18", "day", false),
        ("On 2016 10 16, it started", "2016 10 16", .en, "2016-11-07", "2016-10-16", "day", false),
        ("report-20170302.html", "20170302", .en, "2016-11-07", "2017-03-02", "day", false),
        ("The date should be 05-Aug-2016", "05-Aug-2016", .en, "2018-10-24", "2016-08-05", "day", false),
        ("I'll go back 2020/23/Sep.", "2020/23/Sep", .en, "2016-11-07", "2020-09-23", "day", false),
        ("retour septembre-2020-23", "septembre-2020-23", .fr, "2016-11-07", "2020-09-23", "day", false),
        ("sold IVAC on Dec31 , 1994", "Dec31 , 1994", .en, "2018-05-01", "1994-12-31", "day", false),
        // A future clause ("I'll", "let's", "reviendrai") reads a yearless day more than a month back forward.
        ("I'll go back Oct/2", "Oct/2", .en, "2016-11-07", "2017-10-02", "day", true),
        ("He went back Oct/2", "Oct/2", .en, "2016-11-07", "2016-10-02", "day", true),
        // Spelled days and years.
        ("Let's meet on february twenty second.", "february twenty second", .en, "2019-04-25", "2020-02-22", "day", true),
        ("born on January twenty five nineteen eighty six", "January twenty five nineteen eighty six", .en, "2019-05-30", "1986-01-25", "day", false),
        ("second of Aug.", "second of Aug.", .en, "2016-11-07", "2016-08-02", "day", true),
        ("Je reviendrai mai vingt-neuf", "mai vingt-neuf", .fr, "2016-11-07", "2017-05-29", "day", true),
        ("I was born on 15 April of 87", "15 April of 87", .en, "2018-01-07", "1987-04-15", "day", false),
        ("23 novembre de 1987", "23 novembre de 1987", .fr, "2019-05-30", "1987-11-23", "day", false),
        ("née le quatre octobre à dix neuf soixante douze", "quatre octobre à dix neuf soixante douze", .fr, "2019-05-30", "1972-10-04", "day", false),
        // A weekday of a relative week.
        ("next week on Tuesday", "next week on Tuesday", .en, "2017-12-04", "2017-12-12", "day", true),
        ("on tuesday of next week", "tuesday of next week", .en, "2019-12-30", "2020-01-07", "day", true),
        ("previous week - Monday", "previous week - Monday", .en, "2018-11-28", "2018-11-19", "day", true),
        ("mardi de la semaine prochaine", "mardi de la semaine prochaine", .fr, "2024-08-08", "2024-08-13", "day", true),
        // Counted from another date (or from the reference date), across month and year ends.
        ("three weeks from tomorrow", "three weeks from tomorrow", .en, "2018-05-31", "2018-06-22", "day", true),
        ("two days before yesterday", "two days before yesterday", .en, "2024-03-02", "2024-02-28", "day", true),
        ("3 days after January 12th", "3 days after January 12th", .en, "2016-11-07", "2017-01-15", "day", true),
        ("2 weeks before May 13 1999", "2 weeks before May 13 1999", .en, "2016-11-07", "1999-04-29", "day", true),
        ("two months after next Friday", "two months after next Friday", .en, "2016-11-07", "2017-01-18", "day", true),
        ("2 weeks before Christmas", "2 weeks before Christmas", .en, "2016-11-07", "2016-12-11", "day", true),
        ("5 days before new year", "5 days before new year", .en, "2016-11-07", "2016-12-27", "day", true),
        ("3 days from Tuesday", "3 days from Tuesday", .en, "2016-11-07", "2016-11-11", "day", true),
        ("3 weeks later", "3 weeks later", .en, "2016-12-20", "2017-01-10", "day", true),
        ("2 weeks and 2 days ago", "2 weeks and 2 days ago", .en, "2016-11-07", "2016-10-22", "day", true),
        ("Monday two weeks from now", "Monday two weeks from now", .en, "2016-11-09", "2016-11-21", "day", true),
        ("in 3 days on Friday", "in 3 days on Friday", .en, "2016-11-09", "2016-11-11", "day", true),
        ("in two years since 2011", "two years since 2011", .en, "2019-03-10", "2013-01-01", "day", true),
        ("the 15th day of next month", "the 15th day of next month", .en, "2020-12-01", "2021-01-15", "day", true),
        ("deux jours après Noël", "deux jours après Noël", .fr, "2024-08-08", "2024-12-27", "day", true),
        ("What happened the day before", "the day before", .en, "2024-03-01", "2024-02-29", "day", true),
        ("Je reviendrai lendemain", "lendemain", .fr, "2024-12-31", "2025-01-01", "day", true),
    ])
    func dates(_ text: String, _ expression: String, _ language: Language, _ reference: String, _ value: String, _ grain: String, _ relative: Bool) throws {
        let fact = try #require(Self.date(expression, in: text, language, reference: reference),
                                "\(ShippedPack.facts(text, language, reference: reference, type: "Date").map { "\($0.text) \($0.fields)" })")
        #expect(fact.field("value") == .string(value))
        #expect(fact.field("grain") == .string(grain))
        #expect(fact.field("relative") == .bool(relative))
    }

    @Test(arguments: [
        ("from 2001 to 2009", "from 2001 to 2009", Language.en, "2001", "2009"),
        ("(1909-1961)", "1909-1961", .en, "1909", "1961"),
        ("du 3 au 5 juin 2024", "du 3 au 5 juin 2024", .fr, "2024-06-03", "2024-06-05"),
        ("de 2001 à 2009", "de 2001 à 2009", .fr, "2001", "2009"),
    ])
    func ranges(_ text: String, _ expression: String, _ language: Language, _ start: String, _ end: String) throws {
        let fact = try #require(Self.date(expression, in: text, language, reference: "2024-08-08"))
        #expect(fact.field("value") == .string(start))
        #expect(fact.field("end") == .string(end))
    }

    @Test func withoutAReferenceDatePartialDatesStayPartial() throws {
        #expect(Self.date("31 mai dernier", in: "le 31 mai dernier", .fr, reference: nil)?.field("value") == .string("XXXX-05-31"))
        #expect(Self.date("vendredi", in: "vendredi", .fr, reference: nil)?.field("value") == .string("XXXX-WXX-5"))
        #expect(ShippedPack.facts("yesterday", .en, type: "Date").isEmpty)
    }

    @Test func theDoneWhenSentence() {
        let text = "Le ministre s'est entretenu ce 8 août avec son homologue, à la suite de la signature, le 31 mai dernier, d'un mémorandum"
        let dates = ShippedPack.facts(text, .fr, reference: "2024-08-08", type: "Date")
        #expect(dates.map { $0.field("value") } == [.string("2024-08-08"), .string("2024-05-31")])
        #expect(dates.allSatisfy { $0.field("relative") == .bool(true) })
    }

    @Test(arguments: [
        ("Appelez le 05 37 76 11 22 ou le +212 5 37 76 11 22", Language.fr), ("Python 3.11.7 est sorti", .fr),
        ("Nadal won 6-2, 6-4", .en), ("version 2.10.1", .en), ("score 3-1 à la mi-temps", .fr),
        ("Tel: +86 138-2010-2015", .en), ("open 24/7", .en), ("half (1/2) of the budget", .en), ("Call 20 45 67 89", .fr),
        ("since the 18th century", .en), ("the G20 summit and COVID-19", .en), ("the 4th largest economy", .en),
        ("le lendemain de l'élection", .fr), ("St Patrick's Cathedral", .en), ("on Independence Day", .en),
    ])
    func phoneNumbersScoresAndVersionsAreNotDates(_ text: String, _ language: Language) {
        #expect(ShippedPack.facts(text, language, reference: "2024-08-08", type: "Date").isEmpty)
    }

    @Test func weekdayArithmetic() {
        let context = EvaluationContext(language: .en, referenceDate: CalendarDate(year: 2024, month: 8, day: 8)) // a Thursday
        #expect(DateNormalizer.weekdayDate(.int(5), choice: .last, context: context)["value"] == .string("2024-08-02"))
        #expect(DateNormalizer.weekdayDate(.int(5), choice: .next, context: context)["value"] == .string("2024-08-16"))
        #expect(DateNormalizer.weekdayDate(.int(5), choice: .coming, context: context)["value"] == .string("2024-08-09"))
        #expect(DateNormalizer.weekdayDate(.int(4), choice: .nearest, context: context)["value"] == .string("2024-08-08"))
        #expect(DateNormalizer.weekdayDate(.int(4), choice: .past, context: context)["value"] == .string("2024-08-01"))
        #expect(DateNormalizer.isoWeek(CalendarDate(year: 2024, month: 12, day: 30)) == "2025-W01")
        #expect(DateNormalizer.isoWeek(CalendarDate(year: 2021, month: 1, day: 3)) == "2020-W53")
        #expect(DateNormalizer.shift(CalendarDate(year: 2024, month: 2, day: 29), by: 1, .year) == CalendarDate(year: 2025, month: 2, day: 28))
    }

    @Test func holidayCalendar() {
        #expect(HolidayCalendar.easter(2018) == CalendarDate(year: 2018, month: 4, day: 1))
        #expect(HolidayCalendar.easter(2019) == CalendarDate(year: 2019, month: 4, day: 21))
        #expect(HolidayCalendar.easter(2025) == CalendarDate(year: 2025, month: 4, day: 20))
        #expect(HolidayCalendar.easter(2038) == CalendarDate(year: 2038, month: 4, day: 25)) // the latest possible
        #expect(HolidayCalendar.easter(2285) == CalendarDate(year: 2285, month: 3, day: 22)) // the earliest possible
        #expect(HolidayCalendar.date(rule: "easter-2", year: 2024) == CalendarDate(year: 2024, month: 3, day: 29))
        #expect(HolidayCalendar.date(rule: "easter+39", year: 2024) == CalendarDate(year: 2024, month: 5, day: 9))
        #expect(HolidayCalendar.date(rule: "4:4:11", year: 2023) == CalendarDate(year: 2023, month: 11, day: 23))
        #expect(HolidayCalendar.date(rule: "4:4:11+1", year: 2010) == CalendarDate(year: 2010, month: 11, day: 26))
        #expect(HolidayCalendar.date(rule: "-1:1:05", year: 2024) == CalendarDate(year: 2024, month: 5, day: 27))
        #expect(HolidayCalendar.date(rule: "-1:7:05", year: 2024) == CalendarDate(year: 2024, month: 5, day: 26))
        #expect(HolidayCalendar.date(rule: "02-29", year: 2023) == nil)
        #expect(HolidayCalendar.date(rule: "5:1:02", year: 2024) == nil) // no fifth Monday in February 2024
        #expect(HolidayCalendar.date(rule: "nonsense", year: 2024) == nil)
        let context = EvaluationContext(language: .en, referenceDate: CalendarDate(year: 2024, month: 12, day: 26))
        #expect(DateNormalizer.holiday(rule: .string("12-25"), year: nil, choice: .next, context: context)["value"] == .string("2025-12-25"))
        #expect(DateNormalizer.holiday(rule: .string("12-25"), year: nil, choice: .last, context: context)["value"] == .string("2024-12-25"))
        #expect(DateNormalizer.holiday(rule: .string("easter"), year: nil, choice: nil, context: EvaluationContext(language: .en))["value"] == nil)
    }

    @Test func twoDigitYearsAndWeekdayDays() {
        let reference = EvaluationContext(language: .en, referenceDate: CalendarDate(year: 2016, month: 11, day: 7))
        #expect(DateNormalizer.expandYear(35, reference: reference.referenceDate) == 2035)
        #expect(DateNormalizer.expandYear(40, reference: reference.referenceDate) == 1940)
        #expect(DateNormalizer.expandYear(24, reference: nil) == 2024)
        // Sunday 31: the nearest month whose 31st is a Sunday (December 2017 before, March 2019 after 25 January 2019).
        let january = EvaluationContext(language: .en, referenceDate: CalendarDate(year: 2019, month: 1, day: 25))
        #expect(DateNormalizer.weekdayDay(.int(7), day: .int(31), context: january)["value"] == .string("2019-03-31"))
        #expect(DateNormalizer.weekdayDay(.int(4), day: .int(29), context: reference)["value"] == .string("2016-09-29"))
        #expect(DateNormalizer.dayOfMonth(.int(30), context: EvaluationContext(language: .en, referenceDate: CalendarDate(year: 2024, month: 2, day: 10)))["value"] == .string("2024-01-30"))
    }
}
