/// The date functions added for holidays, weekday-plus-day, days of the month and glued month names; the older
/// date functions (date, numeric_date, shift_date, weekday_date) are in NormalizerFunction.swift.
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
        NormalizerFunction(name: "day_of_month", positional: 1...1, labels: ["from"],
                           summary: "a day of the month alone (\"the 18th\", \"le 23\"): that day of the reference date's month (XXXX-XX-18 without one); from: a Date value (or record) whose month to use instead (\"the 15th day of next month\")") { arguments, context in
            var context = context
            if let from = labelled(arguments, "from") {
                guard let base = DateNormalizer.firstDay(of: from) else { return .null }
                context.referenceDate = base
            }
            return DateNormalizer.dayOfMonth(positional(arguments, 0), context: context)
        },
        NormalizerFunction(name: "year_of_halves", positional: 2...2, labels: [],
                           summary: "a year said as two numbers, its century and the rest: year_of_halves(19, 72) = 1972 (\"dix-neuf soixante-douze\"); null unless the first is 10-29 and the second 0-99") { arguments, _ in
            guard let century = DateNormalizer.integer(positional(arguments, 0)), (10...29).contains(century),
                  let rest = DateNormalizer.integer(positional(arguments, 1)), (0...99).contains(rest) else { return .null }
            return .int(century * 100 + rest)
        },
        NormalizerFunction(name: "form_attribute", positional: 3...3, labels: [],
                           summary: "form_attribute(type, text, key): the attribute `key` of the gazetteer entry of `type` that lists `text` as a one-token form (of the document's language and case first, else of any) (for words the tokenizer glues to digits: month_of \"Aug\" in \"05-Aug-2016\"); null when none") { arguments, context in
            guard let type = positional(arguments, 0)?.stringValue, let text = positional(arguments, 1)?.stringValue,
                  let key = positional(arguments, 2)?.stringValue, let gazetteer = context.gazetteer else { return .null }
            return gazetteer.attribute(key, ofType: type, form: text, language: context.language) ?? .null
        },
    ]
}

extension Gazetteer {
    /// The attribute of the entry of `type` with a one-token form equal to `text` once folded. A linear scan: for the
    /// rare words a rule could not match as gazetteer tokens.
    public func attribute(_ key: String, ofType type: String, form text: String, language: Language) -> FieldValue? {
        let folded = Folding.fold(text)
        // Best first: a form of the document's language as listed (exact forms by case), then any language and case
        // ("sep" in French text; "mar3" where the word glued to digits cannot be the verb).
        var fallback: FieldValue?
        for form in forms where form.foldedTokens.count == 1 && entryTypes[Int(form.entry)] == type && form.foldedTokens[0] == folded {
            let languageFits = form.language == nil || language == .unknown || form.language == language
            if languageFits && (!form.kind.isCaseSensitive || form.text == text) { return entries[Int(form.entry)].attribute(key) }
            if fallback == nil { fallback = entries[Int(form.entry)].attribute(key) }
        }
        return fallback
    }
}
