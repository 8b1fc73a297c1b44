/// Why a document gave the facts it gave (`glean explain`): its tokens and sentences, the gazetteer hits, every
/// rule match per phase and what became of it, the facts with where each field came from, and — for one rule —
/// where it came closest to matching and which pattern element failed.
public struct Explanation: Sendable {
    public struct Sentence: Sendable {
        public var location: SourceLocation
        public var text: String
        /// The sentence's tokens: text and kind (word, number, time, punctuation, symbol).
        public var tokens: [(text: String, kind: String)]
    }

    public struct Hit: Sendable {
        public var location: SourceLocation
        public var text: String
        public var type: String
        public var entryID: String
        public var form: String
        public var entryLocation: SourceLocation
    }

    public struct Match: Sendable {
        public var ruleID: String
        public var ruleLocation: SourceLocation
        public var emitType: String
        public var isFact: Bool
        public var location: SourceLocation
        public var text: String
        /// accepted, or why it was dropped.
        public var outcome: String
        public var accepted: Bool
        public var fields: [FieldEntry]
    }

    public struct Phase: Sendable {
        public var name: String
        public var matches: [Match]
    }

    public struct FieldSource: Sendable {
        public var key: String
        public var value: FieldValue
        /// Where the value came from: a capture and what it bound (an annotation and its rule, a gazetteer entry),
        /// a normaliser call, a constant.
        public var source: String
    }

    public struct ExplainedFact: Sendable {
        public var fact: Fact
        public var location: SourceLocation
        public var phase: String
        public var ruleLocation: SourceLocation
        public var fields: [FieldSource]
    }

    public var document: String
    public var language: Language
    public var referenceDate: CalendarDate?
    /// The original text, for renderers that show the document.
    public var text: String
    public var sentences: [Sentence]
    public var hits: [Hit]
    public var phases: [Phase]
    public var facts: [ExplainedFact]
    public var warnings: [Diagnostic]
    /// For `--rule`: what the rule did on this document, line by line.
    public var ruleDiagnosis: [String]?
}
