import Foundation

/// The errors of an evaluation counted by kind, without any text (`glean eval --error-summary`): why gold facts were
/// missed and how matched facts got a field wrong. Counts alone can be read on a held-out set without reading it, and
/// they say which decision of a pack to change — a list one country short, a date left out, two events reported as one.
public struct ErrorSummary: Sendable, Equatable {
    /// Why a gold fact has no produced fact, judged from what the pack produced in its document.
    public enum MissCause: String, Sendable, CaseIterable, Comparable, OrderedByDeclaration {
        /// An unmatched fact of its type lies within the tolerance but gives another key value (a `talks` for a `visit`).
        case keyReadOtherwise = "key read otherwise near it"
        /// A fact of its type within the tolerance matched another gold fact: one fact where the gold has two, or two
        /// gold facts close together.
        case besideMatchedFact = "beside a fact that matched another gold fact"
        /// A fact of its type with its key value lies elsewhere in the document: placed at another mention, or joined
        /// with another event.
        case keyElsewhereInDocument = "its key value elsewhere in the document"
        /// Nothing of its type near it, and nothing with its key value in the document.
        case notFound = "nothing of its type near it or with its key"

    }

    /// Why a produced fact matched no gold fact, judged from the gold facts of its document. Precision on a held-out
    /// set says how many; this says which decision made them: a split event, a second mention, a kind misread, or an
    /// event the gold does not count at all.
    public enum SpuriousCause: String, Sendable, CaseIterable, Comparable, OrderedByDeclaration {
        /// Within the tolerance of a missed gold fact of its type, with another key value: the event was found, its
        /// key read otherwise (the same pairs as the misses' `keyReadOtherwise`).
        case keyReadOtherwise = "near a missed gold fact, key read otherwise"
        /// Within the tolerance of a gold fact another produced fact matched: one event reported twice, or split.
        case besideMatchedFact = "beside a fact that matched the gold fact there"
        /// Away from the gold facts, but with the key value of a gold fact of its document: another mention of an
        /// event the gold counts once (or an event the gold joins with another).
        case keyOfGoldElsewhere = "away from the gold, with the key of a gold fact of its document"
        /// Away from the gold facts of its type in its document, and with a key value none of them has.
        case awayFromGold = "away from the gold, with a key no gold fact of its document has"
        /// Its document has no gold fact of its type: an event the reader did not count (background, a plan, an
        /// ordinary-word "meeting") or one the pack invented.
        case noGoldOfItsType = "in a document with no gold fact of its type"
    }

    /// Per type, the missed gold facts by cause.
    public var missCauses: [String: [MissCause: Int]] = [:]
    /// Per type, the spurious facts by cause.
    public var spuriousCauses: [String: [SpuriousCause: Int]] = [:]
    /// Per type and field, the wrong values of matched pairs by kind of error ("one missing", "none given", "other
    /// year", "visit as talks").
    public var fieldErrors: [String: [String: [String: Int]]] = [:]

    public init() {}

    /// The kind of error of one wrong field: lists by what is missing or extra, absent values by side, dates by the
    /// largest unit that differs, short labels (status, kind, direction, currency) as "expected as actual".
    public static func fieldErrorKind(key: String, expected: FieldValue?, actual: FieldValue?, options: EvaluationOptions) -> String {
        guard let expected, !expected.isNull else { return "given where the gold has none" }
        guard let actual, !actual.isNull else { return "none given" }
        if case .list(let wanted) = expected, case .list(let got) = actual {
            if wanted.isEmpty { return "given where the gold has an empty list" }
            let missing = wanted.filter { item in !got.contains { Evaluator.equal(key: key, item, $0, options: options) } }.count
            let extra = got.filter { item in !wanted.contains { Evaluator.equal(key: key, $0, item, options: options) } }.count
            switch (missing, extra) {
            case (_, 0): return missing == 1 ? "one missing" : "\(missing) missing"
            case (0, _): return extra == 1 ? "one extra" : "\(extra) extra"
            case _ where missing == wanted.count: return "none in common"
            default: return "some missing and some extra"
            }
        }
        if let wanted = expected.stringValue, let got = actual.stringValue, let dateKind = dateErrorKind(wanted, got) { return dateKind }
        if let wanted = expected.stringValue, let got = actual.stringValue, isLabel(wanted), isLabel(got) { return "\(wanted) as \(got)" }
        if expected.doubleValue != nil, actual.doubleValue != nil { return "another number" }
        return "another value"
    }

    /// For two ISO dates or periods: which part differs, or that one is a coarser or finer reading of the other.
    static func dateErrorKind(_ expected: String, _ actual: String) -> String? {
        func isDate(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.count >= 4 && bytes.prefix(4).allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && (bytes.count == 4 || bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/"))
        }
        guard isDate(expected), isDate(actual) else { return nil }
        if expected.prefix(4) != actual.prefix(4) { return "another year" }
        if actual.count < expected.count, expected.hasPrefix(actual) { return "coarser (\(actual.count == 4 ? "year" : "month") given)" }
        if expected.count < actual.count, actual.hasPrefix(expected) { return "finer than the gold" }
        if expected.prefix(7) == actual.prefix(7) { return "same month, another day" }
        return "same year, another month"
    }

    /// A short code-like value (`visit`, `in_force`, `USD`): worth naming in a count without showing any text.
    static func isLabel(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 24 && text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "-" }
            && text.unicodeScalars.contains { CharacterSet.letters.contains($0) }
            && (text == text.lowercased() || text == text.uppercased())
    }

    mutating func addFieldError(type: String, key: String, kind: String) {
        fieldErrors[type, default: [:]][key, default: [:]][kind, default: 0] += 1
    }

    mutating func addMiss(type: String, cause: MissCause) {
        missCauses[type, default: [:]][cause, default: 0] += 1
    }

    mutating func addSpurious(type: String, cause: SpuriousCause) {
        spuriousCauses[type, default: [:]][cause, default: 0] += 1
    }
}

/// Causes are listed, and tie-broken in reports, in the order they are declared (most specific first).
public protocol OrderedByDeclaration: CaseIterable, Equatable {}

extension OrderedByDeclaration {
    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}

extension EvaluationReport {
    /// The error summary as text: per type, the missed facts by cause, then the wrong fields by kind, most frequent first.
    public static func errorSummaryTable(_ evaluation: Evaluation) -> String {
        let summary = evaluation.errorSummary
        var lines = ["errors by kind (counts only; no text of the set is shown):"]
        for type in evaluation.types {
            let causes = summary.missCauses[type] ?? [:]
            let spurious = summary.spuriousCauses[type] ?? [:]
            let fields = summary.fieldErrors[type] ?? [:]
            guard !causes.isEmpty || !spurious.isEmpty || !fields.isEmpty else { continue }
            lines.append("  \(type)")
            if !causes.isEmpty { lines.append("    missed " + countedCauses(causes)) }
            if !spurious.isEmpty { lines.append("    spurious " + countedCauses(spurious)) }
            for key in fields.keys.sorted() {
                let kinds = fields[key]!
                let total = kinds.values.reduce(0, +)
                lines.append("    \(key) wrong (\(total)): " + kinds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                    .map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            }
        }
        if lines.count == 1 { lines.append("  none") }
        return lines.joined(separator: "\n")
    }

    /// "(total): cause count, cause count", most frequent first.
    private static func countedCauses<Cause: RawRepresentable & Comparable>(_ causes: [Cause: Int]) -> String where Cause.RawValue == String {
        let total = causes.values.reduce(0, +)
        return "(\(total)): " + causes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    }

    /// Counts keyed by each cause's text, for JSON.
    private static func namedCounts<Cause: RawRepresentable>(_ causes: [Cause: Int]) -> [String: Int] where Cause.RawValue == String {
        Dictionary(uniqueKeysWithValues: causes.map { ($0.key.rawValue, $0.value) })
    }

    static func errorSummaryJSON(_ summary: ErrorSummary) -> [String: Any] {
        [
            "missed": summary.missCauses.mapValues(namedCounts),
            "spurious": summary.spuriousCauses.mapValues(namedCounts),
            "fields": summary.fieldErrors,
        ]
    }
}
