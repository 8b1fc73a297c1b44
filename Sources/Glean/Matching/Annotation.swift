/// A match that survived conflict resolution and was turned into a typed annotation. Facts are the
/// annotations of `emit` rules; `mark` rules make annotations only later phases see.
struct Annotation {
    var type: String
    var rule: Int
    var ruleID: String
    var phase: Int
    /// Bytes of the normalised text.
    var span: ByteSpan
    /// Tokens covered, when the span covers any.
    var tokens: Range<Int>?
    var fields: [FieldEntry]
    var isFact: Bool
    /// Set when a later `replaces:` rule took this annotation's place: it is then no fact, and not shown as a
    /// mark either (fixtures, examples and `explain` see what the output has).
    var isReplaced = false
    /// `type` numbered by the pack (`RulePack.annotationTypeNumbers`), so the matcher compares integers instead of
    /// strings (-1: not numbered; only annotations made outside the extractor).
    var typeNumber: Int32 = -1

    func field(_ key: String) -> FieldValue? { fields.first { $0.key == key }?.value }
}

/// What a capture is bound to: plain tokens, a gazetteer hit, or an annotation of an earlier phase.
enum CaptureTarget {
    case span
    case hit(Int32)
    case annotation(Int)
}

struct CaptureBinding {
    var slot: Int
    var span: ByteSpan
    var target: CaptureTarget
}

/// A match before conflict resolution.
struct Candidate {
    var rule: Int        // index into the phase's rules
    var span: ByteSpan
    var tokens: Range<Int>?
    var bindings: [CaptureBinding]
    var fields: [FieldEntry] = []
    /// The tokens the pattern matched, before `focus:` narrowed `tokens`: what field evaluation sees.
    var matchTokens: Range<Int>? = nil
    var fieldsEvaluated = false
}
