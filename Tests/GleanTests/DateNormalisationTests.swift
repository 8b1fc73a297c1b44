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
        ("à 16:50", "16:50", .fr, "2024-08-08", "T16:50", "minute", true),
        ("at 4pm", "4pm", .en, "2024-08-08", "T16", "hour", true),
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
}
