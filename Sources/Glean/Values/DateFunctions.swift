/// The date functions added for holidays, weekday-plus-day, days of the month, composed dates (nth_weekday, day_in)
/// and glued month names, and country_currency for shared currency symbols; the older date functions (date,
/// numeric_date, shift_date, weekday_date) are in NormalizerFunction.swift.
extension NormalizerFunction {
    public static let dateFunctions: [NormalizerFunction] = [
        NormalizerFunction(name: "holiday_date", positional: 1...1, labels: ["year", "choice"],
                           summary: "the day of a holiday from its calendar rule (a Holiday entry's `rule`: 12-25, easter+1, 4:4:11 = 4th Thursday of November): in year: when given, else the last one before the reference date (choice: last/past), the next one after it (next/coming), or the one of the reference year") { arguments, context in
            let choice = labelled(arguments, "choice")?.stringValue.flatMap(WeekdayChoice.init(rawValue:))
            return DateNormalizer.holiday(rule: positional(arguments, 0), year: labelled(arguments, "year"), choice: choice, context: context)
        },
        NormalizerFunction(name: "weekday_day", positional: 1...1, labels: ["day"],
                           summary: "a weekday (1 = Monday) with a day of the month (\"Friday 31\", \"mardi 11\"): the nearest date around the reference date where that day falls on that weekday") { arguments, context in
            DateNormalizer.weekdayDay(positional(arguments, 0), day: labelled(arguments, "day"), context: context)
        },
        NormalizerFunction(name: "day_of_month", positional: 1...1, labels: ["from", "tense"],
                           summary: "a day of the month alone (\"the 18th\", \"le 23\"): that day of the reference date's month (XXXX-XX-18 without one); from: a Date value (or record) whose month to use instead (\"the 15th day of next month\"); tense: \"future\" or \"past\", the clause's tense, takes the next month for a day already gone (\"I'll see you on the 18th\" written on the 20th) or the month before for a day still to come (\"he arrived on the 18th\" written on the 10th)") { arguments, context in
            var context = context
            if let from = labelled(arguments, "from") {
                guard let base = DateNormalizer.firstDay(of: from) else { return .null }
                context.referenceDate = base
            }
            let result = DateNormalizer.dayOfMonth(positional(arguments, 0), context: context)
            // The clause's tense moves a day on the other side of the reference date to the next or previous month.
            // Read forward (scheduling text), a day alone is ahead unless its clause is in the past.
            let given = labelled(arguments, "tense")?.stringValue
            let forward = context.dateReading.readsForward && given != "past"
            guard let reference = context.referenceDate, labelled(arguments, "from") == nil,
                  let tense = forward ? "future" : given, let day = DateNormalizer.integer(positional(arguments, 0)),
                  let value = result["value"]?.stringValue, let date = CalendarDate(iso: value) else { return result }
            var month = CalendarDate(year: date.year, month: date.month, day: 1)
            if tense == "future" && date < reference { month = month.adding(months: 1) }
            else if tense == "past" && date > reference { month = month.adding(months: -1) }
            else { return result }
            guard CalendarDate.isValid(year: month.year, month: month.month, day: day) else { return result }
            return DateNormalizer.record(value: CalendarDate(year: month.year, month: month.month, day: day).iso, grain: "day", relative: true)
        },
        NormalizerFunction(name: "nth_weekday", positional: 1...1, labels: ["nth", "from"],
                           summary: "the nth (1-5; -1 the last) weekday (1 = Monday) of the reference date's month, or of from:'s month (a Date value or record): nth_weekday(1, nth: 1, from: shift_date(1, unit: \"month\", grain: \"unit\")) for \"the first Monday of next month\"; null when the month has no such day") { arguments, context in
            guard let weekday = DateNormalizer.integer(positional(arguments, 0)), (1...7).contains(weekday),
                  let nth = DateNormalizer.integer(labelled(arguments, "nth") ?? .int(1)), nth != 0, (-5...5).contains(nth),
                  let base = DateNormalizer.anchor(labelled(arguments, "from"), context: context),
                  let date = HolidayCalendar.nthWeekday(nth, weekday: weekday, month: base.month, year: base.year) else { return .null }
            return DateNormalizer.record(value: date.iso, grain: "day", relative: true)
        },
        NormalizerFunction(name: "day_in", positional: 1...1, labels: ["unit", "from"],
                           summary: "the nth day (-1 the last, -2 the one before) of the month (unit: month, the default), week or year that holds the reference date or from: (a Date value or record): day_in(-1, from: \"2015-06\") = 2015-06-30 (\"le dernier jour de juin 2015\"); null past the period's end") { arguments, context in
            guard let nth = DateNormalizer.integer(positional(arguments, 0)), nth != 0,
                  let base = DateNormalizer.anchor(labelled(arguments, "from"), context: context) else { return .null }
            let unit = DateUnit(labelled(arguments, "unit")) ?? .month
            let first: CalendarDate, length: Int
            switch unit {
            case .year: (first, length) = (CalendarDate(year: base.year, month: 1, day: 1), CalendarDate.isLeapYear(base.year) ? 366 : 365)
            case .week: (first, length) = (base.adding(days: 1 - base.weekday), 7)
            case .month: (first, length) = (CalendarDate(year: base.year, month: base.month, day: 1), CalendarDate.daysInMonth(year: base.year, month: base.month))
            default: return .null
            }
            guard abs(nth) <= length else { return .null }
            let date = first.adding(days: nth > 0 ? nth - 1 : length + nth)
            return DateNormalizer.record(value: date.iso, grain: "day", relative: true)
        },
        NormalizerFunction(name: "year_part", positional: 0...1, labels: ["unit", "choice", "from", "months", "tense"],
                           summary: "a part of a year, TimeML style: unit: quarter (1-4, 2024-Q3), half (1-2, 2024-H1) or season (SP, SU, FA, WI: 2024-SU; a winter is named by the year of its December) of the year of from: (a year or Date value), else around the reference date: choice: this (default, the one holding it), last/past (the latest one ended before it), next/coming (the first one begun after it); tense: \"future\" or \"past\", the clause's tense, for a part said without a year or a choice (\"they will meet in the spring\"): the first one not yet ended, or the latest one already begun; months: [first, last] instead of a number and unit (a YearPart entry's start_month and end_month: [7, 9] is Q3, [1, 6] H1, others null)") { arguments, context in
            var part = positional(arguments, 0), unit = labelled(arguments, "unit")?.stringValue
            if case .list(let bounds)? = labelled(arguments, "months") {
                guard bounds.count == 2, let first = DateNormalizer.integer(bounds[0]), let last = DateNormalizer.integer(bounds[1]) else { return .null }
                switch last - first {
                case 2 where first % 3 == 1: (part, unit) = (.int((first + 2) / 3), "quarter")
                case 5 where first % 6 == 1: (part, unit) = (.int((first + 5) / 6), "half")
                default: return .null
                }
            }
            // A clause's tense stands for a choice only when none is written ("next spring" is next whatever the verb).
            var choice = labelled(arguments, "choice")?.stringValue
            if choice == nil, let tense = labelled(arguments, "tense")?.stringValue {
                switch tense {
                case "future": choice = "ahead"
                case "past": choice = "behind"
                default: break
                }
            }
            return DateNormalizer.yearPart(part, unit: unit, choice: choice,
                                    from: labelled(arguments, "from"), context: context)
        },
        NormalizerFunction(name: "decade", positional: 0...1, labels: ["ago"],
                           summary: "a decade, TimeML style, from its first year: 1990 or '90 (the century nearest the reference year) = 199X (grain decade); null unless it ends in 0; decade(ago: n) the decade of the year n decades before the reference year (\"a decade ago\" written in 2024 = 201X; null without a reference date)") { arguments, context in
            if let agoValue = labelled(arguments, "ago") {
                guard let ago = DateNormalizer.integer(agoValue), (1...100).contains(ago), let reference = context.referenceDate else { return .null }
                let year = reference.year - 10 * ago
                guard year >= 1000 else { return .null }
                return DateNormalizer.record(value: "\(year / 10)X", grain: "decade", relative: true)
            }
            guard let number = DateNormalizer.integer(positional(arguments, 0)), number >= 0, number % 10 == 0, number < 10000 else { return .null }
            let year = DateNormalizer.expandYear(number, reference: context.referenceDate)
            guard year >= 1000 else { return .null }
            return DateNormalizer.record(value: "\(year / 10)X", grain: "decade", relative: number < 100)
        },
        NormalizerFunction(name: "country_currency", positional: 2...2, labels: ["home", "home_pairs"],
                           summary: "country_currency(code, pairs): the currency a symbol several currencies share means here (a Currency entry's `code` and `by_country`, \"CA:CAD\" pairs): the reading of the countries of the match's sentence when they give one, else of the document's two main countries when they give one; the default `code` when it is among them, when they name none, or when they give several (\"Chilean investment in Canada totalled $1.3 billion\" stays USD) (\"$\" stays USD unless the text is about Canada, ...); a null code (an unattached word: \"dinar\", \"peso\") gives the countries' reading or null; home: the country the text was written in (a dateline's place, a code or a list whose first counts), whose reading in home_pairs (default: pairs) wins over all: \"$\" and plain \"dollars\" in an Ottawa release are CAD") { arguments, context in
            // A word with no default reading ("dinars", "pesos": code null) is read by the countries alone.
            let code = positional(arguments, 0) ?? .null
            func readings(_ value: FieldValue?) -> [String: String] {
                guard case .list(let items)? = value else { return [:] }
                var reading: [String: String] = [:]
                for item in items {
                    guard let pair = item.stringValue, let colon = pair.firstIndex(of: ":") else { continue }
                    let country = String(pair[..<colon])
                    if reading[country] == nil { reading[country] = String(pair[pair.index(after: colon)...]) }
                }
                return reading
            }
            // The writer's own country settles its own unit: a Canadian release's "$" and "dollars" are Canadian
            // whichever countries the sentence names.
            let homeValue = labelled(arguments, "home")
            let home: String? = if case .list(let codes)? = homeValue { codes.first?.stringValue } else { homeValue?.stringValue }
            // A word without home pairs of its own (`$`: a null `by_home`) reads the home country in its pairs.
            let homePairs = labelled(arguments, "home_pairs").flatMap { $0.isNull ? nil : $0 } ?? positional(arguments, 1)
            if let home, let found = readings(homePairs)[home] { return .string(found) }
            let reading = readings(positional(arguments, 1))
            guard !reading.isEmpty else { return code }
            // The countries say which currency only when they agree: one reading among them (or the default's own
            // country, which keeps the default). Two readings ("Chilean investment in Canada totalled $1.3 billion":
            // CLP or CAD) leave the sentence silent, and then the document's two main countries decide the same way;
            // when they disagree too, the default stays ("$" is USD).
            enum Verdict { case none, ambiguous, reading(String) }
            func choose<S: Sequence>(_ countries: S) -> Verdict where S.Element == String {
                var codes: [String] = []
                for country in countries { if let found = reading[country], !codes.contains(found) { codes.append(found) } }
                if codes.isEmpty { return .none }
                if let own = code.stringValue, codes.contains(own) { return .reading(own) }
                return codes.count == 1 ? .reading(codes[0]) : .ambiguous
            }
            if case .reading(let chosen) = choose(context.sentenceCountries) { return .string(chosen) }
            if case .reading(let chosen) = choose(context.documentCountries.prefix(2)) { return .string(chosen) }
            return code
        },
        NormalizerFunction(name: "year_of_halves", positional: 2...2, labels: [],
                           summary: "a year said as two numbers, its century and the rest: year_of_halves(19, 72) = 1972 (\"dix-neuf soixante-douze\"); null unless the first is 10-29 and the second 0-99") { arguments, _ in
            guard let century = DateNormalizer.integer(positional(arguments, 0)), (10...29).contains(century),
                  let rest = DateNormalizer.integer(positional(arguments, 1)), (0...99).contains(rest) else { return .null }
            return .int(century * 100 + rest)
        },
        NormalizerFunction(name: "shift_by", positional: 0...0, labels: ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "clock", "direction", "from"],
                           summary: "the reference date (or from:, a Date value) moved by a duration of several units at once, later or earlier with direction: -1: shift_by(days: 1, hours: 2) for \"+1 day 2 hours\", shift_by(minutes: 3, seconds: 49, direction: -1) for \"3m 49s ago\"; absent units count 0; clock: hours and minutes written as a clock time (\"2 h 30\" in \"dans 2 h 30\"). With hours, minutes or seconds and a time of day to count from (the reference's, or from:'s), the value has the time (grain minute); without one, they move the day by the whole days they make") { arguments, context in
            DateNormalizer.shiftedBy(arguments, context: context)
        },
        NormalizerFunction(name: "working_day", positional: 1...1, labels: ["direction", "from"],
                           summary: "the nth working day (Monday to Friday) after the reference date (or from:, a Date value), before it with direction: -1: working_day(1) for \"next business day\" (a Friday's is the Monday after); null without a date to count from") { arguments, context in
            guard let count = DateNormalizer.integer(positional(arguments, 0)), (0...1_000).contains(count) else { return .null }
            let step = (labelled(arguments, "direction")?.doubleValue ?? 1) < 0 ? -1 : 1
            guard var date = DateNormalizer.anchor(labelled(arguments, "from"), context: context) else { return .null }
            var left = count
            while left > 0 {
                date = date.adding(days: step)
                if date.weekday <= 5 { left -= 1 }
            }
            return DateNormalizer.record(value: date.iso, grain: "day", relative: true)
        },
        NormalizerFunction(name: "trailing_period", positional: 1...1, labels: ["unit", "to"],
                           summary: "the n units (unit: month, the default, quarter or year, singular or plural) that end with the last month of to: (a Date value or record: a year, half, quarter, month or day), as a range of months, never ahead of the reference date when to:'s year was not written (TimeML's reading of official statistics' trailing periods): trailing_period(4, unit: \"quarter\", to: \"2024-Q2\") = 2023-07 … 2024-06 (\"the four quarters to the end of Q2 2024\"); without to:, the n units ending with the month before the reference date's (\"les douze derniers mois\"); null when to: has no known year") { arguments, context in
            guard let count = DateNormalizer.integer(positional(arguments, 0)), (1...240).contains(count) else { return .null }
            let perUnit: Int
            // The unit may be the word as written ("quarters").
            var unitText = labelled(arguments, "unit")?.stringValue?.lowercased() ?? "month"
            if unitText.hasSuffix("s") { unitText.removeLast() }
            switch DateUnit(rawValue: unitText) {
            case .month: perUnit = 1
            case .quarter: perUnit = 3
            case .year: perUnit = 12
            default: return .null
            }
            let last: CalendarDate, relative: Bool
            if let to = labelled(arguments, "to") {
                guard let month = DateNormalizer.lastMonth(of: to) else { return .null }
                relative = (to["relative"] ?? { if case .list(let items) = to, items.count == 1 { return items[0]["relative"] } else { return nil } }())?.isTrue ?? false
                // A trailing period is over: a month without its year ("sur un an à fin mars" written in October) that the
                // nearest year put ahead of the reference date is the one before.
                if relative, let reference = context.referenceDate, month > CalendarDate(year: reference.year, month: reference.month, day: 1) {
                    last = month.adding(months: -12)
                } else {
                    last = month
                }
            } else {
                guard let reference = context.referenceDate else { return .null }
                last = CalendarDate(year: reference.year, month: reference.month, day: 1).adding(months: -1)
                relative = true
            }
            let first = last.adding(months: 1 - count * perUnit)
            func month(_ date: CalendarDate) -> String { "\(date.year)-\(DateNormalizer.pad2(date.month))" }
            return .object([FieldEntry("value", .string(month(first))), FieldEntry("grain", .string("month")),
                            FieldEntry("relative", .bool(relative)), FieldEntry("end", .string(month(last)))])
        },
        NormalizerFunction(name: "form_attribute", positional: 3...3, labels: [],
                           summary: "form_attribute(type, text, key): the attribute `key` of the gazetteer entry of `type` that lists `text` as a one-token form (of the document's language and case first, else of any) (for words the tokenizer glues to digits: month_of \"Aug\" in \"05-Aug-2016\"); null when none") { arguments, context in
            guard let type = positional(arguments, 0)?.stringValue, let text = positional(arguments, 1)?.stringValue,
                  let key = positional(arguments, 2)?.stringValue, let gazetteer = context.gazetteer else { return .null }
            return gazetteer.attribute(key, ofType: type, form: text, language: context.language) ?? .null
        },
    ]
}

extension DateNormalizer {
    /// The first day of the last month a Date value covers (`2024` → 2024-12, `2024-H1` → 2024-06, `2024-Q2` →
    /// 2024-06, `2024-06` or `2024-06-30` → 2024-06; a range's `end` when the record has one); nil without a known year.
    static func lastMonth(of value: FieldValue?) -> CalendarDate? {
        if case .list(let items)? = value, items.count == 1 { return lastMonth(of: items[0]) }
        if let end = value?["end"] { return lastMonth(of: end) }
        if let inner = value?["value"] { return lastMonth(of: inner) }
        guard let text = value?.stringValue, text.count >= 4, let year = Int(text.prefix(4)) else { return nil }
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count >= 2 else { return CalendarDate(year: year, month: 12, day: 1) }
        let part = parts[1]
        let month: Int?
        if let kind = part.first, kind == "Q" || kind == "H", let number = Int(part.dropFirst()) {
            month = kind == "Q" ? ((1...4).contains(number) ? 3 * number : nil) : ((1...2).contains(number) ? 6 * number : nil)
        } else {
            month = Int(part).flatMap { (1...12).contains($0) ? $0 : nil }
        }
        return month.map { CalendarDate(year: year, month: $0, day: 1) }
    }

    /// The day a composed date counts from: the first day of `from` (a Date value or record) when given, else the
    /// reference date; nil when neither is known.
    static func anchor(_ from: FieldValue?, context: EvaluationContext) -> CalendarDate? {
        if let from { return firstDay(of: from) }
        return context.referenceDate
    }
}

extension DateNormalizer {
    /// shift_by: months and days on the calendar, then hours, minutes and seconds on the clock.
    static func shiftedBy(_ arguments: NormalizerFunction.Arguments, context: EvaluationContext) -> FieldValue {
        func amount(_ label: String) -> Double? {
            guard let value = NormalizerFunction.labelled(arguments, label) else { return nil }
            return value.doubleValue ?? value.stringValue.flatMap { NumberParsing.parseDigits($0, language: context.language) }
        }
        let calendar = ["years", "months", "weeks", "days"].map(amount)
        var clock = ["hours", "minutes", "seconds"].map(amount)
        // A duration written as a clock time: "2 h 30" is 2 hours and 30 minutes.
        if let text = NormalizerFunction.labelled(arguments, "clock")?.stringValue {
            guard let time = clockTime(text, hour: nil, minute: nil, meridiem: nil) else { return .null }
            clock[0] = (clock[0] ?? 0) + Double(time.hour)
            clock[1] = (clock[1] ?? 0) + Double(time.minute ?? 0)
        }
        guard (calendar + clock).contains(where: { $0 != nil }) else { return .null }
        let amounts = (calendar + clock).compactMap { $0 }
        // Calendar units move whole months and days; a fraction of them ("1.5 years") is not a date.
        guard calendar.allSatisfy({ $0 == nil || $0 == $0!.rounded() }), amounts.allSatisfy({ abs($0) < 100_000 }) else { return .null }
        let sign = (NormalizerFunction.labelled(arguments, "direction")?.doubleValue ?? 1) < 0 ? -1 : 1
        var base: CalendarDate
        var minuteOfDay: Int?
        if let from = NormalizerFunction.labelled(arguments, "from") {
            guard let date = firstDay(of: from) else { return .null }
            base = date
            minuteOfDay = self.minuteOfDay(from)
        } else {
            guard let reference = context.referenceDate else { return .null }
            base = reference
            minuteOfDay = context.referenceTime
        }
        let months = Int(12 * (calendar[0] ?? 0) + (calendar[1] ?? 0)), days = Int(7 * (calendar[2] ?? 0) + (calendar[3] ?? 0))
        base = base.adding(months: sign * months).adding(days: sign * days)
        let seconds = 3_600 * (clock[0] ?? 0) + 60 * (clock[1] ?? 0) + (clock[2] ?? 0)
        if clock.allSatisfy({ $0 == nil }) {
            if let minuteOfDay, NormalizerFunction.labelled(arguments, "from") != nil {
                return record(value: base.iso + "T\(pad2(minuteOfDay / 60)):\(pad2(minuteOfDay % 60))", grain: "minute", relative: true)
            }
            return record(value: base.iso, grain: "day", relative: true)
        }
        guard let minuteOfDay else {
            return record(value: base.adding(days: sign * Int((seconds / 86_400).rounded(.towardZero))).iso, grain: "day", relative: true)
        }
        // Whole minutes: "3m 49s ago" at 22:30 is 22:26 (22:26:11).
        let total = Int((Double(minuteOfDay * 60) + Double(sign) * seconds).rounded(.down))
        let minutes = total >= 0 ? total / 60 : -((-total + 59) / 60)
        let dayShift = minutes >= 0 ? minutes / 1_440 : -((-minutes + 1_439) / 1_440)
        let minute = minutes - dayShift * 1_440
        return record(value: base.adding(days: dayShift).iso + "T\(pad2(minute / 60)):\(pad2(minute % 60))", grain: "minute", relative: true)
    }
}

extension Gazetteer {
    /// The attribute of the entry of `type` with a one-token form equal to `text` once folded: for the rare words a
    /// rule could not match as gazetteer tokens. The forms are found by their folded text (`oneTokenForms`), in their
    /// order: a scan of every form read ~24,000 forms spread over memory per call (9% of extraction's last-level cache
    /// misses on news for a few calls per document).
    public func attribute(_ key: String, ofType type: String, form text: String, language: Language) -> FieldValue? {
        let folded = Folding.fold(text)
        // Best first: a form of the document's language as listed (exact forms by case), then any language and case
        // ("sep" in French text; "mar3" where the word glued to digits cannot be the verb).
        var fallback: FieldValue?
        let candidates = oneTokenForms.withLock { built -> [Int32] in
            if let index = built[0] { return index[folded] ?? [] }
            var index: [String: [Int32]] = [:]
            for (number, form) in forms.enumerated() where form.foldedTokens.count == 1 { index[form.foldedTokens[0], default: []].append(Int32(number)) }
            built[0] = index
            return index[folded] ?? []
        }
        for number in candidates where entryTypes[Int(forms[Int(number)].entry)] == type {
            let form = forms[Int(number)]
            let languageFits = form.language == nil || language == .unknown || form.language == language
            if languageFits && (!form.kind.isCaseSensitive || form.text == text) { return entries[Int(form.entry)].attribute(key) }
            if fallback == nil { fallback = entries[Int(form.entry)].attribute(key) }
        }
        return fallback
    }
}

extension DateNormalizer {
    /// year_part: a quarter, half or season as TimeML writes it. Months of each part; a winter runs from the
    /// December of its year into the next year's February (northern seasons, as TimeML's WI/SP/SU/FA).
    static func yearPart(_ part: FieldValue?, unit: String?, choice: String?, from: FieldValue?, context: EvaluationContext) -> FieldValue {
        let code: String, first: Int, last: Int, grain: String
        switch unit {
        case "quarter":
            guard let n = integer(part), (1...4).contains(n) else { return .null }
            (code, first, last, grain) = ("Q\(n)", 3 * n - 2, 3 * n, "quarter")
        case "half":
            guard let n = integer(part), (1...2).contains(n) else { return .null }
            (code, first, last, grain) = ("H\(n)", 6 * n - 5, 6 * n, "half")
        case "season":
            guard let text = part?.stringValue?.uppercased() else { return .null }
            switch text {
            case "SP": (first, last) = (3, 5)
            case "SU": (first, last) = (6, 8)
            case "FA": (first, last) = (9, 11)
            case "WI": (first, last) = (12, 14)
            default: return .null
            }
            (code, grain) = (text, "season")
        default: return .null
        }
        // An absolute year given: that year's part, whatever the choice.
        if let from {
            guard let base = firstDay(of: from) else { return .null }
            return record(value: "\(base.year)-\(code)", grain: grain, relative: false)
        }
        guard let reference = context.referenceDate else { return record(value: "XXXX-\(code)", grain: grain, relative: true) }
        // Months counted from year 0 so that a winter's January and February compare after its December.
        let now = reference.year * 12 + reference.month
        func start(_ year: Int) -> Int { year * 12 + first }
        func end(_ year: Int) -> Int { year * 12 + last }
        var year = reference.year
        switch choice ?? "this" {
        case "last", "past":
            while end(year) >= now { year -= 1 }
        case "next", "coming":
            while start(year) <= now { year += 1 }
            while start(year - 1) > now { year -= 1 }
        case "ahead":
            // The first one not ended at the reference month: the one holding it, else the next.
            while end(year - 1) >= now { year -= 1 }
            while end(year) < now { year += 1 }
        case "behind":
            // The latest one begun by the reference month: the one holding it, else the last.
            while start(year) > now { year -= 1 }
            while start(year + 1) <= now { year += 1 }
        case "this":
            // The part holding the reference month; a January's winter is the one begun the December before.
            if end(year - 1) >= now { year -= 1 }
        default: return .null
        }
        return record(value: "\(year)-\(code)", grain: grain, relative: true)
    }
}
