/// What a normaliser may know about the document besides its arguments.
public struct EvaluationContext {
    public var language: Language
    /// Values of a field of the annotations (and gazetteer entries) of a type around the match, nearest first;
    /// set by the extractor (see Matching/ContextFunctions.swift).
    public var lookup: ((ContextScope, _ type: String, _ field: String, _ outside: String?) -> [FieldValue])? = nil
    /// The date relative expressions resolve against, when known.
    public var referenceDate: CalendarDate?
    /// Countries (ISO alpha-2) named in the sentence of the match, in order of appearance.
    public var sentenceCountries: [String]
    /// Countries of the document, most mentioned first.
    public var documentCountries: [String]

    public init(language: Language, referenceDate: CalendarDate? = nil, sentenceCountries: [String] = [], documentCountries: [String] = []) {
        self.language = language
        self.referenceDate = referenceDate
        self.sentenceCountries = sentenceCountries
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

    public static func named(_ name: String) -> NormalizerFunction? { (all + contextFunctions).first { $0.name == name } }

    public static let all: [NormalizerFunction] = [
        NormalizerFunction(name: "number", positional: 1...1, labels: ["scale"],
                           summary: "digits as EN/FR write them, times an optional scale (a number or a scale word's value)") { arguments, context in
            guard let text = positional(arguments, 0)?.stringValue, let value = NumberParsing.parseDigits(text, language: context.language) else { return .null }
            let scale = labelled(arguments, "scale")?.doubleValue ?? 1
            return .number(value * scale)
        },
        NormalizerFunction(name: "money", positional: 1...1, labels: ["scale", "currency"],
                           summary: "a Money record {amount, currency}: the amount as number() reads it; null (no fact) when the amount is not a number") { arguments, context in
            guard let text = positional(arguments, 0)?.stringValue, let value = NumberParsing.parseDigits(text, language: context.language) else { return .null }
            let scale = labelled(arguments, "scale")?.doubleValue ?? 1
            var entries = [FieldEntry("amount", .number(value * scale))]
            if let currency = labelled(arguments, "currency") { entries.append(FieldEntry("currency", currency)) }
            return .object(entries)
        },
        NormalizerFunction(name: "percent", positional: 1...1, labels: [],
                           summary: "a Percent record {value}: 70 for 70 %; null (no fact) when it is not a number") { arguments, context in
            guard let text = positional(arguments, 0)?.stringValue, let value = NumberParsing.parseDigits(text, language: context.language) else { return .null }
            return .object([FieldEntry("value", .number(value))])
        },
        NormalizerFunction(name: "ordinal", positional: 1...1, labels: [], summary: "an ordinal numeral: 93e, 1er, 7th") { arguments, _ in
            guard let value = positional(arguments, 0) else { return .null }
            if case .int = value { return value }
            guard let text = value.stringValue, let number = NumberParsing.parseOrdinal(text) else { return .null }
            return .int(number)
        },
        NormalizerFunction(name: "date", positional: 0...0, labels: ["day", "month", "year", "past", "future"],
                           summary: "a calendar date from its parts; a missing year is taken from the reference date (past: true or future: true picks the nearest past or future one)") { arguments, context in
            DateNormalizer.date(day: labelled(arguments, "day"), month: labelled(arguments, "month"), year: labelled(arguments, "year"),
                                past: labelled(arguments, "past")?.isTrue ?? false, future: labelled(arguments, "future")?.isTrue ?? false,
                                context: context)
        },
        NormalizerFunction(name: "numeric_date", positional: 1...1, labels: [],
                           summary: "a date written in digits: 08.08.2024, 8/8/2024, 2024-08-08 (day first, except month first in English when the day cannot be a month)") { arguments, context in
            guard let text = positional(arguments, 0)?.stringValue else { return .null }
            return DateNormalizer.numericDate(text, language: context.language)
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

    static func positional(_ arguments: Arguments, _ index: Int) -> FieldValue? {
        let values = arguments.filter { $0.label == nil }
        guard index < values.count, !values[index].value.isNull else { return nil }
        return values[index].value
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
