import Foundation

/// The errors of an evaluation counted by kind, without any text (`glean eval --error-summary`): why gold facts were
/// missed and how matched facts got a field wrong. Counts alone can be read on a held-out set without reading it, and
/// they say which decision of a pack to change — a list one country short, a date left out, two events reported as one.
public struct ErrorSummary: Sendable, Equatable {
    /// Why a gold fact has no produced fact, judged from what the pack produced in its document.
    public enum MissCause: String, Sendable, CaseIterable, Comparable {
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

        public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }

    /// Per type, the missed gold facts by cause.
    public var missCauses: [String: [MissCause: Int]] = [:]
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
}

extension EvaluationReport {
    /// The error summary as text: per type, the missed facts by cause, then the wrong fields by kind, most frequent first.
    public static func errorSummaryTable(_ evaluation: Evaluation) -> String {
        let summary = evaluation.errorSummary
        var lines = ["errors by kind (counts only; no text of the set is shown):"]
        for type in evaluation.types {
            let causes = summary.missCauses[type] ?? [:]
            let fields = summary.fieldErrors[type] ?? [:]
            guard !causes.isEmpty || !fields.isEmpty else { continue }
            lines.append("  \(type)")
            if !causes.isEmpty {
                let total = causes.values.reduce(0, +)
                lines.append("    missed (\(total)): " + causes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                    .map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))
            }
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

    static func errorSummaryJSON(_ summary: ErrorSummary) -> [String: Any] {
        [
            "missed": summary.missCauses.mapValues { causes in Dictionary(uniqueKeysWithValues: causes.map { ($0.key.rawValue, $0.value) }) },
            "fields": summary.fieldErrors,
        ]
    }
}
