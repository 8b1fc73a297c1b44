/// A span of the original document in Unicode scalar (code point) offsets: in Python, `text[start:end]`.
public struct TextSpan: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A typed fact with its provenance: which document, where, and which rule. See docs/facts.md.
public struct Fact: Sendable, Hashable {
    /// The document's path as given, or its id from JSON Lines input.
    public var document: String
    public var type: String
    /// The id of the rule that emitted it.
    public var rule: String
    public var span: TextSpan
    /// The same span in UTF-8 bytes of the original document.
    public var byteSpan: ByteSpan
    public var text: String
    public var zone: Zone
    public var fields: [FieldEntry]

    public init(document: String, type: String, rule: String, span: TextSpan, byteSpan: ByteSpan, text: String, zone: Zone, fields: [FieldEntry]) {
        self.document = document
        self.type = type
        self.rule = rule
        self.span = span
        self.byteSpan = byteSpan
        self.text = text
        self.zone = zone
        self.fields = fields
    }

    public func field(_ key: String) -> FieldValue? { fields.first { $0.key == key }?.value }
}

/// A document to extract from.
public struct Document: Sendable {
    public var id: String
    public var bytes: [UInt8]
    /// nil: detect it.
    public var language: Language?
    /// The date relative expressions resolve against; nil: look for a dateline in the text.
    public var referenceDate: CalendarDate?
    /// The reference's wall-clock time in minutes after midnight ("in 12 hours" crosses midnight); nil: unknown.
    public var referenceTime: Int?
    /// `.html`: markup is stripped before matching; spans still index `bytes`.
    public var markup: TextMarkup
    /// How dates the text leaves open are read (forward, day first); the default reads news.
    public var dateReading = DateReading()

    public init(id: String, bytes: [UInt8], language: Language? = nil, referenceDate: CalendarDate? = nil, markup: TextMarkup = .plain, referenceTime: Int? = nil) {
        self.id = id
        self.referenceTime = referenceTime
        self.bytes = bytes
        self.language = language
        self.referenceDate = referenceDate
        self.markup = markup
    }

    public init(id: String, text: String, language: Language? = nil, referenceDate: CalendarDate? = nil, markup: TextMarkup = .plain, referenceTime: Int? = nil) {
        self.init(id: id, bytes: Array(text.utf8), language: language, referenceDate: referenceDate, markup: markup, referenceTime: referenceTime)
    }
}

/// What extraction of one document gives: its facts in text order, and warnings about the document or rules.
public struct ExtractionResult: Sendable {
    public var document: String
    public var language: Language
    public var referenceDate: CalendarDate?
    public var facts: [Fact]
    public var warnings: [Diagnostic]
}
