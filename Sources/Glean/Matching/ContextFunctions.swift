import Foundation

/// Where a context function looks for values.
public enum ContextScope: Sendable {
    /// The sentence of the match.
    case sentence
    /// The sentence before the match's, when it lies in the same zone (an article's sentence does not read a
    /// headline's or a byline's).
    case previousSentence
    /// Before the match: in its sentence, and in the two sentences before it that lie in the same zone (what "the
    /// following day" or "two days later" counts from).
    case before
    /// Before the match in its own sentence only (the verb whose tense a date without a year takes).
    case beforeInSentence
    /// Before the match, in its sentence and every sentence before it in the same zone (the day a "the following
    /// day" counts from when no day is written in the two sentences before it).
    case beforeInZone
    /// The article body (the whole text when the page has no body).
    case document
    /// The annotations that share a token with the match.
    case match
    /// The annotations that share a token with the rule's `focus:` capture (the whole match when the rule has none):
    /// `overlapping_focus`, which tests the focus word where `overlapping` tests the whole match.
    case focus
}

/// A context lookup call with constant arguments, numbered by its pack (`FieldExpression.lookup`).
/// A class: evaluating a `.lookup` expression binds the call, and a struct of three strings was copied (three
/// retains and releases) per lookup.
final class ContextLookupCall: Sendable {
    let scope: ContextScope
    /// Whether the call gives the first value (`nearest_in_sentence`), not the list (`in_sentence`).
    let first: Bool
    let type: String
    let field: String
    let outside: String?
    /// The number of (type, field, outside) among the pack's lookups: the call's place in `DocumentLookupCache`.
    let key: Int
    /// The numbers of `type` and `outside` (-1: none) among the types the pack's lookups name: their places in
    /// `AnnotationLookupIndex`.
    let typeSlot: Int
    let outsideSlot: Int
    /// Whether only the call's truth is read (`RulePack.numberLookups`: a list lookup that is the argument of
    /// `require`/`reject`, a `when`/`unless` condition, or under `first(…)` in such a place): the lookup then stops
    /// at the first value it finds, and its list holds that one value. A list lookup is null or a list of at least
    /// one value, so the truth is the same; no scope of the whole document (its list is cached for the phase, and
    /// shared with the full calls of the same key).
    let existsOnly: Bool

    init(scope: ContextScope, first: Bool, type: String, field: String, outside: String?, key: Int, typeSlot: Int, outsideSlot: Int,
         existsOnly: Bool = false) {
        self.scope = scope; self.first = first; self.type = type; self.field = field; self.outside = outside
        self.key = key; self.typeSlot = typeSlot; self.outsideSlot = outsideSlot
        self.existsOnly = existsOnly && !first && scope != .document
    }
}

extension NormalizerFunction {
    /// The context functions whose value is `lookupList` of a scope (and its first value or the list), by name:
    /// calls of these with constant arguments become `FieldExpression.lookup`.
    static let lookupScopes: [String: (scope: ContextScope, first: Bool)] = [
        "in_sentence": (.sentence, false), "nearest_in_sentence": (.sentence, true), "in_previous_sentence": (.previousSentence, false),
        "nearest_before_in_sentence": (.beforeInSentence, true), "nearest_before": (.before, true), "latest_before": (.beforeInZone, true),
        "in_document": (.document, true), "all_in_document": (.document, false), "overlapping": (.match, false),
    ]

    /// The value of a numbered lookup call: what its function gives for the same arguments (`lookupList`).
    static func lookupValue(_ call: ContextLookupCall, _ context: EvaluationContext) -> FieldValue {
        let cache = call.scope == .document ? context.documentLookups : nil
        if let cache, call.key < cache.numbered.count, let known = cache.numbered[call.key] { return call.first ? known[firstOf: ()] : known }
        let result = distinctList(context.numberedLookup?(call) ?? context.lookup?(call.scope, call.type, call.field, call.outside))
        if let cache {
            if call.key >= cache.numbered.count { cache.numbered += repeatElement(nil, count: call.key + 1 - cache.numbered.count) }
            cache.numbered[call.key] = result
        }
        return call.first ? result[firstOf: ()] : result
    }

    /// Functions that read the match's surroundings: the officials, places and dates of its sentence, or a value
    /// stated elsewhere in the document. They see annotations of earlier phases and gazetteer entries.
    public static let contextFunctions: [NormalizerFunction] = [
        NormalizerFunction(name: "in_sentence", positional: 2...2, labels: ["outside"],
                           summary: "the distinct values of a field of the annotations or gazetteer entries of a type in the match's sentence, nearest first, e.g. in_sentence(\"Official\", \"id\"); outside: \"Patronage\" skips those lying inside an annotation of that type") { arguments, context in
            lookupList(arguments, context, .sentence)
        },
        NormalizerFunction(name: "nearest_in_sentence", positional: 2...2, labels: ["outside"],
                           summary: "the value of a field of the nearest annotation or gazetteer entry of a type in the match's sentence, e.g. nearest_in_sentence(\"City\", \"name\"); outside: \"Agreement\" skips those lying inside an annotation of that type") { arguments, context in
            lookupList(arguments, context, .sentence)[firstOf: ()]
        },
        NormalizerFunction(name: "in_previous_sentence", positional: 2...2, labels: ["outside"],
                           summary: "as in_sentence, in the sentence before the match's (same zone only), nearest first: who \"the two countries\" or \"les deux parties\" are when the match's own sentence names none, e.g. first(in_sentence(\"Country\", \"id\"), in_previous_sentence(\"Country\", \"id\"))") { arguments, context in
            lookupList(arguments, context, .previousSentence)
        },
        NormalizerFunction(name: "nearest_before_in_sentence", positional: 2...2, labels: ["outside"],
                           summary: "as nearest_before, in the match's sentence only: the tense of the verb before a date, e.g. nearest_before_in_sentence(\"Tense\", \"direction\")") { arguments, context in
            lookupList(arguments, context, .beforeInSentence)[firstOf: ()]
        },
        NormalizerFunction(name: "nearest_before", positional: 2...2, labels: ["outside"],
                           summary: "the value of a field of the nearest annotation or gazetteer entry of a type that begins before the match, in its sentence or the two before it (same zone): the day \"the following day\" counts from, e.g. nearest_before(\"DayAnchor\", \"value\")") { arguments, context in
            lookupList(arguments, context, .before)[firstOf: ()]
        },
        NormalizerFunction(name: "latest_before", positional: 2...2, labels: ["outside"],
                           summary: "as nearest_before, anywhere before the match in its zone (the article body): the day \"the following day\" counts from when none lies in the two sentences before it, e.g. first(nearest_before(\"DayAnchor\", \"value\"), latest_before(\"DayAnchor\", \"value\"))") { arguments, context in
            lookupList(arguments, context, .beforeInZone)[firstOf: ()]
        },
        NormalizerFunction(name: "in_document", positional: 2...2, labels: [],
                           summary: "the value of a field of the first annotation or gazetteer entry of a type in the article body, e.g. in_document(\"MeetingDuration\", \"minutes\")") { arguments, context in
            lookupList(arguments, context, .document)[firstOf: ()]
        },
        NormalizerFunction(name: "all_in_document", positional: 2...2, labels: [],
                           summary: "the distinct values of a field of the annotations or gazetteer entries of a type in the article body, in text order, e.g. all_in_document(\"MeetingKind\", \"kind\")") { arguments, context in
            lookupList(arguments, context, .document)
        },
        NormalizerFunction(name: "without", positional: 2...16, labels: [],
                           summary: "the first argument (a value or a list) without the other arguments' values (an argument that is a list removes each of its values); null when nothing is left, e.g. without(kinds, \"talks\")") { arguments, _ in
            guard let first = positional(arguments, 0) else { return .null }
            // A removed argument may be a list itself (`all_in_document(…)`): each of its values goes.
            let removed = arguments.filter { $0.label == nil }.dropFirst().flatMap { argument -> [FieldValue] in
                if case .list(let values) = argument.value { values } else { [argument.value] }
            }
            let items: [FieldValue] = if case .list(let items) = first { items } else { [first] }
            let kept = items.filter { !removed.contains($0) }
            return kept.isEmpty ? .null : .list(kept)
        },
        NormalizerFunction(name: "reference_year", positional: 1...1, labels: ["offset"],
                           summary: "when the first argument is not null (a matched phrase such as \"last year\"), the reference date's year plus offset as a Date value (\"2023\"); null without a reference date") { arguments, context in
            guard positional(arguments, 0) != nil, let year = context.referenceDate?.year else { return .null }
            let offset = labelled(arguments, "offset")?.doubleValue ?? 0
            return .string(String(year + Int(offset)))
        },
        NormalizerFunction(name: "unlisted_id", positional: 1...1, labels: [],
                           summary: "an id for a named entity that is not in the gazetteers: \"unlisted:\" and the folded name, e.g. unlisted:fouad_yazourh") { arguments, _ in
            guard let name = positional(arguments, 0)?.stringValue else { return .null }
            let folded = Folding.fold(name).map { $0.isLetter || $0.isNumber ? $0 : "_" }
            return .string("unlisted:" + String(folded).split(separator: "_").joined(separator: "_"))
        },
        NormalizerFunction(name: "remaining_country", positional: 0...0, labels: [],
                           summary: "the one country of the sentence (else of the article's two main countries) that no other official of the sentence belongs to: who a title like \"the director general of the ministry\" works for") { _, context in
            let taken = Set((context.lookup?(.sentence, "Official", "country", nil) ?? []).compactMap(\.stringValue))
            var sentence: [String] = []
            for country in context.sentenceCountries where !sentence.contains(country) && !taken.contains(country) { sentence.append(country) }
            if sentence.count == 1 { return .string(sentence[0]) }
            let document = context.documentCountries.prefix(2).filter { !taken.contains($0) }
            return sentence.isEmpty && document.count == 1 ? .string(document[0]) : .null
        },
        NormalizerFunction(name: "in_term", positional: 1...1, labels: ["start", "end", "terms"],
                           summary: "an official's role (the first argument) when the document's reference date lies in the term from start to end (ISO dates, either may be missing), else the role of the entry in terms ({role, start, end} objects) that contains it, else null; the role as given when the reference date is unknown") { arguments, context in
            guard let role = positional(arguments, 0) else { return .null }
            guard let reference = context.referenceDate?.description else { return role }
            if within(reference, labelled(arguments, "start")?.stringValue, labelled(arguments, "end")?.stringValue) { return role }
            if case .list(let terms)? = labelled(arguments, "terms") {
                for term in terms where within(reference, term["start"]?.stringValue, term["end"]?.stringValue) {
                    if let termRole = term["role"], !termRole.isNull { return termRole }
                }
            }
            return .null
        },
        NormalizerFunction(name: "event_date", positional: 1...1, labels: [],
                           summary: "a Date value at the grain news annotates an event's date: the day of a date with a clock time (2024-05-03T10:00 → 2024-05-03), the month of a week or a weekend (2024-W18 → 2024-05, by its Thursday; the weekend by its Saturday); other values unchanged, e.g. date: event_date(nearest_in_sentence(\"Date\", \"value\"))") { arguments, _ in
            guard let argument = positional(arguments, 0) else { return .null }
            // A Date record counts by its value, as for the other date functions.
            guard let value = (argument["value"] ?? argument).stringValue else { return argument }
            return .string(eventDate(value))
        },
        NormalizerFunction(name: "after_reference", positional: 1...1, labels: ["then"],
                           summary: "a Date value (YYYY, YYYY-MM or YYYY-MM-DD) when it lies after the document's reference date at its own grain (2024-12 is after 2024-11-20, not after 2024-12-01; a week, quarter, half or season when it starts after it), else null; null without a reference date. then: gives that value instead of the date: a meeting dated after its article is planned, first(after_reference(d, then: \"planned\"), \"held\")") { arguments, context in
            guard let value = positional(arguments, 0)?.stringValue, let reference = context.referenceDate?.description else { return .null }
            // A week, quarter, half or season ("2025-Q1", "2025-H2", "2025-FA", "2025-W10") is after the reference when it
            // starts after it; the one holding the reference date is not ("la réunion prévue au premier trimestre de l'année prochaine").
            if value.count <= 10, value.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
               !value.hasPrefix("XXXX"), let start = DateNormalizer.firstDay(of: .string(value)) {
                guard String(reference.prefix(10)) < start.description else { return .null }
                return labelled(arguments, "then") ?? .string(value)
            }
            // Calendar dates compare by prefix: unknown years (XXXX) and ranges do not.
            let day = value.prefix(10)
            guard [4, 7, 10].contains(day.count), day.enumerated().allSatisfy({ i, c in (i == 4 || i == 7) ? c == "-" : c.isASCII && c.isNumber }),
                  value.count == day.count || value.dropFirst(day.count).first == "T" else { return .null }
            guard String(reference.prefix(day.count)) < String(day) else { return .null }
            return labelled(arguments, "then") ?? .string(value)
        },
        NormalizerFunction(name: "require", positional: 1...1, labels: [],
                           summary: "for a spread: ...require(x) adds nothing when x holds a value and drops the match when it is null, false or an empty list (the opposite of reject), e.g. ...require(in_sentence(\"Official\", \"id\"))") { arguments, _ in
            // `false` and `[]` fail as null does: ...require(contains(…)) reads as it is written.
            holds(positional(arguments, 0)) ? .object([]) : .null
        },
        NormalizerFunction(name: "unless", positional: 2...2, labels: [],
                           summary: "the second argument when the first is null, false or an empty list, else null: a value that holds only without a condition, e.g. unless(contains(in_sentence(\"Tense\", \"direction\"), \"past\"), after_reference(d, then: \"planned\"))") { arguments, _ in
            // Null, false and [] count as "no condition", as for require and reject.
            holds(positional(arguments, 0)) ? .null : positional(arguments, 1) ?? .null
        },
        NormalizerFunction(name: "when", positional: 2...2, labels: [],
                           summary: "the second argument when the first holds a value (not null, false or an empty list), else null: the opposite of unless, e.g. when(overlapping(\"NextClause\", \"next\"), nearest_in_sentence(\"Place\", \"name\"))") { arguments, _ in
            holds(positional(arguments, 0)) ? positional(arguments, 1) ?? .null : .null
        },
        NormalizerFunction(name: "reject", positional: 1...1, labels: [],
                           summary: "for a spread: ...reject(x) drops the match when x is neither null nor false, e.g. ...reject(overlapping(\"Date\", \"value\"))") { arguments, _ in
            holds(positional(arguments, 0)) ? .null : .object([])
        },
        NormalizerFunction(name: "overlapping", positional: 2...2, labels: [],
                           summary: "the values of a field of the annotations of a type (of earlier phases) that share a token with the match, e.g. overlapping(\"Money\", \"amount\")") { arguments, context in
            lookupList(arguments, context, .match)
        },
        NormalizerFunction(name: "overlapping_focus", positional: 2...2, labels: [],
                           summary: "as overlapping, for the rule's focus capture instead of the whole match (the whole match when the rule has no focus:): a clause around the meeting word, not anywhere from the match's start, e.g. ...reject(overlapping_focus(\"IndirectQuestion\", \"clause\"))") { arguments, context in
            lookupList(arguments, context, .focus)
        },
        NormalizerFunction(name: "prefer", positional: 2...32, labels: [],
                           summary: "the first of the listed values (in order of preference) that occurs in the first argument, e.g. prefer(kinds, \"phone_call\", \"visit\")") { arguments, _ in
            guard let first = positional(arguments, 0) else { return .null }
            let present: [FieldValue] = if case .list(let items) = first { items } else { [first] }
            for candidate in arguments.filter({ $0.label == nil }).dropFirst() where present.contains(candidate.value) { return candidate.value }
            return present.first ?? .null
        },
        NormalizerFunction(name: "at_least", positional: 2...2, labels: [],
                           summary: "the first argument when it holds at least n values (the second argument; a single value counts as one, null as none), else null, e.g. first(at_least(in_sentence(\"Official\", \"country\"), 2), context_countries())") { arguments, _ in
            guard let first = positional(arguments, 0), let wanted = positional(arguments, 1)?.doubleValue else { return .null }
            let count = if case .list(let items) = first { items.count } else { 1 }
            return Double(count) >= wanted ? first : .null
        },
        NormalizerFunction(name: "sorted", positional: 1...1, labels: [],
                           summary: "the values of a list in ascending order (strings by their text, numbers by value); a single value as a list of one; null for null, e.g. sorted(in_sentence(\"Country\", \"id\"))") { arguments, _ in
            guard let first = positional(arguments, 0) else { return .null }
            guard case .list(let items) = first else { return .list([first]) }
            // Numbers before strings; a stable order so that the same set always gives the same list.
            return .list(items.sorted { a, b in
                switch (a.doubleValue, b.doubleValue) {
                case (let x?, let y?): x < y
                case (.some, nil): true
                case (nil, .some): false
                default: (a.stringValue ?? "") < (b.stringValue ?? "")
                }
            })
        },
        NormalizerFunction(name: "contains", positional: 2...2, labels: [],
                           summary: "true when the first argument (a value or a list) contains the second") { arguments, _ in
            guard let first = positional(arguments, 0), let wanted = positional(arguments, 1) else { return .bool(false) }
            if case .list(let items) = first { return .bool(items.contains(wanted)) }
            return .bool(first == wanted)
        },
        NormalizerFunction(name: "minutes", positional: 2...2, labels: [],
                           summary: "a duration in minutes from a number and a unit word (minute(s), min, hour(s), heure(s))") { arguments, context in
            guard let text = positional(arguments, 0)?.stringValue, let value = NumberParsing.parseDigits(text, language: context.language),
                  let unit = positional(arguments, 1)?.stringValue?.lowercased() else { return .null }
            let factor: Double = unit.hasPrefix("h") ? 60 : 1
            return .number(value * factor)
        },
        NormalizerFunction(name: "filter", positional: 3...3, labels: [],
                           summary: "the records (objects) of a list whose field (the second argument) equals the third argument or one of its values, e.g. filter(all_in_document(\"OfficialRef\", \"ref\"), \"country\", \"JP\"); null when none") { arguments, _ in
            guard let key = positional(arguments, 1)?.stringValue, let wanted = positional(arguments, 2) else { return .null }
            let accepted: [FieldValue] = if case .list(let items) = wanted { items } else { [wanted] }
            let kept = records(positional(arguments, 0)).filter { record in record[key].map { accepted.contains($0) } ?? false }
            return kept.isEmpty ? .null : .list(kept)
        },
        NormalizerFunction(name: "select", positional: 2...2, labels: [],
                           summary: "the distinct values of a field of the records (objects) of a list, in order, e.g. select(filter(refs, \"country\", \"JP\"), \"id\"); null when none") { arguments, _ in
            guard let key = positional(arguments, 1)?.stringValue else { return .null }
            var values: [FieldValue] = []
            for record in records(positional(arguments, 0)) {
                if let value = record[key], !value.isNull, !values.contains(value) { values.append(value) }
            }
            return values.isEmpty ? .null : .list(values)
        },
        NormalizerFunction(name: "called", positional: 3...3, labels: [],
                           summary: "a field (the third argument) of the first record of a list whose name is the given name or ends with it as whole words, compared folded: a later mention (\"Correa\") of a person named in full earlier (\"Rafael Correa\")") { arguments, context in
            guard let name = positional(arguments, 1)?.stringValue, let key = positional(arguments, 2)?.stringValue else { return .null }
            // No records (the common case: a capitalised word in an article that named nobody) needs no folding.
            let candidates = records(positional(arguments, 0))
            guard !candidates.isEmpty else { return .null }
            // A rule calls this for every capitalised word of a document, against the same few names: the words of
            // a name are kept for the phase (the whole-document cache) instead of folded again per call.
            let cache = context.documentLookups
            func wordsOf(_ text: String) -> [String] {
                guard let cache else { return nameWords(text) }
                if let known = cache.nameWords[text] { return known }
                let found = nameWords(text)
                cache.nameWords[text] = found
                return found
            }
            let wanted = wordsOf(name)
            guard !wanted.isEmpty else { return .null }
            for record in candidates {
                guard let full = record["name"]?.stringValue else { continue }
                let words = wordsOf(full)
                if words.count >= wanted.count, words.suffix(wanted.count).elementsEqual(wanted) { return record[key] ?? .null }
            }
            return .null
        },
        NormalizerFunction(name: "title_text", positional: 2...2, labels: [],
                           summary: "the title of a named document: the first argument's text when it says more than the bare kind word (the second), else null") { arguments, _ in
            guard let title = positional(arguments, 0)?.stringValue, let kind = positional(arguments, 1)?.stringValue else { return .null }
            let trimmed = withoutTrailingLinks(title.trimmingCharacters(in: titleQuotes))
            return trimmed.count > kind.count ? .string(trimmed) : .null
        },
        NormalizerFunction(name: "interval", positional: 1...2, labels: [],
                           summary: "an ISO 8601 interval from a Date value and its inclusive end (a range's `end`), or from a Date record (d.item, or what date(…, end_month: …) returns): interval(\"2021-01\", \"2021-09\") → 2021-01/2021-09; the start alone when the end is null or the same; null without a start") { arguments, _ in
            // A period such as "the first nine months of 2021" is one value in a fact (TradeFigure `period`).
            var start = positional(arguments, 0)
            var end = positional(arguments, 1)
            if case .list(let items)? = start, items.count == 1 { start = items[0] }
            if case .object? = start { end = start?["end"]; start = start?["value"] }
            // An optional capture that did not match reads as empty text.
            guard let first = start?.stringValue, !first.isEmpty else { return .null }
            guard let last = end?.stringValue, !last.isEmpty, last != first else { return .string(first) }
            return .string(first + "/" + last)
        },
    ]

    /// Whether a condition holds: a value that is not null, `false` or an empty list (require, reject, unless, when).
    static func holds(_ value: FieldValue?) -> Bool {
        switch value {
        case nil, .null?, .bool(false)?: false
        case .list(let items)?: !items.isEmpty
        default: true
        }
    }

    /// Built once: making a CharacterSet per call cost more than the rest of the function.
    private static let titleQuotes = CharacterSet(charactersIn: "\"“”«» ,")

    /// Words that link a title to what follows and never end one ("concessional loan of $", "Memorandum of
    /// Understanding With", « accords de Paris de »): a pattern that stops at an amount or a clause leaves them.
    private static let trailingLinks: Set<String> = ["of", "on", "with", "for", "and", "to", "in", "at", "by", "the", "a", "an",
                                                     "de", "du", "des", "d'", "sur", "pour", "et", "avec", "à", "au", "aux",
                                                     "en", "la", "le", "les", "l'", "un", "une", "entre", "between"]
    private static let trailingMarks = CharacterSet(charactersIn: "$€£¥,;:(-–— ")

    /// The title without the linking words and marks it ends with.
    static func withoutTrailingLinks(_ title: String) -> String {
        var text = Substring(title)
        while true {
            let before = text.count
            while let last = text.unicodeScalars.last, trailingMarks.contains(last) { text = text.dropLast() }
            if let space = text.lastIndex(of: " "), trailingLinks.contains(text[text.index(after: space)...].lowercased()) {
                text = text[..<space]
            }
            if text.count == before { return String(text) }
        }
    }

    /// The objects of a value that is an object or a list of them.
    private static func records(_ value: FieldValue?) -> [FieldValue] {
        switch value {
        case .list(let items)?: items.filter { if case .object = $0 { true } else { false } }
        case .object?: [value!]
        default: []
        }
    }

    /// A person's name as folded words ("Rafael Correa" → ["rafael", "correa"]), for comparing mentions.
    private static func nameWords(_ name: String) -> [String] {
        var folded: [UInt8] = []
        var input = name
        input.withUTF8 { Folding.fold($0, into: &folded) }
        // ASCII (most names once folded): letters and digits are bytes, no Character segmentation needed.
        guard folded.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: folded, as: UTF8.self).split { !$0.isLetter && !$0.isNumber }.map(String.init)
        }
        var words: [String] = []
        var start = -1
        for index in 0...folded.count {
            let byte: UInt8 = index < folded.count ? folded[index] : 0
            let isWordByte = byte &- 0x61 < 26 || byte &- 0x41 < 26 || byte &- 0x30 < 10
            if isWordByte {
                if start < 0 { start = index }
            } else if start >= 0 {
                words.append(String(decoding: folded[start..<index], as: UTF8.self))
                start = -1
            }
        }
        return words
    }

    /// Whether an ISO date lies in a term whose bounds may be partial (`2023`, `2023-09`) or missing (open).
    private static func within(_ date: String, _ start: String?, _ end: String?) -> Bool {
        if let start, !start.isEmpty, String(date.prefix(start.count)) < start { return false }
        if let end, !end.isEmpty, String(date.prefix(end.count)) > end { return false }
        return true
    }

    private static func lookupList(_ arguments: Arguments, _ context: EvaluationContext, _ scope: ContextScope) -> FieldValue {
        guard let type = positional(arguments, 0)?.stringValue, let field = positional(arguments, 1)?.stringValue else { return .null }
        let outside = labelled(arguments, "outside")?.stringValue
        // The whole-document lists do not depend on the match: made once per phase.
        let cache = scope == .document ? context.documentLookups : nil
        let key = DocumentLookupCache.Key(type: type, field: field, outside: outside)
        if let cache, let known = cache.values[key] { return known }
        let result = distinctList(context.lookup?(scope, type, field, outside))
        cache?.values[key] = result
        return result
    }

    /// A lookup's values as a list without repeats, in their order; null when there are none.
    private static func distinctList(_ values: [FieldValue]?) -> FieldValue {
        guard let values, !values.isEmpty else { return .null }
        var distinct: [FieldValue] = []
        for value in values where !distinct.contains(value) { distinct.append(value) }
        return .list(distinct)
    }
}

private extension FieldValue {
    /// The first element of a list (null when empty or not a list).
    subscript(firstOf _: Void) -> FieldValue {
        if case .list(let items) = self, let first = items.first { return first }
        return .null
    }
}

/// An event's date as news annotates it (see `event_date`): no clock time, and a week or weekend as its month.
func eventDate(_ value: String) -> String {
    let bytes = Array(value.utf8)
    // "YYYY-MM-DDT…": the day.
    if bytes.count > 10, bytes[10] == UInt8(ascii: "T"), bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") {
        return String(value.prefix(10))
    }
    // "YYYY-Www" or "YYYY-Www-WE": the month of its Thursday (ISO weeks belong to the year of their Thursday) or Saturday.
    if bytes.count >= 8, bytes[5] == UInt8(ascii: "W"), value.prefix(4).allSatisfy(\.isNumber),
       let monday = DateNormalizer.firstDay(of: .string(String(value.prefix(8)))) {
        let day = monday.adding(days: value.hasSuffix("-WE") ? 5 : 3)
        return String(day.iso.prefix(7))
    }
    return value
}
