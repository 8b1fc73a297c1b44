/// A `Date` fact value (`2024`, `2024-Q3`, `2024-05`, `2024-W32`, `2024-W32-WE`, `2024-08-08`, `2024-08-08T13:55`, `XXXX-05-31`)
/// read as the stretch of time it covers, so that values of different grains can be compared the way a reader
/// does: `XXXX-05` contains `2024-05-31`, `2024` contains `2024-08-08`, `2024-W32` overlaps `2024-08`.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    /// The value as written.
    public let text: String
    /// nil when the year is unknown (`XXXX`).
    public let year: Int?
    /// The covered stretch in minutes from the start of the year (of `year`, or of a leap year when unknown),
    /// end exclusive. A week is placed in its ISO year.
    let start: Int
    let end: Int

    static let minutesPerDay = 1440
    /// The calendar an unknown year is laid out on: a leap year, so that `XXXX-02-29` exists.
    static let unknownYearLayout = 2000

    public init?(_ text: String) {
        self.text = text
        let parts = text.split(separator: "T", maxSplits: 1).map(String.init)
        let dateParts = parts[0].split(separator: "-").map(String.init)
        guard let first = dateParts.first, first.count == 4 else { return nil }
        let year: Int?
        if first == "XXXX" { year = nil } else {
            guard let value = Int(first) else { return nil }
            year = value
        }
        self.year = year
        let layout = year ?? PartialDate.unknownYearLayout
        let yearStart = CalendarDate(year: layout, month: 1, day: 1).dayNumber
        func dayOffset(_ month: Int, _ day: Int) -> Int { CalendarDate(year: layout, month: month, day: day).dayNumber - yearStart }
        var startDay = 0, endDay = dayOffset(12, 31) + 1
        var hasDay = false
        if dateParts.count >= 2 {
            let second = dateParts[1]
            if second.hasPrefix("Q"), let quarter = Int(second.dropFirst()), (1...4).contains(quarter), dateParts.count == 2 {
                startDay = dayOffset(quarter * 3 - 2, 1)
                endDay = dayOffset(quarter * 3, CalendarDate.daysInMonth(year: layout, month: quarter * 3)) + 1
            } else if second.hasPrefix("W"), let week = Int(second.dropFirst()), (1...53).contains(week),
                      dateParts.count == 2 || (dateParts.count == 3 && dateParts[2] == "WE") {
                // ISO week 1 holds the year's first Thursday; its Monday may fall in December of the year before.
                let january4 = CalendarDate(year: layout, month: 1, day: 4)
                let mondayOfWeek1 = january4.dayNumber - (january4.weekday + 6) % 7 - yearStart
                startDay = mondayOfWeek1 + (week - 1) * 7
                endDay = startDay + 7
                // A weekend (`2024-W32-WE`): the week's Saturday and Sunday.
                if dateParts.count == 3 { startDay += 5 }
            } else if let month = Int(second), (1...12).contains(month) {
                startDay = dayOffset(month, 1)
                endDay = dayOffset(month, CalendarDate.daysInMonth(year: layout, month: month)) + 1
                if dateParts.count >= 3 {
                    guard let day = Int(dateParts[2]), CalendarDate.isValid(year: layout, month: month, day: day) else { return nil }
                    startDay = dayOffset(month, day)
                    endDay = startDay + 1
                    hasDay = true
                }
            } else {
                return nil
            }
        }
        var startMinute = startDay * PartialDate.minutesPerDay, endMinute = endDay * PartialDate.minutesPerDay
        if parts.count == 2 {
            guard hasDay else { return nil }
            let time = parts[1].split(separator: ":").map { Int($0) }
            guard let hour = time.first ?? nil, (0...23).contains(hour) else { return nil }
            startMinute += hour * 60
            endMinute = startMinute + 60
            if time.count >= 2 {
                guard let minute = time[1], (0...59).contains(minute) else { return nil }
                startMinute += minute
                endMinute = startMinute + 1
            }
        }
        start = startMinute
        end = endMinute
    }

    public var description: String { text }

    /// How long the value's stretch is: the smaller, the more specific.
    var length: Int { end - start }

    /// The stretch laid out on a given year's calendar (for comparing a known year with an unknown one).
    private func stretch(onYear layout: Int?) -> (Int, Int) {
        guard year == nil, let layout, !CalendarDate.isLeapYear(layout) else { return (start, end) }
        // Days after 28 February move back by one on a common year.
        let february29 = 59 * PartialDate.minutesPerDay
        func shift(_ minute: Int) -> Int { minute > february29 ? minute - PartialDate.minutesPerDay : minute }
        return (shift(start), shift(end))
    }

    /// How two values relate.
    public enum Relation: Equatable, Sendable {
        /// One contains the other (or they are equal): the same time, told at different grains.
        case nested
        /// They overlap without one containing the other (a week across a month boundary).
        case overlapping
        /// They do not overlap; `days` counts the days from the end of the earlier to the start of the later
        /// (0: the same day at different times).
        case apart(days: Int)
    }

    public func relation(to other: PartialDate) -> Relation {
        if let year, let otherYear = other.year, year != otherYear {
            // Different known years: compare on a common time line.
            let selfOrigin = CalendarDate(year: year, month: 1, day: 1).dayNumber * PartialDate.minutesPerDay
            let otherOrigin = CalendarDate(year: otherYear, month: 1, day: 1).dayNumber * PartialDate.minutesPerDay
            return PartialDate.relate((selfOrigin + start, selfOrigin + end), (otherOrigin + other.start, otherOrigin + other.end))
        }
        let layout = year ?? other.year
        return PartialDate.relate(stretch(onYear: layout), other.stretch(onYear: layout))
    }

    private static func floorDay(_ minute: Int) -> Int { minute >= 0 ? minute / minutesPerDay : (minute - minutesPerDay + 1) / minutesPerDay }

    private static func relate(_ a: (Int, Int), _ b: (Int, Int)) -> Relation {
        if (a.0 <= b.0 && b.1 <= a.1) || (b.0 <= a.0 && a.1 <= b.1) { return .nested }
        if a.0 < b.1 && b.0 < a.1 { return .overlapping }
        // Whole days from the last day of the earlier to the first day of the later: 8 and 10 August are 2 apart.
        let (earlier, later) = a.1 <= b.0 ? (a, b) : (b, a)
        return .apart(days: floorDay(later.0) - floorDay(earlier.1 - 1))
    }

    /// The more specific of two nested or overlapping values, with a year filled in from the other when only the
    /// other knows it: `XXXX-05-31` and `2024` give `2024-05-31`.
    public func mostSpecific(with other: PartialDate) -> PartialDate {
        var (narrow, wide) = length < other.length || (length == other.length && year != nil) ? (self, other) : (other, self)
        if narrow.year == nil, let year = wide.year, narrow.text.hasPrefix("XXXX"),
           let filled = PartialDate(String(String(year).suffix(4)).leftPadded(to: 4) + narrow.text.dropFirst(4)) {
            narrow = filled
        }
        return narrow
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
