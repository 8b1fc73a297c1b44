/// What a normaliser may know about the document besides its arguments.
public struct EvaluationContext {
    public var language: Language
    /// Values of a field of the annotations (and gazetteer entries) of a type around the match, nearest first;
    /// set by the extractor (see Matching/ContextFunctions.swift).
    public var lookup: ((ContextScope, _ type: String, _ field: String, _ outside: String?) -> [FieldValue])? = nil
    /// `lookup` for a call numbered by its pack (`FieldExpression.lookup`), set by the extractor with it.
    var numberedLookup: ((ContextLookupCall) -> [FieldValue])? = nil
    /// The date relative expressions resolve against, when known.
    public var referenceDate: CalendarDate?
    /// The reference's wall-clock time (minutes after midnight) when the document gave one with its date.
    public var referenceTime: Int? = nil
    /// The document's reading options (forward dates, the order of numeric dates).
    public var dateReading = DateReading()
    /// Countries (ISO alpha-2) named in the sentence of the match, in order of appearance.
    public var sentenceCountries: [String] {
        get { sentenceCountriesProvider?() ?? givenSentenceCountries }
        set { givenSentenceCountries = newValue; sentenceCountriesProvider = nil }
    }
    private var givenSentenceCountries: [String]
    /// Computes `sentenceCountries` when a function reads them (most fields never do), instead of for every match.
    var sentenceCountriesProvider: (() -> [String])? = nil
    /// The phase's whole-document lookups, shared by its matches (nil: every lookup is made).
    var documentLookups: DocumentLookupCache? = nil
    /// Countries of the document, most mentioned first.
    public var documentCountries: [String]
    /// The pack's gazetteer, for functions that look a word up (form_attribute).
    public var gazetteer: Gazetteer? = nil

    public init(language: Language, referenceDate: CalendarDate? = nil, sentenceCountries: [String] = [], documentCountries: [String] = []) {
        self.language = language
        self.referenceDate = referenceDate
        givenSentenceCountries = sentenceCountries
        self.documentCountries = documentCountries
    }
}

/// A named function a rule's `emit` block can call to normalise captured text: `number(n, scale: s.value)`.
/// The arithmetic lives here, in Swift, with unit tests; the vocabularies (months, scales, currencies) live in
/// gazetteers so a rule author can extend them without touching code.
public struct NormalizerFunction: Sendable {
    public typealias Arguments = [(label: String?, value: FieldValue)]
    public let name: String
    /// How many unlabelled arguments it takes.
    public let positional: ClosedRange<Int>
    /// The labels it accepts. `*` accepts any label.
    public let labels: Set<String>
    public let summary: String
    let evaluate: @Sendable (Arguments, EvaluationContext) -> FieldValue

    public static func named(_ name: String) -> NormalizerFunction? { byName[name] }

    /// Every function by name, the first of a name kept (as the search of the three lists found it): concatenating
    /// the lists for each call copied ~100 functions per field expression the pack compiles.
    private static let byName: [String: NormalizerFunction] = {
        var table: [String: NormalizerFunction] = [:]
        for function in all + contextFunctions + dateFunctions where table[function.name] == nil { table[function.name] = function }
        return table
    }()

    public static let all: [NormalizerFunction] = [
        NormalizerFunction(name: "number", positional: 1...1, labels: ["scale"],
                           summary: "digits as EN/FR write them (or a number), times an optional scale (a number or a scale word's value)") { arguments, context in
            guard let value = numeric(positional(arguments, 0), context) else { return .null }
            let scale = labelled(arguments, "scale")?.doubleValue ?? 1
            return .number(scaledDecimal(value, scale))
        },
        NormalizerFunction(name: "money", positional: 1...1, labels: ["scale", "currency"],
                           summary: "a Money record {amount, currency}: the amount as number() reads it; null (no fact) when the amount is not a number") { arguments, context in
            guard let value = numeric(positional(arguments, 0), context) else { return .null }
            let scale = labelled(arguments, "scale")?.doubleValue ?? 1
            var entries = [FieldEntry("amount", .number(scaledDecimal(value, scale)))]
            if let currency = labelled(arguments, "currency") { entries.append(FieldEntry("currency", currency)) }
            return .object(entries)
        },
        NormalizerFunction(name: "percent", positional: 1...1, labels: [],
                           summary: "a Percent record {value}: 70 for 70 %; null (no fact) when it is not a number") { arguments, context in
            guard let value = numeric(positional(arguments, 0), context) else { return .null }
            return .object([FieldEntry("value", .number(value))])
        },
        NormalizerFunction(name: "ordinal", positional: 1...1, labels: [], summary: "an ordinal numeral: 93e, 1er, 7th") { arguments, _ in
            guard let value = positional(arguments, 0) else { return .null }
            if case .int = value { return value }
            if case .double(let number) = value { return number == number.rounded() && number > 0 ? .int(Int(number)) : .null }
            guard let text = value.stringValue, let number = NumberParsing.parseOrdinal(text) else { return .null }
            return .int(number)
        },
        NormalizerFunction(name: "numeral", positional: 1...1, labels: [],
                           summary: "a number in digits with a sign, a fraction or an exponent: -5, .08 (,08 in French), 3/4, 2 1/4, ½, 2½, 1e10, 1.3x10^6, 1.1^23; null otherwise") { arguments, context in
            guard let text = positional(arguments, 0)?.stringValue, let value = Numerals.parse(text, language: context.language) else { return .null }
            return .number(value)
        },
        NormalizerFunction(name: "minor_amount", positional: 2...2, labels: ["factor", "digits"],
                           summary: "an amount in main units and minor units together: minor_amount(15, 50, digits: 2) = 15.5 (\"15 dollars 50\"), minor_amount(3, 50, factor: 0.01) = 3.5 (\"3 dollars 50 cents\"); null when the minor amount is not a whole number below one main unit") { arguments, context in
            let values = arguments.filter { $0.label == nil }.map { numeric($0.value, context) }
            guard values.count == 2, let whole = values[0], let minor = values[1], minor >= 0, minor == minor.rounded() else { return .null }
            let factor: Double
            if let given = labelled(arguments, "factor")?.doubleValue { factor = given }
            else if let digits = labelled(arguments, "digits")?.doubleValue, digits >= 1, digits <= 8 { factor = Numerals.scaled(1, -Int(digits)) }
            else { return .null }
            guard factor > 0, minor * factor < 1 else { return .null }
            return .number(NumberWords.tidy(abs(whole) + minor * factor) * (whole < 0 ? -1 : 1))
        },
        NormalizerFunction(name: "spelled_number", positional: 1...1, labels: [],
                           summary: "a number written in words, digits and scale words, from the parts' items in text order: spelled_number(p.item) for \"deux cent soixante-quatorze\", \"two thirds\", \"3 hundred and 21\"; null when they do not form one number") { arguments, context in
            guard let items = positional(arguments, 0), let parts = NumberWords.parts(items, language: context.language),
                  let value = NumberWords.cardinal(parts, language: context.language) else { return .null }
            return .number(value)
        },
        NormalizerFunction(name: "spelled_ordinal", positional: 1...1, labels: [],
                           summary: "an ordinal written in words from the parts' items: \"twenty-first\" = 21, \"vingt et unième\" = 21") { arguments, context in
            guard let items = positional(arguments, 0), let parts = NumberWords.parts(items, language: context.language),
                  let value = NumberWords.ordinal(parts, language: context.language) else { return .null }
            return .int(value)
        },
        NormalizerFunction(name: "spoken_year", positional: 1...1, labels: [],
                           summary: "a year said in two halves, from the parts' items: \"nineteen eighty-six\" = 1986") { arguments, context in
            guard let items = positional(arguments, 0), let parts = NumberWords.parts(items, language: context.language),
                  let value = NumberWords.spokenYear(parts, language: context.language) else { return .null }
            return .int(value)
        },
        NormalizerFunction(name: "date", positional: 0...0,
                           labels: ["day", "month", "year", "era", "past", "future", "tense", "time", "hour", "minute", "meridiem", "end_day", "end_month", "end_year", "modifier", "on", "alone"],
                           summary: "a calendar date from its parts; a missing year is taken from the reference date (past: true or future: true picks the nearest past or future one; tense: \"past\" or \"future\", the tense of the clause, turns the nearest year when it puts the date two months or more, or a day more than 31 days, on the other side); time:/hour:/minute:/meridiem: add a clock time (alone: T16:50; on: a Date record of a day to put it on, such as shift_date(0, unit: \"day\"), the reference day; alone: true, a clock time with no day written, on the reference day, or read forward the next such time); end_day:/end_month:/end_year: make it a range with an inclusive end (a yearless start read with past:, future:, tense: as a date alone); modifier: early/mid/late; era: the era written after the year (AD, CE, apr. J.-C. keep the year as written, 88 is 0088; BC, BCE, av. J.-C. give the ISO 8601 year, 345 BC = -0344)") { arguments, context in
            let past = labelled(arguments, "past")?.isTrue ?? false, future = labelled(arguments, "future")?.isTrue ?? false
            let tense = labelled(arguments, "tense")?.stringValue
            let day = labelled(arguments, "day"), month = labelled(arguments, "month")
            let year = labelled(arguments, "year")
            if let era = labelled(arguments, "era") {
                // A year with its era is as written, never a two-digit year of the reference century.
                guard let eraText = era.stringValue, let number = DateNormalizer.integer(year), number > 0 else { return .null }
                let folded = eraText.lowercased().filter(\.isLetter)
                let before = folded.hasPrefix("b") || folded.hasPrefix("av") || folded.hasPrefix("achr")
                // ISO 8601 counts 1 BC as year 0.
                let iso = before ? 1 - number : number
                let result = DateNormalizer.eraDate(day: DateNormalizer.integer(day), month: DateNormalizer.integer(month), year: iso)
                return result
            }
            var result: FieldValue
            let endDay = labelled(arguments, "end_day"), endMonth = labelled(arguments, "end_month"), endYear = labelled(arguments, "end_year")
            if endDay != nil || endMonth != nil || endYear != nil {
                func part(_ value: FieldValue?) -> Int? { DateNormalizer.integer(value) }
                let endYearNumber = part(endYear).map { DateNormalizer.expandYear($0, reference: context.referenceDate) }
                result = DateNormalizer.range(start: (part(day), part(month), part(year).map { DateNormalizer.expandYear($0, reference: context.referenceDate) }),
                                              end: (part(endDay), part(endMonth), endYearNumber), past: past, future: future, tense: tense, context: context)
            } else if day == nil && month == nil && year == nil {
                // A time on a day given as a Date record ("tomorrow at 5pm", the reference day for a time alone).
                let on = labelled(arguments, "on")
                result = on?["grain"]?.stringValue == "day" ? on! : .null
            } else {
                result = DateNormalizer.date(day: day, month: month, year: year, past: past, future: future, tense: tense, context: context)
            }
            let time = labelled(arguments, "time"), hour = labelled(arguments, "hour")
            if time != nil || hour != nil {
                guard let clock = DateNormalizer.clockTime(time?.stringValue, hour: hour, minute: labelled(arguments, "minute"),
                                                           meridiem: labelled(arguments, "meridiem")?.stringValue) else { return .null }
                if result.isNull && (day != nil || month != nil || year != nil) { return .null }
                if result.isNull, labelled(arguments, "alone")?.isTrue == true {
                    result = DateNormalizer.clockDay(clock, context: context)
                }
                result = DateNormalizer.withTime(result.isNull ? nil : result, time: clock)
            }
            if let modifier = labelled(arguments, "modifier"), case .object(var entries) = result {
                entries.append(FieldEntry("modifier", modifier))
                result = .object(entries)
            }
            return result
        },
        NormalizerFunction(name: "numeric_date", positional: 1...1, labels: ["time", "home"],
                           summary: "a date written in digits: 08.08.2024, 8/8/2024, 2024-08-08 (day first, except month first in English when the day cannot be a month); time: adds a clock time; home: the country the text is written in (alpha-2), whose own order an English text without a date_order option follows (day first outside the month-first countries)") { arguments, context in
            guard let text = positional(arguments, 0)?.stringValue else { return .null }
            let result = DateNormalizer.numericDate(text, language: context.language, context: context, home: labelled(arguments, "home")?.stringValue)
            if let time = labelled(arguments, "time") {
                guard !result.isNull, let clock = DateNormalizer.clockTime(time.stringValue, hour: nil, minute: nil, meridiem: nil) else { return .null }
                return DateNormalizer.withTime(result, time: clock)
            }
            return result
        },
        NormalizerFunction(name: "shift_date", positional: 0...1, labels: ["unit", "direction", "grain", "from", "half"],
                           summary: "the date `amount` (default 1) units (day, week, month, quarter, year) after the reference date, or before it with direction: -1; grain: \"unit\" gives the whole period (next week = 2024-W33), \"from\" the grain of a year or month counted from (null for a finer unit); from: a Date value to count from instead; half: (any non-null value, such as the words \"and a half\") adds half a unit (\"an hour and a half\"); a fraction of a unit is counted in the finer unit it makes (a year and a half: 18 months; a month: 30 days, a week: 7 days, a day: 24 hours)") { arguments, context in
            var amount = positional(arguments, 0)
            if let half = labelled(arguments, "half"), !half.isNull, half != .bool(false) {
                let count = amount.flatMap(\.doubleValue) ?? amount?.stringValue.flatMap { NumberParsing.parseDigits($0, language: context.language) } ?? 1
                amount = .number(count + 0.5)
            }
            return DateNormalizer.shifted(amount: amount, unit: labelled(arguments, "unit"), direction: labelled(arguments, "direction"),
                                          grain: labelled(arguments, "grain"), from: labelled(arguments, "from"), context: context)
        },
        NormalizerFunction(name: "weekday_date", positional: 1...1, labels: ["choice", "weeks", "nth", "from", "tense", "over_at", "weekend"],
                           summary: "the date of a weekday (1 = Monday) around the reference date; choice: nearest (default: the latest on or before it), last, next, this, past, coming; weeks: n more weeks later (or earlier); nth: the nth such day (nth: 3 with coming: three Tuesdays from now); from: a Date value to count from instead of the reference date (choice: this gives that day of its week); tense: \"future\", the tense of the clause (\"we will meet on Friday\"), makes the default the reference date itself or the first such day after it; over_at: the hour a part of the day said with it ends (\"sunday morning\": 12): read ahead, on that day at or after that hour it is a week later; weekend: true gives the weekend of the day found (TimeML's 2024-W32-WE, grain weekend)") { arguments, context in
            var choice = labelled(arguments, "choice")?.stringValue.flatMap(WeekdayChoice.init(rawValue:)) ?? .nearest
            // A bare weekday is read backward (news reports what happened) unless its clause says it is ahead.
            let tense = labelled(arguments, "tense")?.stringValue
            if choice == .nearest && tense == "future" { choice = .ahead }
            // Read forward (scheduling text), the same mirror for a weekday counted from the reference date, unless its
            // clause is in the past.
            if choice == .nearest && tense != "past" && labelled(arguments, "from") == nil && context.dateReading.readsForward { choice = .ahead }
            var weeks = labelled(arguments, "weeks")?.doubleValue.map { Int($0) } ?? 0
            // nth: the nth such day ("three Tuesdays from now": the coming one and two more weeks).
            if let nthValue = labelled(arguments, "nth") {
                guard let nth = DateNormalizer.integer(nthValue), (1...520).contains(nth) else { return .null }
                weeks += nth - 1
            }
            var context = context
            if let from = labelled(arguments, "from") {
                guard let base = DateNormalizer.firstDay(of: from) else { return .null }
                context.referenceDate = base
            }
            let overAt = labelled(arguments, "over_at")?.doubleValue.map { Int($0) }
            let day = DateNormalizer.weekdayDate(positional(arguments, 0), choice: choice, weeks: weeks, overAt: overAt, context: context)
            return labelled(arguments, "weekend")?.isTrue == true ? DateNormalizer.weekend(of: day) : day
        },
        NormalizerFunction(name: "object", positional: 0...0, labels: ["*"], summary: "a record of the labelled arguments (null ones left out)") { arguments, _ in
            let entries = arguments.compactMap { argument -> FieldEntry? in
                guard let label = argument.label, !argument.value.isNull else { return nil }
                return FieldEntry(label, argument.value)
            }
            return entries.isEmpty ? .null : .object(entries)
        },
        NormalizerFunction(name: "first", positional: 1...16, labels: [], summary: "the first argument that is not null") { arguments, _ in
            arguments.first { !$0.value.isNull }?.value ?? .null
        },
        NormalizerFunction(name: "lower", positional: 1...1, labels: [], summary: "lower-cased text") { arguments, _ in
            positional(arguments, 0)?.stringValue.map { .string($0.lowercased()) } ?? .null
        },
        NormalizerFunction(name: "upper", positional: 1...1, labels: [], summary: "upper-cased text") { arguments, _ in
            positional(arguments, 0)?.stringValue.map { .string($0.uppercased()) } ?? .null
        },
        NormalizerFunction(name: "int", positional: 1...1, labels: [], summary: "a whole number from digits") { arguments, context in
            guard let value = positional(arguments, 0) else { return .null }
            if case .int = value { return value }
            guard let text = value.stringValue, let number = NumberParsing.parseDigits(text, language: context.language) else { return .null }
            return .number(number.rounded())
        },
        NormalizerFunction(name: "unique", positional: 1...16, labels: [], summary: "the distinct non-null values of its arguments, as a list") { arguments, _ in
            var seen: [FieldValue] = []
            for argument in arguments {
                let values: [FieldValue]
                if case .list(let items) = argument.value { values = items } else { values = [argument.value] }
                for value in values where !value.isNull && !seen.contains(value) { seen.append(value) }
            }
            return seen.isEmpty ? .null : .list(seen)
        },
        NormalizerFunction(name: "context_countries", positional: 0...0, labels: ["min"],
                           summary: "the countries named in the match's sentence when there are at least `min` (default 2), else the document's `min` most mentioned countries") { arguments, context in
            let minimum = Int(labelled(arguments, "min")?.doubleValue ?? 2)
            var sentence: [String] = []
            for country in context.sentenceCountries where !sentence.contains(country) { sentence.append(country) }
            if sentence.count >= minimum { return .list(sentence.map(FieldValue.string)) }
            let document = Array(context.documentCountries.prefix(minimum))
            if document.count >= minimum { return .list(document.sorted().map(FieldValue.string)) }
            return sentence.isEmpty ? .null : .list(sentence.map(FieldValue.string))
        },
    ]

    /// A number argument: a number value, or digits as the document's language writes them.
    static func numeric(_ value: FieldValue?, _ context: EvaluationContext) -> Double? {
        switch value {
        case .int(let number): Double(number)
        case .double(let number): number
        case .string(let text): NumberParsing.parseDigits(text, language: context.language)
        default: nil
        }
    }

    /// A numeral written in decimal times a scale word, without the binary drift of the product:
    /// 131.2 × 10⁹ is 131199999999.99998 in doubles, and "RM131.2 billion" means 131200000000. A decimal
    /// numeral carries at most 15 significant digits, so the product is rounded to that many.
    static func scaledDecimal(_ value: Double, _ scale: Double) -> Double {
        let product = value * scale
        guard scale != 1, product.isFinite, product != 0 else { return product }
        return Double(String(format: "%.15g", product)) ?? product
    }

    static func positional(_ arguments: Arguments, _ index: Int) -> FieldValue? {
        // A loop, not a filtered copy: every normaliser call reads its arguments through here.
        var seen = 0
        for argument in arguments where argument.label == nil {
            if seen == index { return argument.value.isNull ? nil : argument.value }
            seen += 1
        }
        return nil
    }

    static func labelled(_ arguments: Arguments, _ label: String) -> FieldValue? {
        guard let value = arguments.first(where: { $0.label == label })?.value, !value.isNull else { return nil }
        return value
    }
}

extension FieldValue {
    var isTrue: Bool {
        switch self {
        case .bool(let flag): flag
        case .int(let number): number != 0
        case .string(let text): text == "true"
        default: false
        }
    }
}
