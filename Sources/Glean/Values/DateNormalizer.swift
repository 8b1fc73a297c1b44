/// Builds Date values (`value` at its grain, `grain`, `relative`) from parts and numeric dates.
public enum DateNormalizer {
    static func record(value: String, grain: String, relative: Bool) -> FieldValue {
        .object([FieldEntry("value", .string(value)), FieldEntry("grain", .string(grain)), FieldEntry("relative", .bool(relative))])
    }

    static func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// A year written with two digits is read in the hundred years from 80 years before to 20 years after the
    /// reference year (`40` is 1940 and `35` is 2035 in 2016), the usual pivot of date parsers; without a reference
    /// date, around 2030.
    static func expandYear(_ year: Int, reference: CalendarDate?) -> Int {
        guard year < 100 else { return year }
        let pivot = (reference?.year ?? 2030) + 20
        let candidate = pivot / 100 * 100 + year
        return candidate >= pivot ? candidate - 100 : candidate
    }

    static func integer(_ value: FieldValue?) -> Int? {
        guard let value else { return nil }
        if case .int(let number) = value { return number }
        if case .double(let number) = value { return number == number.rounded() && abs(number) < 1e9 ? Int(number) : nil }
        if let text = value.stringValue {
            if let number = Int(text) { return number }
            if let number = NumberParsing.parseOrdinal(text) { return number }
        }
        return nil
    }

    public static func date(day dayValue: FieldValue?, month monthValue: FieldValue?, year yearValue: FieldValue?,
                            past: Bool, future: Bool, tense: String? = nil, context: EvaluationContext) -> FieldValue {
        // Read forward (scheduling text), an undirected yearless date is the next one on or after the reference date,
        // unless its clause is in the past ("the talks were held on 3 March").
        let future = future || (!past && tense != "past" && context.dateReading.readsForward)
        let day = integer(dayValue)
        let month = integer(monthValue)
        var year = integer(yearValue).map { expandYear($0, reference: context.referenceDate) }
        if let month, !(1...12).contains(month) { return .null }
        if let day, !(1...31).contains(day) { return .null }
        guard year != nil || month != nil else { return .null }
        if day != nil && month == nil { return .null } // a day and a year without the month between them
        var relative = false
        if year == nil, let month {
            guard let reference = context.referenceDate else {
                return record(value: "XXXX-\(pad2(month))" + (day.map { "-\(pad2($0))" } ?? ""), grain: day == nil ? "month" : "day", relative: true)
            }
            relative = true
            var candidate = reference.year
            // 29 February without a year: the latest leap year up to the reference year (the next one with future:).
            if day == 29 && month == 2 {
                while !CalendarDate.isLeapYear(candidate) { candidate += future ? 1 : -1 }
                if future && CalendarDate(year: candidate, month: 2, day: 29) < reference { candidate += 4 }
                if past && reference < CalendarDate(year: candidate, month: 2, day: 29) { candidate -= 4 }
                return record(value: CalendarDate(year: candidate, month: 2, day: 29).iso, grain: "day", relative: true)
            }
            let probeDay = day ?? 1
            let probe = CalendarDate(year: candidate, month: month, day: min(probeDay, CalendarDate.daysInMonth(year: candidate, month: month)))
            if past && (day == nil ? (candidate, month) > (reference.year, reference.month) : probe > reference) { candidate -= 1 }
            if future && (day == nil ? (candidate, month) < (reference.year, reference.month) : probe < reference) { candidate += 1 }
            // Neither past nor future: the year that puts the day (a month: its first day) nearest the reference date,
            // the reference year on a tie ("Dec. 21" written on 10 January is last December; "in Jan" written in
            // late November is the coming January).
            if !past && !future {
                func distance(_ year: Int) -> Int {
                    let date = CalendarDate(year: year, month: month, day: min(probeDay, CalendarDate.daysInMonth(year: year, month: month)))
                    return abs(date.dayNumber - reference.dayNumber)
                }
                for other in [candidate - 1, candidate + 1] where distance(other) < distance(candidate) { candidate = other; break }
                // The clause's tense ("will meet in November", "s'est tenu en novembre") turns the nearest year when it
                // puts the date clearly on the other side of the reference date: a month two or more months away, a
                // day more than 31 days away (a date a few days off is more likely a late or early report).
                if let tense, tense == "future" || tense == "past" {
                    let offset: Int
                    if day == nil {
                        offset = (candidate - reference.year) * 12 + month - reference.month
                    } else {
                        let days = CalendarDate(year: candidate, month: month, day: min(probeDay, CalendarDate.daysInMonth(year: candidate, month: month))).dayNumber - reference.dayNumber
                        offset = days < -31 ? -2 : days > 31 ? 2 : 0
                    }
                    if tense == "future" && offset <= -2 { candidate += 1 }
                    if tense == "past" && offset >= 2 { candidate -= 1 }
                }
            }
            year = candidate
        }
        guard let year else { return .null }
        guard let month else { return record(value: String(year), grain: "year", relative: relative) }
        guard let day else { return record(value: "\(year)-\(pad2(month))", grain: "month", relative: relative) }
        guard CalendarDate.isValid(year: year, month: month, day: day) else { return .null }
        return record(value: CalendarDate(year: year, month: month, day: day).iso, grain: "day", relative: relative)
    }

    /// The day a clock time said alone ("at 4pm", "à 16h50") falls on: the reference day; read forward (scheduling
    /// text), the day after when the time has passed at the reference time ("at 9am" written at 12:14). Null without
    /// a reference date (the time stays `T16:50`).
    static func clockDay(_ clock: (hour: Int, minute: Int?), context: EvaluationContext) -> FieldValue {
        guard let reference = context.referenceDate else { return .null }
        var day = reference
        if context.dateReading.readsForward, let now = context.referenceTime, clock.hour * 60 + (clock.minute ?? 0) < now {
            day = reference.adding(days: 1)
        }
        return record(value: day.iso, grain: "day", relative: true)
    }

    /// A date whose year has its era (`10 August 88 AD`, `345 BC`): the year as given (ISO 8601, 1 BC = 0), written with
    /// four digits and a sign before year 0 (`0088-08-10`, `-0344`); not relative.
    static func eraDate(day: Int?, month: Int?, year: Int) -> FieldValue {
        guard abs(year) < 10_000 else { return .null }
        let yearText = (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - String(abs(year)).count)) + String(abs(year))
        guard let month else { return day == nil ? record(value: yearText, grain: "year", relative: false) : .null }
        guard (1...12).contains(month) else { return .null }
        guard let day else { return record(value: "\(yearText)-\(pad2(month))", grain: "month", relative: false) }
        guard CalendarDate.isValid(year: year, month: month, day: day) else { return .null }
        return record(value: "\(yearText)-\(pad2(month))-\(pad2(day))", grain: "day", relative: false)
    }

    /// `08.08.2024`, `8/8/2024`, `31-05-2024`, `2024-08-08`, `8/8/24`, `02 04 2009`, `2016 10 16`, `20161016`, and
    /// without a year `22/04`, `11/20` (the year of the reference date, relative). Day first (French, most of the
    /// world), except English slashes, month first as in the United States (`01/02/2018` is 2 January), and when the
    /// first number cannot be a day of that month order (`8/13/2024`, `31/05/2024`).
    /// Countries whose English writes the month first (`3/5/2025` is 5 March); an English text written elsewhere
    /// (`home`, its dateline's country: Lagos, New Delhi, Nairobi, London) writes the day first.
    static let monthFirstCountries: Set<String> = ["US", "PH", "CA", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI", "UM"]

    public static func numericDate(_ text: String, language: Language, context: EvaluationContext? = nil, home: String? = nil) -> FieldValue {
        var parts = text.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" || $0 == " " }).map(String.init)
        if parts.count == 1, parts[0].count == 8 {
            let digits = parts[0]
            parts = [String(digits.prefix(4)), String(digits.dropFirst(4).prefix(2)), String(digits.suffix(2))]
        }
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return .null }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return .null }
        var day: Int, month: Int, year: Int?
        // A month and a year: `9/2012`, `06/2004`, `2012-09` (grain month).
        if parts.count == 2 && (parts[1].count == 4 || parts[0].count == 4) {
            let (monthText, yearText) = parts[1].count == 4 ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
            guard parts[0].count != parts[1].count, (1...12).contains(monthText), (1000...2999).contains(yearText) else { return .null }
            return record(value: "\(yearText)-\(pad2(monthText))", grain: "month", relative: false)
        }
        if parts[0].count == 4 {
            guard parts.count == 3 else { return .null }
            (year, month, day) = (numbers[0], numbers[1], numbers[2])
        } else {
            if parts.count == 3 {
                guard parts[2].count == 4 || parts[2].count == 2 else { return .null }
                year = expandYear(numbers[2], reference: context?.referenceDate)
            }
            // English writes the month first with slashes, and for a day and a month alone (7.6 = 6 July), unless the
            // document says its order (`DateReading.dateOrder`: British day first, or month first throughout) or is
            // written in a country that writes the day first (`home`).
            let monthFirst: Bool
            switch (language, context?.dateReading.dateOrder) {
            case (.en, .dmy?): monthFirst = false
            case (.en, .mdy?): monthFirst = true
            case (.en, nil):
                if let home, !monthFirstCountries.contains(home) {
                    monthFirst = false
                } else {
                    monthFirst = text.contains("/") || parts.count == 2
                }
            default: monthFirst = false
            }
            if monthFirst ? numbers[0] <= 12 || numbers[1] > 12 : numbers[1] > 12 && numbers[0] <= 12 {
                (month, day) = (numbers[0], numbers[1])
            } else {
                (day, month) = (numbers[0], numbers[1])
            }
        }
        guard let year else {
            guard let context, CalendarDate.isValid(year: 2000, month: month, day: day) else { return .null }
            return date(day: .int(day), month: .int(month), year: nil, past: false, future: false, context: context)
        }
        guard (1000...2999).contains(year), CalendarDate.isValid(year: year, month: month, day: day) else { return .null }
        return record(value: CalendarDate(year: year, month: month, day: day).iso, grain: "day", relative: false)
    }
}
