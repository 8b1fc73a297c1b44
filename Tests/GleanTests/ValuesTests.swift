import Testing
@testable import Glean

@Suite("Calendar and numbers")
struct ValuesTests {
    @Test func dayNumbersRoundTrip() {
        for date in [CalendarDate(year: 1970, month: 1, day: 1), CalendarDate(year: 2024, month: 2, day: 29), CalendarDate(year: 1900, month: 3, day: 1), CalendarDate(year: 2400, month: 12, day: 31)] {
            #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1).dayNumber == 0)
    }

    @Test func weekdays() {
        #expect(CalendarDate(year: 2024, month: 8, day: 8).weekday == 4) // a Thursday
        #expect(CalendarDate(year: 2025, month: 3, day: 20).weekday == 4)
        #expect(CalendarDate(year: 2000, month: 1, day: 1).weekday == 6)
    }

    @Test func monthArithmeticClampsAndLeapYears() {
        #expect(CalendarDate(year: 2024, month: 1, day: 31).adding(months: 1) == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate(year: 2023, month: 1, day: 31).adding(months: 1) == CalendarDate(year: 2023, month: 2, day: 28))
        #expect(CalendarDate(year: 2024, month: 12, day: 15).adding(months: 1) == CalendarDate(year: 2025, month: 1, day: 15))
        #expect(CalendarDate(year: 2024, month: 1, day: 15).adding(months: -1) == CalendarDate(year: 2023, month: 12, day: 15))
        #expect(CalendarDate(year: 2024, month: 3, day: 1).adding(days: -1) == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(!CalendarDate.isValid(year: 1900, month: 2, day: 29))
        #expect(CalendarDate.isValid(year: 2000, month: 2, day: 29))
    }

    @Test(arguments: [
        ("274", Language.en, 274.0), ("1,000.5", .en, 1000.5), ("1 000,5", .fr, 1000.5), ("2,5", .fr, 2.5),
        ("1.000", .fr, 1000), ("1,000", .en, 1000), ("12,5", .en, 12.5), ("1 000 000", .fr, 1_000_000), ("70", .fr, 70),
    ])
    func digits(_ text: String, _ language: Language, _ expected: Double) {
        #expect(NumberParsing.parseDigits(text, language: language) == expected)
    }

    @Test func versionsAndDatesAreNotNumbers() {
        #expect(NumberParsing.parseDigits("3.11.7", language: .en) == nil)
        #expect(NumberParsing.parseDigits("08.08.2024", language: .fr) == nil)
    }

    @Test func ordinals() {
        #expect(NumberParsing.parseOrdinal("93e") == 93)
        #expect(NumberParsing.parseOrdinal("1er") == 1)
        #expect(NumberParsing.parseOrdinal("7th") == 7)
        #expect(NumberParsing.parseOrdinal("5ème") == 5)
        #expect(NumberParsing.parseOrdinal("7x") == nil)
    }

    @Test func numericDates() {
        #expect(DateNormalizer.numericDate("08.08.2024", language: .fr)["value"] == .string("2024-08-08"))
        #expect(DateNormalizer.numericDate("31/05/2024", language: .fr)["value"] == .string("2024-05-31"))
        #expect(DateNormalizer.numericDate("5/31/2024", language: .en)["value"] == .string("2024-05-31"))
        #expect(DateNormalizer.numericDate("31.02.2024", language: .fr) == .null)
    }

    @Test func partialDatesResolveAgainstTheReference() {
        let context = EvaluationContext(language: .fr, referenceDate: CalendarDate(year: 2024, month: 8, day: 8))
        let lastMay = DateNormalizer.date(day: .int(31), month: .int(5), year: nil, past: true, future: false, context: context)
        #expect(lastMay["value"] == .string("2024-05-31"))
        #expect(lastMay["relative"] == .bool(true))
        let lastDecember = DateNormalizer.date(day: .int(24), month: .int(12), year: nil, past: true, future: false, context: context)
        #expect(lastDecember["value"] == .string("2023-12-24"))
        let nextMarch = DateNormalizer.date(day: nil, month: .int(3), year: nil, past: false, future: true, context: context)
        #expect(nextMarch["value"] == .string("2025-03"))
        let unknown = DateNormalizer.date(day: .int(31), month: .int(5), year: nil, past: true, future: false, context: EvaluationContext(language: .fr))
        #expect(unknown["value"] == .string("XXXX-05-31"))
        #expect(DateNormalizer.date(day: .int(30), month: .int(2), year: .int(2024), past: false, future: false, context: context) == .null)
    }
}
