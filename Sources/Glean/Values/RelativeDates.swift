/// Dates said relative to the reference date ("yesterday", "il y a deux jours", "next week", "last Friday",
/// "l'année dernière"), clock times, and ranges.
public enum DateUnit: String, Sendable {
    case year, quarter, month, week, day, hour, minute, second

    init?(_ value: FieldValue?) {
        guard let text = value?.stringValue?.lowercased() else { return nil }
        self.init(rawValue: text)
    }
}

/// Which occurrence of a weekday a phrase means, counted from the reference date (Monday-first ISO weeks).
public enum WeekdayChoice: String, Sendable {
    /// "last Friday", "vendredi dernier": that day of the previous week.
    case last
    /// "next Friday", "vendredi prochain": that day of the next week.
    case next
    /// "this Friday", "ce vendredi": that day of the reference date's week.
    case this
    /// "this past Friday": the latest one before the reference date.
    case past
    /// "this coming Friday", "this upcoming Friday": the first one after the reference date.
    case coming
    /// A bare "Friday", "vendredi": news reports what happened, so the latest one on or before the reference date.
    case nearest
    /// A bare weekday in a clause about what is ahead ("the summit opens on Friday"): the reference date itself when it
    /// is that weekday, else the first one after it (the mirror of `nearest`).
    case ahead
}

extension DateNormalizer {
    /// The period (at `grain`) containing a day: `2024-08-08` (day), `2024-W32`, `2024-08`, `2024-Q3`, `2024`.
    public static func value(of date: CalendarDate, grain: DateUnit) -> String {
        switch grain {
        case .year: String(date.year)
        case .quarter: "\(date.year)-Q\((date.month - 1) / 3 + 1)"
        case .month: "\(date.year)-\(pad2(date.month))"
        case .week: isoWeek(date)
        default: date.iso
        }
    }

    /// ISO 8601 week: `2024-W32`. The week belongs to the year of its Thursday.
    public static func isoWeek(_ date: CalendarDate) -> String {
        let thursday = date.adding(days: 4 - date.weekday)
        let firstOfYear = CalendarDate(year: thursday.year, month: 1, day: 1)
        let week = (thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1
        return "\(thursday.year)-W\(pad2(week))"
    }

    /// The weekend holding a day record's date, as TimeML writes it: `2024-W32-WE` (the Saturday and Sunday of that ISO
    /// week, grain `weekend`); `XXXX-WXX-WE` for a weekday without a reference date. A weekend is named as a whole
    /// ("last weekend"), not as its Saturday or its Sunday.
    static func weekend(of dayRecord: FieldValue) -> FieldValue {
        guard let value = dayRecord["value"]?.stringValue else { return dayRecord }
        if value.hasPrefix("XXXX-WXX-") { return record(value: "XXXX-WXX-WE", grain: "weekend", relative: true) }
        guard let day = CalendarDate(iso: value) else { return dayRecord }
        return record(value: isoWeek(day) + "-WE", grain: "weekend", relative: true)
    }

    /// Moves `date` by `amount` units (negative: back). Months and years clamp the day (31 Jan + 1 month = 28/29 Feb).
    public static func shift(_ date: CalendarDate, by amount: Int, _ unit: DateUnit) -> CalendarDate {
        switch unit {
        case .year: date.adding(months: 12 * amount)
        case .quarter: date.adding(months: 3 * amount)
        case .month: date.adding(months: amount)
        case .week: date.adding(days: 7 * amount)
        default: date.adding(days: amount)
        }
    }

    /// "in two weeks" (amount 2, week, +1, at day), "il y a deux jours" (2, day, -1), "next week" (1, week, +1,
    /// at the unit's grain: 2024-W33), "this year" (0, year), "l'année dernière" (1, year, -1). `from` replaces
    /// the reference date ("two days after 8 August 2024"); grain "from" keeps the grain of a year or month counted
    /// from. Null without a date to count from, or for a fraction of a unit.
    public static func shifted(amount: FieldValue?, unit unitValue: FieldValue?, direction: FieldValue?, grain: FieldValue?, from: FieldValue?,
                               context: EvaluationContext) -> FieldValue {
        guard let unit = DateUnit(unitValue) else { return .null }
        let count = amount.flatMap(\.doubleValue) ?? amount?.stringValue.flatMap { NumberParsing.parseDigits($0, language: context.language) } ?? 1
        let subDay: Double? = switch unit {
        case .hour: 3_600
        case .minute: 60
        case .second: 1
        default: nil
        }
        // A fraction of a calendar unit ("a year and a half ago", "in 2.5 months", "a day and a half later") is counted
        // in the finer unit it makes: months for a year or a quarter, days for a month (30) or a week, hours for a day.
        if count != count.rounded(), subDay == nil, grain == nil, abs(count) < 10_000 {
            let finer: (unit: String, factor: Double)? = switch unit {
            case .year: ("month", 12)
            case .quarter: ("month", 3)
            case .month: ("day", 30)
            case .week: ("day", 7)
            case .day: ("hour", 24)
            default: nil
            }
            if let finer {
                return shifted(amount: .number(count * finer.factor), unit: .string(finer.unit), direction: direction, grain: nil, from: from, context: context)
            }
        }
        guard count == count.rounded() || subDay != nil, abs(count) < 10_000 else { return .null }
        let sign = (direction?.doubleValue ?? 1) < 0 ? -1 : 1
        let base: CalendarDate
        // The time of day counted from: the reference's, or that of a `from:` value with a time (`…T14:45`).
        var clock: Int?
        if let from {
            // A year or a month counts from its first day ("two years since 2011" = 2013-01-01).
            guard let date = firstDay(of: from) else { return .null }
            base = date
            clock = minuteOfDay(from)
        } else {
            guard let reference = context.referenceDate else { return .null }
            base = reference
            clock = context.referenceTime
        }
        // grain: "from": a year or a month counted from keeps its grain ("in 2023 … five years earlier" is 2018, not
        // 2018-01-01); a unit finer than that grain cannot be counted from it ("in 2023 … three days later": null).
        // Without a date to count from, null (not the reference date), so that a rule can fall back on another.
        var grain = grain
        if grain?.stringValue == "from" {
            guard let from else { return .null }
            let text = (from["value"] ?? from).stringValue ?? ""
            let fromGrain: DateUnit? = text.count == 4 ? .year : text.count == 7 && text.dropFirst(5).allSatisfy(\.isNumber) ? .month : nil
            switch (fromGrain, unit) {
            case (.year, .year), (.month, .year), (.month, .quarter), (.month, .month): grain = .string(fromGrain!.rawValue)
            case (.year, _), (.month, _): return .null
            default: grain = nil
            }
        }
        if let subDay {
            // With a time of day to count from, the exact minute ("12 hours from now" at 12:14 is tomorrow 00:14).
            if let clock {
                let total = clock + Int((Double(sign) * count * subDay / 60).rounded())
                let days = total >= 0 ? total / 1_440 : -((-total + 1_439) / 1_440)
                let minute = total - days * 1_440
                return record(value: base.adding(days: days).iso + "T\(pad2(minute / 60)):\(pad2(minute % 60))", grain: "minute", relative: true)
            }
            // Without one, the whole days they make ("36 hours ago": yesterday; "in 5 minutes": the reference day).
            let days = Int((count * subDay / 86_400).rounded(.towardZero))
            return record(value: base.adding(days: sign * days).iso, grain: "day", relative: true)
        }
        let target = shift(base, by: sign * Int(count), unit)
        // A day counted from a time keeps the time ("1 day 2 hours" = the day after, two hours later).
        if let clock, from != nil, unit == .day || unit == .week, grain == nil {
            return record(value: target.iso + "T\(pad2(clock / 60)):\(pad2(clock % 60))", grain: "minute", relative: true)
        }
        let wanted = grain?.stringValue == "unit" ? unit : (DateUnit(grain) ?? .day)
        switch wanted {
        case .hour, .minute, .second: return .null
        default: return record(value: value(of: target, grain: wanted), grain: wanted.rawValue, relative: true)
        }
    }

    /// The time of day of a Date value or record with hours and minutes (`2024-08-08T14:45`), in minutes after midnight.
    static func minuteOfDay(_ value: FieldValue) -> Int? {
        guard let text = value["value"]?.stringValue ?? value.stringValue, let t = text.firstIndex(of: "T") else { return nil }
        // `T14:45`, or `T14` (an hour alone: its first minute).
        let pieces = text[text.index(after: t)...].split(separator: ":")
        guard let first = pieces.first, let hour = Int(first.prefix(2)), (0...23).contains(hour) else { return nil }
        let minute = pieces.count >= 2 ? Int(pieces[1].prefix(2)) : 0
        guard let minute else { return nil }
        return hour * 60 + minute
    }

    /// A weekday (1 = Monday … 7 = Sunday) resolved against the reference date; `XXXX-WXX-5` without one.
    /// `overAt`: the hour a part of the day said with the weekday ends ("sunday morning": 12); read ahead, that day
    /// said on the reference day at or after that hour is a week later (the morning is over).
    public static func weekdayDate(_ weekdayValue: FieldValue?, choice: WeekdayChoice, weeks: Int = 0, overAt: Int? = nil, context: EvaluationContext) -> FieldValue {
        guard let weekday = integer(weekdayValue), (1...7).contains(weekday) else { return .null }
        guard let reference = context.referenceDate else { return record(value: "XXXX-WXX-\(weekday)", grain: "day", relative: true) }
        let monday = reference.adding(days: 1 - reference.weekday)
        let sameWeek = monday.adding(days: weekday - 1)
        let date: CalendarDate = switch choice {
        case .this: sameWeek
        case .last: sameWeek.adding(days: -7)
        case .next: sameWeek.adding(days: 7)
        case .past: sameWeek < reference ? sameWeek : sameWeek.adding(days: -7)
        case .coming: reference < sameWeek ? sameWeek : sameWeek.adding(days: 7)
        case .nearest: sameWeek <= reference ? sameWeek : sameWeek.adding(days: -7)
        case .ahead:
            if sameWeek == reference, let overAt, let now = context.referenceTime, now >= overAt * 60 { sameWeek.adding(days: 7) }
            else { sameWeek >= reference ? sameWeek : sameWeek.adding(days: 7) }
        }
        return record(value: date.adding(days: 7 * weeks).iso, grain: "day", relative: true)
    }

    /// Reads a clock time: `16:50`, `13h55`, `13 H 55`, `4` with `pm`, `12` with `a.m.`; nil when not a time of day.
    public static func clockTime(_ text: String?, hour hourValue: FieldValue?, minute minuteValue: FieldValue?, meridiem: String?) -> (hour: Int, minute: Int?)? {
        var hour: Int?
        var minute: Int?
        if var text {
            // A Date value with a time (`2024-08-08T16:50`, `T16`): its time.
            if let t = text.firstIndex(of: "T"), text[text.index(after: t)...].first?.isNumber == true { text = String(text[text.index(after: t)...]) }
            let pieces = text.lowercased().split(whereSeparator: { !$0.isNumber }).map(String.init)
            // `11:00:09`: the seconds are dropped (the finest grain is the minute).
            guard (1...3).contains(pieces.count), let h = Int(pieces[0]) else { return nil }
            hour = h
            if pieces.count >= 2 { minute = Int(pieces[1]) }
        }
        if let h = integer(hourValue) { hour = h }
        if let m = integer(minuteValue) { minute = m }
        guard var hour else { return nil }
        if let meridiem = meridiem?.lowercased().filter(\.isLetter) {
            guard (1...12).contains(hour) else { return nil }
            if meridiem.hasPrefix("p") && hour < 12 { hour += 12 }
            if meridiem.hasPrefix("a") && hour == 12 { hour = 0 }
        }
        guard (0...23).contains(hour), (0...59).contains(minute ?? 0) else { return nil }
        return (hour, minute)
    }

    /// Adds a time of day to a Date record: `2024-08-08` + 13:55 = `2024-08-08T13:55` (grain minute); a time alone is
    /// `T13:55` (TimeML), relative.
    static func withTime(_ dateRecord: FieldValue?, time: (hour: Int, minute: Int?)) -> FieldValue {
        let clock = "T\(pad2(time.hour))" + (time.minute.map { ":\(pad2($0))" } ?? "")
        let grain = time.minute == nil ? "hour" : "minute"
        guard let dateRecord, let value = dateRecord["value"]?.stringValue else { return record(value: clock, grain: grain, relative: true) }
        guard dateRecord["grain"]?.stringValue == "day" else { return dateRecord }
        return record(value: value + clock, grain: grain, relative: dateRecord["relative"]?.isTrue ?? false)
    }

    /// Adds the end of a range to a Date record (`du 3 au 5 juin`, `from 2001 to 2009`, `1909-1961`): `end` is the
    /// last day, month or year of the range, inclusive, at the start's grain. When only the end says the year (or the
    /// month), the start takes it from the end. Null when the end comes before the start. A yearless start takes its
    /// year as a date alone does, the clause's tense included ("aura lieu du 28 au 30 octobre"); the end follows it.
    static func range(start: (day: Int?, month: Int?, year: Int?), end: (day: Int?, month: Int?, year: Int?), past: Bool, future: Bool,
                      tense: String? = nil, context: EvaluationContext) -> FieldValue {
        var start = start
        var end = end
        if end.month == nil && end.day != nil { end.month = start.month }
        if start.month == nil && start.day != nil { start.month = end.month }
        if start.year == nil, let year = end.year {
            start.year = (start.month ?? 1) > (end.month ?? 12) ? year - 1 : year
        }
        if end.year == nil, let year = start.year, end.month != nil { end.year = (end.month ?? 12) < (start.month ?? 1) ? year + 1 : year }
        var yearFromReference = false
        // A yearless range with no direction (no clause tense, past or future, not read forward) takes the year that
        // brings the whole range nearest the reference date, counted to its nearer end (0 when it holds the date):
        // "between January and June" written in August is this year's, ended six weeks before (its January alone is
        // nearer next year's).
        if start.year == nil, end.year == nil, !past, !future, tense != "past", tense != "future", !context.dateReading.readsForward,
           let reference = context.referenceDate, let startMonth = start.month, let endMonth = end.month,
           (1...12).contains(startMonth), (1...12).contains(endMonth) {
            let wraps = startMonth > endMonth || (startMonth == endMonth && (start.day ?? 1) > (end.day ?? 31))
            func distance(_ endYear: Int) -> Int {
                let startYear = wraps ? endYear - 1 : endYear
                let first = CalendarDate(year: startYear, month: startMonth, day: min(start.day ?? 1, CalendarDate.daysInMonth(year: startYear, month: startMonth)))
                let lastDay = CalendarDate.daysInMonth(year: endYear, month: endMonth)
                let last = CalendarDate(year: endYear, month: endMonth, day: min(end.day ?? lastDay, lastDay))
                if reference < first { return first.dayNumber - reference.dayNumber }
                if last < reference { return reference.dayNumber - last.dayNumber }
                return 0
            }
            var best = reference.year
            for year in [reference.year - 1, reference.year + 1] where distance(year) < distance(best) { best = year }
            end.year = best
            start.year = wraps ? best - 1 : best
            yearFromReference = true
        }
        let first = date(day: start.day.map(FieldValue.int), month: start.month.map(FieldValue.int), year: start.year.map(FieldValue.int),
                         past: past, future: future, tense: tense, context: context)
        guard case .object(var entries) = first, let firstValue = first["value"]?.stringValue else { return .null }
        if end.year == nil, firstValue.count >= 4, let resolved = Int(firstValue.prefix(4)) {
            end.year = (end.month ?? 12) < (start.month ?? 1) ? resolved + 1 : resolved
        }
        let last = date(day: end.day.map(FieldValue.int), month: end.month.map(FieldValue.int), year: end.year.map(FieldValue.int),
                        past: false, future: false, context: context)
        guard let lastValue = last["value"]?.stringValue, last["grain"] == first["grain"] else { return .null }
        if !lastValue.hasPrefix("X") && !firstValue.hasPrefix("X") && lastValue < firstValue { return .null }
        entries.append(FieldEntry("end", .string(lastValue)))
        if yearFromReference, let index = entries.firstIndex(where: { $0.key == "relative" }) { entries[index].value = .bool(true) }
        return .object(entries)
    }
}
