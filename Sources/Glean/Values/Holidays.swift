import Foundation

/// Holidays by their calendar rule (Gazetteers/vocab/holidays.yaml, attribute `rule`), resolved to a day of a year:
///   `12-25`         a fixed day (month-day);
///   `easter`, `easter+1`, `easter-2`   days from Western (Gregorian) Easter Sunday;
///   `4:4:11`        the 4th Thursday (ISO weekday 4) of November; `-1:1:05` the last Monday of May;
///   `4:4:11+1`      a day after such a day (Black Friday);
///   `islamic:10-01` a day of another calendar (month-day), each Gregorian year's first occurrence: `islamic` (Umm
///                   al-Qura, Foundation's `.islamicUmmAlQura`), `hebrew` (months from Tishri = 1; Nisan = 8, Adar = 7,
///                   Adar I = 6 only in leap years), `chinese` (month 1 day 1: the new year; leap months never match);
///                   `islamic:10-01+1` days after it;
///   `table:2023-11-12,2024-10-31` a list of days (for calendars Foundation lacks: Hindu lunisolar feasts).
public enum HolidayCalendar {
    /// Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher).
    public static func easter(_ year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The `nth` (1…5, or -1 for the last) ISO weekday of a month; nil when the month has no such day.
    public static func nthWeekday(_ nth: Int, weekday: Int, month: Int, year: Int) -> CalendarDate? {
        guard (1...7).contains(weekday), (1...12).contains(month), nth != 0 else { return nil }
        if nth > 0 {
            let first = CalendarDate(year: year, month: month, day: 1)
            let day = 1 + (weekday - first.weekday + 7) % 7 + 7 * (nth - 1)
            return CalendarDate.isValid(year: year, month: month, day: day) ? CalendarDate(year: year, month: month, day: day) : nil
        }
        let lastDay = CalendarDate.daysInMonth(year: year, month: month)
        let last = CalendarDate(year: year, month: month, day: lastDay)
        let day = lastDay - (last.weekday - weekday + 7) % 7 - 7 * (-nth - 1)
        return day >= 1 ? CalendarDate(year: year, month: month, day: day) : nil
    }

    /// The Gregorian day of `month`-`day` of another calendar that falls first in the Gregorian `year`; nil when none
    /// does (an Islamic year is 11 days shorter: some Gregorian years have a date twice, a few not at all).
    public static func converted(_ identifier: Calendar.Identifier, month: Int, day: Int, year: Int) -> CalendarDate? {
        let key = ConversionKey(calendar: "\(identifier)", month: month, day: day, year: year)
        if let cached = conversionCache.withLock({ $0[key] }) { return cached.date }
        var other = Calendar(identifier: identifier)
        var gregorian = Calendar(identifier: .gregorian)
        let utc = TimeZone(identifier: "UTC") ?? TimeZone.current
        other.timeZone = utc
        gregorian.timeZone = utc
        var found: CalendarDate?
        // Walk the year a day at a time, at noon: one conversion per day, only for a year not seen before.
        if let start = gregorian.date(from: DateComponents(year: year, month: 1, day: 1, hour: 12)) {
            let first = CalendarDate(year: year, month: 1, day: 1)
            let days = CalendarDate.isLeapYear(year) ? 366 : 365
            for offset in 0..<days {
                let components = other.dateComponents([.month, .day, .isLeapMonth], from: start.addingTimeInterval(Double(offset) * 86_400))
                if components.month == month && components.day == day && components.isLeapMonth != true {
                    found = first.adding(days: offset)
                    break
                }
            }
        }
        conversionCache.withLock { $0[key] = CachedDay(date: found) }
        return found
    }

    private struct ConversionKey: Hashable { let calendar: String; let month: Int; let day: Int; let year: Int }
    private struct CachedDay { let date: CalendarDate? }
    private static let conversionCache = LockedDictionary<ConversionKey, CachedDay>()

    static let otherCalendars: [String: Calendar.Identifier] = ["islamic": .islamicUmmAlQura, "hebrew": .hebrew, "chinese": .chinese]

    /// The day a rule gives in a year; nil for a malformed rule or a day the year does not have (29 February).
    public static func date(rule: String, year: Int) -> CalendarDate? {
        var body = Substring(rule.lowercased().filter { $0 != " " })
        var offset = 0
        if body.hasPrefix("table:") {
            return body.dropFirst("table:".count).split(separator: ",").lazy.compactMap { CalendarDate(iso: String($0)) }.first { $0.year == year }
        }
        if let colon = body.firstIndex(of: ":"), let identifier = otherCalendars[String(body[..<colon])] {
            var rest = body[body.index(after: colon)...]
            if let sign = rest.lastIndex(where: { $0 == "+" || $0 == "-" }), sign != rest.startIndex,
               rest[rest.index(before: sign)].isNumber, rest[..<sign].contains("-") {
                guard let amount = Int(rest[sign...]) else { return nil }
                offset = amount
                rest = rest[..<sign]
            }
            let parts = rest.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            return converted(identifier, month: parts[0], day: parts[1], year: year)?.adding(days: offset)
        }
        if body.hasPrefix("easter") {
            let rest = body.dropFirst("easter".count)
            if !rest.isEmpty {
                guard let amount = Int(rest) else { return nil }
                offset = amount
            }
            body = "easter"
        } else if body.contains(":"), let sign = body.lastIndex(where: { $0 == "+" || $0 == "-" }), sign != body.startIndex,
                  body[body.index(before: sign)] != ":" {
            guard let amount = Int(body[sign...]) else { return nil }
            offset = amount
            body = body[..<sign]
        }
        let base: CalendarDate?
        if body == "easter" {
            base = easter(year)
        } else if body.contains(":") {
            let parts = body.split(separator: ":").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            base = nthWeekday(parts[0], weekday: parts[1], month: parts[2], year: year)
        } else {
            let parts = body.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, CalendarDate.isValid(year: year, month: parts[0], day: parts[1]) else { return nil }
            base = CalendarDate(year: year, month: parts[0], day: parts[1])
        }
        return base?.adding(days: offset)
    }

    /// `MM-DD` of a fixed-day rule (for a value without a known year: `XXXX-12-25`); nil for computed holidays.
    static func fixedDay(rule: String) -> (month: Int, day: Int)? {
        guard !rule.contains(":") else { return nil }
        let parts = rule.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, !rule.contains(":"), !rule.lowercased().hasPrefix("easter"),
              CalendarDate.isValid(year: 2000, month: parts[0], day: parts[1]) else { return nil }
        return (parts[0], parts[1])
    }
}

extension DateNormalizer {
    /// A holiday as a Date record: in `year` when given, else the one before the reference date (`choice` last/past),
    /// after it (next/coming), or in the reference year. Without a year or reference date: `XXXX-12-25` for fixed
    /// holidays, null for computed ones.
    public static func holiday(rule ruleValue: FieldValue?, year yearValue: FieldValue?, choice: WeekdayChoice?, context: EvaluationContext) -> FieldValue {
        guard let rule = ruleValue?.stringValue else { return .null }
        if let explicit = integer(yearValue) {
            let year = expandYear(explicit, reference: context.referenceDate)
            guard let date = HolidayCalendar.date(rule: rule, year: year) else { return .null }
            return record(value: date.iso, grain: "day", relative: false)
        }
        guard let reference = context.referenceDate else {
            guard let fixed = HolidayCalendar.fixedDay(rule: rule) else { return .null }
            return record(value: "XXXX-\(pad2(fixed.month))-\(pad2(fixed.day))", grain: "day", relative: true)
        }
        let around = (-2...2).compactMap { HolidayCalendar.date(rule: rule, year: reference.year + $0) }
        let date: CalendarDate?
        switch choice {
        case .last?, .past?: date = around.last { $0 < reference }
        case .next?, .coming?: date = around.first { reference < $0 }
        // Read forward (scheduling text), the next one on or after the reference date.
        case nil where context.dateReading.readsForward: date = around.first { reference <= $0 }
        default: date = HolidayCalendar.date(rule: rule, year: reference.year)
        }
        guard let date else { return .null }
        return record(value: date.iso, grain: "day", relative: true)
    }

    /// A weekday with a day of the month ("Friday 31", "mon 13th", "mardi 11"): the date nearest the reference date
    /// on which that day of a month falls on that weekday (the earlier one on a tie); `XXXX-XX-31` without a reference.
    public static func weekdayDay(_ weekdayValue: FieldValue?, day dayValue: FieldValue?, context: EvaluationContext) -> FieldValue {
        guard let weekday = integer(weekdayValue), (1...7).contains(weekday), let day = integer(dayValue), (1...31).contains(day) else { return .null }
        guard let reference = context.referenceDate else { return record(value: "XXXX-XX-\(pad2(day))", grain: "day", relative: true) }
        var best: CalendarDate?
        // A given day falls on every weekday within 28 months (usually far sooner); look that far both ways.
        for months in -28...28 {
            let month = reference.adding(months: months)
            guard CalendarDate.isValid(year: month.year, month: month.month, day: day) else { continue }
            let candidate = CalendarDate(year: month.year, month: month.month, day: day)
            guard candidate.weekday == weekday else { continue }
            if let current = best, abs(current.dayNumber - reference.dayNumber) <= abs(candidate.dayNumber - reference.dayNumber) { continue }
            best = candidate
        }
        guard let best else { return .null }
        return record(value: best.iso, grain: "day", relative: true)
    }

    /// A day of the month alone ("the 18th", "le 23"): that day of the reference date's month; `XXXX-XX-18` without a
    /// reference date. A day the month does not have (the 31st in April) is taken from the month before.
    public static func dayOfMonth(_ dayValue: FieldValue?, context: EvaluationContext) -> FieldValue {
        guard let day = integer(dayValue), (1...31).contains(day) else { return .null }
        guard let reference = context.referenceDate else { return record(value: "XXXX-XX-\(pad2(day))", grain: "day", relative: true) }
        var month = CalendarDate(year: reference.year, month: reference.month, day: 1)
        if !CalendarDate.isValid(year: month.year, month: month.month, day: day) { month = month.adding(months: -1) }
        guard CalendarDate.isValid(year: month.year, month: month.month, day: day) else { return .null }
        return record(value: CalendarDate(year: month.year, month: month.month, day: day).iso, grain: "day", relative: true)
    }

    /// The first day of a Date value (`2011` → 2011-01-01, `2024-05` → 2024-05-01, `2024-05-31T10:00` → 2024-05-31,
    /// `2024-W33` → 2024-08-12, `2024-Q3` → 2024-07-01, `2024-H2` → 2024-07-01, `2024-FA` → 2024-09-01: seasons by
    /// TimeML's months, as year_part reads them);
    /// nil when the year is unknown or it is not a calendar value. A Date record counts by its `value`.
    private static let yearPartFirstMonth = ["H1": 1, "H2": 7, "SP": 3, "SU": 6, "FA": 9, "WI": 12]

    static func firstDay(of value: FieldValue?) -> CalendarDate? {
        // A Date record (the result of another date function) counts by its value.
        if let inner = value?["value"] { return firstDay(of: inner) }
        guard let text = value?.stringValue, text.count >= 4, let year = Int(text.prefix(4)) else { return nil }
        let parts = text.prefix(10).split(separator: "-")
        if parts.count == 1 { return CalendarDate(year: year, month: 1, day: 1) }
        // A weekend (`2012-W33-WE`): its Saturday.
        if text.hasSuffix("-WE"), parts.count == 3, let monday = firstDay(of: .string(String(text.dropLast(3)))) { return monday.adding(days: 5) }
        // An ISO week (`2012-W33`: its Monday) or a quarter (`2012-Q3`: its first day), so that "the 2nd day of next
        // week" can count from "next week".
        if parts.count == 2, let kind = parts[1].first, kind == "W" || kind == "Q", let number = Int(parts[1].dropFirst()) {
            switch kind {
            case "W" where (1...53).contains(number):
                let fourth = CalendarDate(year: year, month: 1, day: 4)
                return fourth.adding(days: 1 - fourth.weekday + 7 * (number - 1))
            case "Q" where (1...4).contains(number):
                return CalendarDate(year: year, month: 3 * number - 2, day: 1)
            default: return nil
            }
        }
        if parts.count == 2, let month = yearPartFirstMonth[String(parts[1])] { return CalendarDate(year: year, month: month, day: 1) }
        guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        if parts.count == 2 { return CalendarDate(year: year, month: month, day: 1) }
        return CalendarDate(iso: String(text.prefix(10)))
    }
}

/// A dictionary behind a lock, for caches shared by the threads that extract documents.
final class LockedDictionary<Key: Hashable, Value>: @unchecked Sendable {
    private var storage: [Key: Value] = [:]
    private let lock = NSLock()

    func withLock<T>(_ body: (inout [Key: Value]) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&storage)
    }
}
